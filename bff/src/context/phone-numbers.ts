import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';
import type { CountryCode, PhoneNumber } from 'libphonenumber-js';

/** The default region, checked once at construction (searchable code ERR_CONTEXT_REGION). */
export function checkRegion(region: string): CountryCode {
  if (!isSupportedCountry(region))
    throw new TypeError(
      'ERR_CONTEXT_REGION: defaultRegion must be an ISO 3166-1 alpha-2 country code libphonenumber supports, e.g. US',
    );
  return region;
}

function parseValid(raw: string, region: CountryCode): PhoneNumber | undefined {
  const number = parsePhoneNumberFromString(raw, region);
  return number?.isValid() === true ? number : undefined;
}

/**
 * A number in any formatting as E.164 (`+14155550123`): `region` applies when it has no country code, and the
 * international dialling prefix of that region is understood (`011 44 …` from the US). Extensions are dropped; an
 * invalid or unparseable number gives undefined.
 */
export function toE164(raw: string, region: CountryCode): string | undefined {
  return parseValid(raw, region)?.number;
}

/** `(415) 555-0123` → `415-555-0123`; `020 7946 0958` → `020-7946-0958`. */
function dashed(grouped: string): string {
  return grouped.replace(/[()]/g, '').trim().replace(/\s+/g, '-');
}

/**
 * The formats a store may hold one number in, for an OR search (the store matches whole values or single words, never
 * digits inside formatting): E.164, the national digits, the national format, its dashed variant, the international
 * format and its dashed variant. For +14155550123: `+14155550123`, `4155550123`, `(415) 555-0123`, `415-555-0123`,
 * `+1 415 555 0123`, `+1 415-555-0123`. Empty for an invalid number.
 */
export function storedFormats(raw: string, region: CountryCode): string[] {
  // Formatted from E.164 so that an extension in `raw` does not become part of every format.
  const e164 = toE164(raw, region);
  const number = e164 === undefined ? undefined : parseValid(e164, region);
  if (number === undefined) return [];
  const national = number.formatNational();
  const international = number.formatInternational();
  const prefix = `+${number.countryCallingCode}`;
  const internationalDashed = `${prefix} ${dashed(international.slice(prefix.length))}`;
  return [
    ...new Set([number.number, number.nationalNumber, national, dashed(national), international, internationalDashed]),
  ];
}

/** Whether two numbers, each in any formatting, are the same valid number. */
export function sameNumber(stored: string, e164: string, region: CountryCode): boolean {
  return toE164(stored, region) === e164;
}
