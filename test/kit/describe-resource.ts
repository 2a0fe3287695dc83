import { afterAll, beforeAll } from 'vitest';

/** Anything a test file starts and must close again: a browser, a server, an emulator. */
export interface Closable {
  close(): Promise<void>;
}

/**
 * Starts `start()` once for the enclosing `describe` (or file) and closes it after it. Answers a reader: reading
 * outside that describe throws, so a test never gets a half-made world. Each resource has its own hooks, so one that
 * failed to start never keeps another from closing.
 */
export function useForDescribe<T extends Closable>(what: string, start: () => Promise<T>): () => T {
  let value: T | undefined;
  beforeAll(async () => {
    value = await start();
  }, 30_000);
  afterAll(async () => {
    await value?.close();
    value = undefined;
  });
  return () => {
    if (value === undefined) throw new Error(`${what} is there only inside the describe that uses it`);
    return value;
  };
}
