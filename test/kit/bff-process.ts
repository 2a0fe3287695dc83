import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface BffProcess {
  readonly url: string;
  readonly exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
}

/** The BFF as its own process (from the TypeScript sources through tsx), resolved once it prints `bff <url>`. */
export async function startBffProcess(env: Record<string, string>): Promise<BffProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bff/src/main.ts'], {
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const output: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => output.push(line));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the BFF did not start:\n${output.join('\n')}`)), 30_000);
    void exited.then((code) => reject(new Error(`the BFF exited with ${code}:\n${output.join('\n')}`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      output.push(line);
      const match = /^bff (http:\/\/\S+)$/.exec(line);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
  });
  return { url, exited, kill: (signal) => child.kill(signal) };
}
