// Which session owns which full JID. RFC 6120 §7.7.2.2 lets the newest bind of a full JID win ("override"), so
// claiming hands back the previous owner for the caller to disconnect, and releasing only removes the entry
// when it still belongs to the releasing session (a kicked session must not evict its replacement).
// Keys are compared exactly: the local part is the directory's canonical loginId, the domain is the server's,
// and resourceparts are case-sensitive (RFC 7622 §3.4).

export class BoundSessions<TSession extends object> {
  readonly #byFullJid = new Map<string, TSession>();

  /** Record `session` as the owner of `fullJid`; returns the session it replaced, if any. */
  claim(fullJid: string, session: TSession): TSession | undefined {
    const previous = this.#byFullJid.get(fullJid);
    this.#byFullJid.set(fullJid, session);
    return previous === session ? undefined : previous;
  }

  release(fullJid: string, session: TSession): void {
    if (this.#byFullJid.get(fullJid) === session) this.#byFullJid.delete(fullJid);
  }

  get size(): number {
    return this.#byFullJid.size;
  }
}
