import type { NoteInput, NoteStatus } from '../../../shared/api/context.js';
import type { Agent } from '../../../shared/api/agent.js';
import type { Session } from '../auth/session.js';
import type { NewAuditEvent, NoteOutboxRepository, OutboxNote } from '../store/index.js';
import type { AuditTrail } from './audit-trail.js';
import { InvalidRequestError, NotFoundError } from '../errors.js';

const IDEMPOTENCY_KEY = /^[\x21-\x7E]{1,128}$/;

export function noteStatus(note: OutboxNote): NoteStatus {
  return {
    noteId: note.noteId,
    status: note.status,
    attempts: note.attempts,
    ...(note.deliveredActivityId === null ? {} : { activityId: note.deliveredActivityId }),
    ...(note.lastError === null ? {} : { lastError: note.lastError }),
  };
}

/** How a note names its author: the agent's name, or nothing when Finesse has not been heard yet. */
export function authorNameOf(agent: Agent | undefined): string | undefined {
  const name = agent === undefined ? '' : `${agent.firstName} ${agent.lastName}`.trim();
  return name === '' ? undefined : name;
}

/**
 * Agents' notes: written to the durable outbox before the agent gets an answer, so a note is never lost whatever
 * Context Service is doing; NoteDelivery takes it from there.
 */
export class NoteService {
  constructor(
    private readonly outbox: NoteOutboxRepository,
    private readonly audit: AuditTrail<NewAuditEvent>,
    private readonly wake: () => void,
    private readonly now: () => Date,
    /** Whether the agent's session may name this call: one of their own calls, now or just ended. */
    private readonly ownsCall: (session: Session, dialogId: string) => Promise<boolean>,
    /** The agent's name as last heard from Finesse, without asking it again: a note is queued even when Finesse is down. */
    private readonly authorName: (session: Session) => string | undefined,
  ) {}

  async add(
    session: Session,
    customerId: string,
    input: NoteInput,
    idempotencyKey: string | undefined,
  ): Promise<{ status: NoteStatus; created: boolean }> {
    if (idempotencyKey === undefined || !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new InvalidRequestError(
        'Idempotency-Key: is required, 1 to 128 visible ASCII characters (a UUID per note)',
      );
    }
    // Another agent's call is answered as unknown, as the call routes answer it, and nothing is queued. A replay of
    // a note already queued is answered with it even when its call has since been forgotten (a reload, a restart).
    const queued = await this.outbox.findByKey(session.loginId, idempotencyKey);
    if (queued) return { status: noteStatus(queued), created: false };
    if (input.dialogId !== undefined && !(await this.ownsCall(session, input.dialogId))) {
      throw new NotFoundError(`No call ${input.dialogId} among your calls`);
    }
    const { note, created } = await this.outbox.enqueue(
      {
        loginId: session.loginId,
        idempotencyKey,
        customerId,
        text: input.text,
        requestId: input.requestId ?? null,
        activityId: input.activityId ?? null,
        dialogId: input.dialogId ?? null,
        authorName: this.authorName(session) ?? null,
      },
      this.now(),
    );
    if (created) {
      await this.audit.record({
        at: this.now(),
        actor: session.loginId,
        action: 'note.queued',
        subject: customerId.slice(0, 64),
        outcome: 'ok',
      });
      this.wake();
    }
    return { status: noteStatus(note), created };
  }

  /** A note's delivery status; only its author may read it. */
  async status(session: Session, noteId: string): Promise<NoteStatus> {
    const note = await this.outbox.find(noteId);
    if (!note || note.loginId !== session.loginId) throw new NotFoundError(`No note ${noteId}`);
    return noteStatus(note);
  }
}
