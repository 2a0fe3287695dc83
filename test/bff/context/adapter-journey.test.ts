import { beforeEach, describe, expect, it } from 'vitest';
import type { ContextServiceAdapter } from '../../../bff/src/context/context-service-adapter.js';
import { InvalidRequestError } from '../../../bff/src/errors.js';
import {
  activityObject,
  commentObject,
  customerObject,
  failure,
  requestObject,
  useStubbedAdapter,
} from './adapter-test-kit.js';
import type { ContextServiceStub } from './context-service-stub.js';

let stub: ContextServiceStub;
let adapter: ContextServiceAdapter;
useStubbedAdapter((made) => ({ stub, adapter } = made));

beforeEach(() => {
  stub.seed(customerObject({ Context_First_Name: 'Maria' }, { id: 'c1' }));
  stub.seed(customerObject({ Context_First_Name: 'Bob' }, { id: 'c2' }));
  stub.seed(requestObject('c1', 'Refund', { id: 'r1' }));
  stub.seed(requestObject('c2', 'Not hers', { id: 'r-other' }));
  // Seeded oldest first: each seed is one second later than the one before.
  const channels = ['voice', 'chat', 'voice', 'email', 'voice'];
  channels.forEach((mediaType, index) =>
    stub.seed(
      activityObject('c1', `Contact ${index + 1}\nDetails ${index + 1}`, {
        id: `a${index + 1}`,
        mediaType,
        ...(index === 1 ? { parentId: 'r1' } : {}),
      }),
    ),
  );
  stub.seed(activityObject('c2', 'Bob called', { id: 'b1' }));
  stub.seed(requestObject('c1', 'Address change', { id: 'r2', state: 'closed' }));
});

const ids = (list: readonly { id: string }[]) => list.map((item) => item.id);

describe('journey', () => {
  it('gives the customer activities newest first, mapped, and all of their requests', async () => {
    const journey = await adapter.journey('c1', { limit: 10 });
    expect(ids(journey.activities)).toEqual(['a5', 'a4', 'a3', 'a2', 'a1']);
    expect(journey.activities[3]).toMatchObject({
      id: 'a2',
      customerId: 'c1',
      requestId: 'r1',
      channel: 'chat',
      summary: 'Contact 2',
      notes: 'Contact 2\nDetails 2',
      source: 'agent1',
    });
    expect(ids(journey.requests)).toEqual(['r2', 'r1']);
    expect(journey.requests[0]).toMatchObject({ id: 'r2', customerId: 'c1', title: 'Address change', state: 'closed' });
    expect(journey).not.toHaveProperty('next');
  });

  it('pages with an opaque cursor until the last page, which has no next', async () => {
    const first = await adapter.journey('c1', { limit: 2 });
    expect(ids(first.activities)).toEqual(['a5', 'a4']);
    expect(first.next).toBe(Buffer.from('2').toString('base64url'));
    const second = await adapter.journey('c1', { limit: 2, cursor: first.next });
    expect(ids(second.activities)).toEqual(['a3', 'a2']);
    const third = await adapter.journey('c1', { limit: 2, cursor: second.next });
    expect(ids(third.activities)).toEqual(['a1']);
    expect(third).not.toHaveProperty('next');
  });

  it('a page ending exactly at the last activity has no next', async () => {
    const page = await adapter.journey('c1', { limit: 5 });
    expect(page.activities).toHaveLength(5);
    expect(page).not.toHaveProperty('next');
  });

  it('asks the store for newest first by lastUpdated, at the cursor, with the limit as maxEntries', async () => {
    const first = await adapter.journey('c1', { limit: 2 });
    await adapter.journey('c1', { limit: 2, cursor: first.next });
    const search = stub.requests.filter((request) => request.path === '/context/v1/activity').at(-1);
    expect(Object.fromEntries(search?.query ?? [])).toEqual({
      q: 'customerId:c1',
      startIndex: '2',
      maxEntries: '2',
      sortedBy: 'lastUpdated',
      sortOrder: 'desc',
    });
  });

  it('with a channel gives only activities of that channel, paging within them', async () => {
    const first = await adapter.journey('c1', { channel: 'voice', limit: 2 });
    expect(ids(first.activities)).toEqual(['a5', 'a3']);
    const second = await adapter.journey('c1', { channel: 'voice', limit: 2, cursor: first.next });
    expect(ids(second.activities)).toEqual(['a1']);
    expect(second).not.toHaveProperty('next');
    expect(stub.searches('activity')[0]).toBe('customerId:c1 AND mediaType:voice');
  });

  it('a customer without activities has an empty journey', async () => {
    stub.seed(customerObject({}, { id: 'c3' }));
    expect(await adapter.journey('c3', { limit: 5 })).toEqual({ activities: [], requests: [] });
  });

  it.each([[0], [51], [2.5], [Number.NaN]])(
    'limit %s answers InvalidRequestError naming limit, without asking the store',
    async (limit) => {
      const error = await failure(adapter.journey('c1', { limit }));
      expect(error).toBeInstanceOf(InvalidRequestError);
      expect(error.message).toMatch(/limit/);
      expect(stub.requests).toEqual([]);
    },
  );

  it('a cursor it did not give out answers InvalidRequestError naming cursor', async () => {
    const error = await failure(adapter.journey('c1', { limit: 5, cursor: 'bm90LWEtbnVtYmVy' }));
    expect(error).toBeInstanceOf(InvalidRequestError);
    expect(error.message).toMatch(/cursor/);
  });

  it('a customer id with a space or quote answers InvalidRequestError (it could change the query)', async () => {
    expect(await failure(adapter.journey('c1 OR customerId:c2', { limit: 5 }))).toBeInstanceOf(InvalidRequestError);
    expect(await failure(adapter.journey('c1"', { limit: 5 }))).toBeInstanceOf(InvalidRequestError);
  });
});

