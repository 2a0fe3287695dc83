import { readFileSync } from 'node:fs';

/**
 * The Finesse documents written from Cisco's documentation and 12.5 captures, independent of the emulator
 * (test/sandbox/finesse/fixtures, README there).
 */
export function documentedXml(name: string): string {
  return readFileSync(new URL(`../../sandbox/finesse/fixtures/${name}`, import.meta.url), 'utf8');
}
