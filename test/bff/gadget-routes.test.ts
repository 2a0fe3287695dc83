import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { startTestBff } from '../kit/bff.js';
import type { TestBff } from '../kit/bff.js';
import { listen } from '../kit/listening-server.js';

interface GadgetModule {
  Module: {
    ModulePrefs: { '@_title': string; '@_description': string; Require: { '@_feature': string }[] };
    UserPref: { '@_name': string; '@_datatype': string }[];
    Content: { '@_type': string; '#cdata': string };
  };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  cdataPropName: '#cdata',
  isArray: (name) => name === 'Require' || name === 'UserPref',
});

describe('the gadget as the BFF serves it', () => {
  let bff: TestBff;
  beforeAll(async () => {
    bff = await startTestBff({ env: { PUBLIC_URL: 'https://desk.example.com:8443' } });
  });
  afterAll(() => bff.close());

  it('GET /gadget/ContextDesk.xml answers a well-formed OpenSocial Module with the features Finesse requires', async () => {
    const response = await request(bff.app).get('/gadget/ContextDesk.xml');
    expect(response.status).toBe(200);
    expect(response.type).toBe('application/xml');
    expect(() => SyntaxValidator.validate(response.text)).not.toThrow();
    const gadget = parser.parse(response.text) as GadgetModule;
    expect(gadget.Module.ModulePrefs['@_title']).toBe('Context Desk');
    expect(gadget.Module.ModulePrefs['@_description']).not.toBe('');
    expect(gadget.Module.ModulePrefs.Require.map((feature) => feature['@_feature']).sort()).toEqual([
      'dynamic-height',
      'loadingindicator',
      'pubsub-2',
      'setprefs',
      'settitle',
    ]);
    expect(gadget.Module.UserPref.map((pref) => [pref['@_name'], pref['@_datatype']])).toEqual([
      ['scheme', 'hidden'],
      ['host', 'hidden'],
      ['hostPort', 'hidden'],
    ]);
    expect(gadget.Module.Content['@_type']).toBe('html');
  });

  it('the gadget content loads jQuery and finesse.js from the desktop, then the hashed bundle from PUBLIC_URL', async () => {
    const response = await request(bff.app).get('/gadget/ContextDesk.xml');
    const content = (parser.parse(response.text) as GadgetModule).Module.Content['#cdata'];
    const scripts = [...content.matchAll(/<script[^>]*src="([^"]+)"/g)].map((match) => match[1]);
    expect(scripts[0]).toBe('/desktop/assets/js/jquery.min.js');
    expect(scripts[1]).toBe('/desktop/assets/js/finesse.js');
    expect(scripts[2]).toMatch(/^https:\/\/desk\.example\.com:8443\/gadget\/context-desk-[A-Za-z0-9_-]{8}\.js$/);
    expect(content).toContain('gadgets.HubSettings.onConnect');
    expect(response.text).not.toContain('{{');
  });

  it('the bundle it names is served cross-origin, cacheable for ever, as JavaScript', async () => {
    const xml = (await request(bff.app).get('/gadget/ContextDesk.xml')).text;
    const bundle = /\/gadget\/(context-desk-[A-Za-z0-9_-]{8}\.js)/.exec(xml)?.[1] ?? 'missing';
    const response = await request(bff.app).get(`/gadget/${bundle}`).set('Origin', 'https://finesse.example.com:8445');
    expect(response.status).toBe(200);
    expect(response.type).toBe('text/javascript');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('a gadget file that does not exist answers 404, and no directory is listed', async () => {
    expect((await request(bff.app).get('/gadget/nothing-here.js')).status).toBe(404);
    expect((await request(bff.app).get('/gadget/')).status).toBe(404);
  });

  it('outside sandbox mode / leads to the tab page and the sandbox-only paths do not exist', async () => {
    const root = await request(bff.app).get('/');
    expect(root.status).toBe(302);
    expect(root.headers.location).toBe('/tab');
    expect((await request(bff.app).get('/desktop/assets/js/finesse.js')).status).toBe(404);
    expect((await request(bff.app).get('/gadgets/ifr?url=/gadget/ContextDesk.xml')).status).toBe(404);
    expect((await request(bff.app).get('/sandbox/finesse/agents')).status).toBe(404);
  });

  it('/tab is a page that loads the tab bundle and nothing inline (CSP script-src self)', async () => {
    const response = await request(bff.app).get('/tab');
    expect(response.status).toBe(200);
    expect(response.text).toMatch(/<script type="module" src="\/gadget\/context-desk-[A-Za-z0-9_-]{8}\.js"><\/script>/);
    expect(response.text).not.toMatch(/<script>/);
    expect(response.headers['content-security-policy']).toContain("script-src 'self'");
  });
});

describe('the sandbox pages', () => {
  let bff: TestBff;
  beforeAll(async () => {
    bff = await startTestBff({ sandboxDesktop: true });
  });
  afterAll(() => bff.close());

  it('/gadgets/ifr renders the gadget content with the desktop features first and a nonce on every script', async () => {
    const response = await request(bff.app).get('/gadgets/ifr').query({ url: '/gadget/ContextDesk.xml' });
    expect(response.status).toBe(200);
    const nonce = /script-src 'self' 'nonce-([^']+)'/.exec(String(response.headers['content-security-policy']))?.[1];
    expect(nonce).toBeDefined();
    const scripts = [...response.text.matchAll(/<script([^>]*)>/g)].map((match) => match[1] ?? '');
    expect(scripts.length).toBeGreaterThanOrEqual(4);
    for (const attributes of scripts) expect(attributes).toContain(`nonce="${nonce ?? ''}"`);
    expect(scripts[0]).toContain('/desktop/assets/js/gadgets-features.js');
  });

  it('/gadgets/ifr renders only the Context Desk gadget', async () => {
    const response = await request(bff.app).get('/gadgets/ifr').query({ url: 'https://evil.example.com/x.xml' });
    expect(response.status).toBe(404);
  });

  it('the emulators control APIs are reachable through /sandbox/<name>', async () => {
    const response = await request(bff.app).get('/sandbox/finesse/agents');
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).toContain('agent1');
  });
});

