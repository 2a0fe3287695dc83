import { describe, expect, it } from 'vitest';
import type { ContextClient, ContextObjectJson } from './context-kit.js';
import {
  activityBody,
  commentBody,
  customerBody,
  element,
  errorOf,
  fieldOf,
  requestBody,
  useContextService,
} from './context-kit.js';

let client: ContextClient;
useContextService((made) => ({ client } = made));

async function customer(): Promise<ContextObjectJson> {
  return client.create('customer', customerBody({ Context_First_Name: 'Ivanna', Context_Last_Name: 'Buy' }));
}

/** The object as read, with other data elements: what a client PUTs back. */
function edited(object: ContextObjectJson, dataElements: object[]): object {
  return { ...object, dataElements };
}

describe('PUT /context/v1/{type}/{id}', () => {
  it('with the current lastUpdated answers 200 with the new data and a newer lastUpdated', async () => {
    const before = await customer();
    const response = await client.put(
      `/customer/${before.id}`,
      edited(before, [element('Context_First_Name', 'Ivana')]),
    );
    expect(response.status).toBe(200);
    const after = response.body as ContextObjectJson;
    expect(fieldOf(after, 'Context_First_Name')).toBe('Ivana');
    expect(fieldOf(after, 'Context_Last_Name')).toBeUndefined();
    expect(Date.parse(after.lastUpdated.date)).toBeGreaterThan(Date.parse(before.lastUpdated.date));
    expect(after.created).toEqual(before.created);
    expect(await client.read('customer', before.id)).toEqual(after);
  });

  it('with only the lastUpdated, fieldsets and dataElements (no echo of the rest) answers 200', async () => {
    const before = await customer();
    const body = {
      lastUpdated: before.lastUpdated,
      fieldsets: ['cisco.base.customer'],
      dataElements: [element('Context_City', 'Detroit')],
    };
    expect((await client.put(`/customer/${before.id}`, body)).status).toBe(200);
  });

  it('with a stale lastUpdated answers 409 naming the current one, and changes nothing', async () => {
    const before = await customer();
    await client.put(`/customer/${before.id}`, edited(before, [element('Context_City', 'Detroit')])).expect(200);
    const stale = await client.put(`/customer/${before.id}`, edited(before, [element('Context_City', 'Chicago')]));
    expect(stale.status).toBe(409);
    expect(errorOf(stale)).toMatchObject({ key: '409', message: expect.stringMatching(/Stale update/) as unknown });
    expect(fieldOf(await client.read('customer', before.id), 'Context_City')).toBe('Detroit');
  });

  it('without a lastUpdated answers 409', async () => {
    const before = await customer();
    const response = await client.put(`/customer/${before.id}`, { fieldsets: before.fieldsets, dataElements: [] });
    expect(response.status).toBe(409);
    expect(errorOf(response).message).toMatch(/must carry/);
  });

  it('two updates racing from the same read: the first wins, the second answers 409', async () => {
    const before = await customer();
    const [first, second] = [
      await client.put(`/customer/${before.id}`, edited(before, [element('Context_City', 'A')])),
      await client.put(`/customer/${before.id}`, edited(before, [element('Context_City', 'B')])),
    ];
    expect([first.status, second.status]).toEqual([200, 409]);
  });

  it('of a detail answers 400: a detail is never updatable', async () => {
    const activity = await client.create('activity', activityBody());
    const detail = await client.create('detail', commentBody({ parentId: activity.id }));
    const response = await client.put(`/detail/${detail.id}`, edited(detail, [element('Context_Comment', 'changed')]));
    expect(response.status).toBe(400);
    expect(errorOf(response).message).toMatch(/never updatable/);
  });

  it('closing a request answers 200; any later update of it answers 409: a closed request is read-only', async () => {
    const request = await client.create('request', requestBody((await customer()).id));
    const closed = await client.put(`/request/${request.id}`, { ...request, state: 'closed' });
    expect(closed.status).toBe(200);
    const again = await client.put(`/request/${request.id}`, {
      ...(closed.body as ContextObjectJson),
      dataElements: [element('Context_Title', 'Reopen?')],
    });
    expect(again.status).toBe(409);
    expect(errorOf(again).message).toMatch(/closed and read-only/);
  });

  it('reopening a closed activity answers 400: there is no reopen', async () => {
    const activity = await client.create('activity', activityBody({ state: 'closed' }));
    expect((await client.put(`/activity/${activity.id}`, { ...activity, state: 'active' })).status).toBe(400);
  });

  it("an update that drops a request's customer answers 400", async () => {
    const request = await client.create('request', requestBody((await customer()).id));
    expect(
      (await client.put(`/request/${request.id}`, { ...request, customerId: undefined, customerRefUrl: undefined }))
        .status,
    ).toBe(400);
  });

  it('an update whose body id differs from the URL answers 400', async () => {
    const [one, other] = [await customer(), await customer()];
    expect((await client.put(`/customer/${one.id}`, { ...one, id: other.id })).status).toBe(400);
  });

  it('of an unknown object answers 404', async () => {
    const response = await client.put('/customer/6f0c3a94-1d2e-4b5f-8a7c-9e0d1f2a3b4c', {
      lastUpdated: { date: '2025-01-01T00:00:00Z' },
      fieldsets: ['cisco.base.customer'],
    });
    expect(response.status).toBe(404);
  });
});
