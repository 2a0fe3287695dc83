import type { CountryCode } from 'libphonenumber-js';
import type { Customer } from '../../../shared/api/context.js';
import { InvalidRequestError } from '../errors.js';
import type { ContextServiceApi } from './context-service-api.js';
import { EMAIL_FIELDS, PHONE_FIELDS, readCustomer } from './customer-mapper.js';
import { storedFormats, toE164 } from './phone-numbers.js';
import type { SearchTerm } from './search-query.js';
import { MAX_ENTRIES, hasValue } from './search-query.js';

/** More words than this in a free-text search add nothing but URL length. */
const MAX_WORDS = 10;
const PHONE_LIKE = /^[0-9+()\s.-]+$/;
const EMAIL_LIKE = /^[^\s@"]+@[^\s@"]+$/;

/**
 * Finding customers by what a call or an agent knows about them. The store matches whole values or single words,
 * case-insensitively, field by field; so the BFF asks for every format a number may be stored in, then keeps only
 * the customers whose number really is the same (a stored `+1 415-555-0123` also matches the word `415-555-0123`).
 */
export class CustomerLookup {
  constructor(
    private readonly api: ContextServiceApi,
    private readonly region: CountryCode,
  ) {}

  /** Customers one of whose three phones is `phone`; an invalid number matches nobody (it is not an error). */
  async byPhone(phone: string): Promise<Customer[]> {
    const e164 = toE164(phone, this.region);
    if (e164 === undefined) return [];
    const formats = storedFormats(phone, this.region);
    const terms: SearchTerm[] = Object.values(PHONE_FIELDS).flatMap((key) => formats.map((value) => ({ key, value })));
    const customers = await this.customers(terms, 'OR', MAX_ENTRIES);
    return customers.filter((customer) =>
      customer.phones.some((stored) => toE164(stored.number, this.region) === e164),
    );
  }

  /** Customers whose work or home email is `email`, in any letter case. */
  async byEmail(email: string): Promise<Customer[]> {
    const wanted = email.trim().toLowerCase();
    if (!EMAIL_LIKE.test(wanted)) return [];
    const terms: SearchTerm[] = Object.values(EMAIL_FIELDS).map((key) => ({ key, value: wanted }));
    const customers = await this.customers(terms, 'OR', MAX_ENTRIES);
    return customers.filter((customer) =>
      customer.emails.some((stored) => stored.address.trim().toLowerCase() === wanted),
    );
  }

  /**
   * Free text: a whole phone number is looked up as one (its words would match nothing alone); otherwise every word
   * must match some field (`query_string`), so "Maria Lopez" finds Maria Lopez and not every Maria.
   */
  async search(query: string, limit: number): Promise<Customer[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_ENTRIES)
      throw new InvalidRequestError(`limit must be a whole number from 1 to ${MAX_ENTRIES}`);
    if (PHONE_LIKE.test(query) && toE164(query, this.region) !== undefined)
      return (await this.byPhone(query)).slice(0, limit);
    const words = query.split(/\s+/).filter(hasValue).slice(0, MAX_WORDS);
    if (words.length === 0) return [];
    const terms = words.map((value) => ({ key: 'query_string', value }));
    return this.customers(terms, 'AND', limit);
  }

  private async customers(
    terms: readonly SearchTerm[],
    operator: 'AND' | 'OR',
    maxEntries: number,
  ): Promise<Customer[]> {
    return (await this.api.search('customer', terms, operator, { startIndex: 0, maxEntries }, readCustomer)).items;
  }
}
