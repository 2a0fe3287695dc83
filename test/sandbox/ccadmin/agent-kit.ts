import request from 'supertest';
import type { Test } from 'supertest';
import type { CceAdminEmulator } from '../../../bff/sandbox/ccadmin/cce-admin-emulator.js';
import { basic, readXml, xmlText } from './ccadmin-kit.js';
import type { XmlTree } from './ccadmin-kit.js';

export const AGENT_PATH = '/unifiedconfig/config/agent';
export const TEAM_PATH = '/unifiedconfig/config/agentteam';

/** Speaks the Agent and Agent Team APIs as the administrator. */
export class AgentClient {
  constructor(private readonly emulator: CceAdminEmulator) {}

  list(query: Record<string, string> = {}): Test {
    return request(this.emulator.url).get(AGENT_PATH).query(query).set('Authorization', basic());
  }

  get(path: string): Test {
    return request(this.emulator.url).get(path).set('Authorization', basic());
  }

  create(body: string): Test {
    return request(this.emulator.url)
      .post(AGENT_PATH)
      .set('Authorization', basic())
      .set('Content-Type', 'application/xml')
      .send(body);
  }

  update(refURL: string, body: string): Test {
    return request(this.emulator.url)
      .put(refURL)
      .set('Authorization', basic())
      .set('Content-Type', 'application/xml')
      .send(body);
  }

  delete(refURL: string): Test {
    return request(this.emulator.url).delete(refURL).set('Authorization', basic());
  }

  /** The agent at refURL, parsed, after asserting it answered 200. */
  async read(refURL: string): Promise<XmlTree> {
    const response = await this.get(refURL);
    if (response.status !== 200) throw new Error(`GET ${refURL} answered ${response.status}: ${response.text}`);
    return readXml(response.text, 'agent');
  }
}

export interface NewAgent {
  readonly agentId?: string;
  readonly userName: string;
  readonly firstName?: string;
  readonly lastName?: string;
  readonly password?: string;
  readonly supervisor?: boolean;
  readonly teamRefURL?: string;
  readonly changeStamp?: string;
  readonly description?: string;
}

/** An `<agent>` request body as the documented example writes it. */
export function agentBody(agent: NewAgent): string {
  const element = (name: string, value: string | undefined) =>
    value === undefined ? '' : `<${name}>${xmlText(value)}</${name}>`;
  return [
    '<agent>',
    element('changeStamp', agent.changeStamp),
    element('agentId', agent.agentId),
    element('description', agent.description),
    '<person>',
    element('firstName', agent.firstName ?? 'Robin'),
    element('lastName', agent.lastName ?? 'Hale'),
    element('userName', agent.userName),
    element('password', agent.password ?? 'sandbox'),
    '<loginEnabled>true</loginEnabled>',
    '</person>',
    element('supervisor', String(agent.supervisor ?? false)),
    agent.teamRefURL === undefined ? '' : `<agentTeam><refURL>${agent.teamRefURL}</refURL></agentTeam>`,
    '</agent>',
  ].join('');
}

/** The `<results>` of a list: its pageInfo and its items. */
export function listOf(text: string, collection: string, item: string): { pageInfo: XmlTree; items: XmlTree[] } {
  const results = readXml(text, 'results');
  const holder = results[collection];
  const raw = typeof holder === 'object' && holder !== null ? (holder as XmlTree)[item] : undefined;
  const items = raw === undefined ? [] : Array.isArray(raw) ? (raw as XmlTree[]) : [raw as XmlTree];
  return { pageInfo: results.pageInfo as XmlTree, items };
}
