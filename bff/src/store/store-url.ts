import { UnsupportedStoreUrlError } from './store-errors.js';

/** Where the store lives, as read from its URL. */
export type StoreLocation = { readonly kind: 'sqlite'; readonly path: string };

const SQLITE_PREFIX = 'sqlite:';

/** `sqlite:<path>` (relative to the working directory) or `sqlite::memory:`; PostgreSQL is a later step. */
export function parseStoreUrl(url: string): StoreLocation {
  if (url.startsWith(SQLITE_PREFIX)) {
    const path = url.slice(SQLITE_PREFIX.length);
    if (path === '') {
      throw new UnsupportedStoreUrlError('sqlite: store URL has no path (use sqlite:<path> or sqlite::memory:)');
    }
    return { kind: 'sqlite', path };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'postgres' || scheme === 'postgresql') {
    throw new UnsupportedStoreUrlError('postgres: not supported yet (use sqlite:<path>)');
  }
  throw new UnsupportedStoreUrlError(
    scheme === undefined
      ? 'store URL has no scheme (use sqlite:<path>)'
      : `${scheme}: store URLs are not supported (use sqlite:<path>)`,
  );
}
