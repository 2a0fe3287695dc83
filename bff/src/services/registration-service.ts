import type { Logger } from 'pino';
import type {
  AuditedState,
  Registration,
  RegistrationAuditEntry,
  RegistrationState,
  RegistrationUpdateResult,
} from '../../../shared/api/admin.js';
import type { AdministratorSession } from '../auth/session.js';
import type { NewRegistrationChange, RegistrationChange, RegistrationChangeRepository } from '../store/index.js';
import type { AuditTrail } from './audit-trail.js';
import { AppError, ConflictError, UnauthorizedError, UpstreamRefusedError } from '../errors.js';
import {
  CceAdminBusyError,
  CceAdminNotConfiguredError,
  ConnectionDataTooLargeError,
} from '../ccadmin/ccadmin-errors.js';
import type { ConnectionDataOutcome, Credentials, RegistrationReading } from '../domain/types.js';

/** The CCE Administration calls the registration service makes (CceAdminClient provides them). */
export interface RegistrationAdministration {
  registration(credentials: Credentials, callbackUrl?: string): Promise<RegistrationReading>;
  updateConnectionData(credentials: Credentials, connectionData: string): Promise<ConnectionDataOutcome>;
}

export interface RegistrationServiceOptions {
  /** Undefined in upstream mode without CCE_ADMIN_URL: every call then answers 503 ccadmin_not_configured. */
  readonly client: RegistrationAdministration | undefined;
  /** The registration changes so far, for the audit page. */
  readonly changes: Pick<RegistrationChangeRepository, 'list'>;
  /** Where each change is recorded. */
  readonly trail: AuditTrail<NewRegistrationChange>;
  readonly now: () => Date;
  readonly logger: Logger;
}

type Action = RegistrationChange['action'];

/** What a change leaves behind when CCE took it but its state cannot be read back. */
const EXPECTED_STATE: Readonly<Record<Action, RegistrationState>> = {
  register: 'registered',
  deregister: 'notRegistered',
};

/** How a failed change is audited. */
function resultOf(error: unknown): RegistrationChange['result'] {
  if (error instanceof CceAdminBusyError) return 'busy';
  if (
    error instanceof ConflictError ||
    error instanceof UpstreamRefusedError ||
    error instanceof UnauthorizedError ||
    error instanceof ConnectionDataTooLargeError
  )
    return 'refused';
  return 'failed';
}

/**
 * Context Service registration through CCE Administration (issue 6). Registering and deregistering are one call each
 * (PUT connectionData, "" to deregister); this service reads the state before and after, so that each attempt lands in
 * the audit trail with who, when, from which state to which and how CCE answered. connectionData is passed through,
 * never kept, logged or audited.
 */
export class RegistrationService {
  constructor(private readonly options: RegistrationServiceOptions) {}

  /** A sign-in: CCE Administration answers the registration only to its own users (401 otherwise). */
  async verifyCredentials(credentials: Credentials): Promise<void> {
    await this.cce().registration(credentials);
  }

  async registration(session: AdministratorSession, callbackUrl?: string): Promise<Registration> {
    return this.cce().registration(session.credentials, callbackUrl);
  }

  /** Registers with new connectionData, or deregisters with "". */
  async update(session: AdministratorSession, connectionData: string): Promise<RegistrationUpdateResult> {
    const client = this.cce();
    const action: Action = connectionData === '' ? 'deregister' : 'register';
    let fromState: AuditedState = 'unknown';
    try {
      fromState = (await client.registration(session.credentials)).state;
      const outcome = await client.updateConnectionData(session.credentials, connectionData);
      const state = await this.stateAfter(session, action);
      if (outcome.kind === 'saved') {
        await this.audit(session, { action, fromState, toState: state, result: 'saved' });
        return { result: 'saved', state };
      }
      // CCE's message may name the devices already (the emulator's does); name only those it leaves out.
      const unnamed = outcome.failedDevices.filter((device) => !outcome.message.includes(device));
      const devices = unnamed.length > 0 ? ` Not synchronised: ${unnamed.join(', ')}.` : '';
      await this.audit(session, {
        action,
        fromState,
        toState: state,
        result: 'partial',
        detail: `${outcome.message}${devices}`,
      });
      return { result: 'partial', failedDevices: [...outcome.failedDevices], message: outcome.message, state };
    } catch (caught) {
      const error = asReregisterRefusal(caught, fromState, action);
      await this.audit(session, {
        action,
        fromState,
        toState: fromState,
        result: resultOf(error),
        detail: error instanceof AppError ? error.message : 'unexpected error',
      });
      throw error;
    }
  }

  /** The audit trail, newest first. */
  async auditTrail(limit: number): Promise<RegistrationAuditEntry[]> {
    return (await this.options.changes.list(limit)).map((change) => ({
      id: change.id,
      at: change.at.toISOString(),
      actor: change.actor,
      action: change.action,
      fromState: change.fromState,
      toState: change.toState,
      result: change.result,
      ...(change.detail === null ? {} : { detail: change.detail }),
    }));
  }

  private cce(): NonNullable<RegistrationServiceOptions['client']> {
    if (this.options.client === undefined) throw new CceAdminNotConfiguredError();
    return this.options.client;
  }

  /** The state CCE reports after it took the change; the expected one if it cannot say right now (busy syncing). */
  private async stateAfter(session: AdministratorSession, action: Action): Promise<RegistrationState> {
    try {
      return (await this.cce().registration(session.credentials)).state;
    } catch (error) {
      this.options.logger.warn(
        { reason: error instanceof Error ? error.message : 'unknown' },
        'registration state after a change could not be read',
      );
      return EXPECTED_STATE[action];
    }
  }

  /** The trail must not cost the administrator an answer CCE already gave: the trail logs a failed write, never throws. */
  private async audit(
    session: AdministratorSession,
    change: Omit<RegistrationChange, 'id' | 'at' | 'actor' | 'detail'> & { detail?: string },
  ): Promise<void> {
    await this.options.trail.record({ ...change, at: this.options.now(), actor: session.loginId });
  }
}

/**
 * CCE documents one rule for refusing connectionData of the right size: "you must deregister before reregistering"
 * (only "" or the current value are accepted while registered). A refusal of a registration while registered that
 * CCE's words did not already identify is therefore that rule: 409 deregister_first.
 */
function asReregisterRefusal(error: unknown, fromState: AuditedState, action: Action): unknown {
  if (
    !(error instanceof UpstreamRefusedError) ||
    error.status !== 400 ||
    fromState !== 'registered' ||
    action !== 'register'
  )
    return error;
  return new ConflictError(
    'deregister_first',
    'Context Service is registered with other connection data: deregister first, then register again',
    error.details,
  );
}
