import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { AuditedState, REGISTRATION_ACTIONS, REGISTRATION_RESULTS } from '../../../shared/api/admin.js';
import type { AuditedState as State } from '../../../shared/api/admin.js';
import { z } from 'zod';
import type { RegistrationChangesTable, StoreSchema } from './schema.js';
import { fromStoredTime, toStoredTime } from './stored-time.js';

/** One attempt to change the Context Service registration, as the audit trail keeps it. Never holds connectionData. */
export interface RegistrationChange {
  readonly id: string;
  readonly at: Date;
  /** The CCE Administration user. */
  readonly actor: string;
  readonly action: (typeof REGISTRATION_ACTIONS)[number];
  readonly fromState: State;
  readonly toState: State;
  readonly result: (typeof REGISTRATION_RESULTS)[number];
  /** A short, secret-free explanation: CCE's reason, the devices not synchronised. */
  readonly detail: string | null;
}

export type NewRegistrationChange = Omit<RegistrationChange, 'id' | 'detail'> & { readonly detail?: string | null };

export interface RegistrationChangeRepository {
  record(change: NewRegistrationChange): Promise<RegistrationChange>;
  /** Newest first; `limit` from 1 to 500. */
  list(limit: number): Promise<RegistrationChange[]>;
}

const DETAIL_MAX_CHARS = 500;
const LIST_LIMIT_MAX = 500;
const StoredAction = z.enum(REGISTRATION_ACTIONS);
const StoredResult = z.enum(REGISTRATION_RESULTS);

export function createRegistrationChangeRepository(db: Kysely<StoreSchema>): RegistrationChangeRepository {
  return {
    record: (change) =>
      db.transaction().execute(async (transaction) => {
        const last = await transaction
          .selectFrom('registration_changes')
          .select((eb) => eb.fn.max('seq').as('seq'))
          .executeTakeFirst();
        const stored: RegistrationChange = { ...change, id: randomUUID(), detail: shorten(change.detail ?? null) };
        await transaction
          .insertInto('registration_changes')
          .values({
            id: stored.id,
            seq: (last?.seq ?? 0) + 1,
            at: toStoredTime(stored.at),
            actor: stored.actor,
            action: stored.action,
            from_state: stored.fromState,
            to_state: stored.toState,
            result: stored.result,
            detail: stored.detail,
          })
          .execute();
        return stored;
      }),

    async list(limit) {
      if (!Number.isInteger(limit) || limit < 1 || limit > LIST_LIMIT_MAX)
        throw new RangeError(`registration change list limit must be an integer from 1 to ${LIST_LIMIT_MAX}`);
      const rows = await db
        .selectFrom('registration_changes')
        .selectAll()
        .orderBy('seq', 'desc')
        .limit(limit)
        .execute();
      return rows.map(fromRow);
    },
  };
}

function shorten(detail: string | null): string | null {
  return detail !== null && detail.length > DETAIL_MAX_CHARS ? `${detail.slice(0, DETAIL_MAX_CHARS - 1)}…` : detail;
}

function fromRow(row: Selectable<RegistrationChangesTable>): RegistrationChange {
  return {
    id: row.id,
    at: fromStoredTime(row.at),
    actor: row.actor,
    action: StoredAction.parse(row.action),
    fromState: AuditedState.parse(row.from_state),
    toState: AuditedState.parse(row.to_state),
    result: StoredResult.parse(row.result),
    detail: row.detail,
  };
}
