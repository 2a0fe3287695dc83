import { cpus } from 'node:os';
import { startChild } from './child-service.js';
import { percentiles } from './screen-pop-harness.js';
import { writeResultsSection } from './results-file.js';
import { startHostileFinesse } from '../test/kit/hostile-finesse.js';

/**
 * Does a flood of very wide Finesse documents stall the BFF? The BFF runs as its own process from the build, in
 * front of it a server that passes everything to the sandbox's Finesse except the wrap-up reasons, answered with a
 * 1.8 MB document of 200,000 elements. Each run asks /healthz one request after another while bursts of five such
 * documents arrive at once, and takes /healthz's p99; the figures are the median and spread over the runs, next to
 * the same runs with no documents arriving.
 */
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BURSTS = 6;
const WIDE = `<WrapUpReasons>${'<a/><b/>'.repeat(100_000)}</WrapUpReasons>`.padEnd(1_800_000, ' ');

async function healthzP99(
  bffUrl: string,
  token: string,
  withDocuments: boolean,
): Promise<{ p99: number; statuses: string }> {
  const samples: number[] = [];
  const probing = { running: true };
  const prober = (async () => {
    while (probing.running) {
      const started = performance.now();
      await (await fetch(`${bffUrl}/healthz`)).arrayBuffer();
      samples.push(performance.now() - started);
    }
  })();
  const statuses = new Map<number, number>();
  for (let burst = 0; burst < BURSTS; burst += 1) {
    if (withDocuments) {
      const answers = await Promise.all(
        Array.from({ length: 5 }, () =>
          fetch(`${bffUrl}/api/wrap-up-reasons`, { headers: { authorization: `Bearer ${token}` } }),
        ),
      );
      for (const answer of answers) {
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        await answer.arrayBuffer();
      }
    } else {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  probing.running = false;
  await prober;
  return {
    p99: percentiles(samples).p99,
    statuses: [...statuses].map(([status, count]) => `${count}×${status}`).join(', '),
  };
}

const median = (values: readonly number[]) =>
  [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)] ?? Number.NaN;

export async function benchHostileXml(): Promise<void> {
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
  const hostile = await startHostileFinesse(sandbox.urls.get('finesse') ?? '');
  const bff = await startChild(
    'dist/bff/src/main.js',
    {
      FINESSE_URL: hostile.url,
      CONTEXT_SERVICE_URL: sandbox.urls.get('context-service') ?? '',
      CONTEXT_SERVICE_TOKEN: 'sandbox-context-token',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: 'sqlite::memory:',
      LOG_LEVEL: 'error',
    },
    ['bff'],
  );
  const bffUrl = bff.urls.get('bff') ?? '';
  try {
    const session = await fetch(`${bffUrl}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'agent1', password: 'sandbox' }),
    });
    const { token } = (await session.json()) as { token: string };
    hostile.answer({ path: /\/WrapUpReasons/, body: () => WIDE });
    const quiet: number[] = [];
    const flooded: number[] = [];
    let statuses = '';
    for (let run = 0; run < RUNS; run += 1) {
      quiet.push((await healthzP99(bffUrl, token, false)).p99);
      const figures = await healthzP99(bffUrl, token, true);
      flooded.push(figures.p99);
      statuses = figures.statuses;
    }
    const line = (name: string, values: readonly number[]) =>
      `| ${name} | ${median(values).toFixed(1)} | ${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)} |`;
    const report = [
      '## Hostile XML',
      '',
      `\`npm run build && npx tsx bench/hostile-xml.bench.ts\` — ${cpus().length} cores, ${RUNS} runs of ${BURSTS} bursts; the last run's wrap-up answers: ${statuses}.`,
      '',
      '| /healthz p99 while | median ms | spread (min–max) ms |',
      '|---|---|---|',
      line('nothing else arrives', quiet),
      line('five 1.8 MB documents of 200,000 elements arrive at once, six times', flooded),
      '',
    ].join('\n');
    console.log(report);
    writeResultsSection('## Hostile XML', report);
  } finally {
    await hostile.close();
    await bff.stop();
    await sandbox.stop();
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) await benchHostileXml();
