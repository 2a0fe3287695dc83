import { demoObjects } from '../../context-service/demo/demo-data.js';
import { DEMO_SEED } from '../../context-service/demo/demo-facts.js';

/** A customer as the contact center sees them on a task: a name, a number to call from, an address to write from. */
export interface Caller {
  readonly name: string;
  /** E.164. */
  readonly phone: string;
  readonly email: string;
}

/**
 * The Context Service emulator's demo customers (same seed), so a task's caller is a customer the BFF can look up
 * there. Customers without a phone or an e-mail address are left out.
 */
export function demoCallers(anchorMs: number): readonly Caller[] {
  return demoObjects(DEMO_SEED, anchorMs).flatMap((object) => {
    if (object.type !== 'customer') return [];
    const field = (name: string): string | undefined => {
      const value = object.dataElements.find((element) => element.field === name)?.value;
      return typeof value === 'string' ? value : undefined;
    };
    const phone = field('Context_Mobile_Phone') ?? field('Context_Home_Phone') ?? field('Context_Work_Phone');
    const email = field('Context_Home_Email') ?? field('Context_Work_Email');
    if (phone === undefined || email === undefined) return [];
    const name = [field('Context_First_Name'), field('Context_Last_Name')]
      .filter((part) => part !== undefined)
      .join(' ');
    return [{ name, phone: e164(phone), email }];
  });
}

/** "(415) 555-0107" and "415-555-0107" → "+14155550107"; "020 7946 0123" → "+442079460123". */
export function e164(stored: string): string {
  const digits = stored.replace(/\D/g, '');
  if (stored.trim().startsWith('+')) return `+${digits}`;
  if (digits.startsWith('0')) return `+44${digits.slice(1)}`;
  return digits.length === 10 ? `+1${digits}` : `+${digits}`;
}
