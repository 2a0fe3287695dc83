import { describe, expect, it } from 'vitest';
import { UpstreamFormatError } from '../../../bff/src/upstream/format-error.js';
import { readContextObject } from '../../../bff/src/context/context-object.js';
import { readRequest, requestBody } from '../../../bff/src/context/request-mapper.js';
import { elements, requestObject } from './adapter-test-kit.js';

const read = (value: Record<string, unknown>) => readRequest(readContextObject(value));

describe('readRequest maps a request object', () => {
  it('in the documented shape to every ContextRequest property', () => {
    const request = read({
      id: 'r1',
      ...requestObject('c1', 'Refund', {
        dataElements: elements({ Context_Description: 'Double charge in March', Context_Title: 'Refund' }),
        created: { date: 'C' },
        lastUpdated: { date: 'L' },
      }),
    });
    expect(request).toEqual({
      id: 'r1',
      customerId: 'c1',
      title: 'Refund',
      description: 'Double charge in March',
      state: 'active',
      createdAt: 'C',
      lastUpdated: 'L',
      notes: [],
    });
  });

  it('without title or description to title "" and no description', () => {
    const request = read({ id: 'r2', type: 'request', customerId: 'c1', state: 'closed' });
    expect(request).toEqual({
      id: 'r2',
      customerId: 'c1',
      title: '',
      state: 'closed',
      createdAt: '',
      lastUpdated: '',
      notes: [],
    });
  });

  it('takes the customer from customerRefUrl when customerId is absent', () => {
    expect(read({ id: 'r3', type: 'request', customerRefUrl: 'https://cs/context/v1/customer/c7' }).customerId).toBe(
      'c7',
    );
  });

  it('refuses a request without a customer with an UpstreamFormatError', () => {
    expect(() => read({ id: 'r4', type: 'request' })).toThrow(UpstreamFormatError);
  });
});

describe('requestBody', () => {
  it('writes title and description in the request fieldset', () => {
    expect(requestBody({ customerId: 'c1', title: ' Refund ', description: 'March' })).toEqual({
      type: 'request',
      state: 'active',
      customerId: 'c1',
      fieldsets: ['cisco.base.request'],
      dataElements: [
        { Context_Title: 'Refund', type: 'string' },
        { Context_Description: 'March', type: 'string' },
      ],
      contributors: [],
      tags: [],
    });
  });

  it('leaves out a missing or blank description', () => {
    expect(requestBody({ customerId: 'c1', title: 'T' }).dataElements).toEqual([
      { Context_Title: 'T', type: 'string' },
    ]);
    expect(requestBody({ customerId: 'c1', title: 'T', description: ' ' }).dataElements).toEqual([
      { Context_Title: 'T', type: 'string' },
    ]);
  });
});
