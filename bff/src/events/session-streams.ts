/** Open event streams by session token hash, so that ending a session closes its streams at once. */
export class SessionStreams {
  private readonly byToken = new Map<string, Set<() => void>>();

  add(tokenHash: string, close: () => void): () => void {
    const set = this.byToken.get(tokenHash) ?? new Set();
    set.add(close);
    this.byToken.set(tokenHash, set);
    return () => {
      set.delete(close);
      if (set.size === 0) this.byToken.delete(tokenHash);
    };
  }

  closeAll(tokenHash?: string): void {
    const sets = tokenHash === undefined ? [...this.byToken.values()] : [this.byToken.get(tokenHash) ?? new Set()];
    for (const set of sets) for (const close of [...set]) close();
  }
}
