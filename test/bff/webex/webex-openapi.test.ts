import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdminBff } from '../admin/admin-kit.js';
import type { AdminBff } from '../admin/admin-kit.js';

interface Operation {
  readonly parameters?: readonly { readonly name: string; readonly in: string; readonly required: boolean }[];
  readonly responses: Record<string, unknown>;
  readonly requestBody?: { readonly content: Record<string, unknown> };
}

let admin: AdminBff;
let paths: Record<string, Record<string, Operation>>;

beforeAll(async () => {
  admin = await startAdminBff();
  paths = ((await request(admin.bff.app).get('/api/openapi.json').expect(200)).body as { paths: typeof paths }).paths;
});

afterAll(async () => {
  await admin.close();
});

describe('the OpenAPI document lists the Webex API', () => {
  it.each([
    ['/api/webex/tasks', ['get']],
    ['/api/webex/queues/statistics', ['get']],
    ['/api/webex/agents/statistics', ['get']],
    ['/api/webex/agents/activities', ['get']],
    ['/api/webex/captures', ['post']],
    ['/api/webex/recordings/{linkId}', ['get']],
    ['/api/webex/sites', ['get', 'post']],
    ['/api/webex/sites/{id}', ['get', 'put']],
    ['/api/webex/sites/bulk', ['post']],
    ['/api/webex/legacy/csrs', ['get']],
    ['/api/webex/legacy/cars', ['get']],
    ['/api/webex/legacy/csrs/{id}', ['get']],
    ['/api/webex/legacy/cars/{id}', ['get']],
  ])('%s with %j', (path, methods) => {
    expect(Object.keys(paths[path] ?? {})).toEqual(methods);
  });

  it('the task search documents its query parameters from the schema, from required and to optional, and 503 for not connected', () => {
    const tasks = paths['/api/webex/tasks']?.get;

    expect(tasks?.parameters?.map(({ name, required }) => [name, required])).toEqual([
      ['from', true],
      ['to', false],
      ['channelTypes', false],
      ['pageSize', false],
      ['orgId', false],
    ]);
    expect(Object.keys(tasks?.responses ?? {})).toEqual(expect.arrayContaining(['200', '400', '401', '403', '503']));
  });

  it('the CSV upload documents a text/csv body', () => {
    expect(Object.keys(paths['/api/webex/sites/bulk']?.post?.requestBody?.content ?? {})).toEqual(['text/csv']);
  });
});
