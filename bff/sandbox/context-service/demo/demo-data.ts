import type { StoredObject } from '../model/types.js';
import { DEMO_CUSTOMER_COUNT, DEMO_MIN_ACTIVITIES, SHARED_HOME_PHONE_CUSTOMERS } from './demo-facts.js';
import { writeCrowd } from './demo-crowd.js';
import { writeFeaturedJourneys } from './featured-journeys.js';
import { JourneyWriter } from './journey-writer.js';
import { SeededRandom } from './seeded-random.js';

/** The featured customers' journeys come from their own seed, so they are the same whatever the crowd's seed. */
const FEATURED_SEED = 4_155_550_123;
const HOUR_MS = 3_600_000;

/**
 * The demo data: the same objects for the same seed and anchor. Dates run back from the anchor over the last year,
 * so the data always looks recent.
 */
export function demoObjects(seed: number, anchorMs: number): readonly StoredObject[] {
  const featured = new JourneyWriter(new SeededRandom(FEATURED_SEED), anchorMs);
  writeFeaturedJourneys(featured);
  const random = new SeededRandom(seed);
  const crowd = new JourneyWriter(random, anchorMs);
  const featuredCustomers = 2 + SHARED_HOME_PHONE_CUSTOMERS.length;
  writeCrowd(crowd, random, DEMO_CUSTOMER_COUNT - featuredCustomers, DEMO_MIN_ACTIVITIES - featured.count('activity'));
  return [...featured.objects, ...crowd.objects];
}

/** The demo's fixed "now": the start of the current hour, so restarts within the hour give identical data. */
export function demoAnchor(nowMs: number): number {
  return Math.floor(nowMs / HOUR_MS) * HOUR_MS;
}
