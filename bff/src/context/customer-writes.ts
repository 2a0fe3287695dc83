import type { CountryCode } from 'libphonenumber-js';
import type { Customer, CustomerInput } from '../../../shared/api/context.js';
import { ConflictError } from '../errors.js';
import { StaleObjectError } from './context-errors.js';
import { patchElements } from './context-object.js';
import type { ContextServiceApi } from './context-service-api.js';
import { CUSTOMER_FIELDSET, customerChanges, readCustomer } from './customer-mapper.js';
import type { ContextObject } from './types.js';

const itself = (object: ContextObject): ContextObject => object;

/** A new customer from the input; read back, so that the answer carries the store's id and lastUpdated. */
export async function createCustomer(
  api: ContextServiceApi,
  input: CustomerInput,
  region: CountryCode,
): Promise<Customer> {
  const dataElements = patchElements([], customerChanges(input, new Map(), region));
  const body = {
    type: 'customer',
    state: 'active',
    fieldsets: [CUSTOMER_FIELDSET],
    dataElements,
    contributors: [],
    tags: [],
  };
  const id = await api.create('customer', body);
  return api.get('customer', id, readCustomer);
}

/**
 * Changes a customer if nobody changed it since the client read it (`ifMatch` = the lastUpdated it saw): otherwise,
 * or when the store itself refuses the PUT as stale, 409 `stale_customer` with both lastUpdated values. Fields the
 * BFF does not map, and every field the input leaves unchanged, are sent back exactly as the store holds them.
 */
export async function updateCustomer(
  api: ContextServiceApi,
  id: string,
  input: CustomerInput,
  ifMatch: string,
  region: CountryCode,
): Promise<Customer> {
  const current = await api.get('customer', id, itself);
  if (current.lastUpdated !== ifMatch)
    throw new StaleObjectError('customer', ifMatch, current.lastUpdated, { service: 'context' });
  const fieldsets = Array.isArray(current.raw.fieldsets) ? (current.raw.fieldsets as unknown[]) : [];
  const changes = {
    fieldsets: fieldsets.includes(CUSTOMER_FIELDSET) ? fieldsets : [...fieldsets, CUSTOMER_FIELDSET],
    dataElements: patchElements(current.raw.dataElements, customerChanges(input, current.elements, region)),
  };
  try {
    await api.update(current, changes, 'stale_customer');
  } catch (error) {
    if (error instanceof ConflictError)
      throw new StaleObjectError('customer', ifMatch, undefined, error.details.upstream);
    throw error;
  }
  return api.get('customer', id, readCustomer);
}
