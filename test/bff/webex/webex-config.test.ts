import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../bff/src/config.js';

function problemsOf(environment: Record<string, string>): readonly string[] {
  try {
    loadConfig(environment);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('Webex Contact Center configuration', () => {
  it("with nothing set, Webex's own hosts, the default scopes and the eight regions are used, and no integration", () => {
    const { webex } = loadConfig({});

    expect(webex).toEqual({
      clientId: undefined,
      clientSecret: undefined,
      authorizeUrl: 'https://webexapis.com/v1/authorize',
      tokenUrl: 'https://webexapis.com/v1/access_token',
      scopes: ['cjp:config_read', 'cjp:config_write', 'cjp:user'],
      regions: ['us1', 'eu1', 'eu2', 'anz1', 'ca1', 'jp1', 'sg1', 'in1'],
      apiBaseTemplate: 'https://api.wxcc-{region}.cisco.com',
      timeoutMs: 10_000,
    });
  });

  it('a client id without its secret stops the start naming both variables, never a value', () => {
    const problems = problemsOf({ WEBEX_CLIENT_ID: 'Cabc123' });

    expect(problems).toEqual(['WEBEX_CLIENT_ID, WEBEX_CLIENT_SECRET: set both for Webex Contact Center, or neither']);
  });

  it('scopes, regions and the API base template that cannot be used stop the start, each naming its variable', () => {
    const problems = problemsOf({
      WEBEX_SCOPES: 'cjp:user,cjp:config',
      WEBEX_REGIONS: 'us1,EU 1',
      WEBEX_API_BASE_TEMPLATE: 'ftp://{region}.example',
    });

    expect(problems).toEqual([
      'WEBEX_SCOPES: must be scopes separated by spaces',
      'WEBEX_REGIONS: must be region names such as us1,eu1, comma-separated',
      'WEBEX_API_BASE_TEMPLATE: must be an http(s) URL, with {region} where the region goes',
    ]);
  });
});
