import { existsSync, readFileSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';
import { createCredentialCipher } from './auth/credential-cipher.js';

/**
 * Every setting of the BFF, read from environment variables (and an optional `.env` file, which the environment
 * overrides) and checked by one schema at start. A bad value stops the start with the variable's name and the
 * reason, never its value (it may be a secret). No secret has a default.
 *
 * With no upstream configured at all the BFF runs in sandbox mode on the built-in emulators. Once any upstream is
 * configured, sandbox mode is off and every upstream setting it needs must be there, so a production BFF never falls
 * back to demo data by accident.
 */

/** Upstream URL settings: any one of them switches sandbox mode off. Later upstreams join this list. */
export const UPSTREAM_VARIABLES = [
  'FINESSE_URL',
  'FINESSE_XMPP_URL',
  'CONTEXT_SERVICE_URL',
  'CONTEXT_SERVICE_TOKEN',
  'CCE_ADMIN_URL',
] as const;

const DURATION = /^([0-9]+)(ms|s|m|h|d)?$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** `90`, `90s`, `30m`, `12h`, `7d` (a bare number is seconds). */
function duration(defaultValue: string, minMs: number, maxMs: number) {
  return z
    .string()
    .default(defaultValue)
    .transform((value, context) => {
      const match = DURATION.exec(value.trim());
      const ms = match ? Number(match[1]) * (UNIT_MS[match[2] ?? 's'] ?? 1000) : Number.NaN;
      if (!Number.isFinite(ms) || ms < minMs || ms > maxMs) {
        context.addIssue({
          code: 'custom',
          message: `must be a duration like 90s, 30m or 12h, from ${minMs / 1000}s to ${maxMs / 3_600_000}h`,
        });
        return z.NEVER;
      }
      return ms;
    });
}

function integer(defaultValue: number, min: number, max: number) {
  return z
    .string()
    .default(String(defaultValue))
    .transform((value, context) => {
      const number = Number(value);
      if (!/^[0-9]+$/.test(value.trim()) || number < min || number > max) {
        context.addIssue({ code: 'custom', message: `must be a whole number from ${min} to ${max}` });
        return z.NEVER;
      }
      return number;
    });
}

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });
const webSocketUrl = z.url({ protocol: /^wss?$/, error: 'must be a ws:// or wss:// URL' });
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const existingFile = optionalText.refine((file) => file === undefined || existsSync(file), 'file not found');

function isCredentialsKey(value: string | undefined): boolean {
  if (value === undefined) return true;
  try {
    createCredentialCipher(value);
    return true;
  } catch {
    return false;
  }
}

function isOriginList(value: string | undefined): boolean {
  return originsOf(value).every(isOrigin);
}

function originsOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
}

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: optionalText,
  PORT: integer(3000, 0, 65_535),
  PUBLIC_URL: httpUrl.optional(),
  FINESSE_URL: httpUrl.optional(),
  FINESSE_XMPP_URL: webSocketUrl.optional(),
  /**
   * Finesse's XMPP domain (SystemInfo's xmppDomain, often the Finesse host's name). Read from SystemInfo when unset;
   * set it for a Finesse whose SystemInfo cannot be read.
   */
  FINESSE_XMPP_DOMAIN: optionalText.refine(
    (domain) =>
      domain === undefined ||
      (domain.length <= 253 &&
        /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/.test(
          domain,
        )),
    'must be a domain name such as finesse.example.com',
  ),
  /** PEM file of the CA that signed Finesse's certificate (Finesse often runs on a private CA). */
  FINESSE_CA_FILE: existingFile,
  FINESSE_TIMEOUT_MS: integer(5000, 200, 60_000),
  FINESSE_ACTION_WAIT_MS: integer(5000, 100, 60_000),
  FINESSE_POLL_INTERVAL_MS: integer(3000, 500, 60_000),
  CONTEXT_SERVICE_URL: httpUrl.optional(),
  /** Bearer token for Context Service; a secret, so no default. */
  CONTEXT_SERVICE_TOKEN: optionalText,
  /** Cisco allows 200–15000 ms for a Context Service request; outside that range the start stops. */
  CONTEXT_TIMEOUT_MS: integer(1200, 200, 15_000),
  CONTEXT_LAB_MODE: z.enum(['true', 'false']).default('false'),
  /** Region for reading phone numbers written without a country code. */
  CONTEXT_DEFAULT_REGION: z
    .string()
    .regex(/^[A-Z]{2}$/, 'must be a two-letter country code such as US')
    .default('US'),
  /** The call variable holding the Context Service activity (POD) id. */
  CONTEXT_POD_VARIABLE: z
    .string()
    .regex(/^(callVariable([1-9]|10)|user\.[A-Za-z0-9_.]{1,60})$/, 'must be callVariable1…10 or an ECC variable name')
    .default('user.POD.ID'),
  /** CCE Administration (`https://<AW server>`), for the Context Service registration; optional: without it the Administration API answers 503. */
  CCE_ADMIN_URL: httpUrl.optional(),
  /** PEM file of the CA that signed CCE Administration's certificate. */
  CCE_ADMIN_CA_FILE: existingFile,
  /** One CCE Administration call; a registration change waits for CCE to push the data to CVP, Finesse and SocialMiner. */
  CCE_ADMIN_TIMEOUT_MS: integer(15_000, 200, 120_000),
  /** One Webex Contact Center API call (reports, recordings, configuration). */
  WEBEX_TIMEOUT_MS: integer(15_000, 200, 120_000),
  /** Webex's budget per client id and minute (300 by Webex's rate-limiting page; set it lower to share it). */
  WEBEX_REQUESTS_PER_MINUTE: integer(300, 1, 100_000),
  /** The longest a request waits out Webex's 429 Retry-After before it is answered 503 with Retry-After. */
  WEBEX_RATE_LIMIT_MAX_WAIT: duration('90s', 0, 600_000),
  /** The legacy v1 API host (`https://rest.wxcc-<region>.cisco.com`); optional: without it /api/webex/legacy answers 503. */
  WEBEX_LEGACY_URL: httpUrl.optional(),
  /** The legacy API's tenant id (`;tenantId=` of the Authorization header). */
  WEBEX_LEGACY_TENANT_ID: optionalText,
  /** The legacy API user (the `From` header) and its API key (signs the user id; a secret). */
  WEBEX_LEGACY_USER_ID: optionalText,
  WEBEX_LEGACY_API_KEY: optionalText,
  /** The longest wait between two delivery attempts of a note while Context Service is unavailable. */
  NOTE_RETRY_MAX_DELAY: duration('60s', 1000, 3_600_000),
  /** The Webex integration (one app for every org); its secret has no default. Unset: Webex onboarding answers 503. */
  WEBEX_CLIENT_ID: optionalText,
  WEBEX_CLIENT_SECRET: optionalText,
  WEBEX_AUTHORIZE_URL: httpUrl.default('https://webexapis.com/v1/authorize'),
  WEBEX_TOKEN_URL: httpUrl.default('https://webexapis.com/v1/access_token'),
  WEBEX_SCOPES: z
    .string()
    .default('cjp:config_read cjp:config_write cjp:user')
    .refine(
      (scopes) => /^[A-Za-z0-9_:.-]+( +[A-Za-z0-9_:.-]+)*$/.test(scopes.trim()),
      'must be scopes separated by spaces',
    ),
  /** The regions an administrator may pick when connecting an org. */
  WEBEX_REGIONS: z
    .string()
    .default('us1,eu1,eu2,anz1,ca1,jp1,sg1,in1')
    .refine(
      (regions) => regions.split(',').every((region) => /^[a-z0-9]{2,10}$/.test(region.trim())),
      'must be region names such as us1,eu1, comma-separated',
    ),
  /** An org's API base; `{region}` is replaced by the region chosen when connecting. */
  WEBEX_API_BASE_TEMPLATE: z
    .string()
    .default('https://api.wxcc-{region}.cisco.com')
    .refine(
      (template) => URL.canParse(template.replace('{region}', 'us1')) && /^https?:/.test(template),
      'must be an http(s) URL, with {region} where the region goes',
    ),
  WEBEX_OAUTH_TIMEOUT_MS: integer(10_000, 200, 60_000),
  ALLOWED_ORIGINS: optionalText.refine(
    isOriginList,
    'must be origins (scheme://host[:port], no path), comma-separated',
  ),
  SESSION_TTL: duration('12h', 60_000, 7 * 86_400_000),
  SESSION_IDLE_TTL: duration('30m', 60_000, 7 * 86_400_000),
  /** base64 of 32 bytes; when set, sessions' Finesse credentials are kept encrypted in the store (several nodes). */
  CREDENTIALS_KEY: optionalText.refine(
    isCredentialsKey,
    'must be 32 bytes in base64 (for example: openssl rand -base64 32)',
  ),
  DATABASE_URL: z.string().default('sqlite:./data/context-desk.sqlite'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TLS_CERT: existingFile,
  TLS_KEY: existingFile,
  HTTPS_PROXY: optionalText,
  HTTP_PROXY: optionalText,
  NO_PROXY: optionalText,
  /** Hops of reverse proxies in front of the BFF whose X-Forwarded-For is trusted (for per-client rate limits). */
  TRUST_PROXY_HOPS: integer(0, 0, 10),
  /** Failed sign-ins from one client per window, whoever they name. */
  SIGN_IN_LIMIT_PER_CLIENT: integer(20, 1, 10_000),
  /**
   * Failed sign-ins for one user from one client per window. Whatever it says, all clients together stop one short of
   * Finesse's lockout of 5 (see SignInLimits).
   */
  SIGN_IN_LIMIT_PER_USER: integer(2, 1, 1000),
  SIGN_IN_LIMIT_WINDOW: duration('5m', 1000, 86_400_000),
});

