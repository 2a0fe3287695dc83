import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../bff/src/config.js';
import type { Environment } from '../../../bff/src/config.js';
import { problemsOf } from '../../kit/config-problems.js';
import { useTemporaryDirectory } from '../store/temporary-directory.js';

const UPSTREAMS: Environment = {
  FINESSE_URL: 'https://finesse.example.com:8445',
  CONTEXT_SERVICE_URL: 'https://context.example.com',
  CONTEXT_SERVICE_TOKEN: 'token',
};

describe('CCE Administration settings', () => {
  const temporaryDirectory = useTemporaryDirectory();

  it('are optional in upstream mode: without CCE_ADMIN_URL the URL is undefined and the timeout defaults to 15000 ms', () => {
    expect(loadConfig(UPSTREAMS).cceAdmin).toEqual({ url: undefined, caFile: undefined, timeoutMs: 15_000 });
  });

  it('CCE_ADMIN_URL is kept without its trailing slash', () => {
    expect(loadConfig({ ...UPSTREAMS, CCE_ADMIN_URL: 'https://aw.example.com/' }).cceAdmin.url).toBe(
      'https://aw.example.com',
    );
  });

  it('CCE_ADMIN_URL alone switches sandbox mode off, so the other upstreams are then required', () => {
    expect(problemsOf({ CCE_ADMIN_URL: 'https://aw.example.com' })).toEqual(
      expect.arrayContaining([expect.stringMatching(/^FINESSE_URL: is required/)]),
    );
  });

  it.each([
    ['CCE_ADMIN_URL', 'ftp://aw.example.com', /^CCE_ADMIN_URL: must be an http:\/\/ or https:\/\/ URL$/],
    ['CCE_ADMIN_TIMEOUT_MS', '100', /^CCE_ADMIN_TIMEOUT_MS: must be a whole number from 200 to 120000$/],
    ['CCE_ADMIN_TIMEOUT_MS', 'soon', /^CCE_ADMIN_TIMEOUT_MS: must be a whole number/],
    ['CCE_ADMIN_CA_FILE', '/nowhere/ca.pem', /^CCE_ADMIN_CA_FILE: file not found$/],
  ])('a bad %s (%s) stops the start naming the variable', (name, value, problem) => {
    expect(problemsOf({ ...UPSTREAMS, [name]: value })).toEqual([expect.stringMatching(problem)]);
  });

  it('CCE_ADMIN_CA_FILE naming an existing file is kept', () => {
    const file = join(temporaryDirectory(), 'ca.pem');
    writeFileSync(file, '-----BEGIN CERTIFICATE-----\n');
    expect(
      loadConfig({
        ...UPSTREAMS,
        CCE_ADMIN_URL: 'https://aw.example.com',
        CCE_ADMIN_CA_FILE: file,
        CCE_ADMIN_TIMEOUT_MS: '30000',
      }).cceAdmin,
    ).toEqual({
      url: 'https://aw.example.com',
      caFile: file,
      timeoutMs: 30_000,
    });
  });
});
