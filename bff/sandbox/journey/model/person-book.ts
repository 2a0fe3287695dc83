import { randomBytes } from 'node:crypto';
import type { AliasSet, Person } from './types.js';
import { aliasKey, allAliases, emptyAliases, unionAliases, withoutAliases } from './alias.js';
import { JourneyError } from './journey-error.js';

export interface PersonInput {
  readonly firstName?: string;
  readonly lastName?: string;
  readonly aliases: Partial<AliasSet>;
}

/**
 * A workspace's people and the aliases that find them. An alias belongs to at most one person: JDS answers 409
 * ("Resource already exists") otherwise, and a person keeps at least one alias (JDS_XM lab: "≥1 alias").
 */
export class PersonBook {
  private people = new Map<string, Person>();

  constructor(private readonly now: () => number) {}

  replaceAll(people: readonly Person[]): void {
    this.people = new Map(people.map((person) => [person.id, person]));
  }

  list(): Person[] {
    return [...this.people.values()];
  }

  get(id: string): Person {
    const person = this.people.get(id);
    if (!person) throw new JourneyError(404, `Person ${id} not found`);
    return person;
  }

  /** The person an alias belongs to, if any. */
  byAlias(alias: string): Person | undefined {
    const key = aliasKey(alias);
    return this.list().find((person) => allAliases(person.aliases).some((known) => aliasKey(known) === key));
  }

  create(input: PersonInput): Person {
    const aliases = unionAliases(emptyAliases(), input.aliases);
    this.requireSomeAlias(aliases);
    this.requireFree(aliases, undefined);
    const person: Person = {
      id: randomBytes(12).toString('hex'),
      firstName: input.firstName ?? '',
      lastName: input.lastName ?? '',
      aliases,
      createdMs: this.now(),
    };
    this.people.set(person.id, person);
    return person;
  }

  rename(id: string, names: { readonly firstName?: string; readonly lastName?: string }): Person {
    const person = this.get(id);
    return this.store({
      ...person,
      firstName: names.firstName ?? person.firstName,
      lastName: names.lastName ?? person.lastName,
    });
  }

  delete(id: string): void {
    this.get(id);
    this.people.delete(id);
  }

  addIdentities(id: string, added: Partial<AliasSet>): Person {
    const person = this.get(id);
    this.requireFree(added, id);
    return this.store({ ...person, aliases: unionAliases(person.aliases, added) });
  }

  removeIdentities(id: string, removed: Partial<AliasSet>): Person {
    const person = this.get(id);
    const aliases = withoutAliases(person.aliases, removed);
    this.requireSomeAlias(aliases);
    return this.store({ ...person, aliases });
  }

  /** `POST …/person/merge/…/primary-person-id/{pid}`: the others' aliases move to the primary and the others go. */
  merge(primaryId: string, otherIds: readonly string[]): Person {
    const primary = this.get(primaryId);
    const others = otherIds.filter((id) => id !== primaryId).map((id) => this.get(id));
    let aliases = primary.aliases;
    for (const other of others) {
      aliases = unionAliases(aliases, other.aliases);
      this.people.delete(other.id);
    }
    return this.store({ ...primary, aliases });
  }

  /**
   * `POST …/person/merge-identities/…`: create-or-merge. The person any given alias finds is updated (its names
   * replaced when given; `override` replaces its alias set with the given one), else a new person is made.
   */
  mergeIdentities(input: PersonInput, override: boolean): { person: Person; created: boolean } {
    const owners = new Set(
      allAliases(unionAliases(emptyAliases(), input.aliases)).flatMap((alias) => this.byAlias(alias)?.id ?? []),
    );
    if (owners.size > 1) throw new JourneyError(409, 'The aliases belong to more than one person; merge them first');
    const [ownerId] = [...owners];
    if (ownerId === undefined) return { person: this.create(input), created: true };
    const owner = this.get(ownerId);
    const aliases = override ? unionAliases(emptyAliases(), input.aliases) : unionAliases(owner.aliases, input.aliases);
    this.requireSomeAlias(aliases);
    return {
      person: this.store({
        ...owner,
        firstName: input.firstName ?? owner.firstName,
        lastName: input.lastName ?? owner.lastName,
        aliases,
      }),
      created: false,
    };
  }

  private store(person: Person): Person {
    this.people.set(person.id, person);
    return person;
  }

  private requireSomeAlias(aliases: AliasSet): void {
    if (allAliases(aliases).length === 0)
      throw new JourneyError(400, 'A person needs at least one alias (phone, email, temporaryId or customerId)');
  }

  private requireFree(aliases: Partial<AliasSet>, ownerId: string | undefined): void {
    for (const alias of allAliases(unionAliases(emptyAliases(), aliases))) {
      const owner = this.byAlias(alias);
      if (owner && owner.id !== ownerId)
        throw new JourneyError(409, `The alias ${alias} already belongs to person ${owner.id}`);
    }
  }
}
