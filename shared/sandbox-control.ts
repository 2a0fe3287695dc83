import { z } from 'zod';

/**
 * The sandbox control API: JSON endpoints under `/sandbox/` on each emulator, clearly not part of any Cisco API.
 * Tests, scripts and the simulated desktop use them to ring calls, hang up, and inject faults.
 */

/** Phone numbers as a switch delivers them: digits, an optional leading +. Formatting characters are removed. */
const phoneNumber = z
  .string()
  .transform((value) => value.replace(/[\s().-]/g, ''))
  .pipe(z.string().regex(/^\+?[0-9]{1,32}$/, 'must be a phone number (digits, optional leading +)'));

/** `POST /sandbox/calls`: an inbound call rings at the agent signed in on `to`. */
export const InboundCallRequest = z.strictObject({
  from: phoneNumber,
  to: z.string().regex(/^[0-9]{1,20}$/, 'must be an agent extension'),
  mediaType: z.literal('Voice').default('Voice'),
  /** The number the caller dialled (DNIS); defaults to `to`. */
  dialedNumber: z
    .string()
    .regex(/^[0-9*#+]{1,32}$/)
    .optional(),
  /** callVariable1…10 and ECC variables (`user.…`) the IVR attached. */
  variables: z.record(z.string().max(200), z.string().max(2000)).optional(),
});
export type InboundCallRequest = z.infer<typeof InboundCallRequest>;

/**
 * `POST /sandbox/queued-calls` (Finesse emulator): a caller waits in a queue (skill group) until one of its agents is
 * Ready, the longest-Ready first; answered like `POST /sandbox/calls`, with the dialogId the call will have.
 */
export const QueuedCallRequest = z.strictObject({
  from: phoneNumber,
  queue: z.string().regex(/^[0-9]{1,20}$/, "must be a queue id (the skill group's peripheral number)"),
  dialedNumber: z
    .string()
    .regex(/^[0-9*#+]{1,32}$/)
    .optional(),
  variables: z.record(z.string().max(200), z.string().max(2000)).optional(),
});
export type QueuedCallRequest = z.infer<typeof QueuedCallRequest>;

/**
 * `POST /sandbox/tasks` (Finesse emulator): a chat, an email or a task arrives in a non-voice MRD (its id or name) and
 * is offered to a Ready agent signed in to it who has room, or waits, as CCE routing would. `from` (the customer's chat
 * name or email address) becomes callVariable1 and `subject` the ECC variable `user.Subject`; `variables` add to them.
 */
export const TaskOfferRequest = z.strictObject({
  mrd: z.string().min(1).max(100),
  from: z.string().trim().min(1).max(40, 'must fit callVariable1 (40 characters)'),
  subject: z.string().max(500).default(''),
  variables: z.record(z.string().max(200), z.string().max(2000)).optional(),
  /** Offer it only to this agent (loginId or loginName); it waits for them. */
  agent: z.string().min(1).max(100).optional(),
});
export type TaskOfferRequest = z.infer<typeof TaskOfferRequest>;

export interface TaskOfferAnswer {
  readonly dialogId: string;
  /** OFFERED to `loginId` at once, or WAITING for an agent with room. */
  readonly state: 'OFFERED' | 'WAITING';
  readonly loginId?: string;
}

export interface InboundCallAnswer {
  readonly dialogId: string;
}

export const FAULT_MODES = ['latency', 'status', 'reset', 'malformed'] as const;

/** `POST /sandbox/faults`: requests whose path matches `path` (a regular expression) misbehave. */
export const FaultRequest = z
  .strictObject({
    path: z.string().min(1).max(500),
    mode: z.enum(FAULT_MODES),
    /** latency: delay before the request is handled. */
    ms: z.number().int().min(0).max(120_000).optional(),
    /** status: the HTTP status to answer with. */
    status: z.number().int().min(400).max(599).optional(),
    /** How many matching requests to affect; unlimited when absent. */
    times: z.number().int().min(1).max(1_000_000).optional(),
  })
  .refine((fault) => fault.mode !== 'latency' || fault.ms !== undefined, { message: 'latency needs ms', path: ['ms'] })
  .refine((fault) => fault.mode !== 'status' || fault.status !== undefined, {
    message: 'status needs status',
    path: ['status'],
  })
  .refine((fault) => isRegularExpression(fault.path), {
    message: 'must be a valid regular expression',
    path: ['path'],
  });
export type FaultRequest = z.infer<typeof FaultRequest>;

export interface FaultAnswer extends FaultRequest {
  readonly id: string;
}

/** `POST /sandbox/system`: put Finesse in or out of service. */
export const SystemStatusRequest = z.strictObject({ status: z.enum(['IN_SERVICE', 'OUT_OF_SERVICE']) });
export type SystemStatusRequest = z.infer<typeof SystemStatusRequest>;

/** `POST /sandbox/notifications` (Finesse emulator): hold every notification back this long, as a slow CTI server would. */
export const NotificationDelayRequest = z.strictObject({ delayMs: z.number().int().min(0).max(120_000) });
export type NotificationDelayRequest = z.infer<typeof NotificationDelayRequest>;

function isRegularExpression(source: string): boolean {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}