export type Environment = Record<string, string | undefined>;

export interface Config {
  readonly mode: 'sandbox' | 'upstream';
  readonly host: string;
  readonly port: number;
  /** Where browsers reach the BFF; the gadget XML and CORS default derive from it. */
  readonly publicUrl: string | undefined;
  readonly finesse: {
    /** Undefined in sandbox mode until the emulator has started and given its address. */
    readonly url: string | undefined;
    readonly xmppUrl: string | undefined;
    /** Undefined: read from SystemInfo. */
    readonly xmppDomain: string | undefined;
    readonly caFile: string | undefined;
    readonly timeoutMs: number;
    readonly actionWaitMs: number;
    readonly pollIntervalMs: number;
  };
  /** Exact origins allowed to call the API from a browser (the Finesse desktop's, and the BFF's own). */
  readonly allowedOrigins: readonly string[];
  readonly session: { readonly ttlMs: number; readonly idleTtlMs: number; readonly credentialsKey: string | undefined };
  readonly context: {
    /** Undefined in sandbox mode until the emulator has started. */
    readonly url: string | undefined;
    readonly token: string | undefined;
    readonly timeoutMs: number;
    readonly labMode: boolean;
    readonly defaultRegion: string;
    readonly podVariable: string;
    /** Longest pause between two delivery attempts of a queued note. */
    readonly noteRetryMaxDelayMs: number;
  };
  /** CCE Administration, for administrators (issue 6). */
  readonly cceAdmin: {
    /** Undefined in sandbox mode until the emulator has started, and in upstream mode when not configured. */
    readonly url: string | undefined;
    readonly caFile: string | undefined;
    readonly timeoutMs: number;
  };
  /** Webex Contact Center onboarding (issue 11): the integration, where Webex's OAuth lives, and the orgs' API bases. */
  readonly webex: WebexConfig;
  /** The Webex Contact Center API clients (issue 11); the org's access comes from the Webex onboarding. */
  readonly webexApi: {
    readonly timeoutMs: number;
    readonly requestsPerMinute: number;
    readonly rateLimitMaxWaitMs: number;
  };
  /** The legacy v1 API (CSR/CAR records); undefined unless URL, tenant, user and key are all set. */
  readonly webexLegacy:
    { readonly url: string; readonly tenantId: string; readonly userId: string; readonly apiKey: string } | undefined;
  readonly signInLimits: { readonly perClient: number; readonly perUser: number; readonly windowMs: number };
  readonly databaseUrl: string;
  readonly logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  readonly tls: { readonly certFile: string; readonly keyFile: string } | undefined;
  readonly proxy: {
    readonly httpsProxy: string | undefined;
    readonly httpProxy: string | undefined;
    readonly noProxy: string | undefined;
  };
  readonly trustProxyHops: number;
}

