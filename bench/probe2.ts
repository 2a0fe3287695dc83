import { Agent, request } from 'undici';
const agent = new Agent({ keepAliveTimeout: 4000 });
const url = 'http://127.0.0.1:18446/finesse/api/User/1001001';
const headers = { authorization: `Basic ${Buffer.from('1001001:sandbox').toString('base64')}`, accept: 'application/xml' };
async function cpu(name: string, n: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < 300; i++) await fn();
  const c0 = process.cpuUsage(); const t0 = performance.now();
  let left = n; await Promise.all(Array.from({ length: 10 }, async () => { while (left-- > 0) await fn(); }));
  const c = process.cpuUsage(c0);
  console.log(name.padEnd(22), 'cpu µs/call', ((c.user + c.system) / n).toFixed(0), 'wall µs/call', ((performance.now() - t0) * 1000 / n).toFixed(0));
}
await cpu('plain', 3000, async () => { const r = await request(url, { headers, dispatcher: agent }); await r.body.text(); });
await cpu('AbortSignal.timeout', 3000, async () => { const r = await request(url, { headers, dispatcher: agent, signal: AbortSignal.timeout(2000) }); await r.body.text(); });
await cpu('for-await body', 3000, async () => { const r = await request(url, { headers, dispatcher: agent }); const c: Buffer[] = []; for await (const x of r.body) c.push(x as Buffer); Buffer.concat(c).toString(); });
await cpu('timeouts opts', 3000, async () => { const r = await request(url, { headers, dispatcher: agent, headersTimeout: 2000, bodyTimeout: 2000 }); await r.body.text(); });
await agent.close();
