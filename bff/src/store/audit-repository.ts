import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { AuditEventsTable, StoreSchema } from './schema.js';
import { fromStoredTime, toStoredTime } from './stored-time.js';
import { AUDIT_ACTIONS, AUDIT_LIST_LIMIT_MAX, AUDIT_OUTCOMES, type AuditEvent, type AuditRepository } from './types.js';

/** Detail is a short explanation, not a payload; longer text is cut rather than losing the event. */
const DETAIL_MAX_CHARS = 500;

const StoredAction = z.enum(AUDIT_ACTIONS);
const StoredOutcome = z.enum(AUDIT_OUTCOMES);

export function createAuditRepository(db: Kysely<StoreSchema>): AuditRepository {
  return {
    async record(event) {
      const stored: AuditEvent = {
        id: randomUUID(),
        at: event.at,
        actor: event.actor,
        action: event.action,
        subject: event.subject ?? null,
        outcome: event.outcome,
        detail: shorten(event.detail ?? null),
      };
      await db
        .insertInto('audit_events')
        .values({ ...stored, at: toStoredTime(stored.at) })
        .execute();
      return stored;
    },

    async list({ actor, action, limit, before }) {
      if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_LIST_LIMIT_MAX) {
        throw new RangeError(`audit list limit must be an integer from 1 to ${AUDIT_LIST_LIMIT_MAX}`);
      }
      let query = db.selectFrom('audit_events').selectAll();
      if (actor !== undefined) query = query.where('actor', '=', actor);
      if (action !== undefined) query = query.where('action', '=', action);
      if (before !== undefined) query = query.where('at', '<', toStoredTime(before));
      // The id breaks ties between events of the same millisecond, so paging gives the same order every time.
      const rows = await query.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute();
      return rows.map(fromRow);
    },
  };
}

function shorten(detail: string | null): string | null {
  return detail !== null && detail.length > DETAIL_MAX_CHARS ? `${detail.slice(0, DETAIL_MAX_CHARS - 1)}…` : detail;
}

function fromRow(row: Selectable<AuditEventsTable>): AuditEvent {
  return {
    id: row.id,
    at: fromStoredTime(row.at),
    actor: row.actor,
    action: StoredAction.parse(row.action),
    subject: row.subject,
    outcome: StoredOutcome.parse(row.outcome),
    detail: row.detail,
  };
}
