/**
 * XML 1.0 `Char` (§2.2): tab, LF, CR and everything from U+0020 except lone surrogates, U+FFFE and U+FFFF. Nothing
 * else can appear in a document, not even escaped.
 */
export function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

/** Whether every character of the text can be written as XML. */
export function isXmlText(text: string): boolean {
  for (const character of text) {
    if (!isXmlChar(character.codePointAt(0) ?? 0)) return false;
  }
  return true;
}
