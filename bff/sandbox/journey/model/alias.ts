import type { AliasKind, AliasSet } from './types.js';
import { ALIAS_KINDS } from './types.js';

/**
 * How aliases compare. JDS's documents say only that a phone alias is E.164 (with `+`, URL-encoded in paths); the
 * emulator matches emails case-insensitively and everything else exactly [U: chosen, not documented].
 */
export function aliasKey(alias: string): string {
  return alias.includes('@') ? alias.toLowerCase() : alias;
}

export function emptyAliases(): AliasSet {
  return { phone: [], email: [], temporaryId: [], customerId: [], socialId: [] };
}

/** Every alias of a set, in kind order (the `aliases[]` of the wire person). */
export function allAliases(aliases: AliasSet): string[] {
  return ALIAS_KINDS.flatMap((kind) => aliases[kind]);
}

/** `into` plus the aliases of `added` it lacks. */
export function unionAliases(into: AliasSet, added: Partial<AliasSet>): AliasSet {
  const result: Record<AliasKind, string[]> = { ...emptyAliases(), ...mapKinds((kind) => [...into[kind]]) };
  for (const kind of ALIAS_KINDS) {
    for (const alias of added[kind] ?? []) {
      if (!result[kind].some((known) => aliasKey(known) === aliasKey(alias))) result[kind].push(alias);
    }
  }
  return result;
}

/** `from` without the aliases named in `removed`. */
export function withoutAliases(from: AliasSet, removed: Partial<AliasSet>): AliasSet {
  const gone = new Set(ALIAS_KINDS.flatMap((kind) => removed[kind] ?? []).map(aliasKey));
  return mapKinds((kind) => from[kind].filter((alias) => !gone.has(aliasKey(alias))));
}

function mapKinds(each: (kind: AliasKind) => string[]): Record<AliasKind, string[]> {
  return Object.fromEntries(ALIAS_KINDS.map((kind) => [kind, each(kind)])) as Record<AliasKind, string[]>;
}
