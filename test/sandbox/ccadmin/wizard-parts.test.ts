import { describe, expect, it } from 'vitest';
import { appendConnectionData, parseCallbackUrl } from '../../../bff/sandbox/ccadmin/model/callback-url.js';
import { issueConnectionData } from '../../../bff/sandbox/ccadmin/model/connection-data.js';
import { SafeHtml, escapeHtml, html } from '../../../bff/sandbox/ccadmin/wizard/html.js';
import { WizardTickets } from '../../../bff/sandbox/ccadmin/wizard/wizard-tickets.js';

describe('parseCallbackUrl', () => {
  const ACCEPTED = [
    'http://127.0.0.1:3000/admin',
    'https://desk.example.com/admin/cs?x=1#top',
    'HTTP://Desk.Example.com/',
  ];
  for (const url of ACCEPTED) {
    it(`accepts the absolute web address ${url}`, () => {
      expect(parseCallbackUrl(url)).toBe(new URL(url).href);
    });
  }

  const REFUSED = [
    ['an empty string', ''],
    ['a relative path', '/admin'],
    ['a scheme-relative URL', '//desk.example.com/admin'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<b>x</b>'],
    ['ftp:', 'ftp://desk.example.com/'],
    ['credentials in the URL', 'https://user:pass@desk.example.com/'],
    ['a URL over 2048 characters', `https://desk.example.com/${'a'.repeat(2048)}`],
    ['not a URL at all', 'not a url'],
  ] as const;
  for (const [what, url] of REFUSED) {
    it(`refuses ${what}`, () => {
      expect(parseCallbackUrl(url)).toBeUndefined();
    });
  }
});

describe('appendConnectionData', () => {
  it('adds connectionData as the only query parameter of a callback without one', () => {
    expect(appendConnectionData('http://desk/admin', 'abc')).toBe('http://desk/admin?connectionData=abc');
  });

  it('keeps the callback query and fragment and percent-encodes base64 characters', () => {
    const location = appendConnectionData('http://desk/admin?tab=cs&x=a%20b#done', 'a+b/c==');
    expect(location).toBe('http://desk/admin?tab=cs&x=a%20b&connectionData=a%2Bb%2Fc%3D%3D#done');
    expect(new URL(location).searchParams.get('connectionData')).toBe('a+b/c==');
  });

  it('appends an empty connectionData for deregistration', () => {
    const location = appendConnectionData('http://desk/admin?tab=cs', '');
    expect(location).toBe('http://desk/admin?tab=cs&connectionData=');
    expect(new URL(location).searchParams.get('connectionData')).toBe('');
  });
});

describe('issueConnectionData', () => {
  it('issues a fresh base64 blob of a few hundred bytes each time', () => {
    const first = issueConnectionData();
    const second = issueConnectionData();
    expect(first).not.toBe(second);
    expect(first).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
    expect(first.length).toBeGreaterThanOrEqual(200);
    expect(first.length).toBeLessThanOrEqual(1024);
  });
});

describe('html', () => {
  it('escapes every interpolated string, in content and attributes alike', () => {
    const hostile = `"><script>alert('x')</script>&`;
    expect(html`<p title="${hostile}">${hostile}</p>`.markup).toBe(
      '<p title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</p>',
    );
  });

  it('passes SafeHtml through and renders undefined as nothing', () => {
    expect(html`<div>${html`<b>${'<i>'}</b>`}${undefined}</div>`.markup).toBe('<div><b>&lt;i&gt;</b></div>');
    expect(html`${[new SafeHtml('<br>'), new SafeHtml('<hr>')]}`.markup).toBe('<br><hr>');
  });

  it('escapeHtml leaves ordinary text alone', () => {
    expect(escapeHtml('Context Service 4 KB')).toBe('Context Service 4 KB');
  });
});

describe('WizardTickets', () => {
  function tickets() {
    const clock = { now: 0 };
    return { store: new WizardTickets(() => clock.now, 10 * 60_000, 3), clock };
  }

  it('a ticket is valid for its own flow and unknown for the other flow', () => {
    const { store } = tickets();
    const id = store.issue('registration', 'http://desk/');
    expect(store.touch(id, 'deregistration')).toEqual({ kind: 'unknown' });
    expect(store.touch(id, 'registration')).toMatchObject({ kind: 'valid', ticket: { callbackUrl: 'http://desk/' } });
  });

  it('a redeemed ticket cannot be used again', () => {
    const { store } = tickets();
    const id = store.issue('registration', 'http://desk/');
    expect(store.redeem(id, 'registration').kind).toBe('valid');
    expect(store.redeem(id, 'registration')).toEqual({ kind: 'unknown' });
  });

  it('after ten minutes without activity a ticket has expired, and it keeps its callback for a fresh start', () => {
    const { store, clock } = tickets();
    const id = store.issue('deregistration', 'http://desk/');
    clock.now += 10 * 60_000 + 1;
    expect(store.redeem(id, 'deregistration')).toMatchObject({
      kind: 'expired',
      ticket: { callbackUrl: 'http://desk/' },
    });
    expect(store.redeem(id, 'deregistration')).toEqual({ kind: 'unknown' });
  });

  it('activity within ten minutes keeps a ticket alive', () => {
    const { store, clock } = tickets();
    const id = store.issue('registration', 'http://desk/');
    clock.now += 9 * 60_000;
    expect(store.touch(id, 'registration').kind).toBe('valid');
    clock.now += 9 * 60_000;
    expect(store.redeem(id, 'registration').kind).toBe('valid');
  });

  it('beyond its capacity the store forgets the oldest ticket', () => {
    const { store } = tickets();
    const ids = [1, 2, 3, 4].map(() => store.issue('registration', 'http://desk/'));
    expect(store.touch(ids[0]!, 'registration')).toEqual({ kind: 'unknown' });
    expect(store.touch(ids[3]!, 'registration').kind).toBe('valid');
  });

  it('an unknown or empty id is unknown', () => {
    const { store } = tickets();
    expect(store.touch('', 'registration')).toEqual({ kind: 'unknown' });
    expect(store.touch('made-up', 'registration')).toEqual({ kind: 'unknown' });
  });
});
