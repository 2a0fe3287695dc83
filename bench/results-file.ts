import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const RESULTS = 'bench/RESULTS.md';

/**
 * Replaces one `## ` section of bench/RESULTS.md (or appends it), leaving the other benchmarks' sections as they are,
 * so each benchmark can be run alone.
 */
export function writeResultsSection(heading: string, section: string): void {
  const current = existsSync(RESULTS) ? readFileSync(RESULTS, 'utf8') : '# Benchmark results\n';
  const lines = current.split('\n');
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start < 0) {
    writeFileSync(RESULTS, `${current.replace(/\n*$/, '')}\n\n${section}`);
    return;
  }
  const after = lines.findIndex((line, index) => index > start && /^## /.test(line));
  const before = lines.slice(0, start).join('\n').replace(/\n*$/, '');
  const rest = after < 0 ? '' : `\n${lines.slice(after).join('\n')}`;
  writeFileSync(RESULTS, `${before === '' ? '' : `${before}\n\n`}${section}${rest}`);
}
