import request from 'supertest';
import { describe, expect, it } from 'vitest';
import {
  CALLBACK,
  REGISTRATION_PATH,
  apiErrors,
  basic,
  childOrder,
  forceState,
  readXml,
  useCceAdminEmulator,
} from './ccadmin-kit.js';

const cce = useCceAdminEmulator();

const REF_URL = '/unifiedconfig/config/contextservice';

describe('GET contextserviceregistration: each state with and without a callbackUrl', () => {
  const CASES = [
    ['notRegistered', false, ['state', 'refURL']],
    ['notRegistered', true, ['state', 'registrationUrl', 'refURL']],
    ['invalid', false, ['state', 'refURL']],
    ['invalid', true, ['state', 'registrationUrl', 'refURL']],
    ['registered', false, ['state', 'managementUrl', 'refURL']],
    ['registered', true, ['state', 'managementUrl', 'deregistrationUrl', 'refURL']],
  ] as const;
  for (const [state, withCallback, elements] of CASES) {
    it(`${state} ${withCallback ? 'with' : 'without'} a callbackUrl answers 200 XML with exactly ${elements.join(', ')} in that order`, async () => {
      await forceState(cce.emulator, state);
      const response = await cce.client.get(withCallback ? CALLBACK : undefined);
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^application\/xml/);
      expect(childOrder(response.text)).toEqual(elements);
      const document = readXml(response.text, 'contextServiceRegistration');
      expect(document.state).toBe(state);
      expect(document.refURL).toBe(REF_URL);
    });
  }

  it('the registrationUrl opens the emulated Webex registration on this emulator, carrying the callbackUrl', async () => {
    const document = readXml((await cce.client.get(CALLBACK)).text, 'contextServiceRegistration');
    const link = new URL(String(document.registrationUrl));
    expect(link.origin).toBe(cce.emulator.url);
    expect(link.pathname).toBe('/webex/registration');
    expect(link.searchParams.get('callbackUrl')).toBe(CALLBACK);
  });

  it('the deregistrationUrl opens the emulated Webex deregistration, carrying the callbackUrl', async () => {
    await forceState(cce.emulator, 'registered');
    const document = readXml((await cce.client.get(CALLBACK)).text, 'contextServiceRegistration');
    const link = new URL(String(document.deregistrationUrl));
    expect(link.pathname).toBe('/webex/deregistration');
    expect(link.searchParams.get('callbackUrl')).toBe(CALLBACK);
  });

  it('the managementUrl opens a page on the emulator', async () => {
    await forceState(cce.emulator, 'registered');
    const document = readXml((await cce.client.get()).text, 'contextServiceRegistration');
    const page = await request(String(document.managementUrl)).get('');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1>Context Service management</h1>');
  });

  it('an & in the callbackUrl is escaped in the XML and reads back unchanged', async () => {
    const callback = 'http://127.0.0.1:3000/admin?a=1&b=<2>';
    const response = await cce.client.get(callback);
    expect(response.text).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    const link = new URL(String(readXml(response.text, 'contextServiceRegistration').registrationUrl));
    expect(link.searchParams.get('callbackUrl')).toBe(new URL(callback).href);
  });

  it('an empty callbackUrl counts as none: no registrationUrl', async () => {
    const response = await request(cce.emulator.url)
      .get(`${REGISTRATION_PATH}?callbackUrl=`)
      .set('Authorization', basic());
    expect(childOrder(response.text)).toEqual(['state', 'refURL']);
  });

  it('a repeated callbackUrl counts with its last value', async () => {
    const response = await request(cce.emulator.url)
      .get(
        `${REGISTRATION_PATH}?callbackUrl=${encodeURIComponent('http://first.example/')}&callbackUrl=${encodeURIComponent('http://last.example/')}`,
      )
      .set('Authorization', basic());
    const link = new URL(String(readXml(response.text, 'contextServiceRegistration').registrationUrl));
    expect(link.searchParams.get('callbackUrl')).toBe('http://last.example/');
  });

  const BAD_CALLBACKS = ['/admin', 'javascript:alert(1)', 'ftp://desk.example/', 'https://user:pw@desk.example/'];
  for (const callback of BAD_CALLBACKS) {
    it(`a callbackUrl of ${callback} answers 400 apiErrors naming callbackUrl`, async () => {
      const response = await cce.client.get(callback);
      expect(response.status).toBe(400);
      expect(apiErrors(response.text)).toEqual([
        {
          errorData: 'callbackUrl',
          errorMessage: 'callbackUrl must be an absolute http or https URL',
          errorType: 'invalidInput.invalidValue',
        },
      ]);
    });
  }
});

describe('other methods and paths', () => {
  for (const method of ['post', 'delete', 'patch'] as const) {
    it(`${method.toUpperCase()} answers 405 with Allow: GET, HEAD, PUT and an apiErrors body`, async () => {
      const response = await request(cce.emulator.url)[method](REGISTRATION_PATH).set('Authorization', basic());
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe('GET, HEAD, PUT');
      expect(apiErrors(response.text)[0]?.errorType).toBe('methodNotAllowed');
    });
  }

  it('an unknown /unifiedconfig path answers 404 apiErrors', async () => {
    const response = await request(cce.emulator.url)
      .get('/unifiedconfig/config/callcenter')
      .set('Authorization', basic());
    expect(response.status).toBe(404);
    expect(apiErrors(response.text)[0]?.errorType).toBe('notFound');
  });

  it('the path is case-sensitive: contextServiceRegistration is not the resource', async () => {
    const response = await request(cce.emulator.url)
      .get('/unifiedconfig/config/contextServiceRegistration')
      .set('Authorization', basic());
    expect(response.status).toBe(404);
  });
});
