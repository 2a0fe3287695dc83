/**
 * What the agent typed as the search the BFF takes: an email when it has an @, a phone number when it is made of
 * digits and phone punctuation with at least four digits, a name otherwise.
 */
export function searchTerms(input: string): { q?: string; phone?: string; email?: string } {
  const text = input.trim();
  if (text === '') return {};
  if (text.includes('@')) return { email: text };
  if (/^\+?[0-9\s().-]+$/.test(text) && text.replace(/\D/g, '').length >= 4) return { phone: text };
  return { q: text };
}
