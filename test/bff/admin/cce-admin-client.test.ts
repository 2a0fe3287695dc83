import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CceAdminClient } from '../../../bff/src/ccadmin/cce-admin-client.js';
import {
  CceAdminBusyError,
  CceAdminFailedError,
  ConnectionDataTooLargeError,
} from '../../../bff/src/ccadmin/ccadmin-errors.js';
import type { CceAdminCredentials } from '../../../bff/src/ccadmin/types.js';
import { ConflictError, UnauthorizedError, UpstreamError, UpstreamRefusedError } from '../../../bff/src/errors.js';
import type { AppError } from '../../../bff/src/errors.js';
import type { UpstreamCallReport } from '../../../bff/src/upstream/types.js';
import { failure } from '../../kit/app-failure.js';
import { listen } from '../../kit/listening-server.js';
import type { ListeningServer } from '../../kit/listening-server.js';
import {
  AW_FAILURE_XML,
  BUSY_XML,
  NOT_REGISTERED_XML,
  OTHER_REFUSAL_XML,
  PARTIAL_SUCCESS_XML,
  REGISTERED_XML,
  REREGISTER_XML,
  TOO_LARGE_XML,
  UNAUTHORIZED_XML,
} from './documented-xml.js';

/** What the stub CCE received. */
interface Received {
  readonly method: string;
  readonly url: string;
  readonly authorization: string | undefined;
  readonly contentType: string | undefined;
  readonly body: string;
}

/** The stub's next answer: status, body, headers; or `silent` (never answers) and `reset` (drops the connection). */
type Answer = { status: number; body?: string; headers?: Record<string, string> } | 'silent' | 'reset';

const CREDENTIALS: CceAdminCredentials = {
  user: 'administrator',
  authorization: `Basic ${Buffer.from('administrator:sandbox').toString('base64')}`,
};
const SECRET_DATA = 'c2VjcmV0LWNvbm5lY3Rpb24tZGF0YS0xMjM0NQ==';
const TIMEOUT_MS = 300;

let stub: ListeningServer;
let answer: Answer;
let received: Received[];
let reports: UpstreamCallReport[];
let client: CceAdminClient;

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  received.push({
    method: request.method ?? '',
    url: request.url ?? '',
    authorization: request.headers.authorization,
    contentType: request.headers['content-type'],
    body: Buffer.concat(chunks).toString('utf8'),
  });
  if (answer === 'silent') return;
  if (answer === 'reset') {
    request.socket.destroy();
    return;
  }
  response.writeHead(answer.status, { 'Content-Type': 'application/xml', ...answer.headers });
  response.end(answer.body ?? '');
}

beforeEach(async () => {
  answer = { status: 200, body: REGISTERED_XML };
  received = [];
  reports = [];
  stub = await listen((request, response) => void handle(request, response));
  client = new CceAdminClient({
    baseUrl: `${stub.url}/`,
    timeoutMs: TIMEOUT_MS,
    onCall: (report) => reports.push(report),
  });
});

afterEach(async () => {
  await client.close();
  await stub.close();
});

describe('CceAdminClient speaks the Context Service Registration API', () => {
  it('registration() GETs /unifiedconfig/config/contextserviceregistration with Basic auth and the encoded callbackUrl, and maps the answer', async () => {
    const registration = await client.registration(CREDENTIALS, 'https://bff.example.com/admin?step=2');
    expect(registration).toEqual({
      state: 'registered',
      managementUrl: 'https://admin.example.com/manage',
      deregistrationUrl: 'https://wizard.example.com/deregister?callbackUrl=x',
    });
    expect(received).toEqual([
      {
        method: 'GET',
        url: '/unifiedconfig/config/contextserviceregistration?callbackUrl=https%3A%2F%2Fbff.example.com%2Fadmin%3Fstep%3D2',
        authorization: CREDENTIALS.authorization,
        contentType: undefined,
        body: '',
      },
    ]);
    expect(reports).toEqual([expect.objectContaining({ operation: 'getRegistration', outcome: 'ok', status: 200 })]);
  });

  it('registration() without a callbackUrl sends no query', async () => {
    answer = { status: 200, body: NOT_REGISTERED_XML };
    expect((await client.registration(CREDENTIALS)).state).toBe('notRegistered');
    expect(received[0]?.url).toBe('/unifiedconfig/config/contextserviceregistration');
  });

  it('updateConnectionData() PUTs the data escaped in <contextServiceRegistration> as XML, and 200 "Successfully saved" is saved', async () => {
    answer = { status: 200, body: 'Successfully saved', headers: { 'Content-Type': 'text/plain' } };
    expect(await client.updateConnectionData(CREDENTIALS, 'a<b&c')).toEqual({ kind: 'saved' });
    expect(received[0]).toMatchObject({
      method: 'PUT',
      url: '/unifiedconfig/config/contextserviceregistration',
      authorization: CREDENTIALS.authorization,
      contentType: 'application/xml; charset=utf-8',
      body: '<contextServiceRegistration><connectionData>a&lt;b&amp;c</connectionData></contextServiceRegistration>',
    });
    expect(reports).toEqual([
      expect.objectContaining({ operation: 'updateConnectionData', outcome: 'ok', status: 200 }),
    ]);
  });

  it("updateConnectionData() of a 201 with the documented PARTIAL_SUCCESS body is a partial outcome with CCE's message", async () => {
    answer = { status: 201, body: PARTIAL_SUCCESS_XML };
    expect(await client.updateConnectionData(CREDENTIALS, SECRET_DATA)).toEqual({
      kind: 'partial',
      failedDevices: [],
      message: 'Configuration update failed for one or more devices.',
    });
  });

  it('a 201 naming its failed devices gives them as failedDevices', async () => {
    answer = {
      status: 201,
      body: '<apiErrors><apiError><errorMessage>Configuration update failed for one or more devices. Failed devices: CVP, SocialMiner.</errorMessage><errorType>PARTIAL_SUCCESS</errorType></apiError></apiErrors>',
    };
    expect(await client.updateConnectionData(CREDENTIALS, SECRET_DATA)).toMatchObject({
      kind: 'partial',
      failedDevices: ['CVP', 'SocialMiner'],
    });
  });

  it('a base URL with credentials, a query or another scheme is refused at construction', () => {
    for (const baseUrl of [
      'https://u:p@cce.example.com',
      'https://cce.example.com/?a=1',
      'ftp://cce.example.com',
      'not a url',
    ]) {
      expect(() => new CceAdminClient({ baseUrl, timeoutMs: 1000 })).toThrow(/ERR_CCE_ADMIN_BASE_URL/);
    }
  });
});

