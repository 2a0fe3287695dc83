import type { SeededRandom } from './seeded-random.js';
import type { Place } from './people.js';

/**
 * Hands out unused fictional numbers: US 555-0100…0199 (reserved for fiction by NANPA) and UK 020 7946 0xxx (Ofcom's
 * drama range). Mostly stored in E.164, as CVP writes them; some as people typed them, as real data is.
 */
export class PhoneBook {
  private readonly used: Set<string>;

  constructor(
    private readonly random: SeededRandom,
    reserved: readonly string[],
  ) {
    this.used = new Set(reserved);
  }

  /** A new number near the place, in the format it is stored in. */
  next(place: Place): string {
    for (let attempt = 0; attempt < 1000; attempt += 1) {
      const e164 =
        place.phones === 'gb' ? `+442079460${String(this.random.int(0, 999)).padStart(3, '0')}` : this.us(place);
      if (this.used.has(e164)) continue;
      this.used.add(e164);
      return this.stored(e164);
    }
    throw new Error('The demo ran out of fictional phone numbers');
  }

  private us(place: Place): string {
    const area = this.random.pick(place.areaCodes ?? ['415']);
    return `+1${area}555${String(this.random.int(100, 199)).padStart(4, '0')}`;
  }

  /** About one in four stored as typed: "(415) 555-0123", "415-555-0123", "020 7946 0123". */
  private stored(e164: string): string {
    const roll = this.random.next();
    if (e164.startsWith('+44')) return roll < 0.25 ? `020 7946 ${e164.slice(-4)}` : e164;
    const [area, exchange, line] = [e164.slice(2, 5), e164.slice(5, 8), e164.slice(8)];
    if (roll < 0.15) return `(${area}) ${exchange}-${line}`;
    if (roll < 0.25) return `${area}-${exchange}-${line}`;
    return e164;
  }
}
