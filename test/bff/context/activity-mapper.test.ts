import { describe, expect, it } from 'vitest';
import { noteActivityBody, readActivity, summaryOf } from '../../../bff/src/context/activity-mapper.js';
import { noteCommentBody } from '../../../bff/src/context/comment-mapper.js';
import { readContextObject } from '../../../bff/src/context/context-object.js';
import { activityObject, elements } from './adapter-test-kit.js';

const read = (value: Record<string, unknown>) => readActivity(readContextObject(value));

describe('readActivity maps an activity object', () => {
  it('in the documented shape to every Activity property', () => {
    const activity = read({
      id: 'a1',
      ...activityObject('c1', 'Billing question\nCustomer asked about the March invoice.', {
        parentId: 'r1',
        mediaType: 'chat',
        contributors: [
          { type: 'user', id: 'agent7' },
          { type: 'machine', id: 'bot' },
        ],
        dataElements: elements({
          Context_Notes: 'Billing question\nCustomer asked about the March invoice.',
          Context_POD_Source_Phone: '+14155550123',
        }),
        created: { date: '2025-03-01T09:00:00Z' },
        lastUpdated: { date: '2025-03-01T09:05:00Z' },
        state: 'closed',
      }),
    });
    expect(activity).toEqual({
      id: 'a1',
      customerId: 'c1',
      requestId: 'r1',
      channel: 'chat',
      summary: 'Billing question',
      notes: 'Billing question\nCustomer asked about the March invoice.',
      source: 'agent7',
      createdAt: '2025-03-01T09:00:00Z',
      lastUpdated: '2025-03-01T09:05:00Z',
      state: 'closed',
      fields: { Context_POD_Source_Phone: '+14155550123' },
    });
  });

  it('with only id and type to an event with no notes, source or links, dates ""', () => {
    expect(read({ id: 'a2', type: 'activity' })).toEqual({
      id: 'a2',
      channel: 'event',
      createdAt: '',
      lastUpdated: '',
      state: 'active',
      fields: {},
    });
  });

  it('with an unknown mediaType to channel event', () => {
    expect(read({ id: 'a3', type: 'activity', mediaType: 'fax' }).channel).toBe('event');
  });

  it.each(['voice', 'chat', 'email', 'web', 'social', 'mobile', 'video', 'event'])(
    'with mediaType %s to that channel',
    (mediaType) => {
      expect(read({ id: 'a4', type: 'activity', mediaType }).channel).toBe(mediaType);
    },
  );

  it('with only one date uses it for both', () => {
    expect(read({ id: 'a5', type: 'activity', created: { date: 'C' } })).toMatchObject({
      createdAt: 'C',
      lastUpdated: 'C',
    });
    expect(read({ id: 'a5', type: 'activity', lastUpdated: { date: 'L' } })).toMatchObject({
      createdAt: 'L',
      lastUpdated: 'L',
    });
  });
});

describe('summaryOf', () => {
  it('is the first line with text, trimmed', () => {
    expect(summaryOf('\n  \r\n  Called about delivery  \r\nsecond line')).toBe('Called about delivery');
  });

  it('cuts a long first line to 120 characters ending in an ellipsis', () => {
    const summary = summaryOf('x'.repeat(300));
    expect(summary).toHaveLength(120);
    expect(summary?.endsWith('…')).toBe(true);
  });

  it('keeps a line of exactly 120 characters whole', () => {
    expect(summaryOf('y'.repeat(120))).toBe('y'.repeat(120));
  });

  it('is undefined for no notes or only blank lines', () => {
    expect(summaryOf(undefined)).toBeUndefined();
    expect(summaryOf(' \n\t\n')).toBeUndefined();
  });
});

describe('note bodies', () => {
  it('a new note activity is a voice POD of the customer with the text, the agent as user contributor and the tag', () => {
    expect(
      noteActivityBody({
        customerId: 'c1',
        text: 'Promised a callback',
        contributor: 'agent1',
        tag: 'contextdesk-note-k1',
      }),
    ).toEqual({
      type: 'activity',
      state: 'active',
      mediaType: 'voice',
      customerId: 'c1',
      fieldsets: ['cisco.base.pod'],
      dataElements: [{ Context_Notes: 'Promised a callback', type: 'string' }],
      contributors: [{ type: 'user', id: 'agent1' }],
      tags: ['contextdesk-note-k1'],
    });
  });

  it("a comment is a closed detail under its parent with comment, visibility and the author's display name", () => {
    expect(
      noteCommentBody({
        customerId: 'c1',
        parentId: 'a1',
        text: 'Escalated',
        contributor: 'agent1',
        contributorName: 'Alex Ruiz',
        tag: 'contextdesk-note-k2',
      }),
    ).toEqual({
      type: 'detail',
      state: 'closed',
      customerId: 'c1',
      parentId: 'a1',
      fieldsets: ['cisco.base.comment'],
      dataElements: [
        { Context_Comment: 'Escalated', type: 'string' },
        { Context_Visible: true, type: 'boolean' },
        { Context_DisplayName: 'Alex Ruiz', type: 'string' },
      ],
      contributors: [{ type: 'user', id: 'agent1' }],
      tags: ['contextdesk-note-k2'],
    });
  });
});
