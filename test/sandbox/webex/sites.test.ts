import { describe, expect, it } from 'vitest';
import type { ConfigApiError } from '../../../bff/sandbox/webex/http/error-bodies.js';
import type { Site } from '../../../bff/sandbox/webex/model/types.js';
import type { WebexEmulator } from './webex-kit.js';
import { DEMO_ORG, WebexApi, signIn, useWebex } from './webex-kit.js';

let emulator: WebexEmulator;
let api: WebexApi;
useWebex((made) => ({ emulator, api } = made));

const sites = `/organization/${DEMO_ORG.id}/site`;
const austin = {
  name: 'Austin',
  active: true,
  multimediaProfileId: DEMO_ORG.multimediaProfileId,
  description: 'Second site',
};

function configError(body: unknown): ConfigApiError {
  return body as ConfigApiError;
}

describe('sites', () => {
  it('lists the demo site as a plain array of SiteDTO', async () => {
    const response = await api.get(sites);
    expect(response.status).toBe(200);
    expect(response.body).toEqual([
      expect.objectContaining({
        id: expect.any(String) as unknown,
        name: 'San Francisco',
        active: true,
        multimediaProfileId: DEMO_ORG.multimediaProfileId,
        organizationId: DEMO_ORG.id,
        version: 0,
        systemDefault: true,
        createdTime: expect.any(Number) as unknown,
        lastUpdatedTime: expect.any(Number) as unknown,
      }) as unknown,
    ]);
  });

  it('a create answers 201 with the new site, which reads back by id and by an RSQL filter', async () => {
    const created = await api.post(sites, austin);
    expect(created.status).toBe(201);
    const site = created.body as Site;
    expect(site).toMatchObject({ ...austin, organizationId: DEMO_ORG.id, version: 0, systemDefault: false });
    expect((await api.get(`${sites}/${site.id}`)).body).toEqual(site);
    expect((await api.get(sites, { filter: `id=="${site.id}"` })).body).toEqual([site]);
    expect(
      (await api.get(sites, { filter: `id=out=("${site.id}")`, attributes: 'id,name' })).body as unknown[],
    ).toEqual([{ id: expect.any(String) as unknown, name: 'San Francisco' }]);
  });

  it('an update by id answers the site with its version raised', async () => {
    const site = (await api.post(sites, austin)).body as Site;
    const updated = await api.put(`${sites}/${site.id}`, { ...site, name: 'Austin TX', active: false });
    expect(updated.status).toBe(200);
    expect(updated.body).toMatchObject({ id: site.id, name: 'Austin TX', active: false, version: 1 });
  });

  it('a second site of the same name answers 409 in the configuration API error body', async () => {
    await api.post(sites, austin).expect(201);
    const response = await api.post(sites, { ...austin, name: 'austin' });
    expect(response.status).toBe(409);
    expect(configError(response.body)).toEqual({
      status: '409 CONFLICT',
      message: 'Conflict',
      errors: [expect.stringContaining('austin') as unknown],
      timestamp: expect.any(String) as unknown,
      trackingId: expect.any(String) as unknown,
    });
  });

  it('a site without its required fields answers 400 naming each of them', async () => {
    const response = await api.post(sites, { description: 'x'.repeat(256) });
    expect(response.status).toBe(400);
    const body = configError(response.body);
    expect(body.status).toBe('400 BAD_REQUEST');
    expect(body.errors[0]).toMatch(
      /name cannot be null.*multimediaProfileId cannot be null.*description size.*active cannot be null/,
    );
  });

  it('deleting a site agents work at answers 412; an unreferenced site deletes with 204', async () => {
    const [sanFrancisco] = (await api.get(sites)).body as Site[];
    const refused = await api.delete(`${sites}/${sanFrancisco?.id ?? ''}`);
    expect(refused.status).toBe(412);
    expect(configError(refused.body).status).toBe('412 PRECONDITION_FAILED');
    const austinSite = (await api.post(sites, austin)).body as Site;
    expect((await api.delete(`${sites}/${austinSite.id}`)).status).toBe(204);
    expect((await api.get(`${sites}/${austinSite.id}`)).status).toBe(404);
  });

  it('an unknown id answers 404 in the configuration API error body', async () => {
    const response = await api.get(`${sites}/8b0f4c6e-0000-4000-8000-000000000000`);
    expect(response.status).toBe(404);
    expect(configError(response.body).status).toBe('404 NOT_FOUND');
  });

  it('a token without cjp:config_write may read sites but not write them', async () => {
    const reader = new WebexApi(emulator, (await signIn(emulator, { scope: 'cjp:config_read' })).access_token);
    expect((await reader.get(sites)).status).toBe(200);
    const refused = await reader.post(sites, austin);
    expect(refused.status).toBe(403);
    expect(configError(refused.body).status).toBe('403 FORBIDDEN');
  });
});

