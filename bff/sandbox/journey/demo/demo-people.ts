import { createHash } from 'node:crypto';
import type { StoredObject } from '../../context-service/model/types.js';
import type { AliasKind, Person } from '../model/types.js';
import { emptyAliases, unionAliases } from '../model/alias.js';

/**
 * The Context Service demo's customers as JDS people. A JDS alias belongs to one person, so a phone two customers
 * share (the Chens' home phone) becomes nobody's alias: looked up, it finds no one, and their calls from it are
 * recorded under their email.
 */
export function demoPeople(objects: readonly StoredObject[]): Person[] {
  const customers = objects.filter((object) => object.type === 'customer');
  const phoneOwners = new Map<string, number>();
  for (const phone of customers.flatMap(phonesOf)) phoneOwners.set(phone, (phoneOwners.get(phone) ?? 0) + 1);
  return customers.map((customer) => {
    const field = (name: string) => fieldOf(customer, name);
    const aliases: Partial<Record<AliasKind, string[]>> = {
      phone: phonesOf(customer).filter((phone) => phoneOwners.get(phone) === 1),
      email: [field('Context_Home_Email'), field('Context_Work_Email')].filter(isText),
      customerId: [field('Context_Customer_External_ID')].filter(isText),
    };
    return {
      id: personIdOf(customer.id),
      firstName: field('Context_First_Name') ?? '',
      lastName: field('Context_Last_Name') ?? '',
      aliases: unionAliases(emptyAliases(), aliases),
      createdMs: customer.createdMs,
    };
  });
}

/** A Context Service id as a JDS person id: 24 hex digits, the same on every start. */
export function personIdOf(customerId: string): string {
  return createHash('sha256').update(customerId).digest('hex').slice(0, 24);
}

export function fieldOf(object: StoredObject, field: string): string | undefined {
  const value = object.dataElements.find((element) => element.field === field)?.value;
  return typeof value === 'string' ? value : undefined;
}

/** A demo number in E.164: US numbers written `(415) 555-0107` gain +1; E.164 ones stay. */
export function e164(phone: string): string | undefined {
  if (/^\+[1-9]\d{1,14}$/.test(phone)) return phone;
  const digits = phone.replace(/\D/g, '');
  if (digits.length === 10) return `+1${digits}`;
  if (digits.length === 11 && digits.startsWith('1')) return `+${digits}`;
  return undefined;
}

function phonesOf(customer: StoredObject): string[] {
  return ['Context_Mobile_Phone', 'Context_Home_Phone', 'Context_Work_Phone'].flatMap(
    (field) => e164(fieldOf(customer, field) ?? '') ?? [],
  );
}

function isText(value: string | undefined): value is string {
  return value !== undefined && value !== '';
}
