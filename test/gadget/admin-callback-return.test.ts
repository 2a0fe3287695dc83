import { describe, expect, it } from 'vitest';
import { callbackUrlOf, takeConnectionData } from '../../gadget/src/admin/callback-return.js';
import type { AddressBar } from '../../gadget/src/admin/callback-return.js';

/** An address bar at `path` (with query and fragment) that records what replaceState left in it. */
function addressBar(path: string): AddressBar & { shown(): string; replaced: number } {
  const url = new URL(path, 'https://desk.example.com');
  let shown = `${url.pathname}${url.search}${url.hash}`;
  const bar = {
    location: { origin: url.origin, pathname: url.pathname, search: url.search, hash: url.hash },
    history: {
      state: null,
      replaceState: (_data: unknown, _unused: string, next: string) => {
        shown = next;
        bar.replaced += 1;
      },
    },
    shown: () => shown,
    replaced: 0,
  };
  return bar;
}

describe('taking the connectionData a Webex wizard appended to the /admin address', () => {
  it('an address without connectionData answers none and leaves the address bar alone', () => {
    const bar = addressBar('/admin?lang=es#audit');
    expect(takeConnectionData(bar)).toEqual({ kind: 'none' });
    expect(bar.replaced).toBe(0);
  });

  it('percent-encoded base64 comes back exactly, + / and = included, and the address bar keeps only /admin', () => {
    const data = 'eyJ2IjoxfQ+abc/def==';
    const bar = addressBar(`/admin?connectionData=${encodeURIComponent(data)}`);
    expect(takeConnectionData(bar)).toEqual({ kind: 'returned', connectionData: data });
    expect(bar.shown()).toBe('/admin');
  });

  it('a raw + in the value stays a + (base64), not a space as form decoding would make it', () => {
    const bar = addressBar('/admin?connectionData=ab+cd==');
    expect(takeConnectionData(bar)).toEqual({ kind: 'returned', connectionData: 'ab+cd==' });
  });

  it("an empty value (the deregistration wizard's return) is an empty connectionData, not none", () => {
    const bar = addressBar('/admin?connectionData=');
    expect(takeConnectionData(bar)).toEqual({ kind: 'returned', connectionData: '' });
    expect(bar.shown()).toBe('/admin');
  });

  it('other query parameters and the fragment stay; a repeated connectionData counts with its last value', () => {
    const bar = addressBar('/admin?lang=es&connectionData=first&connectionData=second#audit');
    expect(takeConnectionData(bar)).toEqual({ kind: 'returned', connectionData: 'second' });
    expect(bar.shown()).toBe('/admin?lang=es#audit');
  });

  it('a value that is not valid percent-encoding is unreadable, and is removed from the address all the same', () => {
    const bar = addressBar('/admin?connectionData=%E0%A4%A');
    expect(takeConnectionData(bar)).toEqual({ kind: 'unreadable' });
    expect(bar.shown()).toBe('/admin');
  });

  it("the callbackUrl is the page's origin and path, without query or fragment", () => {
    expect(callbackUrlOf(addressBar('/admin?connectionData=x#y').location)).toBe('https://desk.example.com/admin');
  });
});
