import { z } from 'zod';
import { digits } from './text-rules.js';

/** Finesse agent states (User `state`); only READY, NOT_READY and LOGOUT can be requested here, LOGIN via sign-in. */
export const AGENT_STATES = [
  'LOGOUT',
  'NOT_READY',
  'READY',
  'RESERVED',
  'RESERVED_OUTBOUND',
  'RESERVED_OUTBOUND_PREVIEW',
  'TALKING',
  'HOLD',
  'WORK',
  'WORK_READY',
  'UNKNOWN',
] as const;
export const AgentState = z.enum(AGENT_STATES);
export type AgentState = z.infer<typeof AgentState>;

export const Role = z.enum(['Agent', 'Supervisor', 'Administrator']);
export type Role = z.infer<typeof Role>;

export const ReasonCategory = z.enum(['NOT_READY', 'LOGOUT']);
export type ReasonCategory = z.infer<typeof ReasonCategory>;

export const ReasonCode = z.object({
  id: z.string(),
  code: z.string(),
  label: z.string(),
  category: ReasonCategory,
  /** A code the system applies by itself (supervisor, outbound call), not one an agent picks. */
  systemCode: z.boolean().optional(),
});
export type ReasonCode = z.infer<typeof ReasonCode>;

export const WrapUpReason = z.object({ id: z.string(), label: z.string() });
export type WrapUpReason = z.infer<typeof WrapUpReason>;

export const TeamRef = z.object({ id: z.string(), name: z.string() });
export type TeamRef = z.infer<typeof TeamRef>;

export const Agent = z.object({
  id: z.string(),
  loginName: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  /** The signed-in extension; empty while logged out. */
  extension: z.string(),
  state: AgentState,
  reasonCode: z.object({ id: z.string(), code: z.string(), label: z.string() }).optional(),
  /** The state requested during a call, applied when it ends. */
  pendingState: AgentState.optional(),
  stateChangedAt: z.string(),
  roles: z.array(Role),
  team: TeamRef.optional(),
  /** Teams a supervisor supervises. */
  supervisedTeams: z.array(TeamRef).optional(),
  wrapUp: z.object({ onIncoming: z.string(), onOutgoing: z.string() }).optional(),
});
export type Agent = z.infer<typeof Agent>;

/** `POST /api/agent/sign-in` */
export const AgentSignInRequest = z.strictObject({ extension: digits(20) });
export type AgentSignInRequest = z.infer<typeof AgentSignInRequest>;

/** `PUT /api/agent/state` */
export const AgentStateRequest = z.strictObject({
  state: z.enum(['READY', 'NOT_READY', 'LOGOUT']),
  reasonCodeId: z
    .string()
    .regex(/^-?[0-9]{1,10}$/, 'must be a reason code id')
    .optional(),
});
export type AgentStateRequest = z.infer<typeof AgentStateRequest>;

/** `GET /api/reason-codes?category=` */
export const ReasonCodesQuery = z.strictObject({ category: ReasonCategory });
export type ReasonCodesQuery = z.infer<typeof ReasonCodesQuery>;
