/** A note on its way: written here before it is sent, kept until Context Service has it. */
export interface OutboxEntry {
  /** The Idempotency-Key: sending the same entry again never makes a second note. */
  readonly key: string;
  readonly text: string;
  readonly customerId: string;
  readonly requestId?: string;
  readonly dialogId?: string;
  /** Set once the BFF accepted the note (202); absent while the answer is still unknown. */
  readonly noteId?: string;
}

/** The part of the Web Storage API the outbox uses (localStorage in the page, a fake in unit tests). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** What the agent is typing for one customer, with the key of a send the BFF refused (a retry reuses it). */
export interface Draft {
  readonly text: string;
  readonly retry?: { readonly key: string; readonly text: string };
}

/**
 * A fresh Idempotency-Key (a UUID v4). crypto.randomUUID exists only in secure contexts; a standalone tab served over
 * plain HTTP still has getRandomValues.
 */
export function newIdempotencyKey(): string {
  const randomUUID = (crypto as Partial<typeof crypto>).randomUUID;
  if (randomUUID !== undefined) return randomUUID.call(crypto);
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isOptionalString = (value: unknown): boolean => value === undefined || typeof value === 'string';

function isEntry(value: unknown): value is OutboxEntry {
  return (
    isRecord(value) &&
    typeof value.key === 'string' &&
    typeof value.text === 'string' &&
    typeof value.customerId === 'string' &&
    isOptionalString(value.requestId) &&
    isOptionalString(value.dialogId) &&
    isOptionalString(value.noteId)
  );
}

function isDraft(value: unknown): value is Draft {
  if (!isRecord(value) || typeof value.text !== 'string') return false;
  const retry = value.retry;
  return retry === undefined || (isRecord(retry) && typeof retry.key === 'string' && typeof retry.text === 'string');
}

function parse(raw: string | null): unknown {
  if (raw === null) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The agent's unsent words in localStorage, so that neither a reload nor a refused send loses them: the outbox of
 * notes not yet delivered, and one draft per customer. Keys carry the agent's id so that agents sharing a browser
 * never send each other's notes. Storage that refuses (blocked in a frame, full) falls back to this page's memory.
 */
export class NoteOutbox {
  /** localStorage, if this page may use it (a frame with storage blocked throws on the mere access). */
  static pageStorage(): KeyValueStore | undefined {
    try {
      return (globalThis as { localStorage?: KeyValueStore }).localStorage;
    } catch {
      return undefined;
    }
  }

  readonly #storage: KeyValueStore | undefined;
  readonly #prefix: string;
  readonly #memory = new Map<string, string>();
  #failed = false;

  constructor(storage: KeyValueStore | undefined, owner: string) {
    this.#storage = storage;
    this.#prefix = `context-desk.notes.${owner}.`;
  }

  entries(): OutboxEntry[] {
    const stored = parse(this.#read('outbox'));
    return Array.isArray(stored) ? stored.filter(isEntry) : [];
  }

  put(entry: OutboxEntry): void {
    this.#write('outbox', JSON.stringify([...this.entries().filter((other) => other.key !== entry.key), entry]));
  }

  remove(key: string): void {
    const rest = this.entries().filter((entry) => entry.key !== key);
    if (rest.length === 0) this.#delete('outbox');
    else this.#write('outbox', JSON.stringify(rest));
  }

  draft(customerId: string): Draft | undefined {
    const stored = parse(this.#read(`draft.${customerId}`));
    return isDraft(stored) ? stored : undefined;
  }

  /** An empty draft without a refused send is removed rather than stored. */
  saveDraft(customerId: string, draft: Draft): void {
    const name = `draft.${customerId}`;
    if (draft.text === '' && draft.retry === undefined) this.#delete(name);
    else this.#write(name, JSON.stringify(draft));
  }

  /** After the first refusal, this page's memory (kept in step all along) is the only copy to trust. */
  #usable(): KeyValueStore | undefined {
    return this.#failed ? undefined : this.#storage;
  }

  #read(name: string): string | null {
    try {
      const storage = this.#usable();
      if (storage !== undefined) {
        const value = storage.getItem(this.#prefix + name);
        if (value === null) this.#memory.delete(name);
        else this.#memory.set(name, value);
        return value;
      }
    } catch {
      this.#failed = true;
    }
    return this.#memory.get(name) ?? null;
  }

  #write(name: string, value: string): void {
    this.#memory.set(name, value);
    try {
      this.#usable()?.setItem(this.#prefix + name, value);
    } catch {
      // The note still goes out from this page; it just would not survive a reload.
      this.#failed = true;
    }
  }

  #delete(name: string): void {
    this.#memory.delete(name);
    try {
      this.#usable()?.removeItem(this.#prefix + name);
    } catch {
      this.#failed = true;
    }
  }
}
