import request from 'supertest';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Response } from 'supertest';
import { startFinesseEmulator } from '../../bff/sandbox/finesse/finesse-emulator.js';
import type { FinesseEmulator, FinesseEmulatorOptions } from '../../bff/sandbox/finesse/finesse-emulator.js';
import type { XmlTree } from './finesse-xml.js';
import { parseXml } from './finesse-xml.js';

export const AGENT1 = { loginId: '1001001', loginName: 'agent1', extension: '1001001' } as const;
export const AGENT2 = { loginId: '1001002', loginName: 'agent2', extension: '1001002' } as const;
export const SUPER1 = { loginId: '1002001', loginName: 'super1', extension: '1002001' } as const;
export const PASSWORD = 'sandbox';

export function basic(user: string, password = PASSWORD): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

/** A started emulator and a Finesse REST client speaking as one user. */
export async function startFinesse(options: FinesseEmulatorOptions = {}): Promise<FinesseEmulator> {
  return startFinesseEmulator({ answerDelayMs: 20, ...options });
}

/**
 * One emulator for the enclosing file, back to the demo state (`POST /sandbox/reset`) before each test. Call the
 * answered function inside the tests only.
 */
export function useResetFinesse(options: FinesseEmulatorOptions = {}): () => FinesseEmulator {
  let emulator: FinesseEmulator | undefined;
  beforeAll(async () => {
    emulator = await startFinesse(options);
  });
  afterAll(async () => {
    await emulator?.close();
  });
  beforeEach(async () => {
    if (emulator) await request(emulator.url).post('/sandbox/reset').expect(204);
  });
  return () => {
    if (!emulator) throw new Error('the Finesse emulator is there only inside the tests');
    return emulator;
  };
}

export class FinesseRestClient {
  constructor(
    private readonly emulator: FinesseEmulator,
    readonly user: string,
    private readonly password = PASSWORD,
  ) {}

  get(path: string): Promise<Response> {
    return request(this.emulator.url).get(`/finesse/api${path}`).set('Authorization', basic(this.user, this.password));
  }

  put(path: string, xml: string, requestId?: string): Promise<Response> {
    const call = request(this.emulator.url)
      .put(`/finesse/api${path}`)
      .set('Authorization', basic(this.user, this.password))
      .set('Content-Type', 'application/xml');
    if (requestId !== undefined) call.set('requestId', requestId);
    return call.send(xml);
  }

  post(path: string, xml: string, requestId?: string): Promise<Response> {
    const call = request(this.emulator.url)
      .post(`/finesse/api${path}`)
      .set('Authorization', basic(this.user, this.password))
      .set('Content-Type', 'application/xml');
    if (requestId !== undefined) call.set('requestId', requestId);
    return call.send(xml);
  }

  /** The GET's body parsed, after asserting it answered 200. */
  async read(path: string): Promise<XmlTree> {
    const response = await this.get(path);
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${response.text}`);
    return parseXml(response.text);
  }

  async state(loginId: string): Promise<string> {
    // User is parsed as a list (Team members are Users too): the answer holds one.
    const user = ((await this.read(`/User/${loginId}`)).User as XmlTree[])[0];
    return typeof user?.state === 'string' ? user.state : '';
  }
}

/** The sandbox control API. */
export function control(emulator: FinesseEmulator) {
  return {
    ring: async (from: string, to: string, variables?: Record<string, string>): Promise<string> => {
      const response = await request(emulator.url)
        .post('/sandbox/calls')
        .send(variables ? { from, to, variables } : { from, to });
      if (response.status !== 201) throw new Error(`ring answered ${response.status}: ${response.text}`);
      return (response.body as { dialogId: string }).dialogId;
    },
    raw: () => request(emulator.url),
  };
}

/** The ApiError of a synchronous error answer. */
export function apiError(response: Response): { status: number; type: string; data: string; message: string } {
  const errors = (parseXml(response.text).ApiErrors as XmlTree).ApiError as XmlTree[];
  const error = errors[0] ?? {};
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  return {
    status: response.status,
    type: text(error.ErrorType),
    data: text(error.ErrorData),
    message: text(error.ErrorMessage),
  };
}

export const signIn = (extension: string) => `<User><state>LOGIN</state><extension>${extension}</extension></User>`;
export const ready = '<User><state>READY</state></User>';
export const notReady = (reasonCodeId = '1') =>
  `<User><state>NOT_READY</state><reasonCodeId>${reasonCodeId}</reasonCodeId></User>`;
export const dialogAction = (action: string, target: string, extra = '') =>
  `<Dialog><requestedAction>${action}</requestedAction><targetMediaAddress>${target}</targetMediaAddress>${extra}</Dialog>`;
