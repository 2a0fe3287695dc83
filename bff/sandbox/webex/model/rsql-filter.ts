/** A filter on one field: the site matches when `test` says so. */
export type FieldFilter = (fields: Readonly<Record<string, unknown>>) => boolean;

/**
 * The subset of RSQL the configuration API's `filter` examples use (WxCC OpenAPI, List Sites): `field=="value"`,
 * `field!="value"`, `field=in=("a","b")` and `field=out=(…)`, joined by `;` (and). Undefined when the text is not one
 * of these.
 */
export function readRsqlFilter(text: string, fields: readonly string[]): FieldFilter | undefined {
  const clauses = text.split(';').map((clause) => /^(\w+)(==|!=|=in=|=out=)(.+)$/.exec(clause.trim()));
  const filters: FieldFilter[] = [];
  for (const clause of clauses) {
    if (!clause) return undefined;
    const [, field = '', operator, operand = ''] = clause;
    if (!fields.includes(field)) return undefined;
    const values = operator === '=in=' || operator === '=out=' ? listOf(operand) : [unquote(operand)];
    if (values === undefined) return undefined;
    const wanted = operator === '==' || operator === '=in=';
    filters.push((site) => values.includes(String(site[field])) === wanted);
  }
  return (site) => filters.every((filter) => filter(site));
}

function unquote(text: string): string {
  return /^"(.*)"$/.exec(text)?.[1] ?? text;
}

function listOf(text: string): string[] | undefined {
  const inner = /^\((.*)\)$/.exec(text)?.[1];
  return inner === undefined ? undefined : inner.split(',').map((value) => unquote(value.trim()));
}
