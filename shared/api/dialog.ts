import { z } from 'zod';
import { dialableNumber, text } from './text-rules.js';

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
  /** Supervisor: join the call of your silent monitor call (act on the monitor call). */
  'BARGE_CALL',
  /** Supervisor, once barged in: drop the participant at `target` (agent or caller) from the conference. */
  'PARTICIPANT_DROP',
] as const;
export const DialogActionName = z.enum(DIALOG_ACTIONS);
export type DialogActionName = z.infer<typeof DialogActionName>;

export const Participant = z.object({
  address: z.string(),
  /** `agent` for an agent's phone (AGENT_DEVICE), `external` for anyone else. */
  kind: z.enum(['agent', 'external']),
  state: z.string(),
  stateCause: z.string().optional(),
  /** What Finesse lets this participant do now; a client enables exactly these. */
  actions: z.array(z.string()),
});
export type Participant = z.infer<typeof Participant>;

export const Dialog = z.object({
  id: z.string(),
  mediaType: z.string(),
  state: z.string(),
  from: z.string(),
  to: z.string(),
  callType: z.string(),
  dnis: z.string().optional(),
  queue: z.object({ number: z.string(), name: z.string() }).optional(),
  /** callVariable1…10 and ECC variables under their Finesse names (`user.…`). */
  variables: z.record(z.string(), z.string()),
  wrapUpReason: z.string().optional(),
  /** The call this one relates to (a consult call's original call). */
  associatedDialogId: z.string().optional(),
  participants: z.array(Participant),
  startedAt: z.string().optional(),
});
export type Dialog = z.infer<typeof Dialog>;

/** Call variable names Finesse accepts: callVariable1…10 and ECC variables (`user.name`, `user.name[2]`). */
const variableName = z
  .string()
  .regex(
    /^(callVariable([1-9]|10)|user\.[A-Za-z0-9_.]{1,60}(\[[0-9]{1,3}\])?)$/,
    'must be callVariable1…10 or an ECC variable name (user.…)',
  );
export const CallVariables = z
  .unknown()
  // JSON.parse makes "__proto__" an own key, which a record schema skips silently; refuse it by name instead.
  .superRefine((value, context) => {
    if (typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, '__proto__')) {
      context.addIssue({
        code: 'custom',
        message: 'must be callVariable1…10 or an ECC variable name (user.…)',
        path: ['__proto__'],
      });
    }
  })
  .pipe(
    z
      .record(variableName, text(2000))
      .refine((variables) => Object.keys(variables).length <= 100, 'must hold at most 100 variables'),
  );

/** `POST /api/dialogs`: make a call. */
export const MakeCallRequest = z.strictObject({ to: dialableNumber, variables: CallVariables.optional() });
export type MakeCallRequest = z.infer<typeof MakeCallRequest>;

/** `POST /api/dialogs/:id/actions` */
export const DialogActionRequest = z
  .strictObject({
    action: DialogActionName,
    /** Where to consult or transfer (CONSULT_CALL, TRANSFER_SST); the participant to drop (PARTICIPANT_DROP). */
    target: dialableNumber.optional(),
    /** Digits for SEND_DTMF. */
    dtmf: z
      .string()
      .regex(/^[0-9*#A-D]{1,32}$/, 'must be 1 to 32 of 0-9, *, #, A-D')
      .optional(),
    wrapUpReason: text(39).optional(),
    variables: CallVariables.optional(),
  })
  .refine(
    (request) =>
      !['CONSULT_CALL', 'TRANSFER_SST', 'PARTICIPANT_DROP'].includes(request.action) || request.target !== undefined,
    {
      message: 'is required for CONSULT_CALL, TRANSFER_SST and PARTICIPANT_DROP',
      path: ['target'],
    },
  )
  .refine((request) => request.action !== 'SEND_DTMF' || request.dtmf !== undefined, {
    message: 'is required for SEND_DTMF',
    path: ['dtmf'],
  })
  .refine(
    (request) =>
      request.action !== 'UPDATE_CALL_DATA' || request.variables !== undefined || request.wrapUpReason !== undefined,
    { message: 'UPDATE_CALL_DATA needs variables or wrapUpReason', path: ['variables'] },
  );
export type DialogActionRequest = z.infer<typeof DialogActionRequest>;
