import { z } from 'zod';
import { requiredText, text } from './text-rules.js';

/** Customer context as the gadget sees it (API outline, Customer context); no fieldsets or dataElements here. */

export const CHANNELS = ['voice', 'chat', 'email', 'web', 'social', 'mobile', 'video', 'event'] as const;
export const Channel = z.enum(CHANNELS);
export type Channel = z.infer<typeof Channel>;

export const PhoneKind = z.enum(['mobile', 'work', 'home']);
export const EmailKind = z.enum(['work', 'home']);

export const Customer = z.object({
  id: z.string(),
  firstName: z.string().optional(),
  lastName: z.string().optional(),
  phones: z.array(z.object({ kind: PhoneKind, number: z.string() })),
  emails: z.array(z.object({ kind: EmailKind, address: z.string() })),
  address: z
    .object({
      street: z.string().optional(),
      city: z.string().optional(),
      state: z.string().optional(),
      zip: z.string().optional(),
      country: z.string().optional(),
    })
    .optional(),
  externalId: z.string().optional(),
  language: z.string().optional(),
  /** Every other Context Service field, by field id. */
  fields: z.record(z.string(), z.string()),
  /** The optimistic-concurrency token: send it back as If-Match to update. */
  lastUpdated: z.string(),
});
export type Customer = z.infer<typeof Customer>;

export const Activity = z.object({
  id: z.string(),
  customerId: z.string().optional(),
  requestId: z.string().optional(),
  channel: Channel,
  summary: z.string().optional(),
  notes: z.string().optional(),
  /** Who contributed it (an agent id, a system). */
  source: z.string().optional(),
  createdAt: z.string(),
  lastUpdated: z.string(),
  state: z.enum(['active', 'closed']),
  fields: z.record(z.string(), z.string()),
});
export type Activity = z.infer<typeof Activity>;

/** A note an agent left on a request (in Context Service, a comment whose parent is the request). */
export const RequestNote = z.object({
  id: z.string(),
  text: z.string(),
  /** Who wrote it, as the store names them (a display name, else an agent id). */
  author: z.string().optional(),
  createdAt: z.string(),
});
export type RequestNote = z.infer<typeof RequestNote>;

export const ContextRequest = z.object({
  id: z.string(),
  customerId: z.string(),
  title: z.string(),
  description: z.string().optional(),
  state: z.enum(['active', 'closed']),
  createdAt: z.string(),
  lastUpdated: z.string(),
  /** Its notes, newest first. */
  notes: z.array(RequestNote),
});
export type ContextRequest = z.infer<typeof ContextRequest>;

/** `GET /api/customers/:id/journey`: newest first; `next` is the cursor of the following page. */
export interface Journey {
  readonly activities: readonly Activity[];
  readonly requests: readonly ContextRequest[];
  readonly next?: string;
}

/** `GET /api/context?dialogId=`: the screen pop. */
export const ScreenPop = z.object({
  dialogId: z.string(),
  match: z.enum(['activity', 'phone', 'email', 'none']),
  customer: Customer.optional(),
  activities: z.array(Activity),
  requests: z.array(ContextRequest),
  /** Several customers share the caller's number: the agent picks one. */
  candidates: z.array(Customer).optional(),
  /** Nothing matched: what the call says, to prefill a new customer. */
  prefill: z
    .object({ phone: z.string().optional(), email: z.string().optional(), name: z.string().optional() })
    .optional(),
});
export type ScreenPop = z.infer<typeof ScreenPop>;

const phoneInput = text(40).refine((value) => /^[0-9+()\s.-]*$/.test(value), 'must be a phone number');
const emailInput = text(254).refine(
  (value) => value === '' || /^[^\s@<>]+@[^\s@<>]+$/.test(value),
  'must be an email address',
);

/**
 * `POST /api/customers` and `PATCH /api/customers/:id`. A PATCH names only what changed: a field left out stays exactly
 * as stored, '' clears one, `phones` and `emails` set the kinds they list (the others stay), the address merges part
 * by part.
 */
export const CustomerInput = z.strictObject({
  firstName: text(100).optional(),
  lastName: text(100).optional(),
  phones: z
    .array(z.strictObject({ kind: PhoneKind, number: phoneInput }))
    .max(3)
    .optional(),
  emails: z
    .array(z.strictObject({ kind: EmailKind, address: emailInput }))
    .max(2)
    .optional(),
  address: z
    .strictObject({
      street: text(200).optional(),
      city: text(100).optional(),
      state: text(100).optional(),
      zip: text(20).optional(),
      country: text(100).optional(),
    })
    .optional(),
  externalId: text(100).optional(),
  language: text(20).optional(),
});
export type CustomerInput = z.infer<typeof CustomerInput>;

/** `POST /api/customers/:id/notes` (header Idempotency-Key). */
/** Context Service ids (UUIDs) and Finesse dialog ids: letters, digits, `-` and `_`. */
const objectId = z.string().regex(/^[0-9A-Za-z_-]{1,64}$/, 'must be an id (letters, digits, - and _)');

export const NoteInput = z.strictObject({
  text: requiredText(4000),
  requestId: objectId.optional(),
  activityId: objectId.optional(),
  dialogId: objectId.optional(),
});
export type NoteInput = z.infer<typeof NoteInput>;

export const NoteStatus = z.object({
  noteId: z.string(),
  status: z.enum(['queued', 'delivered', 'failed']),
  activityId: z.string().optional(),
  attempts: z.number(),
  lastError: z.string().optional(),
});
export type NoteStatus = z.infer<typeof NoteStatus>;

/** `POST /api/requests` */
export const RequestInput = z.strictObject({
  customerId: objectId,
  title: requiredText(200),
  description: text(2000).optional(),
});
export type RequestInput = z.infer<typeof RequestInput>;

/** `PATCH /api/activities/:id`: move an activity to another customer or request. */
export const MoveActivityInput = z
  .strictObject({ customerId: objectId.optional(), requestId: objectId.optional() })
  .refine((input) => input.customerId !== undefined || input.requestId !== undefined, {
    message: 'needs customerId or requestId',
    path: ['customerId'],
  });
export type MoveActivityInput = z.infer<typeof MoveActivityInput>;
