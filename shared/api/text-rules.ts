import { z } from 'zod';

/**
 * String rules shared by every request schema: no control characters (they have no place in names, numbers or
 * notes and break logs and XML), and an explicit maximum length.
 */
export function hasControlCharacters(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    // Tab, line feed and carriage return are text; every other C0 control and DEL is not.
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) return true;
  }
  return false;
}

export function text(max: number) {
  return z
    .string()
    .max(max, `must be at most ${max} characters`)
    .refine((value) => !hasControlCharacters(value), 'must not contain control characters');
}

export function requiredText(max: number) {
  return text(max).refine((value) => value.trim() !== '', 'must not be empty');
}

/** Digits, as Finesse ids and extensions are; kept as strings so leading zeros survive. */
export const digits = (max: number) => z.string().regex(new RegExp(`^[0-9]{1,${max}}$`), `must be 1 to ${max} digits`);

/** A number to dial: digits, `*`, `#`, an optional leading `+`; spaces, dots, dashes and parentheses are removed. */
export const dialableNumber = z
  .string()
  .max(64, 'must be at most 64 characters')
  .transform((value) => value.replace(/[\s().-]/g, ''))
  .pipe(z.string().regex(/^\+?[0-9*#]{1,32}$/, 'must be a number to dial: digits, *, # and an optional leading +'));
