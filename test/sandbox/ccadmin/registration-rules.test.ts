import { describe, expect, it } from 'vitest';
import type { Registration } from '../../../bff/sandbox/ccadmin/model/registration-rules.js';
import {
  MAX_CONNECTION_DATA_BYTES,
  NOT_REGISTERED,
  judgeUpdate,
} from '../../../bff/sandbox/ccadmin/model/registration-rules.js';
import type { RegistrationLinks } from '../../../bff/sandbox/ccadmin/model/registration-view.js';
import { REGISTRATION_REF_URL, registrationView } from '../../../bff/sandbox/ccadmin/model/registration-view.js';

const REGISTERED: Registration = { state: 'registered', connectionData: 'current-data' };
const INVALID: Registration = { state: 'invalid', connectionData: 'stale-data' };

describe('judgeUpdate: the connectionData rules', () => {
  it('new data while not registered registers', () => {
    expect(judgeUpdate(NOT_REGISTERED, 'fresh')).toEqual({
      kind: 'accepted',
      next: { state: 'registered', connectionData: 'fresh' },
      change: 'register',
    });
  });

  it('an empty string while registered deregisters', () => {
    expect(judgeUpdate(REGISTERED, '')).toEqual({ kind: 'accepted', next: NOT_REGISTERED, change: 'deregister' });
  });

  it('an empty string while not registered changes nothing and is accepted', () => {
    expect(judgeUpdate(NOT_REGISTERED, '')).toEqual({ kind: 'accepted', next: NOT_REGISTERED, change: 'unchanged' });
  });

  it('other data while registered is refused: deregister first', () => {
    expect(judgeUpdate(REGISTERED, 'other-data')).toEqual({ kind: 'deregisterFirst' });
  });

  it('the current data again while registered is accepted and changes nothing', () => {
    expect(judgeUpdate(REGISTERED, 'current-data')).toEqual({
      kind: 'accepted',
      next: REGISTERED,
      change: 'unchanged',
    });
  });

  it('new data while invalid reregisters', () => {
    expect(judgeUpdate(INVALID, 'fresh')).toEqual({
      kind: 'accepted',
      next: { state: 'registered', connectionData: 'fresh' },
      change: 'register',
    });
  });

  it('the stale data again while invalid leaves the registration invalid', () => {
    expect(judgeUpdate(INVALID, 'stale-data')).toEqual({ kind: 'accepted', next: INVALID, change: 'unchanged' });
  });

  it('an empty string while invalid deregisters', () => {
    expect(judgeUpdate(INVALID, '')).toEqual({ kind: 'accepted', next: NOT_REGISTERED, change: 'deregister' });
  });

  it('exactly 4096 bytes is accepted and 4097 bytes is too long', () => {
    expect(judgeUpdate(NOT_REGISTERED, 'a'.repeat(MAX_CONNECTION_DATA_BYTES)).kind).toBe('accepted');
    expect(judgeUpdate(NOT_REGISTERED, 'a'.repeat(MAX_CONNECTION_DATA_BYTES + 1))).toEqual({
      kind: 'tooLong',
      bytes: 4097,
    });
  });

  it('size counts UTF-8 bytes: 2048 two-byte characters fit, one more ASCII byte does not', () => {
    expect(judgeUpdate(NOT_REGISTERED, 'é'.repeat(2048)).kind).toBe('accepted');
    expect(judgeUpdate(NOT_REGISTERED, `${'é'.repeat(2048)}a`)).toEqual({ kind: 'tooLong', bytes: 4097 });
  });

  it('the size rule comes first: too long data while registered is too long, not a re-registration', () => {
    expect(judgeUpdate(REGISTERED, 'x'.repeat(5000)).kind).toBe('tooLong');
  });
});

const links: RegistrationLinks = {
  managementUrl: 'https://webex.example/manage',
  registrationUrl: (callback) => `https://webex.example/register?cb=${callback}`,
  deregistrationUrl: (callback) => `https://webex.example/deregister?cb=${callback}`,
};

describe('registrationView: which optional parameters each state returns', () => {
  const CASES = [
    ['notRegistered', undefined, { state: 'notRegistered', refURL: REGISTRATION_REF_URL }],
    [
      'notRegistered',
      'http://cb',
      {
        state: 'notRegistered',
        registrationUrl: 'https://webex.example/register?cb=http://cb',
        refURL: REGISTRATION_REF_URL,
      },
    ],
    ['invalid', undefined, { state: 'invalid', refURL: REGISTRATION_REF_URL }],
    [
      'invalid',
      'http://cb',
      {
        state: 'invalid',
        registrationUrl: 'https://webex.example/register?cb=http://cb',
        refURL: REGISTRATION_REF_URL,
      },
    ],
    [
      'registered',
      undefined,
      { state: 'registered', managementUrl: 'https://webex.example/manage', refURL: REGISTRATION_REF_URL },
    ],
    [
      'registered',
      'http://cb',
      {
        state: 'registered',
        managementUrl: 'https://webex.example/manage',
        deregistrationUrl: 'https://webex.example/deregister?cb=http://cb',
        refURL: REGISTRATION_REF_URL,
      },
    ],
  ] as const;
  for (const [state, callback, expected] of CASES) {
    it(`${state} ${callback === undefined ? 'without' : 'with'} a callbackUrl answers ${Object.keys(expected).join(', ')}`, () => {
      expect(registrationView(state, links, callback)).toEqual(expected);
    });
  }

  it('refURL is the documented example value', () => {
    expect(REGISTRATION_REF_URL).toBe('/unifiedconfig/config/contextservice');
  });
});
