import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { environmentWithDotenv, loadConfig } from '../../bff/src/config.js';
import type { Environment } from '../../bff/src/config.js';
import { problemsOf } from '../kit/config-problems.js';

const KEY = Buffer.alloc(32, 7).toString('base64');
const CONTEXT: Environment = { CONTEXT_SERVICE_URL: 'https://context.example.com', CONTEXT_SERVICE_TOKEN: 'token' };

describe('configuration', () => {
  it('an empty environment starts in sandbox mode on loopback with the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      mode: 'sandbox',
      host: '127.0.0.1',
      port: 3000,
      databaseUrl: 'sqlite:./data/context-desk.sqlite',
      logLevel: 'info',
      finesse: { url: undefined, timeoutMs: 5000, actionWaitMs: 5000 },
      session: { ttlMs: 12 * 3_600_000, idleTtlMs: 30 * 60_000, credentialsKey: undefined },
      tls: undefined,
    });
  });

  it('FINESSE_URL switches sandbox mode off and derives the XMPP WebSocket URL on the same host (wss for https)', () => {
    const config = loadConfig({ FINESSE_URL: 'https://finesse.example.com:8445/', ...CONTEXT });
    expect(config.mode).toBe('upstream');
    expect(config.host).toBe('0.0.0.0');
    expect(config.finesse.url).toBe('https://finesse.example.com:8445');
    expect(config.finesse.xmppUrl).toBe('wss://finesse.example.com:8445/ws');
  });

  it('FINESSE_XMPP_DOMAIN is kept in lower case, and unset it is undefined (read from SystemInfo)', () => {
    expect(
      loadConfig({ FINESSE_URL: 'https://f.example.com', FINESSE_XMPP_DOMAIN: ' Finesse-A.Example.COM ', ...CONTEXT })
        .finesse.xmppDomain,
    ).toBe('finesse-a.example.com');
    expect(loadConfig({ FINESSE_URL: 'https://f.example.com', ...CONTEXT }).finesse.xmppDomain).toBeUndefined();
  });

  it.each(['finesse example.com', 'finesse.example.com/ws', '-finesse.example.com', 'a@b.com'])(
    'FINESSE_XMPP_DOMAIN %j stops the start naming the variable',
    (domain) => {
      expect(problemsOf({ FINESSE_XMPP_DOMAIN: domain }).join('\n')).toContain(
        'FINESSE_XMPP_DOMAIN: must be a domain name',
      );
    },
  );

  it('an explicit FINESSE_XMPP_URL is kept', () => {
    expect(
      loadConfig({ FINESSE_URL: 'https://f.example.com', FINESSE_XMPP_URL: 'wss://f.example.com:7443/ws', ...CONTEXT })
        .finesse.xmppUrl,
    ).toBe('wss://f.example.com:7443/ws');
  });

  it('FINESSE_URL alone stops the start naming the Context Service settings it also needs', () => {
    const problems = problemsOf({ FINESSE_URL: 'https://f.example.com' }).join('\n');
    expect(problems).toMatch(/^CONTEXT_SERVICE_URL: is required/m);
    expect(problems).toMatch(/^CONTEXT_SERVICE_TOKEN: is required/m);
  });

  it('Context Service defaults: 1200 ms timeout, production data, US numbers, the POD.ID call variable', () => {
    expect(loadConfig({ FINESSE_URL: 'https://f.example.com', ...CONTEXT }).context).toEqual({
      url: 'https://context.example.com',
      token: 'token',
      timeoutMs: 1200,
      labMode: false,
      defaultRegion: 'US',
      podVariable: 'user.POD.ID',
      noteRetryMaxDelayMs: 60_000,
    });
  });

  it('FINESSE_XMPP_URL without FINESSE_URL stops the start naming FINESSE_URL: no silent fall back to the sandbox', () => {
    expect(problemsOf({ FINESSE_XMPP_URL: 'wss://f.example.com/ws' }).join('\n')).toMatch(/^FINESSE_URL: is required/m);
  });

  const BAD: [string, Environment, RegExp][] = [
    ['a port that is not a number', { PORT: 'http' }, /^PORT: must be a whole number/],
    ['a port out of range', { PORT: '70000' }, /^PORT: /],
    [
      "a Context Service timeout outside Cisco's 200–15000 ms",
      { CONTEXT_TIMEOUT_MS: '20000' },
      /^CONTEXT_TIMEOUT_MS: must be a whole number from 200 to 15000/,
    ],
    [
      'a Finesse timeout below Cisco-style sane bounds',
      { FINESSE_TIMEOUT_MS: '50' },
      /^FINESSE_TIMEOUT_MS: must be a whole number from 200/,
    ],
    ['a FINESSE_URL that is not http(s)', { FINESSE_URL: 'ftp://finesse' }, /^FINESSE_URL: must be an http/],
    ['a session TTL without a unit it knows', { SESSION_TTL: '3 weeks' }, /^SESSION_TTL: must be a duration/],
    [
      'an idle TTL longer than the session TTL',
      { SESSION_TTL: '1h', SESSION_IDLE_TTL: '2h' },
      /^SESSION_IDLE_TTL: must not be longer/,
    ],
    ['TLS_CERT without TLS_KEY', { TLS_CERT: '/dev/null' }, /^TLS_CERT, TLS_KEY: set both/],
    ['a CA file that does not exist', { FINESSE_CA_FILE: '/no/such/ca.pem' }, /^FINESSE_CA_FILE: file not found/],
    ['an unknown log level', { LOG_LEVEL: 'chatty' }, /^LOG_LEVEL: /],
    ['an allowed origin with a path', { ALLOWED_ORIGINS: 'https://finesse.example.com/desktop' }, /^ALLOWED_ORIGINS: /],
    [
      'a credentials key of the wrong length',
      { CREDENTIALS_KEY: Buffer.alloc(16).toString('base64') },
      /^CREDENTIALS_KEY: must be 32 bytes/,
    ],
  ];
  for (const [what, environment, expected] of BAD) {
    it(`${what} stops the start naming the variable`, () => {
      expect(problemsOf(environment).join('\n')).toMatch(new RegExp(expected.source, 'm'));
    });
  }

  it('a bad secret is never echoed in the message', () => {
    const secret = 'c2VjcmV0LXNlY3JldC1zZWNyZXQ=';
    expect(problemsOf({ CREDENTIALS_KEY: secret }).join('\n')).not.toContain(secret);
  });

  it('durations accept s, m, h and d, and a bare number is seconds', () => {
    expect(loadConfig({ SESSION_TTL: '2d', SESSION_IDLE_TTL: '900' }).session).toMatchObject({
      ttlMs: 2 * 86_400_000,
      idleTtlMs: 900_000,
    });
  });

  it('ALLOWED_ORIGINS defaults to the origin of PUBLIC_URL', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://bff.example.com/contextdesk' }).allowedOrigins).toEqual([
      'https://bff.example.com',
    ]);
  });

  it('a valid credentials key is accepted', () => {
    expect(loadConfig({ CREDENTIALS_KEY: KEY }).session.credentialsKey).toBe(KEY);
  });

  it('a .env file fills in what the environment does not set, and the environment wins', () => {
    const directory = mkdtempSync(join(tmpdir(), 'context-desk-env-'));
    const file = join(directory, '.env');
    writeFileSync(file, 'PORT=4100\nLOG_LEVEL=debug\n');
    const config = loadConfig(environmentWithDotenv({ LOG_LEVEL: 'warn' }, file));
    expect([config.port, config.logLevel]).toEqual([4100, 'warn']);
  });
});