describe('journey: the notes on each request', () => {
  const notesOf = async (requestId: string) =>
    (await adapter.journey('c1', { limit: 10 })).requests.find((request) => request.id === requestId)?.notes;

  it('gives each request the comments whose parent it is, newest first, with text, author and date; none on a request without', async () => {
    stub.seed(commentObject('c1', 'r1', 'Refund approved by billing', { id: 'n1' }));
    stub.seed(commentObject('c1', 'r1', 'Bank posts it Friday', { id: 'n2' }));
    const journey = await adapter.journey('c1', { limit: 10 });
    const refund = journey.requests.find((request) => request.id === 'r1');
    expect(refund?.notes).toEqual([
      { id: 'n2', text: 'Bank posts it Friday', author: 'Alex Rivera', createdAt: expect.any(String) as unknown },
      { id: 'n1', text: 'Refund approved by billing', author: 'Alex Rivera', createdAt: expect.any(String) as unknown },
    ]);
    expect(journey.requests.find((request) => request.id === 'r2')?.notes).toEqual([]);
  });

  it('finds them with one detail search by customer, beside the activity and request searches', async () => {
    await adapter.journey('c1', { limit: 10 });
    expect(stub.searches('detail')).toEqual(['customerId:c1']);
  });

  it("a comment on an activity is no request's note, nor is a comment on another customer's request", async () => {
    stub.seed(commentObject('c1', 'a2', 'About that chat only', { id: 'on-activity' }));
    stub.seed(commentObject('c2', 'r-other', "Bob's", { id: 'on-other' }));
    const journey = await adapter.journey('c1', { limit: 10 });
    expect(journey.requests.flatMap((request) => request.notes)).toEqual([]);
  });

  it("a comment marked Context_Visible false is left out, as Cisco's gadget hides it", async () => {
    stub.seed(
      commentObject('c1', 'r1', 'Internal only', {
        id: 'hidden',
        dataElements: [
          { Context_Comment: 'Internal only', type: 'string' },
          { Context_Visible: false, type: 'boolean' },
        ],
      }),
    );
    expect(await notesOf('r1')).toEqual([]);
  });

  it('a detail without Context_Comment (a rating) is no note; a comment without a display name names its first contributor', async () => {
    stub.seed(
      commentObject('c1', 'r1', '', {
        id: 'rating',
        fieldsets: ['cisco.base.rating'],
        dataElements: [{ cccRatingPoints: 4, type: 'integer' }],
      }),
    );
    stub.seed(
      commentObject('c1', 'r1', 'Nameless', {
        id: 'nameless',
        dataElements: [{ Context_Comment: 'Nameless', type: 'string' }],
        contributors: [{ type: 'user', id: 'agent2' }],
      }),
    );
    expect(await notesOf('r1')).toEqual([
      { id: 'nameless', text: 'Nameless', author: 'agent2', createdAt: expect.any(String) as unknown },
    ]);
  });
});
