import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bearer, startTestBff } from '../../kit/bff.js';
import type { TestBff } from '../../kit/bff.js';
import { deskApi, participantAt } from '../../kit/desk-api.js';
import type { DeskApi } from '../../kit/desk-api.js';
import type { Dialog } from '../../../shared/api/dialog.js';

let bff: TestBff;
let desk: DeskApi;

const api = () => request(bff.app);

/** The audit store fails every write from now on (a full disk, a lost database connection). */
function breakTheAuditTrail(): void {
  vi.spyOn(bff.assembly.store.audit, 'record').mockRejectedValue(new Error('SQLITE_FULL: database or disk is full'));
}

/** How many audit writes failed, as /metrics reports them for this action. */
async function auditFailures(action: string): Promise<number> {
  const metric = await bff.assembly.metrics.auditWriteFailures.get();
  return metric.values.find((value) => value.labels.action === action)?.value ?? 0;
}

beforeEach(async () => {
  bff = await startTestBff();
  desk = deskApi(bff);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await bff.close();
});

describe("an audit write that fails after Finesse answered leaves the answer Finesse's, and is logged and counted", () => {
  it('PUT /api/agent/state READY answers 200 READY as Finesse confirmed it, logs the failed audit write and counts it', async () => {
    const token = await bff.signedInAgent();
    breakTheAuditTrail();
    const response = await api().put('/api/agent/state').set('Authorization', bearer(token)).send({ state: 'READY' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ state: 'READY' });
    expect((await desk.agent(token)).state).toBe('READY');
    expect(await auditFailures('agent.state_change')).toBe(1);
    expect(bff.logs.join('')).toMatch(
      /audit event could not be written.*agent\.state_change|agent\.state_change.*audit event could not be written/,
    );
  });

  it('a sign-in to another extension that Finesse refuses still answers 409 finesse_refused, not the audit failure', async () => {
    const token = await bff.signedInAgent();
    breakTheAuditTrail();
    const response = await api()
      .post('/api/agent/sign-in')
      .set('Authorization', bearer(token))
      .send({ extension: '1001003' });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ error: { code: 'finesse_refused' } });
    expect(await auditFailures('agent.state_change')).toBe(1);
  });

  it('HOLD on an active call answers 200 with the agent HELD as Finesse confirmed it, and counts the failed audit write', async () => {
    const token = await bff.signedInAgent();
    const dialogId = await desk.ring('4085550100', '1001001');
    expect((await desk.act(token, dialogId, { action: 'ANSWER' })).status).toBe(200);
    breakTheAuditTrail();
    const response = await desk.act(token, dialogId, { action: 'HOLD' });
    expect(response.status).toBe(200);
    expect(participantAt(response.body as Dialog, '1001001').state).toBe('HELD');
    expect(await auditFailures('dialog.action')).toBe(1);
  });
});
