import { describe, expect, it } from 'vitest';
import { openStore, UnsupportedStoreUrlError } from '../../../bff/src/store/index.js';

describe('openStore', () => {
  it('sqlite::memory: opens an in-memory store that answers ping', async () => {
    const store = await openStore({ url: 'sqlite::memory:' });

    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
  });

  it('a postgres URL is refused with "postgres: not supported yet" and without echoing the password', async () => {
    const opening = openStore({ url: 'postgres://desk:s3cret-pw@db.example:5432/desk' });

    await expect(opening).rejects.toThrow(UnsupportedStoreUrlError);
    await expect(opening).rejects.toThrow('postgres: not supported yet');
    await expect(opening).rejects.not.toThrow('s3cret-pw');
  });

  it('a postgresql URL is refused the same way', async () => {
    await expect(openStore({ url: 'postgresql://db.example/desk' })).rejects.toThrow('postgres: not supported yet');
  });

  it('an unknown scheme is refused naming the scheme and the expected form', async () => {
    await expect(openStore({ url: 'mysql://db.example/desk' })).rejects.toThrow(
      'mysql: store URLs are not supported (use sqlite:<path>)',
    );
  });

  it('sqlite: without a path is refused', async () => {
    await expect(openStore({ url: 'sqlite:' })).rejects.toThrow(UnsupportedStoreUrlError);
  });

  it('a URL without a scheme is refused', async () => {
    await expect(openStore({ url: './data/context-desk.db' })).rejects.toThrow('store URL has no scheme');
  });
});
