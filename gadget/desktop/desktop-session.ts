import type { Agent } from '../../shared/api/agent.js';
import { DeskApi } from '../src/api/desk-api.js';
import type { DeskSession } from '../src/host/desk-host.js';
import type { FinesseGadgetConfig } from '../src/host/finesse-api.js';
import type { SessionCreated } from '../../shared/api/session.js';
import { DESKTOP_SESSION_KEY, keepSession, storedSession } from './stored-session.js';

/** The sandbox's demo users (bff/sandbox/finesse/model/demo-directory.ts); each signs in at their own extension. */
export interface DemoUser {
  readonly username: string;
  readonly name: string;
  readonly extension: string;
  readonly role: 'Agent' | 'Supervisor';
}
export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'agent1', name: 'Alex Rivera', extension: '1001001', role: 'Agent' },
  { username: 'agent2', name: 'Sam Okafor', extension: '1001002', role: 'Agent' },
  { username: 'super1', name: 'Dana Whitfield', extension: '1002001', role: 'Supervisor' },
];
export const DEMO_PASSWORD = 'sandbox';

export interface DesktopCredentials {
  readonly username: string;
  readonly password: string;
  readonly extension: string;
}

export interface DesktopSession {
  readonly session: DeskSession;
  /** The agent once signed in to the extension. */
  readonly agent: Agent;
  /** What the desktop gives its gadgets as finesse.gadget.Config. */
  readonly gadgetConfig: FinesseGadgetConfig;
}

/** base64 of UTF-8 text (btoa alone takes Latin-1 only). */
function base64(text: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(text)));
}

/**
 * Signs the desktop in the way the Finesse desktop does: the user's Finesse credentials (sent to the BFF as
 * `Authorization: Basic`), then the agent in at the extension (NOT_READY). A demo user (`/?as=`) keeps the BFF session
 * across reloads; a typed password is always checked again.
 */
export async function signInToDesktop(
  baseUrl: string,
  credentials: DesktopCredentials,
  demo: boolean,
): Promise<DesktopSession> {
  const basic = `Basic ${base64(`${credentials.username}:${credentials.password}`)}`;
  const signIn = () => DeskApi.signIn(baseUrl, { authorization: basic });
  const wanted = (agent: Agent): boolean =>
    agent.loginName.toLowerCase() === credentials.username.toLowerCase() || agent.id === credentials.username;
  const session = demo
    ? await storedSession(DESKTOP_SESSION_KEY, baseUrl, wanted, signIn)
    : kept(baseUrl, await signIn());
  let agent = session.agent;
  if (agent.state === 'LOGOUT' || agent.extension !== credentials.extension)
    agent = await session.api.signInAgent(credentials.extension);
  const { location, navigator } = window;
  const gadgetConfig: FinesseGadgetConfig = {
    // Finesse gives gadgets the agent's id and password, base64, as its Authorization.
    authorization: base64(`${agent.id}:${credentials.password}`),
    systemAuthMode: 'NON_SSO',
    id: agent.id,
    extension: agent.extension,
    locale: navigator.language.replace('-', '_'),
    host: location.hostname,
    hostPort: location.port,
    restHost: location.hostname,
    scheme: location.protocol.replace(':', ''),
    ...(agent.team ? { teamId: agent.team.id, teamName: agent.team.name } : {}),
  };
  return { session: { api: session.api, agent }, agent, gadgetConfig };
}

/** A session from a typed password, kept like a demo user's so the desktop's finesse.js can use it too. */
function kept(baseUrl: string, answer: SessionCreated): DeskSession {
  keepSession(DESKTOP_SESSION_KEY, answer);
  return { api: new DeskApi(baseUrl, answer.token), agent: answer.agent };
}
