import type { Person } from '../model/types.js';
import { allAliases } from '../model/alias.js';

/** The person as JDS's OpenAPI shows it: each alias kind as an array, and all of them again as `aliases`. */
export interface PersonJson {
  readonly id: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly phone: readonly string[];
  readonly email: readonly string[];
  readonly temporaryId: readonly string[];
  readonly customerId: readonly string[];
  readonly socialId: readonly string[];
  readonly aliases: readonly string[];
  readonly createdAt: string;
}

export function personJson(person: Person): PersonJson {
  return {
    id: person.id,
    firstName: person.firstName,
    lastName: person.lastName,
    ...person.aliases,
    aliases: allAliases(person.aliases),
    createdAt: new Date(person.createdMs).toISOString(),
  };
}
