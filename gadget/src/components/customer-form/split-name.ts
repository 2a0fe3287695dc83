/**
 * A caller's name as one string (the call variable Context_POD_Source_Cust_Name) split for the form: the last word
 * is the last name, everything before it the first name. A single word is taken as the first name, the way callers
 * give it ("Maria").
 */
export function splitName(name: string): { firstName: string; lastName: string } {
  const words = name
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  if (words.length < 2) return { firstName: words[0] ?? '', lastName: '' };
  return { firstName: words.slice(0, -1).join(' '), lastName: words.at(-1) ?? '' };
}
