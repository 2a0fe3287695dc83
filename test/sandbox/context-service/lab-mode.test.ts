import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContextServiceEmulator } from '../../../bff/sandbox/context-service/context-service-emulator.js';
import { MARIA_GARCIA } from '../../../bff/sandbox/context-service/demo/demo-facts.js';
import { ContextClient, customerBody, errorOf, startContextService } from './context-kit.js';

let emulator: ContextServiceEmulator;
let production: ContextClient;
let lab: ContextClient;

beforeAll(async () => {
  emulator = await startContextService();
  production = new ContextClient(emulator);
  lab = new ContextClient(emulator, 'true');
});

afterAll(async () => {
  await emulator.close();
});

describe('lab mode (cisco-context-labmode)', () => {
  it('a customer created in lab is found in lab and not in production, by id or by search', async () => {
    const created = await lab.create('customer', customerBody({ Context_Last_Name: 'Labonly' }));
    expect((await production.get(`/customer/${created.id}`)).status).toBe(404);
    expect(await production.found('customer', { q: 'Context_Last_Name:Labonly' })).toEqual([]);
    expect((await lab.found('customer', { q: 'Context_Last_Name:Labonly' })).map((customer) => customer.id)).toEqual([
      created.id,
    ]);
  });

  it('a customer created in production is not visible in lab', async () => {
    const created = await production.create('customer', customerBody({ Context_Last_Name: 'Prodonly' }));
    expect((await lab.get(`/customer/${created.id}`)).status).toBe(404);
  });

  it('the demo customers live in both stores', async () => {
    expect((await lab.get(`/customer/${MARIA_GARCIA.id}`)).status).toBe(200);
    expect((await production.get(`/customer/${MARIA_GARCIA.id}`)).status).toBe(200);
  });

  it('cisco-context-labmode: false is production, like no header', async () => {
    const created = await production.create('customer', customerBody({ Context_Last_Name: 'Explicit' }));
    expect((await new ContextClient(emulator, 'false').get(`/customer/${created.id}`)).status).toBe(200);
  });

  it('cisco-context-labmode: TRUE is lab mode too (the value is case-insensitive)', async () => {
    const created = await lab.create('customer', customerBody({ Context_Last_Name: 'Shouting' }));
    expect((await new ContextClient(emulator, 'TRUE').get(`/customer/${created.id}`)).status).toBe(200);
  });

  it('a labmode header that is neither true nor false answers 400', async () => {
    const response = await new ContextClient(emulator, 'yes').get(`/customer/${MARIA_GARCIA.id}`);
    expect(response.status).toBe(400);
    expect(errorOf(response).message).toMatch(/cisco-context-labmode must be true or false/);
  });
});

describe('DELETE /context/v1/{type}/{id}', () => {
  it('without the lab header answers 403 and deletes nothing', async () => {
    const created = await production.create('customer', customerBody({ Context_Last_Name: 'Keep' }));
    const response = await production.delete(`/customer/${created.id}`);
    expect(response.status).toBe(403);
    expect(errorOf(response).message).toMatch(/only in lab mode/);
    expect((await production.get(`/customer/${created.id}`)).status).toBe(200);
  });

  it('in lab mode answers 204, then the object is gone (404 to GET and to a second DELETE)', async () => {
    const created = await lab.create('customer', customerBody({ Context_Last_Name: 'Gone' }));
    expect((await lab.delete(`/customer/${created.id}`)).status).toBe(204);
    expect((await lab.get(`/customer/${created.id}`)).status).toBe(404);
    expect((await lab.delete(`/customer/${created.id}`)).status).toBe(404);
  });

  it('in lab mode touches only lab data: the demo customer stays in production', async () => {
    expect((await lab.delete(`/customer/${MARIA_GARCIA.id}`)).status).toBe(204);
    expect((await production.get(`/customer/${MARIA_GARCIA.id}`)).status).toBe(200);
  });
});
