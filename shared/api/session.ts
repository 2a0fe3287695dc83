import { z } from 'zod';
import { requiredText } from './text-rules.js';
import { Agent } from './agent.js';

/** `POST /api/session` with a body; without one, the agent's Finesse Authorization header is forwarded instead. */
export const SignInRequest = z.strictObject({
  // A colon would end the user in the Basic credentials Finesse reads (RFC 7617): "agent1:x" would sign in as agent1.
  username: requiredText(128).refine((value) => !value.includes(':'), 'must not contain a colon'),
  password: requiredText(256),
});
export type SignInRequest = z.infer<typeof SignInRequest>;

export const SessionCreated = z.object({ token: z.string(), expiresAt: z.string(), agent: Agent });
export type SessionCreated = z.infer<typeof SessionCreated>;

export const SessionInfo = z.object({ agent: Agent, expiresAt: z.string() });
export type SessionInfo = z.infer<typeof SessionInfo>;
