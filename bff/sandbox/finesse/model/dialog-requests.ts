/** The `requestedAction` values of `PUT /Dialog/{id}` the emulator carries out. */
export const DIALOG_ACTIONS = [
  'ANSWER',
  'HOLD',
  'RETRIEVE',
  'DROP',
  'CONSULT_CALL',
  'TRANSFER',
  'TRANSFER_SST',
  'CONFERENCE',
  'SEND_DTMF',
  'UPDATE_CALL_DATA',
] as const;
export type DialogAction = (typeof DIALOG_ACTIONS)[number];

export interface DialogActionRequest {
  readonly requestedAction: string | undefined;
  readonly targetMediaAddress?: string | undefined;
  readonly toAddress?: string | undefined;
  readonly dtmfString?: string | undefined;
  readonly wrapUpReason?: string | undefined;
  readonly variables?: ReadonlyMap<string, string> | undefined;
}

export interface NewDialogRequest {
  readonly requestedAction: string | undefined;
  readonly fromAddress: string | undefined;
  readonly toAddress: string | undefined;
  readonly associatedDialogUri?: string | undefined;
  readonly variables?: ReadonlyMap<string, string> | undefined;
}

export interface InboundCall {
  readonly from: string;
  readonly to: string;
  readonly dialedNumber?: string | undefined;
  readonly variables?: ReadonlyMap<string, string> | undefined;
  /** The queue an ACD call comes from; the directory's default queue unless given. */
  readonly queue?: { readonly number: string; readonly name: string } | undefined;
  /** The id the call was given while it waited in a queue. */
  readonly dialogId?: string | undefined;
}

/** A caller waiting in a queue for an agent (`POST /sandbox/queued-calls`). */
export interface QueuedCall {
  readonly from: string;
  readonly queueId: string;
  readonly dialedNumber?: string | undefined;
  readonly variables?: ReadonlyMap<string, string> | undefined;
}

/** Why the sandbox could not ring a call (answered by the control API as JSON, never as Finesse XML). */
export class InboundCallRefused extends Error {
  constructor(
    readonly reason: 'unknown_extension' | 'agent_not_signed_in' | 'invalid_variables' | 'unknown_queue',
    message: string,
  ) {
    super(message);
    this.name = 'InboundCallRefused';
  }
}
