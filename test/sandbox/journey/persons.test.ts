import { describe, expect, it } from 'vitest';
import { MARIA_GARCIA, UNKNOWN_NUMBER } from '../../../bff/sandbox/context-service/demo/demo-facts.js';
import type { ErrorJson, JdsApi, JourneyEmulator, PersonJson } from './journey-kit.js';
import { useJourney } from './journey-kit.js';

let emulator: JourneyEmulator;
let api: JdsApi;
useJourney((made) => ({ emulator, api } = made));

const person = (ws: string) => `/admin/v1/api/person/workspace-id/${ws}`;

async function maria(): Promise<PersonJson> {
  return ((await api.byAlias(MARIA_GARCIA.mobilePhone).expect(200)).body as { data: PersonJson[] })
    .data[0] as PersonJson;
}

describe('finding a person by alias', () => {
  it('an E.164 phone with its + URL-encoded finds Maria Garcia with every alias kind and all aliases listed', async () => {
    const response = await api.get(`${person(api.ws)}/aliases/%2B14155550123`).expect(200);
    const body = response.body as { meta: { organizationId: string }; data: PersonJson[] };
    expect(body.meta.organizationId).toBe(emulator.organizationId);
    expect(body.data).toHaveLength(1);
    const found = body.data[0] as PersonJson;
    expect(found).toMatchObject({
      firstName: 'Maria',
      lastName: 'Garcia',
      phone: [MARIA_GARCIA.mobilePhone, '+14155550107'],
      email: [MARIA_GARCIA.homeEmail, MARIA_GARCIA.workEmail],
      customerId: ['CRM-100042'],
      temporaryId: [],
    });
    expect(found.id).toMatch(/^[0-9a-f]{24}$/);
    expect(found.aliases).toEqual(
      expect.arrayContaining([MARIA_GARCIA.mobilePhone, MARIA_GARCIA.homeEmail, 'CRM-100042']),
    );
  });

  it('an email finds the same person, whatever its letter case', async () => {
    const byPhone = await maria();
    const response = await api.byAlias(MARIA_GARCIA.homeEmail.toUpperCase()).expect(200);
    expect((response.body as { data: PersonJson[] }).data.map((found) => found.id)).toEqual([byPhone.id]);
  });

  it('comma-separated aliases of two people find both', async () => {
    const response = await api.byAlias(MARIA_GARCIA.mobilePhone, '+15105550176').expect(200);
    expect((response.body as { data: PersonJson[] }).data.map((found) => found.firstName)).toEqual(['Maria', 'David']);
  });

  it('an alias nobody has answers 404 with the error body naming it', async () => {
    const response = await api.byAlias(UNKNOWN_NUMBER).expect(404);
    const body = response.body as ErrorJson;
    expect(body.error.key).toBe('404');
    expect(body.error.message[0]?.description).toContain(UNKNOWN_NUMBER);
    expect(body.trackingId).toBe(response.headers.trackingid);
  });

  it('a workspace other than the demo one answers 404', async () => {
    const response = await api.get(`${person('000000000000000000000000')}/aliases/%2B14155550123`).expect(404);
    expect((response.body as ErrorJson).error.message[0]?.description).toContain('Workspace');
  });
});

describe('creating, renaming and deleting a person', () => {
  it('a created person answers 201 and is found by each of its aliases', async () => {
    const created = await api
      .post(person(api.ws), {
        firstName: 'Ana',
        lastName: 'Lopez',
        phone: ['+14155550999'],
        email: ['ana@example.com'],
      })
      .expect(201);
    const id = (created.body as { data: PersonJson }).data.id;
    expect(id).toMatch(/^[0-9a-f]{24}$/);
    expect(((await api.byAlias('+14155550999').expect(200)).body as { data: PersonJson[] }).data[0]?.id).toBe(id);
    expect(((await api.byAlias('ana@example.com').expect(200)).body as { data: PersonJson[] }).data[0]?.id).toBe(id);
    expect(
      ((await api.get(person(api.ws), { personId: id }).expect(200)).body as { data: PersonJson[] }).data[0]?.firstName,
    ).toBe('Ana');
  });

  it('an alias another person has answers 409 and creates nobody', async () => {
    await api.post(person(api.ws), { firstName: 'Ana', phone: [MARIA_GARCIA.mobilePhone] }).expect(409);
    expect(((await api.byAlias(MARIA_GARCIA.mobilePhone)).body as { data: PersonJson[] }).data).toHaveLength(1);
  });

  it('a person without any alias answers 400', async () => {
    const response = await api.post(person(api.ws), { firstName: 'Nobody' }).expect(400);
    expect((response.body as ErrorJson).error.message[0]?.description).toContain('alias');
  });

  it('a phone that is not E.164 answers 400 naming the field', async () => {
    const response = await api.post(person(api.ws), { phone: ['(415) 555-0999'] }).expect(400);
    expect((response.body as ErrorJson).error.message[0]?.description).toMatch(/^phone\.0: .*E\.164/);
  });

  it('PATCH renames and keeps the aliases; DELETE removes the person so the alias finds nobody', async () => {
    const { id } = await maria();
    const renamed = await api.patch(`${person(api.ws)}/person-id/${id}`, { lastName: 'Garcia-Lopez' }).expect(200);
    expect((renamed.body as { data: PersonJson }).data).toMatchObject({
      firstName: 'Maria',
      lastName: 'Garcia-Lopez',
      phone: [MARIA_GARCIA.mobilePhone, '+14155550107'],
    });
    await api.delete(`${person(api.ws)}/person-id/${id}`).expect(200);
    await api.byAlias(MARIA_GARCIA.mobilePhone).expect(404);
    await api.delete(`${person(api.ws)}/person-id/${id}`).expect(404);
  });
});

