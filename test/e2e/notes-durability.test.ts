import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFinesseEmulator } from '../../bff/sandbox/finesse/finesse-emulator.js';
import type { FinesseEmulator } from '../../bff/sandbox/finesse/finesse-emulator.js';
import { startContextServiceEmulator } from '../../bff/sandbox/context-service/context-service-emulator.js';
import type { ContextServiceEmulator } from '../../bff/sandbox/context-service/context-service-emulator.js';
import { MARIA_GARCIA, WORK_PHONE_ONLY_CUSTOMER } from '../../bff/sandbox/context-service/demo/demo-facts.js';
import { startBffProcess } from '../kit/bff-process.js';
import type { BffProcess } from '../kit/bff-process.js';
import { untilPasses } from '../kit/eventually.js';

let finesse: FinesseEmulator;
let contextService: ContextServiceEmulator;
let bff: BffProcess | undefined;

beforeAll(async () => {
  finesse = await startFinesseEmulator();
  contextService = await startContextServiceEmulator();
});

afterEach(() => {
  bff?.kill('SIGKILL');
});

afterAll(async () => {
  await finesse.close();
  await contextService.close();
});

const NOTES = 200;
const CUSTOMERS = [MARIA_GARCIA.id, WORK_PHONE_ONLY_CUSTOMER.id];

/** The activities Context Service holds for notes of a customer, oldest first. */
async function deliveredNotes(customerId: string): Promise<{ text: string; tags: string[] }[]> {
  const response = await request(contextService.url)
    .get('/context/v1/activity')
    .query({ q: `customerId:${customerId}`, maxEntries: 200, sortedBy: 'created', sortOrder: 'asc' })
    .set('Authorization', `Bearer ${contextService.token}`);
  const activities = response.body as { tags: string[]; dataElements: Record<string, unknown>[] }[];
  return activities
    .filter((activity) => activity.tags.some((tag) => tag.startsWith('contextdesk-note-')))
    .map((activity) => ({
      text: String(activity.dataElements.find((element) => 'Context_Notes' in element)?.Context_Notes),
      tags: activity.tags,
    }));
}

describe('notes are never lost', () => {
  it('200 notes posted while Context Service is down survive kill -9 of the BFF (twice, once mid-delivery) and are delivered exactly once, in order per customer', async () => {
    const database = join(mkdtempSync(join(tmpdir(), 'context-desk-durability-')), 'store.sqlite');
    const env = {
      FINESSE_URL: finesse.url,
      CONTEXT_SERVICE_URL: contextService.url,
      CONTEXT_SERVICE_TOKEN: contextService.token,
      DATABASE_URL: `sqlite:${database}`,
      NOTE_RETRY_MAX_DELAY: '2s',
    };
    await request(contextService.url)
      .post('/sandbox/faults')
      .send({ path: '^/context/v1', mode: 'status', status: 503 })
      .expect(201);
    bff = await startBffProcess(env);
    const session = await request(bff.url)
      .post('/api/session')
      .send({ username: 'agent1', password: 'sandbox' })
      .expect(201);
    const token = (session.body as { token: string }).token;
    const noteIds: string[] = [];
    for (let index = 0; index < NOTES; index++) {
      const customerId = CUSTOMERS[index % CUSTOMERS.length] ?? '';
      const answer = await request(bff.url)
        .post(`/api/customers/${customerId}/notes`)
        .set('Authorization', `Bearer ${token}`)
        .set('Idempotency-Key', `durability-${index}`)
        .send({ text: `durability note ${index}` });
      expect(answer.status).toBe(202);
      noteIds.push((answer.body as { noteId: string }).noteId);
    }
    expect(new Set(noteIds).size).toBe(NOTES);

    bff.kill('SIGKILL');
    await bff.exited;
    await request(contextService.url).delete('/sandbox/faults').expect(204);
    bff = await startBffProcess(env);
    // Kill it again in the middle of delivering, so some note may have reached Context Service without being marked
    // delivered: the idempotent delivery must not make a second copy of it.
    await untilPasses(
      async () => expect((await deliveredNotes(CUSTOMERS[0] ?? '')).length).toBeGreaterThanOrEqual(10),
      30_000,
    );
    bff.kill('SIGKILL');
    await bff.exited;
    bff = await startBffProcess(env);

    await untilPasses(async () => {
      const counts = await Promise.all(CUSTOMERS.map(async (customerId) => (await deliveredNotes(customerId)).length));
      expect(counts).toEqual([NOTES / 2, NOTES / 2]);
    }, 60_000);
    for (const [position, customerId] of CUSTOMERS.entries()) {
      const notes = await deliveredNotes(customerId);
      const expected = Array.from(
        { length: NOTES / 2 },
        (_, index) => `durability note ${index * CUSTOMERS.length + position}`,
      );
      expect(notes.map((note) => note.text)).toEqual(expected);
      const tags = notes.flatMap((note) => note.tags.filter((tag) => tag.startsWith('contextdesk-note-')));
      expect(new Set(tags).size).toBe(NOTES / 2);
    }
    const allTags = new Set((await Promise.all(CUSTOMERS.map(deliveredNotes))).flat().flatMap((note) => note.tags));
    for (const noteId of noteIds) expect(allTags.has(`contextdesk-note-${noteId}`)).toBe(true);
  }, 120_000);
});
