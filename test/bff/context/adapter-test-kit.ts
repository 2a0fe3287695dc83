import { ContextServiceAdapter } from '../../../bff/src/context/context-service-adapter.js';
import type { ContextCallReport, ContextServiceOptions } from '../../../bff/src/context/types.js';
import { afterEach, beforeEach } from 'vitest';
import { ContextServiceStub, STUB_TOKEN } from './context-service-stub.js';
import type { WireObject } from './stub-search.js';

/** An adapter on the stub, reporting its calls into `reports`. */
export function adapterFor(
  stub: ContextServiceStub,
  reports: ContextCallReport[] = [],
  options: Partial<ContextServiceOptions> = {},
): ContextServiceAdapter {
  return new ContextServiceAdapter({
    baseUrl: stub.url,
    token: STUB_TOKEN,
    labMode: true,
    timeoutMs: 500,
    defaultRegion: 'US',
    onCall: (report) => reports.push(report),
    ...options,
  });
}

export { failure } from '../../kit/app-failure.js';

/** `{ Context_First_Name: 'Maria' }` → `[{ Context_First_Name: 'Maria', type: 'string' }]`. */
export function elements(fields: Readonly<Record<string, string>>): Record<string, string>[] {
  return Object.entries(fields).map(([key, value]) => ({ [key]: value, type: 'string' }));
}

export function customerObject(fields: Readonly<Record<string, string>>, extra: WireObject = {}): WireObject {
  return {
    type: 'customer',
    state: 'active',
    fieldsets: ['cisco.base.customer'],
    dataElements: elements(fields),
    contributors: [],
    tags: [],
    ...extra,
  };
}

export function activityObject(customerId: string, notes: string, extra: WireObject = {}): WireObject {
  return {
    type: 'activity',
    state: 'active',
    customerId,
    mediaType: 'voice',
    fieldsets: ['cisco.base.pod'],
    dataElements: elements({ Context_Notes: notes }),
    contributors: [{ type: 'user', id: 'agent1' }],
    tags: [],
    ...extra,
  };
}

export function requestObject(customerId: string, title: string, extra: WireObject = {}): WireObject {
  return {
    type: 'request',
    state: 'active',
    customerId,
    fieldsets: ['cisco.base.request'],
    dataElements: elements({ Context_Title: title }),
    contributors: [],
    tags: [],
    ...extra,
  };
}

/** A comment (`detail`) on a request or an activity, as Cisco's gadget and the BFF write them. */
export function commentObject(customerId: string, parentId: string, text: string, extra: WireObject = {}): WireObject {
  return {
    type: 'detail',
    state: 'closed',
    customerId,
    parentId,
    fieldsets: ['cisco.base.comment'],
    dataElements: [
      { Context_Comment: text, type: 'string' },
      { Context_Visible: true, type: 'boolean' },
      { Context_DisplayName: 'Alex Rivera', type: 'string' },
    ],
    contributors: [{ type: 'user', id: 'agent1' }],
    tags: [],
    ...extra,
  };
}

export interface StubbedAdapter {
  readonly stub: ContextServiceStub;
  readonly adapter: ContextServiceAdapter;
  /** The adapter's call reports, in order. */
  readonly reports: ContextCallReport[];
}

/**
 * A fresh stub and an adapter on it for each test of the file or describe, closed after it. `use` receives them
 * before each test (tests keep them in their own variables; seed the stub in a beforeEach after this one).
 */
export function useStubbedAdapter(
  use: (made: StubbedAdapter) => void,
  options: Partial<ContextServiceOptions> = {},
): void {
  let made: StubbedAdapter | undefined;
  beforeEach(async () => {
    const stub = await ContextServiceStub.start();
    const reports: ContextCallReport[] = [];
    made = { stub, adapter: adapterFor(stub, reports, options), reports };
    use(made);
  });
  afterEach(async () => {
    await made?.adapter.close();
    await made?.stub.close();
  });
}
