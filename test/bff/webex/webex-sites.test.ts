import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORG } from '../../../bff/sandbox/webex/demo/demo-facts.js';
import { Site, SiteBulkReport, SiteList } from '../../../shared/api/webex.js';
import { errorOf, startWebexBff } from './webex-api-kit.js';
import type { WebexBff } from './webex-api-kit.js';

let webex: WebexBff;
let administrator: string;
const PROFILE = DEMO_ORG.multimediaProfileId;

beforeAll(async () => {
  webex = await startWebexBff();
  administrator = (await webex.tokenOf('administrator')) ?? '';
});

afterAll(async () => {
  await webex.close();
});

const api = () => webex.api();
const auth = () => `Bearer ${administrator}`;
const upload = (csv: string) =>
  api().post('/api/webex/sites/bulk').set('Authorization', auth()).set('Content-Type', 'text/csv').send(csv);

describe('sites', () => {
  it('a site created is listed, read by id and updated', async () => {
    const created = await api()
      .post('/api/webex/sites')
      .set('Authorization', auth())
      .send({ name: 'Lisbon', active: true, multimediaProfileId: PROFILE, description: 'Riverside office' });

    expect(created.status).toBe(201);
    const site = Site.parse(created.body);
    expect(site).toMatchObject({ name: 'Lisbon', active: true, description: 'Riverside office' });
    const list = SiteList.parse((await api().get('/api/webex/sites').set('Authorization', auth())).body);
    expect(list.sites.map((entry) => entry.name)).toContain('Lisbon');
    expect(Site.parse((await api().get(`/api/webex/sites/${site.id}`).set('Authorization', auth())).body).name).toBe(
      'Lisbon',
    );

    const updated = await api()
      .put(`/api/webex/sites/${site.id}`)
      .set('Authorization', auth())
      .send({ name: 'Lisbon Riverside', active: false, multimediaProfileId: PROFILE });

    expect(updated.status).toBe(200);
    expect(Site.parse(updated.body)).toMatchObject({ id: site.id, name: 'Lisbon Riverside', active: false });
  });

  it("a second site of the same name answers 409 webex_conflict with Webex's reason", async () => {
    await api()
      .post('/api/webex/sites')
      .set('Authorization', auth())
      .send({ name: 'Porto', active: true, multimediaProfileId: PROFILE });

    const again = await api()
      .post('/api/webex/sites')
      .set('Authorization', auth())
      .send({ name: 'Porto', active: true, multimediaProfileId: PROFILE });

    expect(again.status).toBe(409);
    expect(errorOf(again)).toMatchObject({ code: 'webex_conflict', upstream: { service: 'webex', status: 409 } });
    expect(errorOf(again).upstream?.message).toContain('Porto');
  });

  it.each([
    [
      'a name of 81 characters',
      { name: 'x'.repeat(81), active: true, multimediaProfileId: PROFILE },
      'name: must be at most 80 characters',
    ],
    ['no active', { name: 'Faro', multimediaProfileId: PROFILE }, 'active:'],
    [
      'an unknown field',
      { name: 'Faro', active: true, multimediaProfileId: PROFILE, id: 'x' },
      'Unknown field in body: id',
    ],
  ])('%s answers 400 naming the field', async (_case, body, message) => {
    const response = await api().post('/api/webex/sites').set('Authorization', auth()).send(body);

    expect(response.status).toBe(400);
    expect(errorOf(response).message).toContain(message);
  });

  it('an unknown site id answers 404 webex_not_found', async () => {
    const response = await api()
      .get('/api/webex/sites/00000000-0000-4000-8000-000000000000')
      .set('Authorization', auth());

    expect(response.status).toBe(404);
    expect(errorOf(response).code).toBe('webex_not_found');
  });
});

describe('POST /api/webex/sites/bulk (CSV)', () => {
  const CSV = [
    'name,active,multimediaProfileId,description',
    `Austin North,true,${PROFILE},"Austin, the north campus"`,
    `Dallas,maybe,${PROFILE},`,
    `,true,${PROFILE},no name`,
    `Houston,false,${PROFILE}`,
    `austin north,true,${PROFILE},same name again`,
    `Denver,true,${PROFILE},"""Mile High"" office"`,
  ].join('\r\n');

  it('creates the valid rows through the bulk endpoint and reports each refused row with its reason', async () => {
    const before = webex.hits.length;
    const response = await upload(CSV);

    expect(response.status).toBe(200);
    const report = SiteBulkReport.parse(response.body);
    expect(report.created.map(({ row, name }) => ({ row, name }))).toEqual([
      { row: 2, name: 'Austin North' },
      { row: 7, name: 'Denver' },
    ]);
    expect(report.refused).toEqual([
      { row: 3, name: 'Dallas', reason: 'active: must be true or false' },
      { row: 4, reason: 'name: must not be empty' },
      { row: 5, name: 'Houston', reason: 'has 3 fields; the header names 4' },
      { row: 6, name: 'austin north', reason: 'repeats the name of row 2' },
    ]);
    expect(webex.hits.slice(before).map((hit) => `${hit.method} ${hit.path} ${hit.status}`)).toContain(
      `POST /organization/${DEMO_ORG.id}/site/bulk 207`,
    );
    const austin = Site.parse(
      (
        await api()
          .get(`/api/webex/sites/${report.created[0]?.id ?? ''}`)
          .set('Authorization', auth())
      ).body,
    );
    expect(austin.description).toBe('Austin, the north campus');
    const denver = Site.parse(
      (
        await api()
          .get(`/api/webex/sites/${report.created[1]?.id ?? ''}`)
          .set('Authorization', auth())
      ).body,
    );
    expect(denver.description).toBe('"Mile High" office');
  });

  it('the same file uploaded again creates nothing and reports the sites as existing', async () => {
    const response = await upload(CSV);

    const report = SiteBulkReport.parse(response.body);
    expect(report.created).toEqual([]);
    expect(report.existing.map((entry) => entry.name)).toEqual(['Austin North', 'Denver']);
  });

  it.each([
    ['an unknown column', 'name,active,profile\nA,true,x', 'Unknown CSV column: profile'],
    ['a missing column', 'name,active\nA,true', 'lacks the column multimediaProfileId'],
    ['an unclosed quote', `name,active,multimediaProfileId\n"A,true,${PROFILE}`, 'The CSV cannot be read: line 2'],
    [
      '1001 rows',
      [
        'name,active,multimediaProfileId',
        ...Array.from({ length: 1001 }, (_v, index) => `Site ${index},true,${PROFILE}`),
      ].join('\n'),
      'has 1001 rows; at most 1000',
    ],
  ])('%s answers 400 and creates nothing', async (_case, csv, message) => {
    const response = await upload(csv);

    expect(response.status).toBe(400);
    expect(errorOf(response).message).toContain(message);
  });

  it('a 10 MB CSV answers 413 payload_too_large', async () => {
    const response = await upload(`name,active,multimediaProfileId\n${'x'.repeat(10 * 1024 * 1024)}`);

    expect(response.status).toBe(413);
    expect(errorOf(response).code).toBe('payload_too_large');
  });

  it('JSON instead of CSV answers 415', async () => {
    const response = await api().post('/api/webex/sites/bulk').set('Authorization', auth()).send({ name: 'A' });

    expect(response.status).toBe(415);
  });
});
