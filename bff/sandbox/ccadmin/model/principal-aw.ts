import type { Device, SyncBehaviour } from './devices.js';
import { DEVICES, ORDINARY_SYNC } from './devices.js';
import type { Registration, RegistrationChange, RegistrationState } from './registration-rules.js';
import { NOT_REGISTERED, judgeUpdate } from './registration-rules.js';

export type UpdateOutcome =
  /** 200: saved in the AW DB and synchronised with every device. */
  | { readonly kind: 'saved'; readonly registration: Registration; readonly change: RegistrationChange }
  /** 201: saved in the AW DB, but these devices did not take it. */
  | {
      readonly kind: 'partial';
      readonly registration: Registration;
      readonly change: RegistrationChange;
      readonly failedDevices: readonly Device[];
    }
  /** 503: a sync to the devices is still in progress. */
  | { readonly kind: 'busy'; readonly retryAfterMs: number }
  /** The AW DB update failed; nothing changed. */
  | { readonly kind: 'awFailure' }
  | { readonly kind: 'tooLong'; readonly bytes: number }
  | { readonly kind: 'deregisterFirst' };

/** What `GET /sandbox/state` shows: never the connection data itself. */
export interface PrincipalAwSnapshot {
  readonly state: RegistrationState;
  readonly syncInProgress: boolean;
  readonly sync: SyncBehaviour;
}

/**
 * The Principal AW as the Context Service Registration API sees it: the registration in the AW database, the push of
 * connection data to CVP, Finesse and SocialMiner, and how that push is set to fare. Free of HTTP; time comes from
 * `now` so the sync window is testable.
 */
export class PrincipalAw {
  private current: Registration = NOT_REGISTERED;
  private behaviour: SyncBehaviour = ORDINARY_SYNC;
  private syncUntil = 0;

  constructor(
    private readonly issueConnectionData: () => string,
    private readonly now: () => number = Date.now,
  ) {}

  get registration(): Registration {
    return this.current;
  }

  /**
   * Applies a PUT of connectionData. Checks run in the order a server would meet them: the value itself, then the
   * running sync, then the registration rule, then the database, then the devices.
   */
  update(connectionData: string): UpdateOutcome {
    const verdict = judgeUpdate(this.current, connectionData);
    if (verdict.kind === 'tooLong') return verdict;
    const retryAfterMs = this.syncUntil - this.now();
    if (retryAfterMs > 0) return { kind: 'busy', retryAfterMs };
    if (verdict.kind === 'deregisterFirst') return verdict;
    if (this.behaviour.awDatabaseFailure) return { kind: 'awFailure' };

    this.current = verdict.next;
    this.syncUntil = this.now() + this.behaviour.busyMs;
    // Listed in a fixed order, whatever order the control request gave.
    const failedDevices = DEVICES.filter((device) => this.behaviour.failDevices.includes(device));
    return failedDevices.length === 0
      ? { kind: 'saved', registration: this.current, change: verdict.change }
      : { kind: 'partial', registration: this.current, change: verdict.change, failedDevices };
  }

  /**
   * Forces a state (sandbox control). Registered or invalid without connection data gets freshly issued data that no
   * client knows, so only "" (deregister) or a reregistration from `invalid` can move on from there.
   */
  force(state: RegistrationState): void {
    if (state === 'notRegistered') this.current = NOT_REGISTERED;
    else
      this.current = {
        state,
        connectionData: this.current.connectionData === '' ? this.issueConnectionData() : this.current.connectionData,
      };
  }

  configureSync(behaviour: SyncBehaviour): void {
    this.behaviour = behaviour;
  }

  syncInProgress(): boolean {
    return this.syncUntil > this.now();
  }

  snapshot(): PrincipalAwSnapshot {
    return {
      state: this.current.state,
      syncInProgress: this.syncInProgress(),
      sync: { ...this.behaviour, failDevices: [...this.behaviour.failDevices] },
    };
  }

  reset(): void {
    this.current = NOT_REGISTERED;
    this.behaviour = ORDINARY_SYNC;
    this.syncUntil = 0;
  }
}
