import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { NoteOutboxTable, StoreSchema } from './schema.js';
import { fromStoredTime, toStoredTime } from './stored-time.js';

export type NoteDeliveryStatus = 'queued' | 'delivered' | 'failed';

export interface OutboxNote {
  readonly noteId: string;
  readonly seq: number;
  readonly loginId: string;
  readonly idempotencyKey: string;
  readonly customerId: string;
  readonly text: string;
  readonly requestId: string | null;
  readonly activityId: string | null;
  readonly dialogId: string | null;
  /** The author's name when the note was written (absent on notes queued before it was kept). */
  readonly authorName: string | null;
  readonly status: NoteDeliveryStatus;
  readonly attempts: number;
  readonly nextAttemptAt: Date;
  readonly lastError: string | null;
  readonly deliveredActivityId: string | null;
  readonly createdAt: Date;
}

export type NewOutboxNote = Pick<
  OutboxNote,
  'loginId' | 'idempotencyKey' | 'customerId' | 'text' | 'requestId' | 'activityId' | 'dialogId' | 'authorName'
>;

export interface NoteOutboxRepository {
  /** Store a note, or answer the one already stored under the same login and Idempotency-Key. */
  enqueue(note: NewOutboxNote, now: Date): Promise<{ note: OutboxNote; created: boolean }>;
  find(noteId: string): Promise<OutboxNote | undefined>;
  /** The agent's note queued under this Idempotency-Key, if any. */
  findByKey(loginId: string, idempotencyKey: string): Promise<OutboxNote | undefined>;
  /**
   * Notes to deliver now: for each customer only the oldest note still queued (so a customer's notes arrive in the
   * order they were written), and only once its next attempt is due.
   */
  due(now: Date, limit: number): Promise<OutboxNote[]>;
  markDelivered(noteId: string, deliveredActivityId: string, now: Date): Promise<void>;
  markRetry(noteId: string, attempts: number, nextAttemptAt: Date, lastError: string, now: Date): Promise<void>;
  markFailed(noteId: string, attempts: number, lastError: string, now: Date): Promise<void>;
  /** How many notes wait for delivery (for /readyz and metrics). */
  countQueued(): Promise<number>;
}

function toNote(row: Selectable<NoteOutboxTable>): OutboxNote {
  return {
    noteId: row.note_id,
    seq: row.seq,
    loginId: row.login_id,
    idempotencyKey: row.idempotency_key,
    customerId: row.customer_id,
    text: row.text,
    requestId: row.request_id,
    activityId: row.activity_id,
    dialogId: row.dialog_id,
    authorName: row.author_name,
    status: row.status as NoteDeliveryStatus,
    attempts: row.attempts,
    nextAttemptAt: fromStoredTime(row.next_attempt_at),
    lastError: row.last_error,
    deliveredActivityId: row.delivered_activity_id,
    createdAt: fromStoredTime(row.created_at),
  };
}

export function createNoteOutboxRepository(db: Kysely<StoreSchema>): NoteOutboxRepository {
  const find = async (noteId: string) => {
    const row = await db.selectFrom('note_outbox').selectAll().where('note_id', '=', noteId).executeTakeFirst();
    return row ? toNote(row) : undefined;
  };
  return {
    enqueue: (note, now) =>
      db.transaction().execute(async (transaction) => {
        const existing = await transaction
          .selectFrom('note_outbox')
          .selectAll()
          .where('login_id', '=', note.loginId)
          .where('idempotency_key', '=', note.idempotencyKey)
          .executeTakeFirst();
        if (existing) return { note: toNote(existing), created: false };
        const last = await transaction
          .selectFrom('note_outbox')
          .select((eb) => eb.fn.max('seq').as('seq'))
          .executeTakeFirst();
        const at = toStoredTime(now);
        const row: NoteOutboxTable = {
          note_id: randomUUID(),
          seq: (last?.seq ?? 0) + 1,
          login_id: note.loginId,
          idempotency_key: note.idempotencyKey,
          customer_id: note.customerId,
          text: note.text,
          request_id: note.requestId,
          activity_id: note.activityId,
          dialog_id: note.dialogId,
          author_name: note.authorName,
          status: 'queued',
          attempts: 0,
          next_attempt_at: at,
          last_error: null,
          delivered_activity_id: null,
          created_at: at,
          updated_at: at,
        };
        await transaction.insertInto('note_outbox').values(row).execute();
        return { note: toNote(row), created: true };
      }),
    find,
    async findByKey(loginId, idempotencyKey) {
      const row = await db
        .selectFrom('note_outbox')
        .selectAll()
        .where('login_id', '=', loginId)
        .where('idempotency_key', '=', idempotencyKey)
        .executeTakeFirst();
      return row ? toNote(row) : undefined;
    },
    async due(now, limit) {
      const queued = await db
        .selectFrom('note_outbox')
        .selectAll()
        .where('status', '=', 'queued')
        .orderBy('seq')
        .execute();
      const heads = new Map<string, OutboxNote>();
      for (const row of queued) if (!heads.has(row.customer_id)) heads.set(row.customer_id, toNote(row));
      return [...heads.values()].filter((note) => note.nextAttemptAt.getTime() <= now.getTime()).slice(0, limit);
    },
    async markDelivered(noteId, deliveredActivityId, now) {
      await db
        .updateTable('note_outbox')
        .set((eb) => ({
          status: 'delivered',
          delivered_activity_id: deliveredActivityId,
          attempts: eb('attempts', '+', 1),
          last_error: null,
          updated_at: toStoredTime(now),
        }))
        .where('note_id', '=', noteId)
        .execute();
    },
    async markRetry(noteId, attempts, nextAttemptAt, lastError, now) {
      await db
        .updateTable('note_outbox')
        .set({
          attempts,
          next_attempt_at: toStoredTime(nextAttemptAt),
          last_error: lastError.slice(0, 300),
          updated_at: toStoredTime(now),
        })
        .where('note_id', '=', noteId)
        .execute();
    },
    async markFailed(noteId, attempts, lastError, now) {
      await db
        .updateTable('note_outbox')
        .set({ status: 'failed', attempts, last_error: lastError.slice(0, 300), updated_at: toStoredTime(now) })
        .where('note_id', '=', noteId)
        .execute();
    },
    async countQueued() {
      const result = await db
        .selectFrom('note_outbox')
        .select((eb) => eb.fn.countAll().as('count'))
        .where('status', '=', 'queued')
        .executeTakeFirst();
      return Number(result?.count ?? 0);
    },
  };
}
