import request from 'supertest';
import { describe, expect, it } from 'vitest';
import {
  REGISTRATION_PATH,
  RegistrationClient,
  apiErrors,
  basic,
  readXml,
  startCceAdmin,
  updateBody,
  useCceAdminEmulator,
} from './ccadmin-kit.js';

const cce = useCceAdminEmulator();

const UNAUTHORIZED = [
  {
    errorMessage: 'The authentication credentials were not supplied or were incorrect',
    errorType: 'authentication.failed',
  },
];

describe('HTTP Basic authentication with the administrator account', () => {
  const REFUSED: [string, string | undefined][] = [
    ['no Authorization header', undefined],
    ['a wrong password', basic('administrator', 'wrong')],
    ['a wrong username', basic('supervisor', 'sandbox')],
    ['the password in another case', basic('administrator', 'SANDBOX')],
    ['a Bearer token', 'Bearer abc.def'],
    ['Basic credentials without a colon', `Basic ${Buffer.from('administrator').toString('base64')}`],
    ['Basic with characters outside base64', 'Basic !!!'],
  ];
  for (const [what, authorization] of REFUSED) {
    it(`${what} on GET answers 401 with WWW-Authenticate Basic and an apiErrors body`, async () => {
      const call = request(cce.emulator.url).get(REGISTRATION_PATH);
      const response = await (authorization === undefined ? call : call.set('Authorization', authorization));
      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toMatch(/^Basic realm="/);
      expect(response.headers['content-type']).toMatch(/^application\/xml/);
      expect(apiErrors(response.text)).toEqual(UNAUTHORIZED);
    });
  }

  it('a PUT with a wrong password answers 401 and does not register', async () => {
    const response = await new RegistrationClient(cce.emulator, basic('administrator', 'wrong')).put('data-1');
    expect(response.status).toBe(401);
    expect(readXml((await cce.client.get()).text, 'contextServiceRegistration').state).toBe('notRegistered');
  });

  it('unknown /unifiedconfig paths need authentication too: 401 before 404', async () => {
    expect((await request(cce.emulator.url).get('/unifiedconfig/config/agent')).status).toBe(401);
  });

  it('an emulator started with its own account accepts that account and refuses the default', async () => {
    const custom = await startCceAdmin({ username: 'ccadmin@example.com', password: 'S3cret:with:colons' });
    try {
      expect(
        (await new RegistrationClient(custom, basic('ccadmin@example.com', 'S3cret:with:colons')).get()).status,
      ).toBe(200);
      expect((await new RegistrationClient(custom, basic()).get()).status).toBe(401);
    } finally {
      await custom.close();
    }
  });
});

describe('malformed update bodies answer 400 apiErrors invalidInput.malformedXml', () => {
  const BODIES: [string, string][] = [
    ['an empty body', ''],
    ['unclosed elements', '<contextServiceRegistration><connectionData>abc</contextServiceRegistration>'],
    ['not XML at all', 'connectionData=abc'],
    ['JSON', '{"connectionData":"abc"}'],
    ['the wrong root element', '<registration><connectionData>abc</connectionData></registration>'],
    [
      'the root in another case (XML is case sensitive)',
      '<ContextServiceRegistration><connectionData>abc</connectionData></ContextServiceRegistration>',
    ],
    [
      'two root elements',
      '<contextServiceRegistration><connectionData>a</connectionData></contextServiceRegistration><contextServiceRegistration/>',
    ],
    [
      'a DOCTYPE declaring an entity',
      '<!DOCTYPE r [<!ENTITY x "expanded">]><contextServiceRegistration><connectionData>&x;</connectionData></contextServiceRegistration>',
    ],
    [
      'an external entity (XXE)',
      '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><contextServiceRegistration><connectionData>&x;</connectionData></contextServiceRegistration>',
    ],
    [
      'a DOCTYPE alone, with no entity in use',
      '<!DOCTYPE contextServiceRegistration><contextServiceRegistration><connectionData>abc</connectionData></contextServiceRegistration>',
    ],
    [
      'a DOCTYPE declaring an entity it never uses',
      '<!DOCTYPE r [<!ENTITY x "expanded">]><contextServiceRegistration><connectionData>abc</connectionData></contextServiceRegistration>',
    ],
    [
      'an undeclared entity reference',
      '<contextServiceRegistration><connectionData>&nbsp;</connectionData></contextServiceRegistration>',
    ],
    [
      'a bare ampersand',
      '<contextServiceRegistration><connectionData>a&b</connectionData></contextServiceRegistration>',
    ],
    [
      'a character reference XML forbids',
      '<contextServiceRegistration><connectionData>&#0;</connectionData></contextServiceRegistration>',
    ],
    [
      'a reference to a lone surrogate',
      '<contextServiceRegistration><connectionData>&#xD800;</connectionData></contextServiceRegistration>',
    ],
  ];
  for (const [what, body] of BODIES) {
    it(what, async () => {
      const response = await cce.client.putBody(body);
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/xml/);
      const [error] = apiErrors(response.text);
      expect(error?.errorType).toBe('invalidInput.malformedXml');
      expect(response.text).not.toContain('expanded');
      expect(response.text).not.toContain('root:');
    });
  }

  it('after a malformed body the registration is unchanged', async () => {
    await cce.client.putBody(
      '<contextServiceRegistration><connectionData>a&b</connectionData></contextServiceRegistration>',
    );
    expect(readXml((await cce.client.get()).text, 'contextServiceRegistration').state).toBe('notRegistered');
  });

  it('a body over 64 KB answers 413 invalidInput.requestTooLarge', async () => {
    const response = await cce.client.putBody(
      `<contextServiceRegistration><connectionData>${'a'.repeat(70_000)}</connectionData></contextServiceRegistration>`,
    );
    expect(response.status).toBe(413);
    expect(apiErrors(response.text)[0]?.errorType).toBe('invalidInput.requestTooLarge');
  });

  it('a body sent as text/plain is read as XML all the same', async () => {
    const response = await request(cce.emulator.url)
      .put(REGISTRATION_PATH)
      .set('Authorization', basic())
      .set('Content-Type', 'text/plain')
      .send(updateBody('data-1'));
    expect(response.status).toBe(200);
  });
});
