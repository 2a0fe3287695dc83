import { describe, expect, it } from 'vitest';
import { MARIA_GARCIA } from '../../../bff/sandbox/context-service/demo/demo-facts.js';
import { DEMO_TEMPLATE_NAME } from '../../../bff/sandbox/journey/demo/demo-facts.js';
import type { CloudEventJson, ErrorJson, JdsApi, ManualClock, PersonJson } from './journey-kit.js';
import { cloudEvent, useJourney } from './journey-kit.js';

let api: JdsApi;
let clock: ManualClock;
useJourney((made) => ({ api, clock } = made));

interface AttributeJson {
  readonly queryTemplate: { readonly displayName: string };
  readonly result: string;
  readonly error: string;
  readonly journeyEvents: CloudEventJson[];
}

interface ProfileJson {
  readonly meta: { readonly personId: string; readonly templateId: string; readonly workspaceId: string };
  readonly data: {
    readonly personId: string;
    readonly templateId: string;
    readonly attributes: AttributeJson[];
    readonly systemMetdata: { readonly journeyActionTriggerHistories: unknown[] };
    readonly timestamp: string;
  }[];
}

const templates = () => `/admin/v1/api/profile-view-template/workspace-id/${api.ws}`;
const profiles = () => `/v1/api/progressive-profile-view/workspace-id/${api.ws}`;

async function mariaId(): Promise<string> {
  return ((await api.byAlias(MARIA_GARCIA.mobilePhone).expect(200)).body as { data: PersonJson[] }).data[0]?.id ?? '';
}

async function profile(path: string): Promise<ProfileJson> {
  return (await api.get(path).expect(200)).body as ProfileJson;
}

function result(view: ProfileJson, displayName: string): string {
  const attribute = view.data[0]?.attributes.find((candidate) => candidate.queryTemplate.displayName === displayName);
  if (!attribute) throw new Error(`No attribute ${displayName}`);
  return attribute.result;
}

async function historyCount(query: Record<string, string>): Promise<number> {
  return (
    (await api.history({ identity: MARIA_GARCIA.mobilePhone, pageSize: 1000, ...query }).expect(200)).body as {
      data: unknown[];
    }
  ).data.length;
}

describe('profile-view templates', () => {
  it('the demo template is found by name and by id, in the list, with its attributes', async () => {
    const byName = (await api.get(`${templates()}/template-name/${DEMO_TEMPLATE_NAME}`).expect(200)).body as {
      data: { id: string; name: string; attributes: unknown[] };
    };
    expect(byName.data.name).toBe(DEMO_TEMPLATE_NAME);
    expect(byName.data.attributes.length).toBeGreaterThan(3);
    expect(
      ((await api.get(`${templates()}/template-id/${byName.data.id}`).expect(200)).body as { data: unknown }).data,
    ).toEqual(byName.data);
    expect(((await api.get(templates()).expect(200)).body as { data: unknown[] }).data).toEqual([byName.data]);
  });

  it('a created template answers 201; the same name again 409; an unknown aggregation 400', async () => {
    const attribute = {
      displayName: 'Chats this week',
      event: 'task:new',
      metaData: 'channelType',
      lookBackDurationType: 'days',
      lookBackPeriod: 7,
      aggregationMode: 'Count',
    };
    const created = await api.post(templates(), { name: 'chats', attributes: [attribute] }).expect(201);
    expect((created.body as { data: { id: string } }).data.id).toMatch(/^[0-9a-f]{24}$/);
    await api.post(templates(), { name: 'chats', attributes: [attribute] }).expect(409);
    const bad = await api
      .post(templates(), { name: 'other', attributes: [{ ...attribute, aggregationMode: 'Median' }] })
      .expect(400);
    expect((bad.body as ErrorJson).error.message[0]?.description).toContain('aggregationMode');
  });

  it('an unknown template answers 404', async () => {
    await api.get(`${templates()}/template-name/nothing`).expect(404);
    await api.get(`${profiles()}/person-id/${await mariaId()}/template-name/nothing`).expect(404);
  });
});

describe('progressive profiles', () => {
  it('by person id and template name: the documented shape, results as strings, systemMetdata misspelt as Cisco spells it', async () => {
    const id = await mariaId();
    const view = await profile(`${profiles()}/person-id/${id}/template-name/${DEMO_TEMPLATE_NAME}`);
    expect(view.meta).toMatchObject({ workspaceId: api.ws, personId: id });
    expect(view.data).toHaveLength(1);
    expect(view.data[0]).toMatchObject({
      personId: id,
      templateId: view.meta.templateId,
      systemMetdata: { journeyActionTriggerHistories: [] },
    });
    for (const attribute of view.data[0]?.attributes ?? []) {
      expect(typeof attribute.result).toBe('string');
      expect(attribute.error).toBe('');
    }
  });

  it('counts are computed from the events: contacts in the last 30 days match the history', async () => {
    // The emulator's own clock: the look-back runs from its now.
    const since = new Date(clock.nowMs - 30 * 86_400_000).toISOString();
    const expected = await historyCount({ filter: `type=='task:new';time=ge='${since}'` });
    const view = await profile(`${profiles()}/person-id/${await mariaId()}/template-name/${DEMO_TEMPLATE_NAME}`);
    expect(result(view, 'Contacts in the last 30 days')).toBe(String(expected));
    const channels = JSON.parse(result(view, 'Channels used this year')) as string[];
    expect(channels).toEqual(expect.arrayContaining(['telephony', 'chat', 'email']));
  });

  it('a published event changes the profile at once: one more contact, and its channel is the last', async () => {
    const path = `${profiles()}/identity/${encodeURIComponent(MARIA_GARCIA.homeEmail)}/template-name/${DEMO_TEMPLATE_NAME}`;
    const before = await profile(path);
    await api.publish(cloudEvent(MARIA_GARCIA.mobilePhone, { data: { channelType: 'video' } })).expect(200);
    const after = await profile(path);
    expect(Number(result(after, 'Contacts in the last 30 days'))).toBe(
      Number(result(before, 'Contacts in the last 30 days')) + 1,
    );
    expect(result(after, 'Last channel')).toBe('video');
  });

  it('a verbose attribute lists its events; the template-id route answers the same profile', async () => {
    const attribute = {
      displayName: 'Recent calls',
      event: 'task:new',
      metaData: 'channelType',
      lookBackDurationType: 'days',
      lookBackPeriod: 365,
      aggregationMode: 'Count',
      limit: 2,
      verbose: true,
    };
    const created = (await api.post(templates(), { name: 'calls', attributes: [attribute] }).expect(201)).body as {
      data: { id: string };
    };
    const id = await mariaId();
    const view = await profile(`${profiles()}/person-id/${id}/template-id/${created.data.id}`);
    const [only] = view.data[0]?.attributes ?? [];
    expect(only?.result).toBe('2');
    expect(only?.journeyEvents).toHaveLength(2);
    expect(await profile(`${profiles()}/person-id/${id}/template-name/calls`)).toEqual({
      ...view,
      data: [{ ...view.data[0], timestamp: expect.any(String) as unknown }],
    });
  });

  it('an unknown person or identity answers 404', async () => {
    await api.get(`${profiles()}/person-id/000000000000000000000000/template-name/${DEMO_TEMPLATE_NAME}`).expect(404);
    await api.get(`${profiles()}/identity/%2B16505550199/template-name/${DEMO_TEMPLATE_NAME}`).expect(404);
  });
});