describe('identities', () => {
  it('added identities find the person; removed ones no longer do', async () => {
    const { id } = await maria();
    await api
      .patch(`/admin/v1/api/person/add-identities/workspace-id/${api.ws}/person-id/${id}`, {
        email: ['maria@new.example'],
        temporaryId: ['web-session-1'],
      })
      .expect(200);
    expect(((await api.byAlias('web-session-1').expect(200)).body as { data: PersonJson[] }).data[0]?.id).toBe(id);
    const removed = await api
      .patch(`/admin/v1/api/person/remove-identities/workspace-id/${api.ws}/person-id/${id}`, {
        phone: ['+14155550107'],
      })
      .expect(200);
    expect((removed.body as { data: PersonJson }).data.phone).toEqual([MARIA_GARCIA.mobilePhone]);
    await api.byAlias('+14155550107').expect(404);
  });

  it("adding another person's alias answers 409", async () => {
    const { id } = await maria();
    await api
      .patch(`/admin/v1/api/person/add-identities/workspace-id/${api.ws}/person-id/${id}`, { phone: ['+15105550176'] })
      .expect(409);
  });

  it('removing every alias answers 400 and changes nothing', async () => {
    const created = await api.post(person(api.ws), { phone: ['+14155550998'] }).expect(201);
    const id = (created.body as { data: PersonJson }).data.id;
    await api
      .patch(`/admin/v1/api/person/remove-identities/workspace-id/${api.ws}/person-id/${id}`, {
        phone: ['+14155550998'],
      })
      .expect(400);
    await api.byAlias('+14155550998').expect(200);
  });

  it('merging into a primary person moves the others’ aliases to it and removes them', async () => {
    const primary = await maria();
    const other = (
      (await api.post(person(api.ws), { email: ['maria.g@old.example'] }).expect(201)).body as { data: PersonJson }
    ).data;
    const merged = await api
      .post(`/admin/v1/api/person/merge/workspace-id/${api.ws}/primary-person-id/${primary.id}`, {
        personIdsToMerge: [other.id],
      })
      .expect(200);
    expect((merged.body as { data: PersonJson }).data.email).toContain('maria.g@old.example');
    expect(((await api.byAlias('maria.g@old.example')).body as { data: PersonJson[] }).data[0]?.id).toBe(primary.id);
    await api.get(person(api.ws), { personId: other.id }).expect(404);
  });

  it('merge-identities creates a person for new aliases (201) and adds to the one an alias finds (200)', async () => {
    const path = `/admin/v1/api/person/merge-identities/workspace-id/${api.ws}`;
    const made = await api.post(path, { override: false, firstName: 'Kai', phone: ['+14155550997'] }).expect(201);
    const id = (made.body as { data: PersonJson }).data.id;
    const grown = await api
      .post(path, { override: false, phone: ['+14155550997'], email: ['kai@example.com'] })
      .expect(200);
    expect((grown.body as { data: PersonJson }).data).toMatchObject({
      id,
      firstName: 'Kai',
      phone: ['+14155550997'],
      email: ['kai@example.com'],
    });
  });

  it('merge-identities with override replaces the alias set with the one sent', async () => {
    const { id } = await maria();
    const path = `/admin/v1/api/person/merge-identities/workspace-id/${api.ws}`;
    const replaced = await api.post(path, { override: true, phone: [MARIA_GARCIA.mobilePhone] }).expect(200);
    expect((replaced.body as { data: PersonJson }).data).toMatchObject({
      id,
      phone: [MARIA_GARCIA.mobilePhone],
      email: [],
      customerId: [],
    });
    await api.byAlias(MARIA_GARCIA.homeEmail).expect(404);
  });
});
