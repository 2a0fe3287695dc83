import { z } from 'zod';

/** How long what the OAuth server hands out stays good, in seconds. */
export const TokenLifetimes = z.strictObject({
  accessTokenSeconds: z.number().int().min(1).max(31_536_000),
  refreshTokenSeconds: z.number().int().min(1).max(31_536_000),
  codeSeconds: z.number().int().min(1).max(3_600),
});
export type TokenLifetimes = z.infer<typeof TokenLifetimes>;

/**
 * Webex's own: `expires_in` 43199 (12 h) and a 60-day refresh token in a real 2022 log (WebexSamples token-app-sample
 * README; the lab says "12 hours / 60 days"). How long a code lives is not documented; five minutes is a common choice.
 */
export const WEBEX_TOKEN_LIFETIMES: TokenLifetimes = {
  accessTokenSeconds: 43_199,
  refreshTokenSeconds: 5_184_000,
  codeSeconds: 300,
};
