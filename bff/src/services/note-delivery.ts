import type { Logger } from 'pino';
import type { ContextStore } from '../context/context-store.js';
import type { NoteOutboxRepository, OutboxNote } from '../store/index.js';
import { AppError } from '../errors.js';
import type { Clock, Random } from '../clock.js';

export interface NoteDeliveryOptions {
  readonly outbox: NoteOutboxRepository;
  readonly context: Pick<ContextStore, 'addNote'>;
  /** When notes are due and when the worker looks again. */
  readonly clock: Clock;
  /** The jitter of retry delays. */
  readonly random: Random;
  readonly logger: Logger;
  /** Told of every note that reached a final state (delivered or failed), to tell the agent. */
  readonly onSettled?: (note: OutboxNote) => void;
  /** How often to look for due notes when nothing wakes the worker. */
  readonly pollMs?: number;
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
}

/** Refusals that retrying cannot fix; anything else (unreachable, 5xx, timeouts) is tried again. */
function isPermanent(error: unknown): boolean {
  return (
    error instanceof AppError &&
    error.status >= 400 &&
    error.status < 500 &&
    error.status !== 408 &&
    error.status !== 429
  );
}

/**
 * Delivers the note outbox to the context store. Each customer's notes go one at a time, oldest first; a note the
 * store cannot take now is tried again after an exponentially growing, fully jittered delay (so a recovering Context
 * Service is not hit by every node at once), kept in the store so a restart resumes where the last run stopped.
 * Delivery is idempotent (the note id travels as the store's idempotency key), so a crash between the store's
 * answer and marking the note delivered cannot make a second copy.
 */
export class NoteDelivery {
  private cancelTimer: (() => void) | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(private readonly options: NoteDeliveryOptions) {}

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Look now (a note was just queued). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) this.again = true;
    else this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.cancelTimer?.();
    await this.idle();
  }

  /** Resolves once the delivery round under way (if any) has ended and the next look is scheduled. */
  async idle(): Promise<void> {
    await this.running;
  }

  private schedule(delayMs: number): void {
    this.cancelTimer?.();
    this.cancelTimer = this.options.clock.after(delayMs, () => {
      this.running = this.drain().finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        const next = this.again ? 0 : (this.options.pollMs ?? 1000);
        this.again = false;
        this.schedule(next);
      });
    });
  }

  /** Deliver until nothing is due: a delivered note makes its customer's next one due at once. */
  private async drain(): Promise<void> {
    for (;;) {
      if (this.stopped) return;
      let due: OutboxNote[];
      try {
        due = await this.options.outbox.due(this.options.clock.now(), 50);
      } catch (error) {
        this.options.logger.warn(
          { reason: error instanceof Error ? error.message : 'unknown' },
          'note outbox unreadable',
        );
        return;
      }
      if (due.length === 0) return;
      const outcomes = await Promise.all(due.map((note) => this.deliver(note)));
      // Stop when nothing moved forward this round (every due note was postponed).
      if (!outcomes.some((delivered) => delivered)) return;
    }
  }

  private async deliver(note: OutboxNote): Promise<boolean> {
    const { outbox, clock, logger } = this.options;
    const attempts = note.attempts + 1;
    try {
      const { activityId } = await this.options.context.addNote({
        customerId: note.customerId,
        text: note.text,
        contributor: note.loginId,
        ...(note.authorName === null ? {} : { contributorName: note.authorName }),
        idempotencyKey: note.noteId,
        ...(note.requestId === null ? {} : { requestId: note.requestId }),
        ...(note.activityId === null ? {} : { activityId: note.activityId }),
      });
      await outbox.markDelivered(note.noteId, activityId, clock.now());
      this.options.onSettled?.({
        ...note,
        status: 'delivered',
        attempts,
        deliveredActivityId: activityId,
        lastError: null,
      });
      return true;
    } catch (error) {
      const reason = error instanceof Error ? error.message : 'unknown error';
      if (isPermanent(error)) {
        await outbox.markFailed(note.noteId, attempts, reason, clock.now());
        logger.warn({ noteId: note.noteId, reason }, 'note refused by the context store');
        this.options.onSettled?.({ ...note, status: 'failed', attempts, lastError: reason });
        return true;
      }
      const base = this.options.baseDelayMs ?? 1000;
      const ceiling = Math.min(this.options.maxDelayMs ?? 60_000, base * 2 ** Math.min(attempts - 1, 16));
      // Full jitter, never below half the base delay.
      const delay = Math.max(base / 2, this.options.random.fraction() * ceiling);
      await outbox.markRetry(note.noteId, attempts, new Date(clock.now().getTime() + delay), reason, clock.now());
      logger.info({ noteId: note.noteId, attempts, delayMs: Math.round(delay), reason }, 'note delivery postponed');
      return false;
    }
  }
}
