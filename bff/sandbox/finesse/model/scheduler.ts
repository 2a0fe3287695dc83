/** Time as the emulator sees it, so model tests can run timers (wrap-up, ringing) without waiting. */
export interface Scheduler {
  now(): Date;
  /** Run `task` after `ms`; the returned function cancels it. */
  after(ms: number, task: () => void): () => void;
}

export const realScheduler: Scheduler = {
  now: () => new Date(),
  after(ms, task) {
    const timer = setTimeout(task, ms);
    // Emulator timers must never keep a finished test or a stopping process alive.
    timer.unref();
    return () => clearTimeout(timer);
  },
};
