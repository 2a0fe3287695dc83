import { beforeEach, describe, expect, it } from 'vitest';
import type { ContextServiceAdapter } from '../../../bff/src/context/context-service-adapter.js';
import type { ContextCallReport } from '../../../bff/src/context/types.js';
import { InvalidRequestError, UpstreamError } from '../../../bff/src/errors.js';
import { adapterFor, customerObject, failure, useStubbedAdapter } from './adapter-test-kit.js';
import type { ContextServiceStub } from './context-service-stub.js';
import { STUB_TOKEN } from './context-service-stub.js';

let stub: ContextServiceStub;
let adapter: ContextServiceAdapter;
let reports: ContextCallReport[];
useStubbedAdapter((made) => ({ stub, adapter, reports } = made), { timeoutMs: 300 });

beforeEach(() => {
  stub.seed(customerObject({ Context_First_Name: 'Maria' }, { id: 'c1' }));
});

describe('every call carries the token and the lab-mode header', () => {
  it('Authorization Bearer and cisco-context-labmode true in lab mode', async () => {
    await adapter.getCustomer('c1');
    expect(stub.requests[0]?.headers).toMatchObject({
      authorization: `Bearer ${STUB_TOKEN}`,
      'cisco-context-labmode': 'true',
      accept: 'application/json',
    });
  });

  it('cisco-context-labmode false in production mode', async () => {
    const production = adapterFor(stub, [], { labMode: false });
    await production.getCustomer('c1');
    await production.close();
    expect(stub.requests[0]?.headers['cisco-context-labmode']).toBe('false');
  });

  it('ping goes to /context/v1/ping without a token', async () => {
    await adapter.ping();
    expect(stub.requests[0]).toMatchObject({ method: 'GET', path: '/context/v1/ping' });
    expect(stub.requests[0]?.headers).not.toHaveProperty('authorization');
    expect(reports).toEqual([expect.objectContaining({ operation: 'ping', outcome: 'ok', status: 200 })]);
  });
});

describe('answers that are not the documented JSON answer 502 upstream_invalid_response with service context', () => {
  const expectInvalid = (error: unknown) => {
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({
      status: 502,
      code: 'upstream_invalid_response',
      details: { upstream: { service: 'context' } },
    });
  };

  it('malformed JSON', async () => {
    stub.faults.push({ status: 200, body: '{"id": "c1", "type": ' });
    const error = await failure(adapter.getCustomer('c1'));
    expectInvalid(error);
    expect(error.details.logInfo).toContain('not JSON');
    expect(reports.at(-1)).toMatchObject({ outcome: 'error', status: 200 });
  });

  it('an object without an id', async () => {
    stub.faults.push({ status: 200, body: JSON.stringify({ type: 'customer' }) });
    expectInvalid(await failure(adapter.getCustomer('c1')));
  });

  it('an object of another type', async () => {
    stub.faults.push({ status: 200, body: JSON.stringify({ id: 'c1', type: 'activity' }) });
    expectInvalid(await failure(adapter.getCustomer('c1')));
  });

  it('a search answer that is not an array, or holds an object without a type', async () => {
    stub.faults.push({ status: 200, body: '{}' }, { status: 200, body: JSON.stringify([{ id: 'x' }]) });
    expectInvalid(await failure(adapter.findByEmail('maria@example.com')));
    expectInvalid(await failure(adapter.findByEmail('maria@example.com')));
  });

  it('a create answer without an id', async () => {
    stub.faults.push({ status: 201, body: JSON.stringify({ refUrl: 'x' }) });
    expectInvalid(await failure(adapter.createRequest({ customerId: 'c1', title: 'T' })));
  });

  it('a status the call does not expect (302)', async () => {
    stub.faults.push({ status: 302, body: '' });
    expectInvalid(await failure(adapter.getCustomer('c1')));
  });

  it('a body larger than 4 MiB', async () => {
    stub.faults.push({ status: 200, body: `[${'"x",'.repeat(1_100_000)}"x"]` });
    const error = await failure(adapter.findByEmail('maria@example.com'));
    expectInvalid(error);
    expect(error.message).toContain('larger than');
  });
});

describe('ids that could escape the path or the query answer InvalidRequestError without a call', () => {
  it.each([[''], ['.'], ['..'], ['a b'], ['a"b'], ['x'.repeat(129)]])('%j', async (id) => {
    expect(await failure(adapter.getCustomer(id))).toBeInstanceOf(InvalidRequestError);
    expect(stub.requests).toEqual([]);
  });

  it('a slash stays inside its segment', async () => {
    await failure(adapter.getCustomer('../activity/a1'));
    expect(stub.requests[0]?.path).toBe('/context/v1/customer/..%2Factivity%2Fa1');
  });
});

describe('a metrics hook that throws', () => {
  it('does not fail the call', async () => {
    const noisy = adapterFor(stub, [], {
      onCall: () => {
        throw new Error('metrics down');
      },
    });
    await expect(noisy.getCustomer('c1')).resolves.toMatchObject({ id: 'c1' });
    await noisy.close();
  });
});

describe('options are checked at construction', () => {
  it.each([
    ['a baseUrl that is no http(s) URL', { baseUrl: 'ftp://cs.example' }, /ERR_CONTEXT_BASE_URL/],
    ['a baseUrl with credentials', { baseUrl: 'https://user:pw@cs.example' }, /ERR_CONTEXT_BASE_URL/],
    ['a timeout of 0', { timeoutMs: 0 }, /ERR_CONTEXT_TIMEOUT/],
    ['an empty token', { token: '' }, /ERR_CONTEXT_TOKEN/],
    ['a token with a line break', { token: 'a\r\nX-Evil: 1' }, /ERR_CONTEXT_TOKEN/],
    ['an unknown region', { defaultRegion: 'ZZ' }, /ERR_CONTEXT_REGION/],
  ])('%s is refused', (_what, options, code) => {
    expect(() => adapterFor(stub, [], options)).toThrow(code);
  });

  it('a baseUrl with a path keeps it before /context/v1', async () => {
    const nested = adapterFor(stub, [], { baseUrl: `${stub.url}/proxy/` });
    await failure(nested.getCustomer('c1'));
    await nested.close();
    expect(stub.requests[0]?.path).toBe('/proxy/context/v1/customer/c1');
  });
});
