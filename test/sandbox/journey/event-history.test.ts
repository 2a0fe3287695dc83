import { describe, expect, it } from 'vitest';
import { MARIA_GARCIA } from '../../../bff/sandbox/context-service/demo/demo-facts.js';
import type { CloudEventJson, ErrorJson, JdsApi } from './journey-kit.js';
import { cloudEvent, useJourney } from './journey-kit.js';

let api: JdsApi;
useJourney((made) => ({ api } = made));

async function events(query: Record<string, string | number>): Promise<CloudEventJson[]> {
  return ((await api.history({ pageSize: 1000, ...query }).expect(200)).body as { data: CloudEventJson[] }).data;
}

function times(list: readonly CloudEventJson[]): number[] {
  return list.map((event) => Date.parse(event.time));
}

describe('the history of an identity', () => {
  it('is newest first and holds the events under every alias of the person', async () => {
    const maria = await events({ identity: MARIA_GARCIA.mobilePhone });
    expect(maria.length).toBeGreaterThan(15);
    expect(times(maria)).toEqual([...times(maria)].sort((left, right) => right - left));
    expect(new Set(maria.map((event) => event.identity))).toEqual(
      new Set([MARIA_GARCIA.mobilePhone, MARIA_GARCIA.homeEmail]),
    );
    expect(await events({ identity: MARIA_GARCIA.homeEmail })).toEqual(maria);
  });

  it('meta carries the workspace, the identity and the page’s count', async () => {
    const response = await api.history({ identity: MARIA_GARCIA.mobilePhone, pageSize: 4 }).expect(200);
    expect((response.body as { meta: Record<string, unknown> }).meta).toMatchObject({
      workspaceId: api.ws,
      identity: MARIA_GARCIA.mobilePhone,
      resultCount: 4,
    });
  });

  it('sort=asc turns it oldest first', async () => {
    const oldestFirst = await events({ identity: MARIA_GARCIA.mobilePhone, sort: 'asc' });
    expect(times(oldestFirst)).toEqual([...times(oldestFirst)].sort((left, right) => left - right));
  });

  it('pages count from 0 and follow on from each other', async () => {
    const all = await events({ identity: MARIA_GARCIA.mobilePhone });
    const first = await events({ identity: MARIA_GARCIA.mobilePhone, page: 0, pageSize: 3 });
    const second = await events({ identity: MARIA_GARCIA.mobilePhone, page: 1, pageSize: 3 });
    expect([...first, ...second]).toEqual(all.slice(0, 6));
    expect(await events({ identity: MARIA_GARCIA.mobilePhone, page: 1000, pageSize: 3 })).toEqual([]);
  });

  it('a pageSize of 0 or a page that is not a number answers 400', async () => {
    await api.history({ pageSize: 0 }).expect(400);
    await api.history({ page: 'two' }).expect(400);
  });

  it('without identity it holds the whole workspace', async () => {
    const maria = await events({ identity: MARIA_GARCIA.mobilePhone });
    expect((await events({})).length).toBeGreaterThan(maria.length * 10);
  });
});

describe('RSQL filters', () => {
  it('filter on the envelope: type==', async () => {
    const web = await events({ identity: MARIA_GARCIA.mobilePhone, filter: "type=='web:page-visit'" });
    expect(web.length).toBeGreaterThan(0);
    expect(web.every((event) => event.type === 'web:page-visit')).toBe(true);
  });

  it('data on the event data: channelType==telephony, and a dotted path into uiData', async () => {
    const calls = await events({ identity: MARIA_GARCIA.mobilePhone, data: 'channelType==telephony' });
    expect(calls.length).toBeGreaterThan(2);
    expect(calls.every((event) => event.data.channelType === 'telephony')).toBe(true);
    expect(await events({ identity: MARIA_GARCIA.mobilePhone, data: "uiData.title=='Call'" })).toEqual(calls);
  });

  it('=in=, =out= and != select by a list', async () => {
    const all = await events({ identity: MARIA_GARCIA.mobilePhone });
    const chatOrEmail = await events({ identity: MARIA_GARCIA.mobilePhone, data: 'channelType=in=(chat,email)' });
    const rest = await events({ identity: MARIA_GARCIA.mobilePhone, data: 'channelType=out=(chat,email)' });
    expect(chatOrEmail.every((event) => ['chat', 'email'].includes(event.data.channelType as string))).toBe(true);
    expect(chatOrEmail.length + rest.length).toBe(all.length);
    expect(await events({ identity: MARIA_GARCIA.mobilePhone, data: 'channelType!=telephony' })).toEqual(
      all.filter((event) => event.data.channelType !== 'telephony'),
    );
  });

  it('; is and, , is or, parentheses group', async () => {
    const all = await events({ identity: MARIA_GARCIA.mobilePhone });
    const openRequests = await events({
      identity: MARIA_GARCIA.mobilePhone,
      data: 'requestState==active;(channelType==telephony,channelType==email)',
    });
    expect(openRequests).toEqual(
      all.filter(
        (event) =>
          event.data.requestState === 'active' && ['telephony', 'email'].includes(event.data.channelType as string),
      ),
    );
    expect(openRequests.length).toBeGreaterThan(0);
  });

  it('time=gt= keeps the events after an instant; a wildcard matches within a value', async () => {
    const all = await events({ identity: MARIA_GARCIA.mobilePhone });
    const since = new Date(Date.now() - 30 * 86_400_000).toISOString();
    expect(await events({ identity: MARIA_GARCIA.mobilePhone, filter: `time=gt='${since}'` })).toEqual(
      all.filter((event) => event.time > since),
    );
    expect(await events({ identity: MARIA_GARCIA.mobilePhone, filter: 'source==/com/cisco/wxcc/*' })).toEqual(
      all.filter((event) => event.source.startsWith('/com/cisco/wxcc/')),
    );
  });

  it('a published event is found by its data at once', async () => {
    await api
      .publish(cloudEvent(MARIA_GARCIA.homeEmail, { data: { channelType: 'chat', requestId: 'req-42' } }))
      .expect(200);
    const found = await events({ identity: MARIA_GARCIA.mobilePhone, data: 'requestId==req-42' });
    expect(found.map((event) => event.identity)).toEqual([MARIA_GARCIA.homeEmail]);
  });

  it('RSQL that does not parse answers 400 saying where', async () => {
    const response = await api.history({ filter: "type=='task:new" }).expect(400);
    expect((response.body as ErrorJson).error.message[0]?.description).toMatch(/^filter is not valid RSQL/);
    await api.history({ data: 'channelType~chat' }).expect(400);
  });

  it('filter on a field outside the envelope answers 400 pointing at data', async () => {
    const response = await api.history({ filter: 'channelType==chat' }).expect(400);
    expect((response.body as ErrorJson).error.message[0]?.description).toContain('use data');
  });
});