describe('the gadget XML never names the Host header it was asked with', () => {
  const scriptOf = (xml: string) => /src="([^"]+\/gadget\/context-desk-[A-Za-z0-9_-]{8}\.js)"/.exec(xml)?.[1];

  it('with PUBLIC_URL set, Host: evil.example still gets PUBLIC_URL in the script URL', async () => {
    const bff = await startTestBff({ env: { PUBLIC_URL: 'https://desk.example.com:8443' } });
    try {
      const response = await request(bff.app).get('/gadget/ContextDesk.xml').set('Host', 'evil.example');
      expect(scriptOf(response.text)).toMatch(/^https:\/\/desk\.example\.com:8443\/gadget\//);
      expect(response.text).not.toContain('evil.example');
    } finally {
      await bff.close();
    }
  });

  it('outside sandbox mode without PUBLIC_URL, GET /gadget/ContextDesk.xml with Host: evil.example answers 503 public_url_required naming PUBLIC_URL', async () => {
    const bff = await startTestBff();
    try {
      const response = await request(bff.app).get('/gadget/ContextDesk.xml').set('Host', 'evil.example');
      expect(response.status).toBe(503);
      expect(response.body).toEqual({
        error: { code: 'public_url_required', message: expect.stringContaining('PUBLIC_URL') as unknown },
      });
      expect(response.text).not.toContain('evil.example');
    } finally {
      await bff.close();
    }
  });

  it('in sandbox mode without PUBLIC_URL, Host: evil.example gets the address the BFF listens on', async () => {
    const bff = await startTestBff({ sandboxDesktop: true });
    const server = await listen(bff.app);
    try {
      const response = await request(server.url).get('/gadget/ContextDesk.xml').set('Host', 'evil.example');
      expect(response.status).toBe(200);
      expect(scriptOf(response.text)).toMatch(new RegExp(`^${server.url.replaceAll('.', '\\.')}/gadget/`));
      expect(response.text).not.toContain('evil.example');
    } finally {
      await server.close();
      await bff.close();
    }
  });
});
