import request from 'supertest';
import type { Response } from 'supertest';
import type { Agent } from '../../shared/api/agent.js';
import type { Dialog } from '../../shared/api/dialog.js';
import type { InboundCallAnswer } from '../../shared/sandbox-control.js';
import { bearer } from './bff.js';
import type { TestBff } from './bff.js';

/** An agent as the emulator's control API lists them: the upstream truth a test compares before and after. */
export interface SandboxAgent {
  readonly loginId: string;
  readonly loginName: string;
  readonly state: string;
  readonly extension: string;
}

/** `Authorization: Basic …` for the emulator or for a sign-in that forwards Finesse credentials. */
export function basicAuthorization(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

/**
 * The Context Desk JSON API as an agent's browser uses it, plus the emulator's control API, so that a route test
 * reads as a story: ring a call, act on it, read what the agent now sees.
 */
export function deskApi(bff: TestBff) {
  const api = () => request(bff.app);
  return {
    get: (token: string, path: string): Promise<Response> => api().get(path).set('Authorization', bearer(token)),

    /** The agent's calls; fails the test unless the BFF answers 200. */
    async dialogs(token: string): Promise<Dialog[]> {
      const response = await api().get('/api/dialogs').set('Authorization', bearer(token));
      if (response.status !== 200) throw new Error(`GET /api/dialogs answered ${response.status}: ${response.text}`);
      return response.body as Dialog[];
    },

    async agent(token: string): Promise<Agent> {
      const response = await api().get('/api/agent').set('Authorization', bearer(token));
      if (response.status !== 200) throw new Error(`GET /api/agent answered ${response.status}: ${response.text}`);
      return response.body as Agent;
    },

    act: (token: string, dialogId: string, body: Record<string, unknown>): Promise<Response> =>
      api().post(`/api/dialogs/${dialogId}/actions`).set('Authorization', bearer(token)).send(body),

    makeCall: (token: string, body: Record<string, unknown>): Promise<Response> =>
      api().post('/api/dialogs').set('Authorization', bearer(token)).send(body),

    setState: (token: string, body: Record<string, unknown>): Promise<Response> =>
      api().put('/api/agent/state').set('Authorization', bearer(token)).send(body),

    /** A call from outside rings at the agent signed in on `to`; answers its dialog id. */
    async ring(from: string, to: string, variables?: Record<string, string>): Promise<string> {
      const response = await bff
        .sandbox()
        .post('/sandbox/calls')
        .send({ from, to, ...(variables ? { variables } : {}) });
      if (response.status !== 201) throw new Error(`ringing ${to} answered ${response.status}: ${response.text}`);
      return (response.body as InboundCallAnswer).dialogId;
    },

    async sandboxAgents(): Promise<SandboxAgent[]> {
      const response = await bff.sandbox().get('/sandbox/agents');
      if (response.status !== 200) throw new Error(`GET /sandbox/agents answered ${response.status}`);
      return response.body as SandboxAgent[];
    },
  };
}

export type DeskApi = ReturnType<typeof deskApi>;

/** The dialog with this id among `dialogs`; fails the test when it is not there. */
export function dialogById(dialogs: readonly Dialog[], id: string): Dialog {
  const dialog = dialogs.find((candidate) => candidate.id === id);
  if (!dialog)
    throw new Error(`no dialog ${id} among ${dialogs.map((candidate) => candidate.id).join(', ') || 'none'}`);
  return dialog;
}

/** The participant on `address` in `dialog`; fails the test when there is none. */
export function participantAt(dialog: Dialog, address: string): Dialog['participants'][number] {
  const participant = dialog.participants.find((candidate) => candidate.address === address);
  if (!participant) throw new Error(`no participant ${address} on dialog ${dialog.id}`);
  return participant;
}
