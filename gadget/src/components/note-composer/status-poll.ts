import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Asks for the status of queued notes every few seconds while there are any, as a fallback for the event stream
 * (down, or a note from before a reload). One round at a time; it stops with its host.
 */
export class StatusPoll implements ReactiveController {
  readonly #every: number;
  readonly #queued: () => readonly string[];
  readonly #check: (noteId: string) => Promise<void>;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #connected = false;

  constructor(
    host: ReactiveControllerHost,
    options: { everyMs: number; queued: () => readonly string[]; check: (noteId: string) => Promise<void> },
  ) {
    this.#every = options.everyMs;
    this.#queued = options.queued;
    this.#check = options.check;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#schedule();
  }

  hostDisconnected(): void {
    this.#connected = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** After each render: a note that just became queued starts the polling. */
  hostUpdated(): void {
    this.#schedule();
  }

  #schedule(): void {
    if (!this.#connected || this.#timer !== undefined || this.#queued().length === 0) return;
    this.#timer = setTimeout(() => void this.#round(), this.#every);
  }

  async #round(): Promise<void> {
    try {
      await Promise.all(this.#queued().map((noteId) => this.#check(noteId)));
    } finally {
      this.#timer = undefined;
      this.#schedule();
    }
  }
}
