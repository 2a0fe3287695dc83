import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

/** A service started as its own Node process, so it gets a core of its own as in production. */
export interface ChildService {
  /** The `<name> <url>` lines it printed, by name. */
  readonly urls: ReadonlyMap<string, string>;
  stop(): Promise<void>;
}

/** Start `node <script>` and wait until it has printed a `<name> <url>` line for every name in `waitFor`. */
export async function startChild(
  script: string,
  env: Record<string, string>,
  waitFor: readonly string[],
): Promise<ChildService> {
  const child: ChildProcess = spawn(process.execPath, [script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const urls = new Map<string, string>();
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${script} did not start within 30 s`)), 30_000);
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    if (!child.stdout) throw new Error('no stdout');
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /^([a-z-]+) (https?:\/\/\S+)$/.exec(line);
      if (match?.[1] !== undefined && match[2] !== undefined) urls.set(match[1], match[2]);
      if (waitFor.every((name) => urls.has(name))) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return {
    urls,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
