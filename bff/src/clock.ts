/**
 * Time and chance, injected wherever they decide behaviour (retry delays and their jitter, expiries), so that tests
 * move time themselves instead of waiting on it. The composition root hands out the real ones.
 */
export interface Clock {
  now(): Date;
  /** Run `task` after `ms`; the returned function cancels it. */
  after(ms: number, task: () => void): () => void;
}

/** A source of chance, for jitter. */
export interface Random {
  /** A number in [0, 1). */
  fraction(): number;
}

export const realClock: Clock = {
  now: () => new Date(),
  after(ms, task) {
    const timer = setTimeout(task, ms);
    // Background timers must never keep a stopping process (or a finished test) alive.
    timer.unref();
    return () => clearTimeout(timer);
  },
};

export const realRandom: Random = { fraction: () => Math.random() };