describe('POST /organization/{orgid}/site/bulk', () => {
  it('answers 207 with one result per item: created, updated, deleted and failed items each in their own status', async () => {
    const existing = (await api.post(sites, austin)).body as Site;
    const doomed = (await api.post(sites, { ...austin, name: 'Reno' })).body as Site;
    const response = await api.post(`${sites}/bulk`, {
      items: [
        {
          itemIdentifier: 1,
          requestAction: 'SAVE',
          item: {
            name: 'Denver',
            active: true,
            multimediaProfileId: DEMO_ORG.multimediaProfileId,
            organizationId: DEMO_ORG.id,
          },
        },
        { itemIdentifier: 2, requestAction: 'SAVE', item: { ...existing, description: 'Renamed in bulk' } },
        { itemIdentifier: 3, requestAction: 'DELETE', item: { id: doomed.id } },
        {
          itemIdentifier: 4,
          requestAction: 'SAVE',
          item: {
            name: 'Denver',
            active: true,
            multimediaProfileId: DEMO_ORG.multimediaProfileId,
            organizationId: DEMO_ORG.id,
          },
        },
        { itemIdentifier: 5, requestAction: 'SAVE', item: { active: true, organizationId: DEMO_ORG.id } },
        {
          itemIdentifier: 6,
          requestAction: 'SAVE',
          item: { name: 'Boise', active: true, multimediaProfileId: DEMO_ORG.multimediaProfileId },
        },
      ],
    });
    expect(response.status).toBe(207);
    const items = (
      response.body as {
        items: {
          itemIdentifier: number;
          status: number;
          operationType: string;
          href?: string;
          apiError?: { error: { key: string } };
        }[];
      }
    ).items;
    expect(items.map(({ itemIdentifier, status, operationType }) => [itemIdentifier, status, operationType])).toEqual([
      [1, 201, 'CREATE'],
      [2, 200, 'UPDATE'],
      [3, 204, 'DELETE'],
      [4, 409, 'CREATE'],
      [5, 400, 'CREATE'],
      [6, 400, 'CREATE'],
    ]);
    expect(items[0]?.href).toMatch(new RegExp(`^/api/organization/${DEMO_ORG.id}/site/[0-9a-f-]{36}$`));
    expect(items[3]?.apiError).toEqual({
      trackingId: expect.any(String) as unknown,
      error: { key: '409', message: [{ description: expect.any(String) as unknown }] },
    });
    expect(items[0]?.apiError).toBeUndefined();
    const names = ((await api.get(sites)).body as Site[]).map((site) => site.name);
    expect(names.sort()).toEqual(['Austin', 'Denver', 'San Francisco']);
  });

  it('a body without items answers 400 in the configuration API error body', async () => {
    const response = await api.post(`${sites}/bulk`, { sites: [] });
    expect(response.status).toBe(400);
    expect(configError(response.body).status).toBe('400 BAD_REQUEST');
  });
});
