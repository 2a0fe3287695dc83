import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import autocannon from 'autocannon';
import { startChild } from './child-service.js';

/**
 * What the BFF costs on top of Finesse, measured on loopback with autocannon, in one run: a User read straight from
 * the emulator, the same through the raw pass-through, and `GET /api/agent` (XML to JSON). The emulator and the BFF
 * each run as their own process from the build, as in production. Figures go to stdout and bench/RESULTS.md.
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
  return { name, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

export async function benchBff(): Promise<void> {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  const sandbox = await startChild('dist/bff/sandbox/main.js', { SANDBOX_FINESSE_PORT: '0' }, ['finesse']);
  const finesseUrl = sandbox.urls.get('finesse') ?? '';
  const bffProcess = await startChild('dist/bff/src/main.js', { FINESSE_URL: finesseUrl, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'warn' }, ['bff']);
  const bffUrl = bffProcess.urls.get('bff') ?? '';
  try {
    const session = await fetch(`${bffUrl}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'agent1', password: 'sandbox' }) });
    const { token } = (await session.json()) as { token: string };
    const basic = `Basic ${Buffer.from('1001001:sandbox').toString('base64')}`;
    const direct = await measure('direct GET /finesse/api/User (emulator)', `${finesseUrl}/finesse/api/User/1001001`, basic);
    const passThrough = await measure('pass-through GET /finesse/api/User (BFF)', `${bffUrl}/finesse/api/User/1001001`, `Bearer ${token}`);
    const json = await measure('GET /api/agent (BFF, XML to JSON)', `${bffUrl}/api/agent`, `Bearer ${token}`);

    const lines = [direct, passThrough, json].map(
      (figures) => `| ${figures.name} | ${figures.rps.toFixed(0)} | ${figures.p50} | ${figures.p99} | ${figures.errors} |`,
    );
    const ratios = [
      `pass-through keeps ${((passThrough.rps / direct.rps) * 100).toFixed(0)}% of direct throughput (target ≥ 80%), adds ${passThrough.p50 - direct.p50} ms at p50`,
      `JSON route keeps ${((json.rps / direct.rps) * 100).toFixed(0)}% of direct throughput (target ≥ 60%), adds ${json.p50 - direct.p50} ms at p50 (target ≤ 1 ms)`,
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
    ].join('\n');
    console.log(report);
    writeFileSync('bench/RESULTS.md', report);
  } finally {
    await bffProcess.stop();
    await sandbox.stop();
  }
}
