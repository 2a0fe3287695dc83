import { describe, expect, it } from 'vitest';
import { REGISTRATION_RESULTS, RegistrationState } from '../../shared/api/admin.js';
import { adminEn } from '../../gadget/src/admin/i18n/admin-catalog-en.js';
import { newsAfter, registrationText } from '../../gadget/src/admin/registration-panel/registration-text.js';
import type {
  RegistrationNews,
  RegistrationText,
} from '../../gadget/src/admin/registration-panel/registration-text.js';

/** What the panel shows, in English, one line per paragraph or device. */
function shown(text: RegistrationText): string[] {
  return [
    adminEn[text.words],
    adminEn[text.explanation],
    ...text.devices.map((line) => adminEn[line.words].replace('{device}', line.device)),
  ];
}

const ALL_DEVICES_HAVE_IT = 'CVP, Finesse and SocialMiner have the connection data';

describe('registrationText: the state in words, told in the light of the last outcome', () => {
  it('with no outcome on the page yet, each state reads as CCE reports it', () => {
    expect(shown(registrationText('notRegistered', undefined))).toEqual([
      'Not registered',
      adminEn['admin.registration.explain.notRegistered'],
    ]);
    expect(shown(registrationText('registered', undefined))).toEqual([
      'Registered',
      adminEn['admin.registration.explain.registered'],
    ]);
    expect(shown(registrationText('invalid', undefined))).toEqual([
      'Invalid — re-register',
      adminEn['admin.registration.explain.invalid'],
    ]);
  });

  it('a registration CVP and SocialMiner did not receive reads Registered, with Finesse having the connection data and CVP and SocialMiner not', () => {
    const text = registrationText('registered', {
      action: 'register',
      result: 'partial',
      failedDevices: ['CVP', 'SocialMiner'],
    });
    expect(shown(text)).toEqual([
      'Registered',
      'CCE Administration saved the connection data, but not every device has it yet. Retry above once they are reachable.',
      'CVP did not receive it',
      'Finesse has the connection data',
      'SocialMiner did not receive it',
    ]);
    expect(text.devices.map((line) => line.reached)).toEqual([false, true, false]);
  });

  it('a deregistration Finesse did not receive reads Not registered, with Finesse still holding the old connection data', () => {
    const text = registrationText('notRegistered', {
      action: 'deregister',
      result: 'partial',
      failedDevices: ['finesse'],
    });
    expect(shown(text)).toEqual([
      'Not registered',
      'CCE Administration removed the connection data, but not every device has received the change yet. Retry above once they are reachable.',
      'CVP no longer has it',
      'Finesse still has the old connection data',
      'SocialMiner no longer has it',
    ]);
  });

  it('a partial success naming a device CCE calls otherwise lists only what CCE said, claiming no device has the change', () => {
    const text = registrationText('registered', {
      action: 'register',
      result: 'partial',
      failedDevices: ['cvp-a.example.com'],
    });
    expect(shown(text).slice(2)).toEqual(['cvp-a.example.com did not receive it']);
  });

  it('a saved deregistration reads "no longer uses Context Service", never "not yet"', () => {
    const [, explanation] = shown(
      registrationText('notRegistered', { action: 'deregister', result: 'saved', failedDevices: [] }),
    );
    expect(explanation).toBe(
      'This contact center no longer uses Context Service: its connection data was removed from CVP, Finesse and SocialMiner. Register to use it again.',
    );
  });

  it('a refused registration reads Registered with the earlier connection data, and says to deregister first as the outcome does', () => {
    const [words, explanation] = shown(
      registrationText('registered', { action: 'register', result: 'refused', failedDevices: [] }),
    );
    expect(words).toBe('Registered');
    expect(explanation).toContain('earlier connection data');
    expect(explanation).toContain('deregister first');
  });

  it('news about another state than CCE now reports (someone changed it since) is not applied: the state reads as CCE reports it', () => {
    const partial: RegistrationNews = { action: 'register', result: 'partial', failedDevices: ['CVP'] };
    expect(registrationText('notRegistered', partial)).toEqual(registrationText('notRegistered', undefined));
    expect(registrationText('invalid', partial)).toEqual(registrationText('invalid', undefined));
    expect(registrationText('registered', { action: 'deregister', result: 'saved', failedDevices: [] })).toEqual(
      registrationText('registered', undefined),
    );
  });

  describe('over every state × action × result, nothing the panel says contradicts the outcome', () => {
    for (const state of RegistrationState.options) {
      for (const action of ['register', 'deregister'] as const) {
        for (const result of REGISTRATION_RESULTS) {
          const failedDevices = result === 'partial' ? ['SocialMiner'] : [];
          it(`${state} after a ${result} ${action}`, () => {
            const lines = shown(registrationText(state, { action, result, failedDevices }));
            // A device CCE named as not synchronised is never said to have the change (when CCE still reports the
            // state that change left; another state means someone changed it since, and CCE's word is then the news).
            if (result === 'partial' && state === (action === 'register' ? 'registered' : 'notRegistered')) {
              expect(lines.join('\n')).not.toContain(ALL_DEVICES_HAVE_IT);
              expect(lines.filter((line) => line.startsWith('SocialMiner'))).toEqual([
                action === 'register'
                  ? 'SocialMiner did not receive it'
                  : 'SocialMiner still has the old connection data',
              ]);
            }
            // After a deregistration CCE confirmed, the page never says Context Service is not used "yet".
            if (action === 'deregister' && (result === 'saved' || result === 'partial') && state === 'notRegistered') {
              expect(lines.join('\n')).not.toMatch(/\byet\b.*Registering|does not use Context Service yet/);
            }
            // The words are always the state CCE reports.
            expect(lines[0]).toBe(adminEn[`admin.registration.state.${state}`]);
          });
        }
      }
    }
  });
});

describe('newsAfter: which outcome the state is told in the light of', () => {
  const partial: RegistrationNews = { action: 'register', result: 'partial', failedDevices: ['CVP'] };

  it('a busy or failed retry after a partial success keeps the devices that still lack the change', () => {
    expect(newsAfter(partial, { action: 'register', result: 'busy', failedDevices: [] })).toBe(partial);
    expect(newsAfter(partial, { action: 'register', result: 'failed', failedDevices: [] })).toBe(partial);
  });

  it('a saved retry, or a newer partial success, replaces it', () => {
    const saved: RegistrationNews = { action: 'register', result: 'saved', failedDevices: [] };
    expect(newsAfter(partial, saved)).toBe(saved);
    const narrower: RegistrationNews = { action: 'register', result: 'partial', failedDevices: [] };
    expect(newsAfter(partial, narrower)).toBe(narrower);
  });

  it('an answer about the other action replaces it', () => {
    const busy: RegistrationNews = { action: 'deregister', result: 'busy', failedDevices: [] };
    expect(newsAfter(partial, busy)).toBe(busy);
    expect(newsAfter(undefined, busy)).toBe(busy);
  });
});
