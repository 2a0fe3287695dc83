/**
 * The page's part in CCE's registration workflow (Developer Reference, Context Service Registration API, steps 4 and
 * 7): the callbackUrl handed to CCE is this page's own address, and the wizard sends the browser back to it with a
 * `connectionData` query parameter appended.
 */

const PARAMETER = 'connectionData';

/** The parts of `window` this needs (structural, so that the rules are testable without a browser). */
export interface AddressBar {
  readonly location: {
    readonly origin: string;
    readonly pathname: string;
    readonly search: string;
    readonly hash: string;
  };
  readonly history: { readonly state: unknown; replaceState(data: unknown, unused: string, url: string): void };
}

/** This page's address without query or fragment: where the wizard sends the browser back to. */
export function callbackUrlOf(location: AddressBar['location']): string {
  return `${location.origin}${location.pathname}`;
}

export type ReturnedConnectionData =
  | { readonly kind: 'none' }
  | { readonly kind: 'returned'; readonly connectionData: string }
  | { readonly kind: 'unreadable' };

/**
 * Reads `connectionData` from the address and removes it from the address bar at once (history.replaceState), so the
 * secret is left in neither the history nor a bookmark. The raw value is percent-decoded without turning `+` into a
 * space: connection data is base64, whose `+` must survive a wizard that did not escape it.
 */
export function takeConnectionData(window: AddressBar): ReturnedConnectionData {
  const { location, history } = window;
  const pairs = location.search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '');
  const isOurs = (pair: string): boolean => pair === PARAMETER || pair.startsWith(`${PARAMETER}=`);
  const ours = pairs.filter(isOurs);
  if (ours.length === 0) return { kind: 'none' };
  const others = pairs.filter((pair) => !isOurs(pair));
  history.replaceState(
    history.state,
    '',
    `${location.pathname}${others.length === 0 ? '' : `?${others.join('&')}`}${location.hash}`,
  );
  // A repeated parameter counts with its last value, as CCE treats duplicated parameters.
  const raw = ours.at(-1)?.slice(PARAMETER.length + 1) ?? '';
  try {
    return { kind: 'returned', connectionData: decodeURIComponent(raw) };
  } catch {
    return { kind: 'unreadable' };
  }
}
