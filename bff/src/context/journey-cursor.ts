import { InvalidRequestError } from '../errors.js';

/** Where the next page starts, the store's `startIndex`; opaque to the gadget so that it may change later. */
export function encodeCursor(startIndex: number): string {
  return Buffer.from(String(startIndex), 'utf8').toString('base64url');
}

/** The startIndex a cursor stands for; anything this adapter did not write is a 400 naming `cursor`. */
export function decodeCursor(cursor: string): number {
  const decoded = /^[A-Za-z0-9_-]{1,16}$/.test(cursor) ? Buffer.from(cursor, 'base64url').toString('utf8') : '';
  if (!/^(0|[1-9][0-9]{0,8})$/.test(decoded)) throw new InvalidRequestError('cursor is not one this server gave out');
  return Number(decoded);
}
