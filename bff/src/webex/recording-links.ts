import { randomBytes } from 'node:crypto';
import { AppError, NotFoundError } from '../errors.js';

/** 410 `recording_link_expired`: the link was good once; ask for the task's captures again. */
export class RecordingLinkExpiredError extends AppError {
  readonly status = 410;
  readonly code = 'recording_link_expired';
}

interface Link {
  readonly signedUrl: string;
  readonly expiresAt: number;
}

/** Links kept at most; past it the oldest are dropped (a link is only asked for to be played at once). */
const MAX_LINKS = 10_000;
/** An expired link still answers 410 (not 404) this long after it lapsed, so a late player says why. */
const EXPIRED_KEPT_MS = 3_600_000;

/**
 * The BFF's own short-lived links to recordings: an opaque random id in memory standing for Webex's signed URL,
 * good as long as that URL (`urlExpiration`), so the browser never sees the signed URL or a token. Ids are 192
 * random bits: holding one is the permission to play that recording, as with the signed URL it stands for.
 */
export class RecordingLinks {
  readonly #links = new Map<string, Link>();

  constructor(private readonly now: () => number) {}

  /** A new link id for `signedUrl`, good until `expiresAt` (epoch ms). */
  create(signedUrl: string, expiresAt: number): string {
    this.sweep();
    const id = randomBytes(24).toString('base64url');
    this.#links.set(id, { signedUrl, expiresAt });
    return id;
  }

  /** The signed URL behind a link still good: 404 for an unknown id, 410 for one that expired. */
  signedUrlOf(id: string): string {
    const link = this.#links.get(id);
    if (link === undefined) throw new NotFoundError('No such recording link');
    if (this.now() >= link.expiresAt)
      throw new RecordingLinkExpiredError("This recording link has expired; ask for the task's captures again");
    return link.signedUrl;
  }

  private sweep(): void {
    const now = this.now();
    for (const [id, link] of this.#links) if (now >= link.expiresAt + EXPIRED_KEPT_MS) this.#links.delete(id);
    for (const id of this.#links.keys()) {
      if (this.#links.size < MAX_LINKS) break;
      this.#links.delete(id);
    }
  }
}
