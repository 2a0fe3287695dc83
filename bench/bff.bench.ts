import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import autocannon from 'autocannon';
import { startChild } from './child-service.js';

/**
 * What the BFF costs on top of Finesse, measured on loopback with autocannon, in one run: a User read straight from
 * the emulator, the same through the raw pass-through, and `GET /api/agent` (answered from the live picture kept by
 * Finesse's notifications); and, for a JSON route that converts Finesse's XML on every request, the wrap-up reasons
 * read straight and through `GET /api/wrap-up-reasons`. The emulator and the BFF each run as their own process from
 * the build, as in production. Figures go to stdout and bench/RESULTS.md.
 */
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 10;

interface Figures {
  readonly name: string;
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
}

async function measure(name: string, url: string, authorization: string): Promise<Figures> {
  // A short warm-up so keep-alive sockets, JIT and caches are in place before the measured run.
  await autocannon({ url, headers: { authorization }, connections: CONNECTIONS, duration: 2 });
  const result = await autocannon({ url, headers: { authorization }, connections: CONNECTIONS, duration: DURATION_S });
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

export async function benchBff(): Promise<void> {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
  const sandbox = await startChild(
    'dist/bff/sandbox/main.js',
    {
      SANDBOX_FINESSE_PORT: '0',
      SANDBOX_CONTEXT_SERVICE_PORT: '0',
      SANDBOX_CCE_ADMIN_PORT: '0',
      SANDBOX_WEBEX_PORT: '0',
    },
    ['finesse', 'context-service'],
  );
  const finesseUrl = sandbox.urls.get('finesse') ?? '';
  const contextUrl = sandbox.urls.get('context-service') ?? '';
  const bffProcess = await startChild(
    'dist/bff/src/main.js',
    {
      FINESSE_URL: finesseUrl,
      CONTEXT_SERVICE_URL: contextUrl,
      CONTEXT_SERVICE_TOKEN: 'sandbox-context-token',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: 'sqlite::memory:',
      LOG_LEVEL: 'warn',
    },
    ['bff'],
  );
  const bffUrl = bffProcess.urls.get('bff') ?? '';
  try {
    const session = await fetch(`${bffUrl}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'agent1', password: 'sandbox' }),
    });
    const { token } = (await session.json()) as { token: string };
    const basic = `Basic ${Buffer.from('1001001:sandbox').toString('base64')}`;
    const direct = await measure(
      'direct GET /finesse/api/User (emulator)',
      `${finesseUrl}/finesse/api/User/1001001`,
      basic,
    );
    const passThrough = await measure(
      'pass-through GET /finesse/api/User (BFF)',
      `${bffUrl}/finesse/api/User/1001001`,
      `Bearer ${token}`,
    );
    const agent = await measure('GET /api/agent (BFF, live picture)', `${bffUrl}/api/agent`, `Bearer ${token}`);
    const directWrapUps = await measure(
      'direct GET /finesse/api/User/…/WrapUpReasons (emulator)',
      `${finesseUrl}/finesse/api/User/1001001/WrapUpReasons`,
      basic,
    );
    const wrapUps = await measure(
      'GET /api/wrap-up-reasons (BFF, XML to JSON per request)',
      `${bffUrl}/api/wrap-up-reasons`,
      `Bearer ${token}`,
    );

    const lines = [direct, passThrough, agent, directWrapUps, wrapUps].map(
      (figures) =>
        `| ${figures.name} | ${figures.rps.toFixed(0)} | ${figures.p50} | ${figures.p99} | ${figures.errors} |`,
    );
    const compare = (what: string, route: Figures, base: Figures, target: string) =>
      `${what} keeps ${((route.rps / base.rps) * 100).toFixed(0)}% of direct throughput, ${route.p50 - base.p50 >= 0 ? 'adds' : 'saves'} ${Math.abs(route.p50 - base.p50)} ms at p50 (${target})`;
    const ratios = [
      compare('pass-through', passThrough, direct, 'target ≥ 80%'),
      compare('GET /api/agent', agent, direct, 'target ≥ 60% and ≤ +1 ms'),
      compare('GET /api/wrap-up-reasons', wrapUps, directWrapUps, 'target ≥ 60% and ≤ +1 ms'),
    ];
    const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
    const report = [
      '# Benchmark results',
      '',
      `Command: \`npm run bench\` (${DURATION_S} s per measurement after a 2 s warm-up, ${CONNECTIONS} connections, loopback; emulator and BFF as separate processes from the build).`,
      `Machine: ${machine}. Run: ${new Date().toISOString()}.`,
      '',
      '| measurement | requests/s | p50 ms | p99 ms | errors |',
      '|---|---|---|---|---|',
      ...lines,
      '',
      ...ratios.map((ratio) => `- ${ratio}`),
      '',
      'Reading the figures: autocannon, the emulator and the BFF share the machine. A direct read keeps two processes busy;',
      'a read through the BFF keeps three busy on the same cores, so with 2 cores every microsecond of BFF work per',
      'request comes out of the throughput. A route that has to ask Finesse each time pays for an upstream HTTP call and',
      'an XML parse on top of Express; `GET /api/agent` answers from the picture Finesse keeps current over XMPP and',
      'stays close to a direct read.',
      '',
    ].join('\n');
    console.log(report);
    writeFileSync('bench/RESULTS.md', report);
  } finally {
    await bffProcess.stop();
    await sandbox.stop();
  }
}
