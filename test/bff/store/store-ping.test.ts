import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../bff/src/store/index.js';
import { openSqliteStore } from '../../../bff/src/store/sqlite-store.js';
import { useTemporaryDirectory } from './temporary-directory.js';

describe('Store.ping', () => {
  const temporaryDirectory = useTemporaryDirectory();

  it('an open file store answers ping, repeatedly', async () => {
    const store = await openStore({ url: `sqlite:${join(temporaryDirectory(), 'context-desk.db')}` });

    await expect(store.ping()).resolves.toBeUndefined();
    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
  });

  it('ping after close rejects', async () => {
    const store = await openStore({ url: 'sqlite::memory:' });
    await store.close();

    await expect(store.ping()).rejects.toThrow();
  });

  it('ping on a read-only database file rejects, although reading it still works', async () => {
    const path = join(temporaryDirectory(), 'context-desk.db');
    await (await openStore({ url: `sqlite:${path}` })).close();
    chmodSync(path, 0o444);
    // chmod does not stop root from writing, so the file is opened read-only through the internal seam as well.
    const store = await openSqliteStore({ path, readonly: true });

    await expect(store.audit.list({ limit: 1 })).resolves.toEqual([]);
    await expect(store.ping()).rejects.toThrow(/readonly/i);
    await store.close();
  });
});
