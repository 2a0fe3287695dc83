// SASL PLAIN (RFC 4616) message decoding, kept apart from the session so the byte-level rules are easy to test.
// Node's Buffer.from(…, 'base64') silently skips garbage, so the RFC 4648 §4 alphabet is checked first: RFC 6120
// §6.4.2 wants `<incorrect-encoding/>` for anything that is not strict base64.

export interface PlainCredentials {
  /** Authorization identity; usually empty (act as yourself). */
  readonly authzid: string;
  /** Authentication identity: the Finesse loginId or loginName. */
  readonly authcid: string;
  readonly password: string;
}

export type PlainDecodeResult =
  | { readonly ok: true; readonly credentials: PlainCredentials }
  | { readonly ok: false; readonly condition: 'incorrect-encoding' | 'malformed-request' };

const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decode the base64 text of `<auth>` or `<response>`. RFC 6120 §6.4.2: a lone `=` is an empty response,
 * which for PLAIN is malformed (it must carry `authzid NUL authcid NUL password`).
 */
export function decodePlain(base64Text: string): PlainDecodeResult {
  const text = base64Text.trim();
  if (text === '=' || text === '') return { ok: false, condition: 'malformed-request' };
  if (!STRICT_BASE64.test(text)) return { ok: false, condition: 'incorrect-encoding' };
  let message: string;
  try {
    message = utf8.decode(Buffer.from(text, 'base64'));
  } catch {
    return { ok: false, condition: 'incorrect-encoding' };
  }
  const parts = message.split('\0');
  const [authzid, authcid, password] = parts;
  if (
    parts.length !== 3 ||
    authzid === undefined ||
    authcid === undefined ||
    password === undefined ||
    authcid === ''
  ) {
    return { ok: false, condition: 'malformed-request' };
  }
  return { ok: true, credentials: { authzid, authcid, password } };
}
