import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** What a download URL's query must carry, in the layout of an S3 pre-signed URL (which Webex's `filePath` is). */
const ALGORITHM = 'AWS4-HMAC-SHA256';

/** Why a download was refused, in S3's words (`<Error><Code>…`). */
export type DownloadRefusal = 'AccessDenied' | 'SignatureDoesNotMatch';

/**
 * Signs and checks capture download URLs: anyone holding the URL may download without credentials until it expires
 * (`urlExpiration` minutes), as with the pre-signed S3 URLs Webex hands out (WebexSamples call-recording-download-sample
 * GETs `filePath` with no Authorization header). The key is new on every start.
 */
export class CaptureUrlSigner {
  private readonly key = randomBytes(32);

  /** The signed URL of `path` (absolute path on the emulator) from `signedAtMs`, good for `expiresSeconds`. */
  sign(baseUrl: string, path: string, signedAtMs: number, expiresSeconds: number): string {
    const date = amzDate(signedAtMs);
    const query = new URLSearchParams({
      'X-Amz-Algorithm': ALGORITHM,
      'X-Amz-Date': date,
      'X-Amz-Expires': String(expiresSeconds),
      'X-Amz-SignedHeaders': 'host',
      'X-Amz-Signature': this.signature(path, date, String(expiresSeconds)),
    });
    return `${baseUrl}${path}?${query.toString()}`;
  }

  /** Undefined when the URL may be downloaded now, else S3's refusal code. */
  check(path: string, query: URLSearchParams, nowMs: number): DownloadRefusal | undefined {
    const date = query.get('X-Amz-Date') ?? '';
    const expires = query.get('X-Amz-Expires') ?? '';
    const given = Buffer.from(query.get('X-Amz-Signature') ?? '', 'utf8');
    const expected = Buffer.from(this.signature(path, date, expires), 'utf8');
    if (
      query.get('X-Amz-Algorithm') !== ALGORITHM ||
      given.length !== expected.length ||
      !timingSafeEqual(given, expected)
    )
      return 'SignatureDoesNotMatch';
    const signedAt = parseAmzDate(date);
    if (signedAt === undefined || !/^\d{1,6}$/.test(expires) || nowMs >= signedAt + Number(expires) * 1000)
      return 'AccessDenied';
    return undefined;
  }

  private signature(path: string, date: string, expires: string): string {
    return createHmac('sha256', this.key).update(`${path}\n${date}\n${expires}`).digest('hex');
  }
}

/** `20260311T150405Z`. */
function amzDate(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/[-:]/g, '').replace('.000', '');
}

function parseAmzDate(text: string): number | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second] = match.map(Number);
  return Date.UTC(year ?? 0, (month ?? 1) - 1, day, hour, minute, second);
}
