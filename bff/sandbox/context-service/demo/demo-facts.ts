/**
 * The demo facts the README, the tests and the simulated desktop rely on, in one place. Everything else in the demo
 * data is generated from the seed and may change with it; these never do.
 */

/** The bearer token `npm run sandbox` and sandbox mode use unless told otherwise. */
export const SANDBOX_CONTEXT_SERVICE_TOKEN = 'sandbox-context-token';

/** The default seed of the generated demo crowd. */
export const DEMO_SEED = 20_250_611;

/** How many customers the demo holds (the four below included). */
export const DEMO_CUSTOMER_COUNT = 60;
/** The demo holds at least this many activities, over the last year, on all eight media types. */
export const DEMO_MIN_ACTIVITIES = 520;

/** A well-known customer with a rich journey: two open requests, a closed one, voice, chat, email and web activities. */
export const MARIA_GARCIA = {
  id: 'd0f00162-f2e9-4e85-a9df-936f995b7d0a',
  firstName: 'Maria',
  lastName: 'Garcia',
  mobilePhone: '+14155550123',
  homePhone: '(415) 555-0107',
  homeEmail: 'maria.garcia@example.com',
  workEmail: 'mgarcia@cumulus-motorcycles.example',
  city: 'San Francisco',
  language: 'es-ES',
  openRequestTitles: ['Refund for a double charge on the March invoice', 'Replacement router has not arrived'],
} as const;

/** A customer known only by a work phone: no name, no email. */
export const WORK_PHONE_ONLY_CUSTOMER = {
  id: '8d469c39-4802-48e0-ba6d-ba30aae4bd9b',
  workPhone: '+14155550188',
} as const;

/** One home phone, two customers: a search by it finds both and the agent must choose. */
export const SHARED_HOME_PHONE = '+14155550142';
export const SHARED_HOME_PHONE_CUSTOMERS = [
  { id: '45b9c1db-7ff2-4c29-893f-cfb6dfdef35e', firstName: 'David', lastName: 'Chen', mobilePhone: '+15105550176' },
  { id: '31d9cb5f-7005-4ffb-933d-38473ced75c9', firstName: 'Mei', lastName: 'Chen', mobilePhone: '+15105550163' },
] as const;

/** A number that belongs to nobody, in any field, in any format: for ringing an unknown caller. */
export const UNKNOWN_NUMBER = '+16505550199';

/** Numbers the generated crowd must never use, as digits. */
export const RESERVED_NUMBERS: readonly string[] = [
  MARIA_GARCIA.mobilePhone,
  '+14155550107',
  WORK_PHONE_ONLY_CUSTOMER.workPhone,
  SHARED_HOME_PHONE,
  ...SHARED_HOME_PHONE_CUSTOMERS.map((customer) => customer.mobilePhone),
  UNKNOWN_NUMBER,
];
