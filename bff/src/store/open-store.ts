import { openSqliteStore } from './sqlite-store.js';
import { parseStoreUrl } from './store-url.js';
import type { Store, StoreOptions } from './types.js';

/** Opens the store named by its URL and brings its schema up to date. */
export async function openStore(options: StoreOptions): Promise<Store> {
  const location = parseStoreUrl(options.url);
  return openSqliteStore({ path: location.path });
}
