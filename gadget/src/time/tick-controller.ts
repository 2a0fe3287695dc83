import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Re-renders its host once a second while it is on the page, for clocks that count up; stops when it leaves. */
export class TickController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #timer: ReturnType<typeof setInterval> | undefined;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#timer ??= setInterval(() => this.#host.requestUpdate(), 1000);
  }

  hostDisconnected(): void {
    clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** The instant the clocks are drawn for. */
  now(): number {
    return Date.now();
  }
}
