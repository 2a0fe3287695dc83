const WINDOW_MS = 60_000;

interface Window {
  readonly startedAt: number;
  used: number;
}

/**
 * Webex Contact Center's per-client request budget (developer.webex.com rate-limiting: 300 requests a minute per client
 * id by default; an older copy said 50, so it is configurable). A refused request is not processed and is not counted.
 * The window is fixed and starts at a client's first request: the document does not say how Cisco counts.
 */
export class RateBudget {
  private windows = new Map<string, Window>();

  constructor(
    private readonly now: () => number,
    public perMinute: number,
  ) {}

  /** Undefined when the request may go on, else the seconds to wait (the `Retry-After` value). */
  take(clientId: string): number | undefined {
    const now = this.now();
    let window = this.windows.get(clientId);
    if (!window || now - window.startedAt >= WINDOW_MS) {
      window = { startedAt: now, used: 0 };
      this.windows.set(clientId, window);
    }
    if (window.used >= this.perMinute) return Math.max(1, Math.ceil((window.startedAt + WINDOW_MS - now) / 1000));
    window.used += 1;
    return undefined;
  }

  clear(): void {
    this.windows = new Map();
  }
}
