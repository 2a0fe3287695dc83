import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';

/** `npm start`'s process, run from the TypeScript sources through tsx (the build runs the same code). */
function startBff(env: Record<string, string>): {
  child: ChildProcess;
  lines: string[];
  line: (pattern: RegExp) => Promise<string>;
  exit: Promise<number | null>;
} {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bff/src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'warn', DATABASE_URL: 'sqlite::memory:', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      lines.push(line);
      for (const waiter of waiters.filter((candidate) => candidate.pattern.test(line))) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    });
  }
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const line = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const seen = lines.find((candidate) => pattern.test(candidate));
      if (seen !== undefined) {
        resolve(seen);
        return;
      }
      const timer = setTimeout(() => reject(new Error(`no line matching ${pattern} in:\n${lines.join('\n')}`)), 20_000);
      waiters.push({
        pattern,
        resolve: (found) => {
          clearTimeout(timer);
          resolve(found);
        },
      });
    });
  return { child, lines, line, exit };
}

let running: ChildProcess | undefined;

afterEach(() => {
  running?.kill('SIGKILL');
  running = undefined;
});

describe('the BFF process', () => {
  it('with no upstream configured starts the sandbox, says so loudly, prints the emulator and BFF lines, serves, and exits 0 on SIGTERM', async () => {
    const bff = startBff({});
    running = bff.child;
    const finesseLine = await bff.line(/^finesse http:\/\/127\.0\.0\.1:\d+$/);
    const bffLine = await bff.line(/^bff http:\/\/127\.0\.0\.1:\d+$/);
    expect(bff.lines.some((line) => line.startsWith('SANDBOX MODE'))).toBe(true);
    const finesseUrl = finesseLine.split(' ')[1] ?? '';
    const bffUrl = bffLine.split(' ')[1] ?? '';
    // The printed emulator address is the real control API: scripts can ring calls through it.
    const ready = await fetch(`${finesseUrl}/finesse/api/SystemInfo`);
    expect(ready.status).toBe(200);
    const health = await fetch(`${bffUrl}/readyz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ready', mode: 'sandbox' });

    bff.child.kill('SIGTERM');
    expect(await bff.exit).toBe(0);
  });

  it('with an event stream open, SIGTERM ends the stream and still exits 0', async () => {
    const bff = startBff({});
    running = bff.child;
    const bffUrl = (await bff.line(/^bff /)).split(' ')[1] ?? '';
    const signIn = await fetch(`${bffUrl}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'agent1', password: 'sandbox' }),
    });
    const { token } = (await signIn.json()) as { token: string };
    const stream = await fetch(`${bffUrl}/api/events`, { headers: { authorization: `Bearer ${token}` } });
    expect(stream.status).toBe(200);
    const reader = stream.body?.getReader();
    bff.child.kill('SIGTERM');
    expect(await bff.exit).toBe(0);
    // The stream was ended by the server, not left hanging.
    for (;;) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) break;
    }
  });

  it('a bad setting stops the start with exit code 2, naming the variable and not its value', async () => {
    const bff = startBff({
      FINESSE_URL: 'https://finesse.example.com',
      FINESSE_TIMEOUT_MS: 'soon',
      CREDENTIALS_KEY: 'c2VjcmV0',
    });
    running = bff.child;
    expect(await bff.exit).toBe(2);
    const output = bff.lines.join('\n');
    expect(output).toMatch(/FINESSE_TIMEOUT_MS: must be a whole number/);
    expect(output).toMatch(/CREDENTIALS_KEY: must be 32 bytes/);
    expect(output).not.toContain('c2VjcmV0');
  });

  it('an upstream setting without FINESSE_URL never falls back to the sandbox: the start stops naming FINESSE_URL', async () => {
    const bff = startBff({ FINESSE_XMPP_URL: 'wss://finesse.example.com/ws' });
    running = bff.child;
    expect(await bff.exit).toBe(2);
    expect(bff.lines.join('\n')).toMatch(/FINESSE_URL: is required/);
    expect(bff.lines.some((line) => line.startsWith('SANDBOX MODE'))).toBe(false);
  });
});
