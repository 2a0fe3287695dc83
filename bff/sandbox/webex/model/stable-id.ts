import { createHash } from 'node:crypto';

/**
 * A UUID (version 5 layout) derived from names, so a demo object keeps its id across restarts and seeds and two
 * organisations never share one.
 */
export function stableId(...names: readonly string[]): string {
  const hex = createHash('sha1').update(names.join('\u0000')).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((Number.parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}