/** Every kind of answer CCE can give a PUT, and what the BFF makes of it. */
const ANSWERS: readonly {
  readonly label: string;
  readonly answer: Answer;
  readonly error: new (...args: never[]) => AppError;
  readonly expected: Record<string, unknown>;
  readonly outcome: UpstreamCallReport['outcome'];
}[] = [
  {
    label: '400 invalidInput.deregistrationRequired (re-register without deregistering)',
    answer: { status: 400, body: REREGISTER_XML },
    error: ConflictError,
    expected: {
      status: 409,
      code: 'deregister_first',
      details: {
        upstream: {
          service: 'ccadmin',
          status: 400,
          type: 'invalidInput.deregistrationRequired',
          message: 'You must deregister before reregistering to Context Service.',
        },
      },
    },
    outcome: 'refused',
  },
  {
    label: '400 about the 4 KB limit',
    answer: { status: 400, body: TOO_LARGE_XML },
    error: ConnectionDataTooLargeError,
    expected: {
      status: 413,
      code: 'too_large',
      details: { upstream: { service: 'ccadmin', status: 400, type: 'invalidInput.fieldLengthExceeded' } },
    },
    outcome: 'refused',
  },
  {
    label: '400 with any other apiError',
    answer: { status: 400, body: OTHER_REFUSAL_XML },
    error: UpstreamRefusedError,
    expected: {
      status: 400,
      code: 'invalid_request',
      message: 'CCE Administration refused the registration change: connectionData is required.',
      details: { upstream: { service: 'ccadmin', status: 400, type: 'invalidInput.fieldRequired' } },
    },
    outcome: 'refused',
  },
  {
    label: '400 without an apiErrors body (not CCE talking)',
    answer: { status: 400, body: '<html>Bad Request</html>', headers: { 'Content-Type': 'text/html' } },
    error: UpstreamError,
    expected: {
      status: 502,
      code: 'upstream_invalid_response',
      details: { upstream: { service: 'ccadmin', status: 400 } },
    },
    outcome: 'error',
  },
  {
    label: '401',
    answer: { status: 401, body: UNAUTHORIZED_XML, headers: { 'WWW-Authenticate': 'Basic realm="CCE"' } },
    error: UnauthorizedError,
    expected: {
      status: 401,
      code: 'invalid_credentials',
      details: { upstream: { service: 'ccadmin', status: 401, type: 'authentication.failed' } },
    },
    outcome: 'refused',
  },
  {
    label: '403',
    answer: { status: 403, body: '' },
    error: UpstreamRefusedError,
    expected: { status: 403, code: 'forbidden', details: { upstream: { service: 'ccadmin', status: 403 } } },
    outcome: 'refused',
  },
  {
    label: '503 busy with Retry-After: 7',
    answer: { status: 503, body: BUSY_XML, headers: { 'Retry-After': '7' } },
    error: CceAdminBusyError,
    expected: {
      status: 503,
      code: 'ccadmin_busy',
      retryAfterSeconds: 7,
      details: {
        upstream: {
          service: 'ccadmin',
          status: 503,
          type: 'SERVER_BUSY',
          message: 'The server is currently busy. Please try again later.',
        },
      },
    },
    outcome: 'error',
  },
  {
    label: '503 busy without Retry-After',
    answer: { status: 503, body: BUSY_XML },
    error: CceAdminBusyError,
    expected: { status: 503, code: 'ccadmin_busy', retryAfterSeconds: 5 },
    outcome: 'error',
  },
  {
    label: '500 the AW DB update failed',
    answer: { status: 500, body: AW_FAILURE_XML },
    error: CceAdminFailedError,
    expected: {
      status: 502,
      code: 'ccadmin_failed',
      message: 'CCE Administration failed the registration change: The configuration update to the AW DB failed.',
      details: { upstream: { service: 'ccadmin', status: 500, type: 'FAILURE' } },
    },
    outcome: 'error',
  },
  {
    label: '502 from a gateway, no body',
    answer: { status: 502, body: '' },
    error: CceAdminFailedError,
    expected: { status: 502, code: 'ccadmin_failed', details: { upstream: { service: 'ccadmin', status: 502 } } },
    outcome: 'error',
  },
  {
    label: '404 (no such API at this URL)',
    answer: { status: 404, body: '' },
    error: UpstreamError,
    expected: {
      status: 502,
      code: 'upstream_invalid_response',
      details: { upstream: { service: 'ccadmin', status: 404 } },
    },
    outcome: 'error',
  },
  {
    label: 'no answer within the timeout',
    answer: 'silent',
    error: UpstreamError,
    expected: {
      status: 504,
      code: 'upstream_timeout',
      message: `CCE Administration did not answer the registration change within ${TIMEOUT_MS} ms`,
      details: { upstream: { service: 'ccadmin' } },
    },
    outcome: 'timeout',
  },
  {
    label: 'a dropped connection',
    answer: 'reset',
    error: UpstreamError,
    expected: { status: 503, code: 'upstream_unavailable', details: { upstream: { service: 'ccadmin' } } },
    outcome: 'error',
  },
];

