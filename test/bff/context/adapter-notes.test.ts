import { beforeEach, describe, expect, it } from 'vitest';
import type { ContextServiceAdapter } from '../../../bff/src/context/context-service-adapter.js';
import { ConflictError, InvalidRequestError, NotFoundError } from '../../../bff/src/errors.js';
import { activityObject, customerObject, failure, requestObject, useStubbedAdapter } from './adapter-test-kit.js';
import type { ContextServiceStub } from './context-service-stub.js';

let stub: ContextServiceStub;
let adapter: ContextServiceAdapter;
useStubbedAdapter((made) => ({ stub, adapter } = made));

beforeEach(() => {
  stub.seed(customerObject({}, { id: 'c1' }));
  stub.seed(customerObject({}, { id: 'c2' }));
  stub.seed(requestObject('c1', 'Refund', { id: 'r1' }));
  stub.seed(activityObject('c1', 'Call', { id: 'a1', parentId: 'r1' }));
  stub.seed(activityObject('c2', 'Call of c2', { id: 'a2' }));
});

const created = (type: string) =>
  [...stub.objects.values()].filter(
    (object) => object.type === type && (object.tags as string[]).some((tag) => tag.startsWith('contextdesk-note-')),
  );

describe('addNote', () => {
  it('without activity or request adds a voice activity for the customer with the text, the agent and the idempotency tag', async () => {
    const { activityId } = await adapter.addNote({
      customerId: 'c1',
      text: 'Promised a callback\nby Friday',
      contributor: 'agent1',
      idempotencyKey: 'note-1',
    });
    expect(stub.objects.get(activityId)).toMatchObject({
      type: 'activity',
      mediaType: 'voice',
      customerId: 'c1',
      fieldsets: ['cisco.base.pod'],
      dataElements: [{ Context_Notes: 'Promised a callback\nby Friday', type: 'string' }],
      contributors: [{ type: 'user', id: 'agent1' }],
      tags: ['contextdesk-note-note-1'],
    });
    expect(await adapter.getActivity(activityId)).toMatchObject({
      summary: 'Promised a callback',
      source: 'agent1',
      channel: 'voice',
    });
  });

  it('delivered twice with the same idempotency key creates one activity and answers its id both times', async () => {
    const note = { customerId: 'c1', text: 'Once', contributor: 'agent1', idempotencyKey: 'retry-me' };
    const first = await adapter.addNote(note);
    const second = await adapter.addNote(note);
    expect(second).toEqual(first);
    expect(created('activity')).toHaveLength(1);
    expect(stub.searches('activity')).toEqual(['tags:contextdesk-note-retry-me', 'tags:contextdesk-note-retry-me']);
  });

  it('with different keys creates two notes', async () => {
    await adapter.addNote({ customerId: 'c1', text: 'One', contributor: 'agent1', idempotencyKey: 'k1' });
    await adapter.addNote({ customerId: 'c1', text: 'Two', contributor: 'agent1', idempotencyKey: 'k2' });
    expect(created('activity')).toHaveLength(2);
  });

  it('with an activity adds a comment (detail) under that activity, once per key', async () => {
    const note = {
      customerId: 'c1',
      activityId: 'a1',
      requestId: 'r1',
      text: 'Escalated to billing',
      contributor: 'agent1',
      idempotencyKey: 'c-1',
    };
    const { activityId } = await adapter.addNote(note);
    expect(stub.objects.get(activityId)).toMatchObject({
      type: 'detail',
      parentId: 'a1',
      customerId: 'c1',
      fieldsets: ['cisco.base.comment'],
      dataElements: [
        { Context_Comment: 'Escalated to billing', type: 'string' },
        { Context_Visible: true, type: 'boolean' },
        { Context_DisplayName: 'agent1', type: 'string' },
      ],
      tags: ['contextdesk-note-c-1'],
    });
    expect(await adapter.addNote(note)).toEqual({ activityId });
    expect(created('detail')).toHaveLength(1);
    expect(created('activity')).toHaveLength(0);
  });

  it('with only a request adds a comment under the request', async () => {
    const { activityId } = await adapter.addNote({
      customerId: 'c1',
      requestId: 'r1',
      text: 'Refund approved',
      contributor: 'agent2',
      idempotencyKey: 'r-1',
    });
    expect(stub.objects.get(activityId)).toMatchObject({ type: 'detail', parentId: 'r1', customerId: 'c1' });
  });

  it('on another customer activity answers 409 note_parent_mismatch and creates nothing', async () => {
    const error = await failure(
      adapter.addNote({
        customerId: 'c1',
        activityId: 'a2',
        text: 'Wrong',
        contributor: 'agent1',
        idempotencyKey: 'x',
      }),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ code: 'note_parent_mismatch' });
    expect(created('detail')).toHaveLength(0);
  });

  it('on an unknown activity answers NotFoundError (a refusal the outbox does not retry)', async () => {
    expect(
      await failure(
        adapter.addNote({
          customerId: 'c1',
          activityId: 'gone',
          text: 'T',
          contributor: 'agent1',
          idempotencyKey: 'y',
        }),
      ),
    ).toBeInstanceOf(NotFoundError);
  });

  it.each([[''], ['has space'], ['has"quote'], ['x'.repeat(129)]])(
    'an idempotency key %j answers InvalidRequestError without asking the store',
    async (idempotencyKey) => {
      expect(
        await failure(adapter.addNote({ customerId: 'c1', text: 'T', contributor: 'agent1', idempotencyKey })),
      ).toBeInstanceOf(InvalidRequestError);
      expect(stub.requests).toEqual([]);
    },
  );
});
