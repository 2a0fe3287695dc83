import { describe, expect, it } from 'vitest';
import {
  MARIA_GARCIA,
  SHARED_HOME_PHONE,
  SHARED_HOME_PHONE_CUSTOMERS,
  WORK_PHONE_ONLY_CUSTOMER,
} from '../../../bff/sandbox/context-service/demo/demo-facts.js';
import type { CloudEventJson, JdsApi, PersonJson } from './journey-kit.js';
import { useJourney } from './journey-kit.js';

let api: JdsApi;
useJourney((made) => ({ api } = made));

async function history(identity: string): Promise<CloudEventJson[]> {
  return ((await api.history({ identity, pageSize: 1000 }).expect(200)).body as { data: CloudEventJson[] }).data;
}

describe('the demo workspace tells the Context Service demo’s story', () => {
  it("Maria Garcia's activities are events with a channel type, the widget's uiData and her open requests as requestId", async () => {
    const events = await history(MARIA_GARCIA.mobilePhone);
    for (const event of events) {
      expect(event.data.channelType).toEqual(expect.any(String));
      expect(event.data.uiData).toMatchObject({
        title: expect.any(String) as unknown,
        subTitle: expect.any(String) as unknown,
        iconType: event.data.channelType,
      });
    }
    const open = events.filter((event) => event.data.requestState === 'active');
    expect(new Set(open.map((event) => event.data.requestTitle))).toEqual(new Set(MARIA_GARCIA.openRequestTitles));
    expect(new Set(open.map((event) => event.data.requestId)).size).toBe(2);
    expect(new Set(events.map((event) => event.data.channelType))).toEqual(
      new Set(['telephony', 'chat', 'email', 'web', 'mobile', 'social', 'video', 'event']),
    );
  });

  it('the work-phone-only customer is a person with just that phone, and the calls from it', async () => {
    const person = ((await api.byAlias(WORK_PHONE_ONLY_CUSTOMER.workPhone).expect(200)).body as { data: PersonJson[] })
      .data[0];
    expect(person).toMatchObject({
      firstName: '',
      lastName: '',
      phone: [WORK_PHONE_ONLY_CUSTOMER.workPhone],
      email: [],
    });
    expect(
      (await history(WORK_PHONE_ONLY_CUSTOMER.workPhone)).every((event) => event.data.channelType === 'telephony'),
    ).toBe(true);
  });

  it('a home phone two customers share is nobody’s alias (a JDS alias has one owner); each is found by their mobile', async () => {
    await api.byAlias(SHARED_HOME_PHONE).expect(404);
    const found = (
      (await api.byAlias(...SHARED_HOME_PHONE_CUSTOMERS.map((customer) => customer.mobilePhone)).expect(200)).body as {
        data: PersonJson[];
      }
    ).data;
    expect(found.map((person) => person.firstName)).toEqual(['David', 'Mei']);
  });

  it('the workspace holds the whole crowd', async () => {
    const people = (
      (await api.get(`/admin/v1/api/person/workspace-id/${api.ws}`, { pageSize: 1000 }).expect(200)).body as {
        data: PersonJson[];
      }
    ).data;
    expect(people).toHaveLength(60);
  });
});
