import { z } from 'zod';
import type { JourneyEvent } from './types.js';
import { ALIAS_KINDS } from './types.js';
import { JourneyError } from './journey-error.js';

/**
 * A posted event, checked as JDS's Journey Event Posting documents it: CloudEvents 1.0 with `id`, `specversion`,
 * `type`, `source`, `identity`, `identitytype`, `datacontenttype` and `data` required, `time` and `previousidentity`
 * optional. `time`, when given, must be RFC 3339 (the CloudEvents spec); when absent the emulator stamps the arrival.
 * `identitytype` is one of the alias kinds (the reference shows "email"|"phone"; the others are our reading [U]).
 */
const Text = z.string().trim().min(1).max(1024);
const PostedEvent = z.object({
  id: Text,
  specversion: z.literal('1.0', { error: 'specversion must be "1.0" (CloudEvents 1.0)' }),
  type: Text,
  source: Text,
  time: z.iso.datetime({ offset: true, error: 'time must be an RFC 3339 timestamp' }).optional(),
  identity: Text,
  identitytype: z.enum(ALIAS_KINDS, { error: `identitytype must be one of ${ALIAS_KINDS.join(', ')}` }),
  previousidentity: Text.optional(),
  datacontenttype: Text,
  data: z.record(z.string(), z.unknown(), { error: 'data must be a JSON object' }),
});

/** The event JDS would store for a posted body, or a 400 naming the first attribute at fault. */
export function readCloudEvent(body: unknown, nowMs: number): JourneyEvent {
  const result = PostedEvent.safeParse(body);
  if (!result.success) {
    const issue = result.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    const missing =
      typeof body === 'object' && body !== null && field !== '' && !field.includes('.') && !(field in body);
    throw new JourneyError(
      400,
      missing
        ? `The CloudEvent attribute ${field} is required`
        : `The CloudEvent attribute ${field} is not valid: ${issue?.message ?? 'invalid'}`,
    );
  }
  const { time, previousidentity, ...event } = result.data;
  return {
    ...event,
    time: time ?? new Date(nowMs).toISOString(),
    ...(previousidentity === undefined ? {} : { previousidentity }),
  };
}
