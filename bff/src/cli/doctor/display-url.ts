/** A URL as the doctor prints it: scheme, host, port and path; never a user name, password, query or fragment. */
export function displayUrl(url: string): string {
  if (!URL.canParse(url)) return '(an unreadable URL)';
  const shown = new URL(url);
  shown.username = '';
  shown.password = '';
  shown.search = '';
  shown.hash = '';
  return shown.pathname === '/' ? shown.origin : shown.href;
}

/** The store's URL without anything that could be a credential: `sqlite:<path>` as it is, other schemes by name only. */
export function displayStoreUrl(url: string): string {
  if (url.startsWith('sqlite:')) return url;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  return scheme === undefined ? '(an unreadable store URL)' : `a ${scheme} database`;
}
