import request from 'supertest';
import { describe, expect, it } from 'vitest';
import type { XmlTree } from './ccadmin-kit.js';
import { CALLBACK, forceState, readXml, useCceAdminEmulator } from './ccadmin-kit.js';
import { expectAccessiblePage, formAction, hiddenField } from './wizard-page-reader.js';

const cce = useCceAdminEmulator();

const WEBEX_ADMIN = { username: 'administrator', password: 'sandbox' };

async function registration(): Promise<XmlTree> {
  return readXml((await cce.client.get(CALLBACK)).text, 'contextServiceRegistration');
}

/** Opens a wizard link as a browser would, with a plain GET of its path and query. */
async function open(link: string) {
  const url = new URL(link);
  return request(cce.emulator.url).get(`${url.pathname}${url.search}`);
}

function post(path: string, form: Record<string, string>) {
  return request(cce.emulator.url).post(path).type('form').send(form);
}

/** Opens the wizard, signs in and answers the confirm page (the form as submitted). */
async function completeWizard(link: string, consent: Record<string, string> = { allowAccess: 'yes' }) {
  const signIn = (await open(link)).text;
  const confirm = await post(formAction(signIn), { callbackUrl: hiddenField(signIn, 'callbackUrl'), ...WEBEX_ADMIN });
  return post(formAction(confirm.text), { ticket: hiddenField(confirm.text, 'ticket'), ...consent });
}

function connectionDataOf(location: string | undefined): string | null {
  return new URL(location ?? '').searchParams.get('connectionData');
}

describe('the registration wizard, end to end over plain HTTP', () => {
  it('the registrationUrl opens an accessible sign-in page whose form carries the callbackUrl', async () => {
    const page = await open(String((await registration()).registrationUrl));
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expectAccessiblePage(page.text);
    expect(page.text).toContain('<h1>Sign in to register Context Service</h1>');
    expect(formAction(page.text)).toBe('/webex/registration/sign-in');
    expect(hiddenField(page.text, 'callbackUrl')).toBe(CALLBACK);
    expect(page.text).toContain('autocomplete="current-password"');
  });

  it('signing in as administrator / sandbox shows an accessible confirm page asking to allow access', async () => {
    const confirm = await post('/webex/registration/sign-in', { callbackUrl: CALLBACK, ...WEBEX_ADMIN });
    expect(confirm.status).toBe(200);
    expectAccessiblePage(confirm.text);
    expect(confirm.text).toContain('<h1>Allow access to your Hybrid Services node</h1>');
    expect(confirm.text).toContain('<label for="allowAccess">Allow access to your Hybrid Services node</label>');
    expect(formAction(confirm.text)).toBe('/webex/registration/confirm');
    expect(hiddenField(confirm.text, 'ticket')).toMatch(/^[\w-]{20,}$/);
  });

  it('confirming redirects 303 to the callbackUrl with fresh connectionData appended, and the state is still notRegistered', async () => {
    const done = await completeWizard(String((await registration()).registrationUrl));
    expect(done.status).toBe(303);
    expect(done.headers.location).toMatch(
      /^http:\/\/127\.0\.0\.1:3000\/admin\/context-service\?tab=registration&connectionData=/,
    );
    const connectionData = connectionDataOf(done.headers.location);
    expect(connectionData).toMatch(/^[A-Za-z0-9+/]{200,}={0,2}$/);
    // Only the PUT of the connection data to CCE registers.
    expect((await registration()).state).toBe('notRegistered');
  });

  it('the connectionData the wizard hands out registers when PUT: 200 and registered', async () => {
    const done = await completeWizard(String((await registration()).registrationUrl));
    await cce.client.put(connectionDataOf(done.headers.location) ?? '').expect(200);
    expect((await registration()).state).toBe('registered');
  });

  it('each completed registration hands out different connectionData', async () => {
    const link = String((await registration()).registrationUrl);
    const first = connectionDataOf((await completeWizard(link)).headers.location);
    const second = connectionDataOf((await completeWizard(link)).headers.location);
    expect(first).not.toBe(second);
  });

  it('from the invalid state the registrationUrl leads to data that reregisters', async () => {
    await forceState(cce.emulator, 'invalid');
    const done = await completeWizard(String((await registration()).registrationUrl));
    await cce.client.put(connectionDataOf(done.headers.location) ?? '').expect(200);
    expect((await registration()).state).toBe('registered');
  });
});

describe('the deregistration wizard, end to end over plain HTTP', () => {
  it('signing in and confirming the removal redirects 303 with an empty connectionData; the PUT of it deregisters', async () => {
    await cce.client.put('registered-data').expect(200);
    const link = String((await registration()).deregistrationUrl);
    const signIn = await open(link);
    expectAccessiblePage(signIn.text);
    expect(signIn.text).toContain('<h1>Sign in to deregister Context Service</h1>');
    const confirm = await post(formAction(signIn.text), {
      callbackUrl: hiddenField(signIn.text, 'callbackUrl'),
      ...WEBEX_ADMIN,
    });
    expectAccessiblePage(confirm.text);
    expect(confirm.text).toContain('<h1>Remove your Hybrid Services cluster</h1>');
    const done = await post(formAction(confirm.text), { ticket: hiddenField(confirm.text, 'ticket') });
    expect(done.status).toBe(303);
    expect(done.headers.location).toBe(`${CALLBACK}&connectionData=`);
    expect((await registration()).state).toBe('registered');
    await cce.client.put(connectionDataOf(done.headers.location) ?? 'missing').expect(200);
    expect((await registration()).state).toBe('notRegistered');
  });
});

