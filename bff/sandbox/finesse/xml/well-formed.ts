import { SyntaxValidator } from 'fast-xml-validator';

/**
 * Why a document is not well-formed XML, or undefined when it is. The parser alone tolerates broken XML, so every
 * XML the emulator reads is checked here first. Attribute values may not contain a raw `<`, as XML 1.0 requires.
 */
export function wellFormednessProblem(text: string): string | undefined {
  try {
    SyntaxValidator.validate(text, { invalidCharSequence: { attrLt: true } });
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : 'not well-formed';
  }
}
