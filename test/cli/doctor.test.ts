import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runDoctorCommand } from '../../bff/src/cli/doctor/doctor-command.js';
import type { Environment } from '../../bff/src/config.js';
import { startCceAdminEmulator } from '../../bff/sandbox/ccadmin/cce-admin-emulator.js';
import { startContextServiceEmulator } from '../../bff/sandbox/context-service/context-service-emulator.js';
import type { ContextServiceEmulator } from '../../bff/sandbox/context-service/context-service-emulator.js';
import { startFinesseEmulator } from '../../bff/sandbox/finesse/finesse-emulator.js';
import type { FinesseEmulator } from '../../bff/sandbox/finesse/finesse-emulator.js';
import { closedPort } from '../kit/listening-server.js';

const ADMIN_USER = 'doctor-admin';
const ADMIN_PASSWORD = 'Correct-Horse-Battery-42';
const CONTEXT_TOKEN = 'cs-machine-token-7f3a9c1e5b';

let finesse: FinesseEmulator;
let context: ContextServiceEmulator;
let cceAdmin: { url: string; close(): Promise<void> };

async function post(url: string, body: unknown): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url} answered ${String(response.status)}`);
}

function upstreamEnv(overrides: Environment = {}): Environment {
  return {
    FINESSE_URL: finesse.url,
    CONTEXT_SERVICE_URL: context.url,
    CONTEXT_SERVICE_TOKEN: CONTEXT_TOKEN,
    CCE_ADMIN_URL: cceAdmin.url,
    CCE_ADMIN_USERNAME: ADMIN_USER,
    CCE_ADMIN_PASSWORD: ADMIN_PASSWORD,
    DATABASE_URL: 'sqlite::memory:',
    ...overrides,
  };
}

async function doctor(
  env: Environment,
  args: string[] = [],
): Promise<{ code: number; out: string; err: string; lines: string[] }> {
  let out = '';
  let err = '';
  const code = await runDoctorCommand(
    args,
    { out: (text) => void (out += text), err: (text) => void (err += text) },
    { env },
  );
  return { code, out, err, lines: out.split('\n').filter((line) => line !== '') };
}

beforeAll(async () => {
  finesse = await startFinesseEmulator();
  context = await startContextServiceEmulator();
  cceAdmin = await startCceAdminEmulator({
    host: '127.0.0.1',
    port: 0,
    username: ADMIN_USER,
    password: ADMIN_PASSWORD,
  });
});

afterAll(async () => {
  await finesse.close();
  await context.close();
  await cceAdmin.close();
});

beforeEach(async () => {
  await post(`${finesse.url}/sandbox/reset`, {});
  await post(`${cceAdmin.url}/sandbox/reset`, {});
  await post(`${cceAdmin.url}/sandbox/registration`, { state: 'registered' });
});

describe('npx context-desk doctor', () => {
  it('with every upstream up and Context Service registered prints one ok line per check and exits 0', async () => {
    const result = await doctor(upstreamEnv());

    expect(result.code).toBe(0);
    expect(result.lines.filter((line) => line.startsWith('checking '))).toHaveLength(5);
    expect(result.lines).toEqual([
      'Checking the upstreams configured for the BFF (environment variables and .env).',
      expect.stringMatching(
        /^checking Finesse REST at http:\/\/127\.0\.0\.1:\d+ \(GET \/finesse\/api\/SystemInfo\) \.\.\. ok \d+ ms \(IN_SERVICE, XMPP domain finesse\.sandbox\)$/,
      ),
      expect.stringMatching(
        /^checking Finesse notifications at ws:\/\/127\.0\.0\.1:\d+\/ws \(XMPP over WebSocket\) \.\.\. ok \d+ ms \(the XMPP service answered for finesse\.sandbox; sign-in by PLAIN\)$/,
      ),
      expect.stringMatching(
        /^checking CCE Administration at http:\/\/127\.0\.0\.1:\d+ \(GET \/unifiedconfig\/config\/contextserviceregistration\) \.\.\. ok \d+ ms \(Context Service is registered\)$/,
      ),
      expect.stringMatching(
        /^checking Context Service at http:\/\/127\.0\.0\.1:\d+ \(GET \/context\/v1\/ping\) \.\.\. ok \d+ ms/,
      ),
      expect.stringMatching(/^checking the store at sqlite::memory: \.\.\. ok \d+ ms \(opened, wrote and read back\)$/),
      'All 5 checks passed.',
    ]);
  });

  it('never prints the Context Service token, the CCE password or the Basic credentials built from it', async () => {
    const result = await doctor(upstreamEnv({ CCE_ADMIN_URL: `http://127.0.0.1:${String(await closedPort())}` }));
    const basic = Buffer.from(`${ADMIN_USER}:${ADMIN_PASSWORD}`).toString('base64');

    expect(result.out).toContain('FAILED');
    for (const secret of [CONTEXT_TOKEN, ADMIN_PASSWORD, basic]) {
      expect(result.out).not.toContain(secret);
      expect(result.err).not.toContain(secret);
    }
  });

  it("with Context Service on a closed port reports it FAILED with Cisco's connectivity advice, still checks the rest, and exits 1", async () => {
    const result = await doctor(upstreamEnv({ CONTEXT_SERVICE_URL: `http://127.0.0.1:${String(await closedPort())}` }));

    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /checking Context Service at http:\/\/127\.0\.0\.1:\d+ \(GET \/context\/v1\/ping\) \.\.\. FAILED after \d+ ms: .*Context Service cannot be reached \(ECONNREFUSED\)/,
    );
    expect(result.out).toContain(
      '    - Cisco: "Check the network connectivity. If you use a proxy server, make sure that it is working."',
    );
    expect(result.out).toContain(
      '    - Cisco: "Verify that the server has internet access and/or the proxy server URL is correct."',
    );
    expect(result.out).toMatch(/checking the store at sqlite::memory: \.\.\. ok/);
    expect(result.lines.at(-1)).toBe('1 of 5 checks FAILED: Context Service.');
  });

  it('with Finesse out of service reports Finesse REST FAILED with what that means, exit 1', async () => {
    await post(`${finesse.url}/sandbox/system`, { status: 'OUT_OF_SERVICE' });

    const result = await doctor(upstreamEnv());

    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /checking Finesse REST at .* FAILED after \d+ ms: Finesse answers but is OUT_OF_SERVICE\n {4}- Finesse answers but is not IN_SERVICE: agents cannot sign in until it is/,
    );
  });

  it('against a Finesse that answers SystemInfo only with credentials reports Finesse REST ok, saying so, and FINESSE_XMPP_DOMAIN is the domain probed', async () => {
    const strict = await startFinesseEmulator({ systemInfoRequiresAuthentication: true });
    try {
      const result = await doctor(upstreamEnv({ FINESSE_URL: strict.url, FINESSE_XMPP_DOMAIN: strict.xmppDomain }));
      expect(result.out).toMatch(
        /checking Finesse REST at .* \.\.\. ok \d+ ms \(Finesse answers; SystemInfo requires authentication \(XMPP domain: FINESSE_XMPP_DOMAIN finesse\.sandbox\)\)/,
      );
      expect(result.out).toMatch(
        /checking Finesse notifications at .* ok \d+ ms \(the XMPP service answered for finesse\.sandbox/,
      );
    } finally {
      await strict.close();
    }
  });

  it('with Finesse answering 500 (an injected fault) says something other than Finesse answered, exit 1', async () => {
    await post(`${finesse.url}/sandbox/faults`, { path: '^/finesse/api/SystemInfo', mode: 'status', status: 500 });

    const result = await doctor(upstreamEnv());

    expect(result.code).toBe(1);
    expect(result.out).toMatch(/checking Finesse REST at .* FAILED after \d+ ms: .*\(HTTP 500\)/);
    expect(result.out).toContain('Something answered at FINESSE_URL, but not as Finesse does');
  });

  it('with a notification WebSocket that does not answer in time reports the deadline and the polling fallback, exit 1', async () => {
    await post(`${finesse.url}/sandbox/faults`, { path: '^/ws', mode: 'latency', ms: 5000 });

    const result = await doctor(upstreamEnv(), ['--timeout', '300']);

    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /checking Finesse notifications at ws:\/\/127\.0\.0\.1:\d+\/ws \(XMPP over WebSocket\) \.\.\. FAILED after \d+ ms: no answer within 300 ms/,
    );
    expect(result.out).toContain("the BFF polls each agent's state every FINESSE_POLL_INTERVAL_MS");
  });

  it('with the Context Service registration invalid quotes Cisco: re-register Context Service, exit 1', async () => {
    await post(`${cceAdmin.url}/sandbox/registration`, { state: 'invalid' });

    const result = await doctor(upstreamEnv());

    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /checking CCE Administration at .* FAILED after \d+ ms: the Context Service registration state is invalid/,
    );
    expect(result.out).toContain('CCE says: "The Context service registration status is invalid."');
    expect(result.out).toContain('If the issue still persists, re-register Context Service.');
  });

  it('with Context Service not registered quotes Cisco: check the registration and register', async () => {
    await post(`${cceAdmin.url}/sandbox/registration`, { state: 'notRegistered' });

    const result = await doctor(upstreamEnv());

    expect(result.code).toBe(1);
    expect(result.out).toContain(
      'Cisco Finesse is not registered with Context Service. Check your Context Service registration.',
    );
  });

  it('with CCE refusing CCE_ADMIN_USERNAME / CCE_ADMIN_PASSWORD says so, exit 1', async () => {
    const result = await doctor(upstreamEnv({ CCE_ADMIN_PASSWORD: 'not-the-password' }));

    expect(result.code).toBe(1);
    expect(result.out).toMatch(
      /CCE Administration .* FAILED after \d+ ms: CCE Administration refused the user name or password/,
    );
    expect(result.out).toContain('CCE Administration refused CCE_ADMIN_USERNAME / CCE_ADMIN_PASSWORD');
  });

  it('without CCE credentials only checks that CCE Administration answers (its 401 counts as reachable)', async () => {
    const result = await doctor(upstreamEnv({ CCE_ADMIN_USERNAME: undefined, CCE_ADMIN_PASSWORD: undefined }));

    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /CCE Administration .* ok \d+ ms \(reachable, it asks for credentials; set CCE_ADMIN_USERNAME and CCE_ADMIN_PASSWORD to check the registration state\)/,
    );
  });

  it('without CCE_ADMIN_URL in upstream mode says CCE Administration is not checked and runs the four other checks', async () => {
    const result = await doctor(
      upstreamEnv({ CCE_ADMIN_URL: undefined, CCE_ADMIN_USERNAME: undefined, CCE_ADMIN_PASSWORD: undefined }),
    );

    expect(result.code).toBe(0);
    expect(result.out).toContain('CCE Administration is not configured (CCE_ADMIN_URL is not set): not checked.');
    expect(result.lines.at(-1)).toBe('All 4 checks passed.');
  });

  it('with no upstream configured starts the emulators in this process, says so, and checks them, exit 0', async () => {
    const result = await doctor({ DATABASE_URL: 'sqlite::memory:' });

    expect(result.code).toBe(0);
    expect(result.lines[0]).toBe(
      'SANDBOX MODE: no upstream is configured, so the doctor has started the built-in emulators in this process and checks those.',
    );
    expect(result.lines.filter((line) => / \.\.\. ok \d+ ms/.test(line))).toHaveLength(5);
  });

  it.each([
    [{ FINESSE_URL: 'http://127.0.0.1:1' }, /CONTEXT_SERVICE_URL: is required once any upstream is configured/],
    [{ CCE_ADMIN_USERNAME: 'admin' }, /CCE_ADMIN_USERNAME, CCE_ADMIN_PASSWORD: set both/],
  ])('refuses the configuration %j naming the variable, exit 2', async (env, reason) => {
    const result = await doctor({ DATABASE_URL: 'sqlite::memory:', ...env });

    expect(result.code).toBe(2);
    expect(result.out).toBe('');
    expect(result.err).toMatch(reason);
  });

  it.each([[['--timeout', '50']], [['--timeout', 'soon']], [['--verbose']]])(
    'refuses the arguments %j with the usage, exit 2',
    async (args) => {
      const result = await doctor({ DATABASE_URL: 'sqlite::memory:' }, args);

      expect(result.code).toBe(2);
      expect(result.err).toContain('Usage: npx context-desk doctor [--timeout <ms>]');
    },
  );
});
