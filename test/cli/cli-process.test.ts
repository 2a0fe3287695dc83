import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** `npx context-desk …` as a process, run from the TypeScript sources through tsx (the build runs the same code). */
function contextDesk(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: Buffer; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bff/src/cli/main.ts', ...args], {
    // No upstream variable from the machine running the tests: the doctor must see sandbox mode.
    env: { PATH: process.env.PATH ?? '', DATABASE_URL: 'sqlite::memory:', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: Buffer[] = [];
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  return new Promise((resolve) =>
    child.once('close', (code) => resolve({ code, stdout: Buffer.concat(stdout), stderr })),
  );
}

describe('the context-desk process', () => {
  it('layout --check layout.xml answers that both roles have the tab, exit 0', async () => {
    const result = await contextDesk(['layout', '--check', 'layout.xml']);

    expect(result.code).toBe(0);
    expect(result.stdout.toString('utf8')).toBe(
      'Agent: Context Desk tab present (/3rdpartygadget/files/ContextDesk.xml)\nSupervisor: Context Desk tab present (/3rdpartygadget/files/ContextDesk.xml)\n',
    );
  });

  it('layout --merge writes the merged layout through the pipe, and for layout.xml, merged already, exactly its bytes', async () => {
    const once = await contextDesk(['layout', '--merge', 'test/cli/fixtures/hand-edited-layout.xml']);
    const twice = await contextDesk(['layout', '--merge', 'layout.xml']);

    expect(once.code).toBe(0);
    expect(once.stdout.toString('utf8')).toContain('<id>contextDesk</id>');
    expect(twice.code).toBe(0);
    expect(twice.stdout.equals(readFileSync('layout.xml'))).toBe(true);
  });

  it('an unknown command prints the usage and exits 2', async () => {
    const result = await contextDesk(['layuot']);

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command "layuot"');
  });

  it('doctor with nothing configured checks the in-process emulators, prints a line per check, and exits 0', async () => {
    const result = await contextDesk(['doctor']);
    const out = result.stdout.toString('utf8');

    expect(result.code).toBe(0);
    expect(out).toMatch(/^SANDBOX MODE: /);
    expect(out.match(/^checking .* \.\.\. ok \d+ ms/gm)).toHaveLength(5);
  });
});
