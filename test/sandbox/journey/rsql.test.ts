import { describe, expect, it } from 'vitest';
import { JourneyError } from '../../../bff/sandbox/journey/model/journey-error.js';
import { parseRsql, selectorsOf } from '../../../bff/sandbox/journey/model/rsql.js';
import { rsqlMatches } from '../../../bff/sandbox/journey/model/rsql-match.js';

const record: Readonly<Record<string, unknown>> = {
  type: 'task:new',
  channelType: 'chat',
  count: 12,
  time: '2026-03-11T18:30:00.000Z',
  title: 'Refund request',
};

function holds(filter: string): boolean {
  return rsqlMatches(parseRsql(filter, 'filter'), (selector) => record[selector]);
}

describe('RSQL comparisons', () => {
  it.each([
    ["type=='task:new'", true],
    ['type=="task:new"', true],
    ['channelType==chat', true],
    ['channelType==email', false],
    ['channelType!=email', true],
    ['channelType=in=(email,chat)', true],
    ['channelType=out=(email,chat)', false],
    ['count=gt=11', true],
    ['count>12', false],
    ['count=ge=12', true],
    ['count<=12', true],
    ['count=lt=2', false],
    ["time=gt='2026-03-11T18:00:00Z'", true],
    ["time=le='2026-03-11T18:00:00+00:00'", false],
    ['title==Refund*', true],
    ['title==*request', true],
    ['title=like=fund', true],
    ['missing==x', false],
    ['missing!=x', true],
    ['missing=gt=1', false],
  ])('%s → %s', (filter, expected) => {
    expect(holds(filter)).toBe(expected);
  });
});

describe('RSQL logic', () => {
  it.each([
    ['channelType==chat;count==12', true],
    ['channelType==chat;count==13', false],
    ['channelType==email,count==12', true],
    ['channelType==chat and count==13', false],
    ['channelType==email or count==12', true],
    ['channelType==email;count==12,type==task:new', true],
    ['channelType==email;(count==12,type==task:new)', false],
  ])('%s → %s', (filter, expected) => {
    expect(holds(filter)).toBe(expected);
  });

  it('lists every selector a filter names', () => {
    expect(selectorsOf(parseRsql('a==1;(b==2,c=in=(3,4))', 'data'))).toEqual(['a', 'b', 'c']);
  });
});

describe('RSQL that does not parse', () => {
  it.each(['', 'type', 'type==', "type=='open", 'type~=x', '(type==x', 'type==x)', '==x', 'channelType=in=(a,b'])(
    '"%s" is a 400 naming the parameter',
    (filter) => {
      let error: unknown;
      try {
        parseRsql(filter, 'data');
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(JourneyError);
      expect((error as JourneyError).status).toBe(400);
      expect((error as JourneyError).message).toMatch(/^data is not valid RSQL/);
    },
  );
});
