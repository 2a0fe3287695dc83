import autocannon from 'autocannon';
import { startFinesseEmulator } from '../bff/sandbox/finesse/finesse-emulator.js';
import { NotificationListener } from '../test/kit/finesse-notifications.js';
import { FinesseRestClient, basic, notReady, signIn } from '../test/kit/finesse-client.js';

/**
 * The Finesse emulator under load on loopback: REST throughput for a read, and how long a state change takes from
 * the PUT leaving the client to its XMPP notification arriving. Bounded in requests and time; loopback only.
 */
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
const STATE_CHANGES = Number(process.env.BENCH_STATE_CHANGES ?? 300);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

export async function benchFinesseEmulator(): Promise<void> {
  const emulator = await startFinesseEmulator({ answerDelayMs: 0 });
  try {
    const read = await autocannon({
      url: `${emulator.url}/finesse/api/User/1001001`,
      headers: { authorization: basic('1001001') },
      connections: 10,
      duration: DURATION_S,
    });
    console.log(
      `finesse GET User: ${read.requests.average.toFixed(0)} req/s average, latency p50 ${read.latency.p50} ms, p99 ${read.latency.p99} ms, ` +
        `${read.non2xx} non-2xx, ${read.errors} errors (${DURATION_S} s, 10 connections)`,
    );

    const agent = new FinesseRestClient(emulator, 'agent1');
    const listener = await NotificationListener.connect(emulator, '1001001');
    await agent.put('/User/1001001', signIn('1001001'), 'warm-up');
    await listener.next((update) => update.requestId === 'warm-up');
    const delays: number[] = [];
    for (let index = 0; index < STATE_CHANGES; index++) {
      const requestId = `bench-${index}`;
      const started = performance.now();
      const arrived = listener.next((update) => update.requestId === requestId);
      await agent.put('/User/1001001', notReady(String((index % 5) + 1)), requestId);
      await arrived;
      delays.push(performance.now() - started);
    }
    await listener.stop();
    delays.sort((a, b) => a - b);
    console.log(
      `finesse state change to XMPP notification: p50 ${percentile(delays, 50).toFixed(2)} ms, p95 ${percentile(delays, 95).toFixed(2)} ms, ` +
        `p99 ${percentile(delays, 99).toFixed(2)} ms, max ${percentile(delays, 100).toFixed(2)} ms (${STATE_CHANGES} sequential changes)`,
    );
  } finally {
    await emulator.close();
  }
}
