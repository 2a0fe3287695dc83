import type { MediaType } from '../model/types.js';
import { MARIA_GARCIA, RESERVED_NUMBERS } from './demo-facts.js';
import { customerObject } from './demo-objects.js';
import type { Contact, JourneyWriter } from './journey-writer.js';
import { DAY_MS } from './journey-writer.js';
import type { NamePool, Place } from './people.js';
import { ABROAD, EMPLOYERS, NAME_POOLS, STREET_NAMES, US_PLACES, emailName } from './people.js';
import { PhoneBook } from './phone-book.js';
import type { SeededRandom } from './seeded-random.js';
import { TOPICS } from './topics.js';

/** How often each channel is used; voice leads, as in a contact center of the CVP era. */
const MEDIA_WEIGHTS: readonly (readonly [MediaType, number])[] = [
  ['voice', 30],
  ['chat', 14],
  ['email', 14],
  ['web', 14],
  ['mobile', 9],
  ['social', 7],
  ['event', 7],
  ['video', 5],
];

function weighted<Item>(random: SeededRandom, entries: readonly (readonly [Item, number])[]): Item {
  let roll = random.next() * entries.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [item, weight] of entries) {
    roll -= weight;
    if (roll < 0) return item;
  }
  const last = entries.at(-1);
  if (!last) throw new Error('weighted pick from an empty list');
  return last[0];
}

/**
 * The generated crowd: customers of many languages with one to three phones and zero to two emails, each with a year
 * of requests, activities and comments. At least `minActivities` activities in all, counting `activitiesSoFar`.
 */
export function writeCrowd(
  writer: JourneyWriter,
  random: SeededRandom,
  customers: number,
  minActivities: number,
): void {
  const phones = new PhoneBook(random, RESERVED_NUMBERS);
  const taken = new Set([`${MARIA_GARCIA.firstName} ${MARIA_GARCIA.lastName}`]);
  const contacts: Contact[] = [];
  for (let index = 0; index < customers; index += 1) {
    const pool = weighted(
      random,
      NAME_POOLS.map((candidate) => [candidate, candidate.weight] as const),
    );
    const contact = writeCustomer(writer, random, phones, pool, uniqueName(random, pool, taken), index);
    contacts.push(contact);
    for (let request = random.int(0, 3); request > 0; request -= 1) {
      const topic = random.pick(TOPICS);
      const written = writer.request(contact, topic, random.chance(0.25));
      writer.activitiesIn(
        written,
        contact,
        Array.from({ length: random.int(1, 4) }, () => weighted(random, MEDIA_WEIGHTS)),
        topic,
      );
      for (let comment = random.int(0, 2); comment > 0; comment -= 1) writer.comment(written);
    }
    for (let activity = random.int(3, 7); activity > 0; activity -= 1) standalone(writer, random, contact);
  }
  // Visitors and devices nobody has tied to a customer yet.
  for (let index = 0; index < 12; index += 1)
    writer.activity(undefined, random.pick(['web', 'event'] as const), random.pick(TOPICS), writer.moment(0, 360));
  // Every media type at least a few times, then enough activities.
  for (const [mediaType] of MEDIA_WEIGHTS)
    writer.activity(random.pick(contacts), mediaType, random.pick(TOPICS), writer.moment(0, 360));
  while (writer.count('activity') < minActivities) standalone(writer, random, random.pick(contacts));
}

function standalone(writer: JourneyWriter, random: SeededRandom, contact: Contact | undefined): void {
  const activity = writer.activity(
    contact,
    weighted(random, MEDIA_WEIGHTS),
    random.pick(TOPICS),
    writer.moment(0, 330),
  );
  if (random.chance(0.08)) writer.comment(activity);
}

function uniqueName(random: SeededRandom, pool: NamePool, taken: Set<string>): { first: string; last: string } {
  for (;;) {
    const first = random.pick(pool.firstNames);
    const last = random.pick(pool.lastNames);
    if (taken.has(`${first} ${last}`)) continue;
    taken.add(`${first} ${last}`);
    return { first, last };
  }
}

function writeCustomer(
  writer: JourneyWriter,
  random: SeededRandom,
  phones: PhoneBook,
  pool: NamePool,
  name: { first: string; last: string },
  index: number,
): Contact {
  const abroad = ABROAD[pool.language];
  const place: Place = abroad !== undefined && random.chance(0.7) ? abroad : random.pick(US_PLACES);
  const mobile = random.chance(0.9) ? phones.next(place) : undefined;
  const home = random.chance(0.45) || mobile === undefined ? phones.next(place) : undefined;
  const work = random.chance(0.35) ? phones.next(place) : undefined;
  // Names are unique in the crowd, so first.last makes unique addresses.
  const mailbox = `${emailName(name.first)}.${emailName(name.last)}`;
  const homeEmail = random.chance(0.7) ? `${mailbox}@example.com` : undefined;
  const workEmail = random.chance(0.5) ? `${mailbox}@${random.pick(EMPLOYERS)}` : undefined;
  const id = random.uuid();
  const createdMs = writer.moment(330, 364);
  writer.keep(
    customerObject(
      id,
      {
        Context_First_Name: name.first,
        Context_Last_Name: name.last,
        Context_Work_Email: workEmail,
        Context_Home_Email: homeEmail,
        Context_Mobile_Phone: mobile,
        Context_Home_Phone: home,
        Context_Work_Phone: work,
        Context_Street_Address_1: `${random.int(1, 2999)} ${random.pick(STREET_NAMES)}`,
        Context_City: place.city,
        Context_State: place.state,
        Context_Country: place.country,
        Context_ZIP: place.zip,
        Context_Customer_External_ID: `CRM-${100_100 + index * 37}`,
        Context_Preferred_Language: pool.language,
      },
      { createdMs, lastUpdatedMs: Math.min(writer.anchorMs, createdMs + random.int(0, 300) * DAY_MS) },
    ),
  );
  return { id, name: `${name.first} ${name.last}`, email: homeEmail ?? workEmail, phone: mobile ?? home ?? work };
}
