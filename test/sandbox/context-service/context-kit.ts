import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import request from 'supertest';
import type { Response, Test } from 'supertest';
import { startContextServiceEmulator } from '../../../bff/sandbox/context-service/context-service-emulator.js';
import type {
  ContextServiceEmulator,
  ContextServiceEmulatorOptions,
} from '../../../bff/sandbox/context-service/context-service-emulator.js';
import type { ContextObjectJson, CreatedJson } from '../../../bff/sandbox/context-service/wire/object-json.js';

export type { ContextObjectJson, CreatedJson };

export interface ErrorJson {
  readonly error: { readonly key: string; readonly message: string };
}

export async function startContextService(
  options: ContextServiceEmulatorOptions = {},
): Promise<ContextServiceEmulator> {
  return startContextServiceEmulator(options);
}

/** Speaks Context Service REST to the emulator as a machine account; `labMode` is sent as cisco-context-labmode. */
export class ContextClient {
  constructor(
    private readonly emulator: ContextServiceEmulator,
    private readonly labMode?: string,
  ) {}

  get(path: string): Test {
    return this.headers(request(this.emulator.url).get(`/context/v1${path}`));
  }

  post(path: string, body: object): Test {
    return this.headers(request(this.emulator.url).post(`/context/v1${path}`)).send(body);
  }

  put(path: string, body: object): Test {
    return this.headers(request(this.emulator.url).put(`/context/v1${path}`)).send(body);
  }

  delete(path: string): Test {
    return this.headers(request(this.emulator.url).delete(`/context/v1${path}`));
  }

  search(type: string, query: Record<string, string | number>): Test {
    return this.headers(request(this.emulator.url).get(`/context/v1/${type}`).query(query));
  }

  /** The search's objects, after asserting it answered 200. */
  async found(type: string, query: Record<string, string | number>): Promise<ContextObjectJson[]> {
    const response = await this.search(type, query);
    if (response.status !== 200) throw new Error(`search ${type} answered ${response.status}: ${response.text}`);
    return response.body as ContextObjectJson[];
  }

  /** Creates an object and reads it back whole. */
  async create(type: string, body: object): Promise<ContextObjectJson> {
    const created = await this.post(`/${type}`, body);
    if (created.status !== 201) throw new Error(`create ${type} answered ${created.status}: ${created.text}`);
    return this.read(type, (created.body as CreatedJson).id);
  }

  async read(type: string, id: string): Promise<ContextObjectJson> {
    const response = await this.get(`/${type}/${id}`);
    if (response.status !== 200) throw new Error(`GET ${type}/${id} answered ${response.status}: ${response.text}`);
    return response.body as ContextObjectJson;
  }

  private headers(call: Test): Test {
    call.set('Authorization', `Bearer ${this.emulator.token}`);
    if (this.labMode !== undefined) call.set('cisco-context-labmode', this.labMode);
    return call;
  }
}

export function control(emulator: ContextServiceEmulator) {
  return request(emulator.url);
}

/** A data element as the wire carries it. */
export function element(
  field: string,
  value: string | number | boolean,
  type = typeof value === 'boolean' ? 'boolean' : 'string',
) {
  return { [field]: value, type };
}

export function customerBody(fields: Record<string, string>) {
  return {
    fieldsets: ['cisco.base.customer'],
    dataElements: Object.entries(fields).map(([field, value]) => element(field, value)),
  };
}

export function requestBody(customerId: string, title = 'Broken screen', extra: object = {}) {
  return {
    customerId,
    fieldsets: ['cisco.base.request'],
    dataElements: [element('Context_Title', title), element('Context_Description', 'The screen cracked in transit')],
    ...extra,
  };
}

export function activityBody(extra: object = {}, notes = 'Customer called about a broken screen') {
  return {
    mediaType: 'voice',
    fieldsets: ['cisco.base.pod'],
    dataElements: [element('Context_Notes', notes)],
    ...extra,
  };
}

export function commentBody(extra: object, text = 'Promised a callback') {
  return {
    fieldsets: ['cisco.base.comment'],
    dataElements: [
      element('Context_Comment', text),
      element('Context_Visible', true),
      element('Context_DisplayName', 'Alex Rivera'),
    ],
    ...extra,
  };
}

/** The value of one field of an answered object. */
export function fieldOf(object: ContextObjectJson, field: string): string | number | boolean | undefined {
  return object.dataElements.find((candidate) => field in candidate)?.[field];
}

export function errorOf(response: Response): ErrorJson['error'] {
  return (response.body as ErrorJson).error;
}

/**
 * One emulator and a client on it for the file (`per: 'file'`) or a fresh pair for each test (`per: 'test'`), closed
 * after. `use` receives them (tests keep them in their own variables); extra set-up goes in a later hook.
 */
export function useContextService(
  use: (made: { emulator: ContextServiceEmulator; client: ContextClient }) => void,
  per: 'file' | 'test' = 'file',
): void {
  let emulator: ContextServiceEmulator | undefined;
  (per === 'file' ? beforeAll : beforeEach)(async () => {
    emulator = await startContextService();
    use({ emulator, client: new ContextClient(emulator) });
  });
  (per === 'file' ? afterAll : afterEach)(async () => {
    await emulator?.close();
  });
}
