import { beforeEach, describe, expect, it } from 'vitest';
import { ContextTimeoutError, ContextUnavailableError } from '../../../bff/src/context/context-errors.js';
import type { ContextServiceAdapter } from '../../../bff/src/context/context-service-adapter.js';
import type { ContextCallReport } from '../../../bff/src/context/types.js';
import { ConflictError, NotFoundError, UpstreamError, UpstreamRefusedError } from '../../../bff/src/errors.js';
import { closedPort } from '../../kit/listening-server.js';
import { adapterFor, customerObject, failure, useStubbedAdapter } from './adapter-test-kit.js';
import type { ContextServiceStub } from './context-service-stub.js';

const UNAVAILABLE = "Experiencing issues with accessing customer's context information";

let stub: ContextServiceStub;
let adapter: ContextServiceAdapter;
let reports: ContextCallReport[];
useStubbedAdapter((made) => ({ stub, adapter, reports } = made), { timeoutMs: 300 });

beforeEach(() => {
  stub.seed(customerObject({ Context_First_Name: 'Maria' }, { id: 'c1' }));
});

describe('the store refusing a request', () => {
  it('404 answers NotFoundError with the store message and service context, reported as refused', async () => {
    const error = await failure(adapter.getCustomer('nobody'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      status: 404,
      details: { upstream: { service: 'context', status: 404, message: 'customer nobody not found' } },
    });
    expect(reports.at(-1)).toMatchObject({ operation: 'getCustomer', outcome: 'refused', status: 404 });
  });

  it('409 answers ConflictError with service context', async () => {
    stub.faults.push({ status: 409 });
    const error = await failure(adapter.getCustomer('c1'));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ status: 409, details: { upstream: { service: 'context', status: 409 } } });
  });

  it('400 answers UpstreamRefusedError 400 upstream_refused with the store message', async () => {
    stub.faults.push({ status: 400, body: JSON.stringify({ error: { key: '400', message: 'Unknown fieldset' } }) });
    const error = await failure(adapter.createRequest({ customerId: 'c1', title: 'T' }));
    expect(error).toBeInstanceOf(UpstreamRefusedError);
    expect(error).toMatchObject({
      status: 400,
      code: 'upstream_refused',
      details: { upstream: { service: 'context', status: 400, message: 'Unknown fieldset' } },
    });
  });
});

describe('the store being unavailable answers 503 context_unavailable, whatever the cause', () => {
  const expectUnavailable = (error: unknown, type: string) => {
    expect(error).toBeInstanceOf(ContextUnavailableError);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({
      status: 503,
      code: 'context_unavailable',
      details: { upstream: { service: 'context', type } },
    });
    expect((error as Error).message.startsWith(UNAVAILABLE)).toBe(true);
  };

  it('500 → server_error with the store status, reported as error', async () => {
    stub.faults.push({ status: 500 });
    const error = await failure(adapter.getCustomer('c1'));
    expectUnavailable(error, 'server_error');
    expect(error.details.upstream).toMatchObject({ status: 500, message: 'injected fault' });
    expect(reports.at(-1)).toMatchObject({ outcome: 'error', status: 500 });
  });

  it('503 with Retry-After → busy, passing Retry-After on', async () => {
    stub.faults.push({ status: 503, headers: { 'Retry-After': '7' } });
    const error = await failure(adapter.findByEmail('maria@example.com'));
    expectUnavailable(error, 'busy');
    expect(error).toMatchObject({ retryAfterSeconds: 7 });
  });

  it('429 → busy', async () => {
    stub.faults.push({ status: 429 });
    expectUnavailable(await failure(adapter.getCustomer('c1')), 'busy');
  });

  it('401 for the BFF token → unauthorized, never naming the token', async () => {
    const wrong = adapterFor(stub, [], { token: 'expired-token' });
    const error = await failure(wrong.getCustomer('c1'));
    await wrong.close();
    expectUnavailable(error, 'unauthorized');
    expect(error.details.upstream).toMatchObject({ status: 401 });
    expect(JSON.stringify({ message: error.message, details: error.details })).not.toContain('expired-token');
  });

  it('403 → unauthorized', async () => {
    stub.faults.push({ status: 403 });
    expectUnavailable(await failure(adapter.getCustomer('c1')), 'unauthorized');
  });

  it('no answer within timeoutMs → ContextTimeoutError (still 503) without a status, reported as timeout', async () => {
    stub.faults.push({ delayMs: 1000 });
    const error = await failure(adapter.getCustomer('c1'));
    expect(error).toBeInstanceOf(ContextTimeoutError);
    expectUnavailable(error, 'timeout');
    expect(error.message).toContain('within 300 ms');
    expect(error.details.upstream).not.toHaveProperty('status');
    expect(reports.at(-1)).toMatchObject({ operation: 'getCustomer', outcome: 'timeout' });
    expect(reports.at(-1)).not.toHaveProperty('status');
  });

  it('connection refused → unreachable', async () => {
    const nowhere = adapterFor(stub, [], { baseUrl: `http://127.0.0.1:${await closedPort()}` });
    const error = await failure(nowhere.getCustomer('c1'));
    await nowhere.close();
    expectUnavailable(error, 'unreachable');
    expect(error.details.logInfo).toBe('ECONNREFUSED');
  });

  it('connection reset before an answer → unreachable', async () => {
    stub.faults.push({ reset: true });
    expectUnavailable(await failure(adapter.getCustomer('c1')), 'unreachable');
  });

  it('a failing ping → context_unavailable too (for /readyz)', async () => {
    stub.faults.push({ status: 502 });
    expectUnavailable(await failure(adapter.ping()), 'server_error');
  });
});
