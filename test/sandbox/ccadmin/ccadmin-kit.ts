import request from 'supertest';
import type { Test } from 'supertest';
import { afterEach, beforeEach } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { startCceAdminEmulator } from '../../../bff/sandbox/ccadmin/cce-admin-emulator.js';
import type { CceAdminEmulator, CceAdminEmulatorOptions } from '../../../bff/sandbox/ccadmin/cce-admin-emulator.js';

export const REGISTRATION_PATH = '/unifiedconfig/config/contextserviceregistration';
export const ADMIN = { username: 'administrator', password: 'sandbox' } as const;
export const CALLBACK = 'http://127.0.0.1:3000/admin/context-service?tab=registration';

export async function startCceAdmin(options: Partial<CceAdminEmulatorOptions> = {}): Promise<CceAdminEmulator> {
  return startCceAdminEmulator({ host: '127.0.0.1', port: 0, ...options });
}

export interface CceAdminUnderTest {
  readonly emulator: CceAdminEmulator;
  /** Speaks to `emulator` as the administrator. */
  readonly client: RegistrationClient;
}

/**
 * A fresh emulator for each test of the enclosing `describe` (or file), closed after it: no registration, sync
 * setting or fault carries over from one test to the next. Read the fields inside the tests only.
 */
export function useCceAdminEmulator(): CceAdminUnderTest {
  let current: CceAdminUnderTest | undefined;
  beforeEach(async () => {
    const emulator = await startCceAdmin();
    current = { emulator, client: new RegistrationClient(emulator) };
  });
  afterEach(async () => {
    await current?.emulator.close();
    current = undefined;
  });
  const started = (): CceAdminUnderTest => {
    if (current === undefined)
      throw new Error('the CCE Administration emulator is there only inside the tests that use it');
    return current;
  };
  return {
    get emulator() {
      return started().emulator;
    },
    get client() {
      return started().client;
    },
  };
}

export function basic(username: string = ADMIN.username, password: string = ADMIN.password): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}

/** Text escaped for XML element content. */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function updateBody(connectionData: string): string {
  return `<contextServiceRegistration><connectionData>${xmlText(connectionData)}</connectionData></contextServiceRegistration>`;
}

/** Speaks the Context Service Registration API as the administrator. */
export class RegistrationClient {
  constructor(
    private readonly emulator: CceAdminEmulator,
    private readonly authorization = basic(),
  ) {}

  get(callbackUrl?: string): Test {
    const call = request(this.emulator.url).get(REGISTRATION_PATH).set('Authorization', this.authorization);
    return callbackUrl === undefined ? call : call.query({ callbackUrl });
  }

  put(connectionData: string): Test {
    return this.putBody(updateBody(connectionData));
  }

  putBody(body: string): Test {
    return request(this.emulator.url)
      .put(REGISTRATION_PATH)
      .set('Authorization', this.authorization)
      .set('Content-Type', 'application/xml')
      .send(body);
  }
}

export function control(emulator: CceAdminEmulator) {
  return request(emulator.url);
}

export async function forceState(
  emulator: CceAdminEmulator,
  state: 'notRegistered' | 'registered' | 'invalid',
): Promise<void> {
  await control(emulator).post('/sandbox/registration').send({ state }).expect(200);
}

const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: false });

export type XmlTree = Record<string, unknown>;

/** The document's root element as a plain tree. */
export function readXml(text: string, root: string): XmlTree {
  const parsed = parser.parse(text) as XmlTree;
  const element = parsed[root];
  if (typeof element !== 'object' || element === null) throw new Error(`no <${root}> in ${text}`);
  return element as XmlTree;
}

/** The names of the root's children, in document order. */
export function childOrder(text: string): string[] {
  const inner = /^<(\w+)>([\s\S]*)<\/\1>$/.exec(text.trim())?.[2] ?? '';
  return [...inner.matchAll(/<(\w+)>(?:[\s\S]*?)<\/\1>|<(\w+)\/>/g)].map((match) => match[1] ?? match[2] ?? '');
}

export interface ApiErrorJson {
  readonly errorType?: string;
  readonly errorMessage?: string;
  readonly errorData?: string;
  readonly errorDetail?: XmlTree;
}

/** The `<apiError>` items of an `<apiErrors>` body. */
export function apiErrors(text: string): ApiErrorJson[] {
  const item = readXml(text, 'apiErrors').apiError;
  return (Array.isArray(item) ? item : [item]) as ApiErrorJson[];
}