export interface WebexConfig {
  /** Undefined when no integration is configured (in sandbox mode, the emulator's is used). */
  readonly clientId: string | undefined;
  readonly clientSecret: string | undefined;
  readonly authorizeUrl: string;
  readonly tokenUrl: string;
  readonly scopes: readonly string[];
  readonly regions: readonly string[];
  /** `https://api.wxcc-{region}.cisco.com`: `{region}` is replaced by the org's region. */
  readonly apiBaseTemplate: string;
  readonly timeoutMs: number;
}

/** A configuration problem that stops the start; the message names the variable and the reason. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Configuration error:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The environment with an optional `.env` file underneath it (the real environment wins). */
export function environmentWithDotenv(environment: Environment = process.env, file = '.env'): Environment {
  if (!existsSync(file)) return environment;
  return { ...parseDotenv(readFileSync(file)), ...environment };
}

export function loadConfig(environment: Environment): Config {
  const parsed = schema.safeParse(environment);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const env = parsed.data;
  // Checks between variables, once each variable is valid on its own.
  const problems: string[] = [];
  const upstreamConfigured = UPSTREAM_VARIABLES.some((name) => env[name] !== undefined);
  if (upstreamConfigured) {
    for (const name of ['FINESSE_URL', 'CONTEXT_SERVICE_URL', 'CONTEXT_SERVICE_TOKEN'] as const) {
      if (env[name] === undefined)
        problems.push(
          `${name}: is required once any upstream is configured (unset every upstream variable for the sandbox)`,
        );
    }
  }
  if ((env.WEBEX_CLIENT_ID === undefined) !== (env.WEBEX_CLIENT_SECRET === undefined))
    problems.push('WEBEX_CLIENT_ID, WEBEX_CLIENT_SECRET: set both for Webex Contact Center, or neither');
  if ((env.TLS_CERT === undefined) !== (env.TLS_KEY === undefined))
    problems.push('TLS_CERT, TLS_KEY: set both for HTTPS, or neither');
  if (env.SESSION_IDLE_TTL > env.SESSION_TTL) problems.push('SESSION_IDLE_TTL: must not be longer than SESSION_TTL');
  if (problems.length > 0) throw new ConfigError(problems);
  const origins = originsOf(env.ALLOWED_ORIGINS);

  const mode = upstreamConfigured ? 'upstream' : 'sandbox';
  const finesseUrl = env.FINESSE_URL?.replace(/\/+$/, '');
  const publicUrl = env.PUBLIC_URL?.replace(/\/+$/, '');
  return {
    mode,
    host: env.HOST ?? (mode === 'sandbox' ? '127.0.0.1' : '0.0.0.0'),
    port: env.PORT,
    publicUrl,
    finesse: {
      url: finesseUrl,
      xmppUrl: env.FINESSE_XMPP_URL ?? (finesseUrl === undefined ? undefined : defaultXmppUrl(finesseUrl)),
      xmppDomain: env.FINESSE_XMPP_DOMAIN?.toLowerCase(),
      caFile: env.FINESSE_CA_FILE,
      timeoutMs: env.FINESSE_TIMEOUT_MS,
      actionWaitMs: env.FINESSE_ACTION_WAIT_MS,
      pollIntervalMs: env.FINESSE_POLL_INTERVAL_MS,
    },
    context: {
      url: env.CONTEXT_SERVICE_URL?.replace(/\/+$/, ''),
      token: env.CONTEXT_SERVICE_TOKEN,
      timeoutMs: env.CONTEXT_TIMEOUT_MS,
      labMode: env.CONTEXT_LAB_MODE === 'true',
      defaultRegion: env.CONTEXT_DEFAULT_REGION,
      podVariable: env.CONTEXT_POD_VARIABLE,
      noteRetryMaxDelayMs: env.NOTE_RETRY_MAX_DELAY,
    },
    webex: {
      clientId: env.WEBEX_CLIENT_ID,
      clientSecret: env.WEBEX_CLIENT_SECRET,
      authorizeUrl: env.WEBEX_AUTHORIZE_URL,
      tokenUrl: env.WEBEX_TOKEN_URL,
      scopes: env.WEBEX_SCOPES.trim().split(/ +/),
      regions: env.WEBEX_REGIONS.split(',').map((region) => region.trim()),
      apiBaseTemplate: env.WEBEX_API_BASE_TEMPLATE.replace(/\/+$/, ''),
      timeoutMs: env.WEBEX_OAUTH_TIMEOUT_MS,
    },
    cceAdmin: {
      url: env.CCE_ADMIN_URL?.replace(/\/+$/, ''),
      caFile: env.CCE_ADMIN_CA_FILE,
      timeoutMs: env.CCE_ADMIN_TIMEOUT_MS,
    },
    webexLegacy:
      env.WEBEX_LEGACY_URL !== undefined &&
      env.WEBEX_LEGACY_TENANT_ID !== undefined &&
      env.WEBEX_LEGACY_USER_ID !== undefined &&
      env.WEBEX_LEGACY_API_KEY !== undefined
        ? {
            url: env.WEBEX_LEGACY_URL.replace(/\/+$/, ''),
            tenantId: env.WEBEX_LEGACY_TENANT_ID,
            userId: env.WEBEX_LEGACY_USER_ID,
            apiKey: env.WEBEX_LEGACY_API_KEY,
          }
        : undefined,
    webexApi: {
      timeoutMs: env.WEBEX_TIMEOUT_MS,
      requestsPerMinute: env.WEBEX_REQUESTS_PER_MINUTE,
      rateLimitMaxWaitMs: env.WEBEX_RATE_LIMIT_MAX_WAIT,
    },
    allowedOrigins: origins.length > 0 ? origins : publicUrl === undefined ? [] : [new URL(publicUrl).origin],
    session: { ttlMs: env.SESSION_TTL, idleTtlMs: env.SESSION_IDLE_TTL, credentialsKey: env.CREDENTIALS_KEY },
    signInLimits: {
      perClient: env.SIGN_IN_LIMIT_PER_CLIENT,
      perUser: env.SIGN_IN_LIMIT_PER_USER,
      windowMs: env.SIGN_IN_LIMIT_WINDOW,
    },
    databaseUrl: env.DATABASE_URL,
    logLevel: env.LOG_LEVEL,
    tls:
      env.TLS_CERT !== undefined && env.TLS_KEY !== undefined
        ? { certFile: env.TLS_CERT, keyFile: env.TLS_KEY }
        : undefined,
    proxy: { httpsProxy: env.HTTPS_PROXY, httpProxy: env.HTTP_PROXY, noProxy: env.NO_PROXY },
    trustProxyHops: env.TRUST_PROXY_HOPS,
  };
}

/** Finesse's notification WebSocket on the same host: `/ws`, wss for an https Finesse. */
function defaultXmppUrl(finesseUrl: string): string {
  const url = new URL(finesseUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.pathname = '/ws';
  return url.toString();
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}
