import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * vitest global setup: builds the gadget once before any test runs, so browser tests and the BFF's page routes see
 * the bundles of this checkout, never a stale dist/.
 */
export default function buildGadget(): void {
  const root = path.resolve(import.meta.dirname, '..', '..');
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules', 'rollup', 'dist', 'bin', 'rollup'), '-c', '--silent'],
    { cwd: root, stdio: 'inherit' },
  );
}
