import { JourneyError } from './journey-error.js';

/**
 * RSQL, the filter language of JDS's `filter` and `data` parameters (the OpenAPI points at perplexhub's
 * rsql-jpa-specification syntax): `;`/`and` binds tighter than `,`/`or`, parentheses group, and a comparison is
 * `selector operator argument` with `==` (`*` as a wildcard), `!=`, `=in=`, `=out=`, `=gt=`/`>`, `=ge=`/`>=`,
 * `=lt=`/`<`, `=le=`/`<=`, `=like=`. Arguments are bare words or quoted strings; `=in=`/`=out=` take `(a,b)`.
 */
export type RsqlNode =
  | { readonly kind: 'and' | 'or'; readonly children: readonly RsqlNode[] }
  | {
      readonly kind: 'compare';
      readonly selector: string;
      readonly operator: RsqlOperator;
      readonly values: readonly string[];
    };

export type RsqlOperator = '==' | '!=' | '=in=' | '=out=' | '=gt=' | '=ge=' | '=lt=' | '=le=' | '=like=';

const SYMBOLS: Readonly<Record<string, RsqlOperator>> = { '>=': '=ge=', '<=': '=le=', '>': '=gt=', '<': '=lt=' };
const NAMED = new Set<string>(['=in=', '=out=', '=gt=', '=ge=', '=lt=', '=le=', '=like=']);

export function parseRsql(text: string, parameter: string): RsqlNode {
  const parser = new RsqlParser(text, parameter);
  const node = parser.or();
  parser.end();
  return node;
}

/** Every selector a filter names, so a caller can refuse fields it does not know. */
export function selectorsOf(node: RsqlNode): string[] {
  return node.kind === 'compare' ? [node.selector] : node.children.flatMap(selectorsOf);
}

class RsqlParser {
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly parameter: string,
  ) {}

  or(): RsqlNode {
    const children = [this.and()];
    while (this.take(',') || this.takeWord('or')) children.push(this.and());
    return children.length === 1 ? (children[0] as RsqlNode) : { kind: 'or', children };
  }

  end(): void {
    this.skipSpace();
    if (this.at < this.text.length) this.fail(`unexpected "${this.text.slice(this.at, this.at + 10)}"`);
  }

  private and(): RsqlNode {
    const children = [this.constraint()];
    while (this.take(';') || this.takeWord('and')) children.push(this.constraint());
    return children.length === 1 ? (children[0] as RsqlNode) : { kind: 'and', children };
  }

  private constraint(): RsqlNode {
    if (this.take('(')) {
      const group = this.or();
      if (!this.take(')')) this.fail('a ")" is missing');
      return group;
    }
    this.skipSpace();
    const selector = /^[A-Za-z_][\w.]*/.exec(this.text.slice(this.at))?.[0];
    if (selector === undefined) this.fail('a field name is expected');
    this.at += selector.length;
    const operator = this.operator();
    const values = operator === '=in=' || operator === '=out=' ? this.list() : [this.value()];
    return { kind: 'compare', selector, operator, values };
  }

  private operator(): RsqlOperator {
    this.skipSpace();
    const rest = this.text.slice(this.at);
    const named = /^=[a-z]+=/.exec(rest)?.[0];
    const symbol = ['==', '!=', '>=', '<=', '>', '<'].find((candidate) => rest.startsWith(candidate));
    const found = named !== undefined && NAMED.has(named) ? named : symbol;
    if (found === undefined) this.fail('an operator (==, !=, =in=, =out=, =gt=, =ge=, =lt=, =le=, =like=) is expected');
    this.at += found.length;
    return SYMBOLS[found] ?? (found as RsqlOperator);
  }

  private list(): string[] {
    if (!this.take('(')) return [this.value()];
    const values = [this.value()];
    while (this.take(',')) values.push(this.value());
    if (!this.take(')')) this.fail('a ")" is missing');
    return values;
  }

  private value(): string {
    this.skipSpace();
    const quote = this.text[this.at];
    if (quote === '"' || quote === "'") {
      const close = this.text.indexOf(quote, this.at + 1);
      if (close < 0) this.fail('a quote is not closed');
      const value = this.text.slice(this.at + 1, close);
      this.at = close + 1;
      return value;
    }
    const bare = /^[^\s'"(),;]+/.exec(this.text.slice(this.at))?.[0];
    if (bare === undefined) this.fail('a value is expected');
    this.at += bare.length;
    return bare;
  }

  private take(token: string): boolean {
    this.skipSpace();
    if (!this.text.startsWith(token, this.at)) return false;
    this.at += token.length;
    return true;
  }

  /** `and`/`or` where a separator may stand (the space before it is already skipped by `take`). */
  private takeWord(word: string): boolean {
    const match = new RegExp(`^\\s*${word}\\s+`, 'i').exec(this.text.slice(this.at));
    if (!match) return false;
    this.at += match[0].length;
    return true;
  }

  private skipSpace(): void {
    while (this.text[this.at] === ' ') this.at += 1;
  }

  private fail(reason: string): never {
    throw new JourneyError(400, `${this.parameter} is not valid RSQL: ${reason} at position ${this.at}`);
  }
}
