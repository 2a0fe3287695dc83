import { describe, expect, it } from 'vitest';
import { UpstreamFormatError } from '../../../bff/src/upstream/format-error.js';
import {
  PARTIAL_SUCCESS_MESSAGE,
  readApiErrors,
  readPartialSuccess,
  readRegistration,
  writeConnectionData,
} from '../../../bff/src/ccadmin/registration-xml.js';
import { InvalidRequestError } from '../../../bff/src/errors.js';
import { NOT_REGISTERED_XML, PARTIAL_SUCCESS_XML, REGISTERED_XML, TOO_LARGE_XML } from './documented-xml.js';

const registration = (inner: string) => `<contextServiceRegistration>${inner}</contextServiceRegistration>`;

function formatProblem(read: () => unknown): string {
  try {
    read();
  } catch (error) {
    if (error instanceof UpstreamFormatError) return error.message;
    throw error;
  }
  throw new Error('expected an UpstreamFormatError');
}

describe('readRegistration maps the GET answer', () => {
  it('the documented registered example, comments and indentation included, reads as registered with its management and deregistration URLs', () => {
    expect(readRegistration(REGISTERED_XML)).toEqual({
      state: 'registered',
      managementUrl: 'https://admin.example.com/manage',
      deregistrationUrl: 'https://wizard.example.com/deregister?callbackUrl=x',
    });
  });

  it('notRegistered with its elements in another order reads the same way, with the registration URL', () => {
    expect(readRegistration(NOT_REGISTERED_XML)).toEqual({
      state: 'notRegistered',
      registrationUrl: 'https://wizard.example.com/register?callbackUrl=x',
    });
  });

  it('invalid, with empty URL elements, reads as invalid with no URL', () => {
    expect(
      readRegistration(registration('<state>invalid</state><managementUrl/><registrationUrl></registrationUrl>')),
    ).toEqual({ state: 'invalid' });
  });

  it('an XML declaration, a namespace prefix and unknown elements are accepted', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?><ns2:contextServiceRegistration xmlns:ns2="urn:x"><ns2:state>registered</ns2:state><extra>1</extra></ns2:contextServiceRegistration>`;
    expect(readRegistration(xml)).toEqual({ state: 'registered' });
  });

  it('an escaped ampersand in a URL is decoded', () => {
    expect(
      readRegistration(
        registration(
          '<state>notRegistered</state><registrationUrl>https://w.example.com/r?a=1&amp;b=2</registrationUrl>',
        ),
      ).registrationUrl,
    ).toBe('https://w.example.com/r?a=1&b=2');
  });

  it.each([
    ['a state CCE does not document', registration('<state>pending</state>'), '<contextServiceRegistration><state>'],
    ['no state', registration('<refURL>/x</refURL>'), '<state> is missing'],
    ['an empty root', '<contextServiceRegistration/>', '<state> is missing'],
    [
      'two states',
      registration('<state>registered</state><state>invalid</state>'),
      '<state> must hold text only, once',
    ],
    [
      'a javascript: registration URL',
      registration('<state>notRegistered</state><registrationUrl>javascript:alert(1)</registrationUrl>'),
      '<registrationUrl> must be an absolute http(s) URL',
    ],
    [
      'a relative management URL',
      registration('<state>registered</state><managementUrl>/manage</managementUrl>'),
      '<managementUrl> must be an absolute http(s) URL',
    ],
    ['another root', '<apiErrors/>', 'expected <contextServiceRegistration>, found <apiErrors>'],
    ['text that is not XML', 'Successfully saved', 'not well-formed XML'],
    ['XML cut off mid-element', '<contextServiceRegistration><state>regis', 'not well-formed XML'],
    [
      'a DTD',
      '<!DOCTYPE x [<!ENTITY a "b">]><contextServiceRegistration><state>&a;</state></contextServiceRegistration>',
      'document type declarations are refused',
    ],
    ['an undeclared entity', registration('<state>&bogus;</state>'), 'undeclared entity'],
  ])('%s is a format error naming the element, never the value', (_label, xml, expected) => {
    const message = formatProblem(() => readRegistration(xml));
    expect(message).toContain(expected);
    expect(message).not.toMatch(/javascript|pending/);
  });
});

describe('readApiErrors maps the unifiedconfig error body', () => {
  it('the documented PARTIAL_SUCCESS body gives its type and message', () => {
    expect(readApiErrors(PARTIAL_SUCCESS_XML)).toEqual([
      { type: 'PARTIAL_SUCCESS', message: 'Configuration update failed for one or more devices.' },
    ]);
  });

  it('an errorDetail holding elements is left out and errorData is kept', () => {
    expect(readApiErrors(TOO_LARGE_XML)).toEqual([
      { type: 'invalidInput.fieldLengthExceeded', message: 'The maximum size is 4 KB.', data: 'connectionData' },
    ]);
  });

  it('two apiError elements give two errors in document order', () => {
    const xml =
      '<apiErrors><apiError><errorType>a</errorType></apiError><apiError><errorType>b</errorType><errorMessage>m</errorMessage></apiError></apiErrors>';
    expect(readApiErrors(xml)).toEqual([
      { type: 'a', message: '' },
      { type: 'b', message: 'm' },
    ]);
  });

  it.each([
    ['an empty apiErrors', '<apiErrors/>', '<apiErrors><apiError> is missing'],
    [
      'an apiError without errorType',
      '<apiErrors><apiError><errorMessage>m</errorMessage></apiError></apiErrors>',
      '<apiErrors><apiError><errorType> is missing',
    ],
  ])('%s is a format error', (_label, xml, expected) => {
    expect(formatProblem(() => readApiErrors(xml))).toBe(expected);
  });
});

describe('readPartialSuccess names the devices CCE could not synchronise', () => {
  it.each([
    [
      'the documented body (no device named)',
      PARTIAL_SUCCESS_XML,
      [],
      'Configuration update failed for one or more devices.',
    ],
    [
      'a "Failed devices:" ending of the message',
      '<apiErrors><apiError><errorMessage>Configuration update failed for one or more devices. Failed devices: CVP, Finesse.</errorMessage><errorType>PARTIAL_SUCCESS</errorType></apiError></apiErrors>',
      ['CVP', 'Finesse'],
      'Configuration update failed for one or more devices. Failed devices: CVP, Finesse.',
    ],
    [
      'one PARTIAL_SUCCESS error per device in errorData, host names with dots',
      '<apiErrors><apiError><errorData>cvp1.example.com</errorData><errorMessage>m</errorMessage><errorType>PARTIAL_SUCCESS</errorType></apiError><apiError><errorData>finesse-a.example.com</errorData><errorType>PARTIAL_SUCCESS</errorType></apiError></apiErrors>',
      ['cvp1.example.com', 'finesse-a.example.com'],
      'm',
    ],
    [
      'a comma-separated errorData list with a repeat',
      '<apiErrors><apiError><errorData>CVP; SocialMiner, CVP</errorData><errorType>PARTIAL_SUCCESS</errorType></apiError></apiErrors>',
      ['CVP', 'SocialMiner'],
      PARTIAL_SUCCESS_MESSAGE,
    ],
    ['an empty body (CCE answered 201 all the same)', '', [], PARTIAL_SUCCESS_MESSAGE],
    ['plain text', 'Configuration update failed for one or more devices.', [], PARTIAL_SUCCESS_MESSAGE],
  ])('%s', (_label, xml, devices, message) => {
    expect(readPartialSuccess(xml)).toEqual({ failedDevices: devices, message });
  });
});

describe('writeConnectionData writes the PUT body', () => {
  it('plain data goes inside <connectionData> of <contextServiceRegistration>, with no declaration', () => {
    expect(writeConnectionData('eyJhIjoiYiJ9')).toBe(
      '<contextServiceRegistration><connectionData>eyJhIjoiYiJ9</connectionData></contextServiceRegistration>',
    );
  });

  it('"" (deregister) is an empty <connectionData> element', () => {
    expect(writeConnectionData('')).toBe(
      '<contextServiceRegistration><connectionData></connectionData></contextServiceRegistration>',
    );
  });

  it('markup characters are escaped, so the data cannot close its element, and read back unchanged', () => {
    const data = `</connectionData><state>registered</state>&amp;"'`;
    const xml = writeConnectionData(data);
    expect(xml).not.toContain('</connectionData><state>');
    expect(xml).toContain('&lt;/connectionData&gt;&lt;state&gt;');
    const echoed = xml
      .replace('<contextServiceRegistration>', '<apiErrors><apiError><errorType>x</errorType><errorMessage>')
      .replace('<connectionData>', '')
      .replace('</connectionData></contextServiceRegistration>', '</errorMessage></apiError></apiErrors>');
    expect(readApiErrors(echoed)[0]?.message).toBe(data);
  });

  it('a character XML cannot carry is refused as invalid input, not sent', () => {
    expect(() => writeConnectionData('a\u0001b')).toThrow(InvalidRequestError);
  });
});
