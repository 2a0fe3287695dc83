import { describe, expect, it } from 'vitest';
import { checkRegion, storedFormats, toE164 } from '../../../bff/src/context/phone-numbers.js';

describe('toE164 normalises a number written any way', () => {
  it.each([
    ['+1 415 555 0123', 'US', '+14155550123'],
    ['(415) 555-0123', 'US', '+14155550123'],
    ['415.555.0123', 'US', '+14155550123'],
    ['4155550123', 'US', '+14155550123'],
    ['14155550123', 'US', '+14155550123'],
    ['+1 415-555-0123', 'US', '+14155550123'],
    ['+14155550123 ext 5', 'US', '+14155550123'],
    ['+44 20 7946 0958', 'US', '+442079460958'],
    ['011 44 20 7946 0958', 'US', '+442079460958'],
    ['020 7946 0958', 'GB', '+442079460958'],
    ['+33 1 23 45 67 89', 'US', '+33123456789'],
    ['+49 30 123456', 'DE', '+4930123456'],
  ] as const)('%s in region %s is %s', (raw, region, e164) => {
    expect(toE164(raw, region)).toBe(e164);
  });

  it.each([[''], ['123'], ['+1 415 555'], ['555-0123'], ['(555) 555-5555'], ['not a number'], ['020 7946 0958']])(
    '%j in region US is no number (undefined)',
    (raw) => {
      expect(toE164(raw, 'US')).toBeUndefined();
    },
  );
});

describe('storedFormats lists the formats a store may hold a number in', () => {
  it('for a US number: E.164, national digits, (415) 555-0123, 415-555-0123, +1 415 555 0123 and +1 415-555-0123', () => {
    expect(storedFormats('415.555.0123', 'US')).toEqual([
      '+14155550123',
      '4155550123',
      '(415) 555-0123',
      '415-555-0123',
      '+1 415 555 0123',
      '+1 415-555-0123',
    ]);
  });

  it('for a UK number from the US, the national formats keep their trunk 0 and the international ones drop it', () => {
    expect(storedFormats('+44 20 7946 0958', 'US')).toEqual([
      '+442079460958',
      '2079460958',
      '020 7946 0958',
      '020-7946-0958',
      '+44 20 7946 0958',
      '+44 20-7946-0958',
    ]);
  });

  it('without the extension of the number given', () => {
    expect(storedFormats('+1 415 555 0123 ext. 7', 'US')).not.toContain(expect.stringContaining('ext'));
  });

  it('for an invalid number, none', () => {
    expect(storedFormats('12345', 'US')).toEqual([]);
  });
});

describe('checkRegion', () => {
  it('accepts a supported ISO country code', () => {
    expect(checkRegion('GB')).toBe('GB');
  });

  it.each([['us'], ['XX'], [''], ['USA']])('refuses %j with ERR_CONTEXT_REGION', (region) => {
    expect(() => checkRegion(region)).toThrow(/ERR_CONTEXT_REGION/);
  });
});
