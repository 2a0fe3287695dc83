import type { REGISTRATION_RESULTS, RegistrationState } from '../../../../shared/api/admin.js';
import type { AdminMessageKey } from '../i18n/admin-i18n.js';
import type { UpdateAction } from '../registration-outcome/update-outcome.js';

/** The devices the Principal AW pushes connection data to (CCE's registration workflow: "CVP, Finesse, and SocialMiner"). */
export const CONNECTION_DATA_DEVICES = ['CVP', 'Finesse', 'SocialMiner'] as const;

export type AttemptResult = (typeof REGISTRATION_RESULTS)[number];

/** What this page last heard from CCE about a change: the news the state text must agree with. */
export interface RegistrationNews {
  readonly action: UpdateAction;
  readonly result: AttemptResult;
  /** For a partial success: the devices CCE names as not synchronised. */
  readonly failedDevices: readonly string[];
}

/** One device and whether it has the change, in words. */
export interface DeviceLine {
  readonly device: string;
  readonly words: AdminMessageKey;
  readonly reached: boolean;
}

/** The registration in words: the state, what it means, and, after a partial success, device by device. */
export interface RegistrationText {
  readonly words: AdminMessageKey;
  readonly explanation: AdminMessageKey;
  readonly devices: readonly DeviceLine[];
}

const STATE_WORDS: Readonly<Record<RegistrationState, AdminMessageKey>> = {
  notRegistered: 'admin.registration.state.notRegistered',
  registered: 'admin.registration.state.registered',
  invalid: 'admin.registration.state.invalid',
};

const STATE_EXPLANATIONS: Readonly<Record<RegistrationState, AdminMessageKey>> = {
  notRegistered: 'admin.registration.explain.notRegistered',
  registered: 'admin.registration.explain.registered',
  invalid: 'admin.registration.explain.invalid',
};

/** The state each outcome leaves CCE in; news about another state is stale (someone changed it since) and says nothing. */
function stateAfter(news: RegistrationNews): RegistrationState | undefined {
  if (news.result === 'refused') return 'registered';
  if (news.result === 'saved' || news.result === 'partial')
    return news.action === 'register' ? 'registered' : 'notRegistered';
  return undefined;
}

/**
 * A busy, refused or failed retry changes nothing on the devices, so the devices a partial success missed still lack
 * the change: that news stays until a later answer says otherwise.
 */
export function newsAfter(previous: RegistrationNews | undefined, latest: RegistrationNews): RegistrationNews {
  const changedNothing = latest.result === 'busy' || latest.result === 'failed';
  if (changedNothing && previous?.result === 'partial' && previous.action === latest.action) return previous;
  return latest;
}

function deviceLines(news: RegistrationNews): DeviceLine[] {
  const register = news.action === 'register';
  const missed = (device: string) => news.failedDevices.some((failed) => failed.toLowerCase() === device.toLowerCase());
  const missedLine = (device: string): DeviceLine => ({
    device,
    reached: false,
    words: register ? 'admin.registration.device.notReceived' : 'admin.registration.device.stillHolds',
  });
  // CCE may name a device otherwise (a host name): then only what it said is certain, not who else has the change.
  const allKnown = news.failedDevices.every((failed) =>
    CONNECTION_DATA_DEVICES.some((device) => device.toLowerCase() === failed.toLowerCase()),
  );
  if (!allKnown) return news.failedDevices.map(missedLine);
  return CONNECTION_DATA_DEVICES.map((device) =>
    missed(device)
      ? missedLine(device)
      : {
          device,
          reached: true,
          words: register ? 'admin.registration.device.received' : 'admin.registration.device.removed',
        },
  );
}

/** The one place the registration's words come from: CCE's state, told in the light of the last outcome on this page. */
export function registrationText(state: RegistrationState, news: RegistrationNews | undefined): RegistrationText {
  const plain: RegistrationText = { words: STATE_WORDS[state], explanation: STATE_EXPLANATIONS[state], devices: [] };
  if (news === undefined || stateAfter(news) !== state) return plain;
  const register = news.action === 'register';
  switch (news.result) {
    case 'partial':
      return {
        ...plain,
        explanation: register
          ? 'admin.registration.explain.registeredPartly'
          : 'admin.registration.explain.deregisteredPartly',
        devices: deviceLines(news),
      };
    case 'saved':
      return register ? plain : { ...plain, explanation: 'admin.registration.explain.deregistered' };
    case 'refused':
      return { ...plain, explanation: 'admin.registration.explain.registeredOtherData' };
    default:
      return plain;
  }
}
