import { describe, expect, it } from 'vitest';
import { MARIA_GARCIA } from '../../../bff/sandbox/context-service/demo/demo-facts.js';
import type { CloudEventJson, ErrorJson, JdsApi, JourneyEmulator, PersonJson } from './journey-kit.js';
import { cloudEvent, useJourney } from './journey-kit.js';

let emulator: JourneyEmulator;
let api: JdsApi;
useJourney((made) => ({ emulator, api } = made));

const REQUIRED = [
  'id',
  'specversion',
  'type',
  'source',
  'identity',
  'identitytype',
  'datacontenttype',
  'data',
] as const;

function description(body: unknown): string {
  return (body as ErrorJson).error.message[0]?.description ?? '';
}

describe('publishing a CloudEvent', () => {
  it('a valid event answers 200 with the workspace and a message, and leads the identity’s history', async () => {
    const event = cloudEvent(MARIA_GARCIA.mobilePhone, {
      data: { channelType: 'chat', uiData: { title: 'Chat', subTitle: 'Asked about the refund', iconType: 'chat' } },
    });
    const response = await api.publish(event).expect(200);
    expect(response.body).toEqual({
      meta: { organizationId: emulator.organizationId, workspaceId: emulator.workspaceId },
      data: { message: expect.any(String) as unknown },
    });
    const history = await api.history({ identity: MARIA_GARCIA.mobilePhone, pageSize: 1 }).expect(200);
    expect((history.body as { data: CloudEventJson[] }).data[0]).toEqual(event);
  });

  it.each(REQUIRED)('an event without %s answers 400 naming the attribute', async (attribute) => {
    const { [attribute]: _left, ...event } = cloudEvent(MARIA_GARCIA.mobilePhone);
    const response = await api.publish(event).expect(400);
    expect(description(response.body)).toContain(attribute);
  });

  it('a specversion other than 1.0 answers 400', async () => {
    const response = await api.publish(cloudEvent(MARIA_GARCIA.mobilePhone, { specversion: '0.3' })).expect(400);
    expect(description(response.body)).toContain('specversion must be "1.0"');
  });

  it('an empty type answers 400 naming type', async () => {
    expect(
      description((await api.publish(cloudEvent(MARIA_GARCIA.mobilePhone, { type: ' ' })).expect(400)).body),
    ).toContain('type');
  });

  it('an identitytype that is not an alias kind answers 400', async () => {
    expect(
      description((await api.publish(cloudEvent(MARIA_GARCIA.mobilePhone, { identitytype: 'fax' })).expect(400)).body),
    ).toContain('identitytype');
  });

  it('a time that is not RFC 3339 answers 400; an event without time is stamped on arrival', async () => {
    expect(
      description((await api.publish(cloudEvent(MARIA_GARCIA.mobilePhone, { time: 'yesterday' })).expect(400)).body),
    ).toContain('RFC 3339');
    const { time: _time, ...untimed } = cloudEvent(MARIA_GARCIA.mobilePhone);
    await api.publish(untimed).expect(200);
    const [latest] = (
      (await api.history({ identity: MARIA_GARCIA.mobilePhone, pageSize: 1 })).body as { data: CloudEventJson[] }
    ).data;
    expect(Number.isNaN(Date.parse(latest?.time ?? ''))).toBe(false);
    expect(latest?.id).toBe(untimed.id);
  });

  it('data that is not an object answers 400', async () => {
    expect(
      description((await api.publish(cloudEvent(MARIA_GARCIA.mobilePhone, { data: 'hello' })).expect(400)).body),
    ).toContain('data');
  });

  it('the same id from the same source twice answers 409', async () => {
    const event = cloudEvent(MARIA_GARCIA.mobilePhone);
    await api.publish(event).expect(200);
    await api.publish(event).expect(409);
    await api.publish({ ...event, source: '/elsewhere' }).expect(200);
  });

  it('an unknown workspace answers 404 and a missing workspaceId 400', async () => {
    await api
      .post('/publish/v1/api/event?workspaceId=000000000000000000000000', cloudEvent(MARIA_GARCIA.mobilePhone))
      .expect(404);
    await api.post('/publish/v1/api/event', cloudEvent(MARIA_GARCIA.mobilePhone)).expect(400);
  });

  it('an event for an identity nobody has creates a person with that alias', async () => {
    await api.byAlias('newcomer@example.com').expect(404);
    await api.publish(cloudEvent('newcomer@example.com')).expect(200);
    const found = ((await api.byAlias('newcomer@example.com').expect(200)).body as { data: PersonJson[] }).data[0];
    expect(found?.email).toEqual(['newcomer@example.com']);
  });
});

describe('previousidentity', () => {
  it('an event naming a known previous identity adds the new identity to that person', async () => {
    const event = cloudEvent('maria.signed.in@example.com', { previousidentity: MARIA_GARCIA.mobilePhone });
    await api.publish(event).expect(200);
    const found = ((await api.byAlias('maria.signed.in@example.com').expect(200)).body as { data: PersonJson[] })
      .data[0];
    expect(found).toMatchObject({ firstName: 'Maria', lastName: 'Garcia' });
    expect(found?.email).toContain('maria.signed.in@example.com');
  });

  it('an identity that already has a person stays with it', async () => {
    await api.publish(cloudEvent('+15105550176', { previousidentity: MARIA_GARCIA.mobilePhone })).expect(200);
    const found = ((await api.byAlias('+15105550176').expect(200)).body as { data: PersonJson[] }).data[0];
    expect(found?.firstName).toBe('David');
  });
});