describe('every CCE answer to a PUT maps to one BFF error (ccadmin-error-mapping.ts)', () => {
  it.each(ANSWERS)('$label', async ({ answer: given, error: kind, expected, outcome }) => {
    answer = given;
    const error = await failure(client.updateConnectionData(CREDENTIALS, SECRET_DATA));
    expect(error).toBeInstanceOf(kind);
    expect(error).toMatchObject(expected);
    expect(reports).toEqual([expect.objectContaining({ operation: 'updateConnectionData', outcome })]);
    expect(JSON.stringify(reports)).not.toContain(SECRET_DATA);
    // Neither the message, the upstream detail nor the log info carries the data or the credentials.
    expect(JSON.stringify({ message: error.message, details: error.details })).not.toMatch(
      new RegExp(`${SECRET_DATA}|Basic |YWRtaW5pc3RyYXRvcjpzYW5kYm94`),
    );
  });
});

describe('answers the BFF cannot read are 502 upstream_invalid_response, and connection failures name ccadmin', () => {
  it.each([
    ['XML cut off mid-element', '<contextServiceRegistration><state>regis'],
    ['an undocumented state', '<contextServiceRegistration><state>pending</state></contextServiceRegistration>'],
    ['plain text', 'Successfully saved'],
    [
      'a DTD',
      '<!DOCTYPE a [<!ENTITY x "y">]><contextServiceRegistration><state>&x;</state></contextServiceRegistration>',
    ],
  ])('a 200 GET answer of %s', async (_label, body) => {
    answer = { status: 200, body };
    expect(await failure(client.registration(CREDENTIALS))).toMatchObject({
      status: 502,
      code: 'upstream_invalid_response',
      details: { upstream: { service: 'ccadmin', status: 200 } },
    });
  });

  it('a body over 256 KiB is not read past the limit and answers 502', async () => {
    answer = {
      status: 200,
      body: `<contextServiceRegistration><state>registered</state><x>${'a'.repeat(300 * 1024)}</x></contextServiceRegistration>`,
    };
    expect(await failure(client.registration(CREDENTIALS))).toMatchObject({
      status: 502,
      code: 'upstream_invalid_response',
    });
  });

  it('a port nobody listens on answers 503 upstream_unavailable "cannot be reached"', async () => {
    const closed = await listen(() => undefined);
    await closed.close();
    const unreachable = new CceAdminClient({ baseUrl: closed.url, timeoutMs: 2000 });
    const error = await failure(unreachable.registration(CREDENTIALS));
    await unreachable.close();
    expect(error).toMatchObject({
      status: 503,
      code: 'upstream_unavailable',
      message: 'CCE Administration cannot be reached',
      details: { upstream: { service: 'ccadmin' } },
    });
  });

  it('an error body echoing the connectionData sent keeps it out of the message, the detail and the log info', async () => {
    answer = {
      status: 400,
      body: `<apiErrors><apiError><errorMessage>Bad data ${SECRET_DATA}</errorMessage><errorType>invalidInput.x</errorType><errorData>${SECRET_DATA}</errorData></apiError></apiErrors>`,
    };
    const error = await failure(client.updateConnectionData(CREDENTIALS, SECRET_DATA));
    expect(error).toMatchObject({ status: 400, details: { upstream: { message: 'Bad data [redacted]' } } });
    expect(error.details.logInfo).toContain('[redacted]');
    expect(JSON.stringify({ message: error.message, details: error.details })).not.toContain(SECRET_DATA);
  });
});
