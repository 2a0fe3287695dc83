import request from 'supertest';
import type { FinesseEmulator } from '../../bff/sandbox/finesse/finesse-emulator.js';
import type { TaskOfferAnswer } from '../../shared/sandbox-control.js';
import type { XmlTree } from './finesse-xml.js';

/** The demo contact center's non-voice MRDs (bff/sandbox/finesse/model/media-domains.ts). */
export const CHAT = '5000';
export const EMAIL = '5001';
export const TASK = '5002';

export const mediaLogin = (maxDialogLimit: string, interruptAction = 'ACCEPT', extra = '') =>
  `<Media><maxDialogLimit>${maxDialogLimit}</maxDialogLimit><state>LOGIN</state><interruptAction>${interruptAction}</interruptAction>${extra}</Media>`;
export const mediaState = (state: string, extra = '') => `<Media><state>${state}</state>${extra}</Media>`;

/** `POST /sandbox/tasks`, asserting it answered 201. */
export async function offerTask(emulator: FinesseEmulator, body: Record<string, unknown>): Promise<TaskOfferAnswer> {
  const response = await request(emulator.url).post('/sandbox/tasks').send(body);
  if (response.status !== 201) throw new Error(`offer answered ${response.status}: ${response.text}`);
  return response.body as TaskOfferAnswer;
}

/** The one Dialog of a `GET /Dialog/{id}` or of a notification's data (Dialog parses as a list). */
export function onlyDialog(tree: XmlTree): XmlTree {
  const dialog = (tree.Dialog as XmlTree[] | undefined)?.[0];
  if (!dialog) throw new Error(`no Dialog in ${JSON.stringify(tree)}`);
  return dialog;
}

/** The agent participant of a non-voice dialog: its state and actions. */
export function participantOf(dialog: XmlTree): { state: unknown; actions: unknown[]; mediaAddress: unknown } {
  const participant = ((dialog.participants as XmlTree).Participant as XmlTree[])[0] ?? {};
  const actions = participant.actions;
  return {
    state: participant.state,
    mediaAddress: participant.mediaAddress,
    actions: typeof actions === 'object' && actions !== null ? ((actions as XmlTree).action as unknown[]) : [],
  };
}
