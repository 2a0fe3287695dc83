const EXCERPT_LENGTH = 200;

/** Whatever looks like a secret in XML, JSON, a form or a header keeps its name and loses its value. */
const SECRETS: readonly (readonly [RegExp, string])[] = [
  [/(<[\w:.-]*(?:password|passwd|pwd|secret|token)[\w.-]*\b[^>]*>)[^<]*/gi, '$1[redacted]'],
  [/((?:password|passwd|pwd|secret|token)[\w.-]*["']?\s*[:=]\s*["']?)[^"'&\s<,;}]*/gi, '$1[redacted]'],
  [/\b(Basic|Bearer)\s+[A-Za-z0-9+/=._~-]+/gi, '$1 [redacted]'],
];

/**
 * The start of an upstream body for `logInfo` (server log only): whitespace collapsed, password-like values
 * removed, at most 200 characters. Redaction runs before the cut so a secret cannot straddle it.
 */
export function logExcerpt(body: string): string {
  let text = body
    .slice(0, EXCERPT_LENGTH * 5)
    .replace(/\s+/g, ' ')
    .trim();
  for (const [pattern, replacement] of SECRETS) text = text.replace(pattern, replacement);
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;
}
