import { describe, expect, it } from 'vitest';
import { readApiErrors } from '../../../bff/src/finesse/api-errors-mapper.js';
import { UpstreamFormatError } from '../../../bff/src/upstream/format-error.js';
import { documentedXml } from './documented-xml.js';

describe('readApiErrors maps', () => {
  it('the documented PascalCase ApiErrors to type, message and data, with the HTTP status given', () => {
    expect(readApiErrors(documentedXml('api-errors.xml'), 400)).toEqual([
      { type: 'Invalid Input', message: 'Invalid State specified for user', data: 'state', status: 400 },
    ]);
  });

  it('camelCase apiErrors (notifications) like PascalCase, without a status', () => {
    const xml =
      '<apiErrors><apiError><errorType>Invalid State</errorType><errorMessage>CF_INVALID_OBJECT_STATE</errorMessage><errorData>22</errorData></apiError></apiErrors>';
    expect(readApiErrors(xml)).toEqual([{ type: 'Invalid State', message: 'CF_INVALID_OBJECT_STATE', data: '22' }]);
  });

  it('the same error with its elements in any order to the same detail', () => {
    const orders = [
      '<ErrorType>Invalid State</ErrorType><ErrorData>22</ErrorData><ErrorMessage>M</ErrorMessage>',
      '<ErrorMessage>M</ErrorMessage><ErrorType>Invalid State</ErrorType><ErrorData>22</ErrorData>',
      '<ErrorData>22</ErrorData><ErrorMessage>M</ErrorMessage><ErrorType>Invalid State</ErrorType>',
    ];
    const details = orders.map((order) => readApiErrors(`<ApiErrors><ApiError>${order}</ApiError></ApiErrors>`));
    expect(details[1]).toEqual(details[0]);
    expect(details[2]).toEqual(details[0]);
  });

  it('an empty or missing ErrorData and ErrorMessage to empty strings', () => {
    expect(
      readApiErrors('<ApiErrors><ApiError><ErrorType>Bad Request</ErrorType><ErrorData/></ApiError></ApiErrors>'),
    ).toEqual([{ type: 'Bad Request', message: '', data: '' }]);
  });

  it('the 12.5(1) peripheral fields to peripheral code, text and message', () => {
    const xml =
      '<apiErrors><apiError><peripheralErrorCode>10125</peripheralErrorCode><errorType>Invalid Device</errorType>' +
      '<errorMessage>CF_INVALID_LOGON_DEVICE_SPECIFIED</errorMessage><peripheralErrorText>Invalid Device</peripheralErrorText>' +
      '<peripheralErrorMsg>PERERR_X</peripheralErrorMsg><errorData>260</errorData></apiError></apiErrors>';
    expect(readApiErrors(xml)[0]).toEqual({
      type: 'Invalid Device',
      message: 'CF_INVALID_LOGON_DEVICE_SPECIFIED',
      data: '260',
      peripheral: { code: '10125', text: 'Invalid Device', message: 'PERERR_X' },
    });
  });

  it('several errors to all of them in order', () => {
    const xml =
      '<ApiErrors><ApiError><ErrorType>A</ErrorType></ApiError><ApiError><ErrorType>B</ErrorType></ApiError></ApiErrors>';
    expect(readApiErrors(xml).map((error) => error.type)).toEqual(['A', 'B']);
  });
});

describe('readApiErrors refuses with an UpstreamFormatError', () => {
  const REFUSED: [string, string][] = [
    ['an ApiErrors with no ApiError', '<ApiErrors/>'],
    ['an ApiError without ErrorType', '<ApiErrors><ApiError><ErrorMessage>M</ErrorMessage></ApiError></ApiErrors>'],
    ['an HTML error page', '<html><body>Error</body></html>'],
    ['malformed XML', '<ApiErrors><ApiError>'],
    [
      'a DOCTYPE declaring an entity',
      '<!DOCTYPE ApiErrors [<!ENTITY t "Bad Request">]><ApiErrors><ApiError><ErrorType>&t;</ErrorType></ApiError></ApiErrors>',
    ],
  ];
  for (const [what, xml] of REFUSED) {
    it(what, () => {
      expect(() => readApiErrors(xml)).toThrow(UpstreamFormatError);
    });
  }
});