describe('wizard mistakes and refusals', () => {
  it('a wrong password shows the sign-in page again with an alert, the username kept and the password not', async () => {
    const page = await post('/webex/registration/sign-in', {
      callbackUrl: CALLBACK,
      username: 'administrator',
      password: 'wrong-password',
    });
    expect(page.status).toBe(200);
    expectAccessiblePage(page.text);
    expect(page.text).toMatch(
      /<p class="problem" role="alert" id="sign-in-problem">The username or password is not correct/,
    );
    expect(page.text).toContain('aria-describedby="sign-in-problem"');
    expect(page.text).toContain('value="administrator"');
    expect(page.text).not.toContain('wrong-password');
    expect(page.text).not.toContain('name="ticket"');
  });

  it('a registration confirm without the allow-access box shows the confirm page again with an alert, and the ticket still works', async () => {
    const confirm = await post('/webex/registration/sign-in', { callbackUrl: CALLBACK, ...WEBEX_ADMIN });
    const ticket = hiddenField(confirm.text, 'ticket');
    const again = await post('/webex/registration/confirm', { ticket });
    expect(again.status).toBe(200);
    expect(again.text).toMatch(/role="alert" id="consent-problem"/);
    expect(again.text).toContain('aria-invalid="true"');
    expect(hiddenField(again.text, 'ticket')).toBe(ticket);
    expect((await post('/webex/registration/confirm', { ticket, allowAccess: 'yes' })).status).toBe(303);
  });

  it('a ticket works once: confirming again answers 400 with a page saying so', async () => {
    const confirm = await post('/webex/registration/sign-in', { callbackUrl: CALLBACK, ...WEBEX_ADMIN });
    const ticket = hiddenField(confirm.text, 'ticket');
    await post('/webex/registration/confirm', { ticket, allowAccess: 'yes' }).expect(303);
    const again = await post('/webex/registration/confirm', { ticket, allowAccess: 'yes' });
    expect(again.status).toBe(400);
    expectAccessiblePage(again.text);
    expect(again.headers.location).toBeUndefined();
  });

  it('a registration ticket does not confirm a deregistration', async () => {
    const confirm = await post('/webex/registration/sign-in', { callbackUrl: CALLBACK, ...WEBEX_ADMIN });
    expect((await post('/webex/deregistration/confirm', { ticket: hiddenField(confirm.text, 'ticket') })).status).toBe(
      400,
    );
  });

  it('a made-up ticket answers 400 and redirects nowhere', async () => {
    const response = await post('/webex/deregistration/confirm', { ticket: 'made-up' });
    expect(response.status).toBe(400);
    expect(response.headers.location).toBeUndefined();
  });

  const BAD_CALLBACKS: [string, string | undefined][] = [
    ['missing', undefined],
    ['relative', '/admin'],
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['with credentials', 'https://user:pw@desk.example/'],
  ];
  for (const [what, callback] of BAD_CALLBACKS) {
    it(`a ${what} callbackUrl is refused with a 400 page, on opening the wizard and on signing in`, async () => {
      const opened = await request(cce.emulator.url)
        .get('/webex/registration')
        .query(callback === undefined ? {} : { callbackUrl: callback });
      expect(opened.status).toBe(400);
      expectAccessiblePage(opened.text);
      expect(opened.text).not.toContain('<form');
      const signedIn = await post('/webex/deregistration/sign-in', {
        ...(callback === undefined ? {} : { callbackUrl: callback }),
        ...WEBEX_ADMIN,
      });
      expect(signedIn.status).toBe(400);
      expect(signedIn.text).not.toContain('name="ticket"');
    });
  }

  it('an unknown wizard page answers 404 HTML', async () => {
    const response = await request(cce.emulator.url).get('/webex/activation').query({ callbackUrl: CALLBACK });
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
  });

  it('an oversized form answers 413 and signs nobody in', async () => {
    const response = await post('/webex/registration/sign-in', {
      callbackUrl: CALLBACK,
      ...WEBEX_ADMIN,
      padding: 'x'.repeat(20_000),
    });
    expect(response.status).toBe(413);
    expect(response.text).not.toContain('name="ticket"');
  });
});

describe('wizard pages escape what they render', () => {
  it('a callbackUrl with quotes, ampersands and angle brackets is rendered escaped and sent back intact', async () => {
    const callback = `http://127.0.0.1:3000/cb?next="><script>alert('x')</script>&a=1`;
    const page = await request(cce.emulator.url).get('/webex/registration').query({ callbackUrl: callback });
    expect(page.status).toBe(200);
    expect(page.text).not.toMatch(/<script/i);
    expect(page.text).toContain('&amp;a=1');
    expect(page.text).not.toMatch(/value="[^"]*"[^ >]/);
    const done = await completeWizard(
      `${cce.emulator.url}/webex/registration?callbackUrl=${encodeURIComponent(callback)}`,
    );
    const back = new URL(done.headers.location ?? '');
    expect(back.searchParams.get('next')).toBe(`"><script>alert('x')</script>`);
    expect(back.searchParams.get('a')).toBe('1');
    expect(back.searchParams.get('connectionData')).not.toBeNull();
  });

  it('a username with markup is echoed escaped after a failed sign-in', async () => {
    const page = await post('/webex/registration/sign-in', {
      callbackUrl: CALLBACK,
      username: '"><img src=x onerror=alert(1)>',
      password: 'wrong',
    });
    expect(page.text).toContain('value="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"');
    expect(page.text).not.toContain('<img');
  });

  it('wizard pages forbid scripts and framing and are not cached', async () => {
    const page = await request(cce.emulator.url).get('/webex/registration').query({ callbackUrl: CALLBACK });
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });
});
