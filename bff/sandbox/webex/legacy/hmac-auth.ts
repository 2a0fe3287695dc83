import { createHmac, timingSafeEqual } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Org } from '../model/types.js';
import { sendLegacyError } from './legacy-errors.js';

/** The tenant a v1 request was signed for, set by `hmacAuthentication`. */
const tenants = new WeakMap<Response, Org>();

/** The signature of a legacy API user: base64(HMAC-SHA1(key = API key, message = user id)). */
export function legacySignature(apiKey: string, userId: string): string {
  return createHmac('sha1', apiKey).update(userId).digest('base64');
}

/**
 * The legacy v1 API's authentication (Cisco Live lab TECCCT-3001, WxCC 1.0 AnalyzerService):
 * `Authorization: <base64 HMAC-SHA1(API key, user id)>;tenantId=<tenant>` and `From: <user id>`. The lab writes no
 * space after the `;`, the WxCC 1.0 code writes one; both are taken. Anything wrong answers 401.
 */
export function hmacAuthentication(orgs: readonly Org[]) {
  return (request: Request, response: Response, next: NextFunction): void => {
    const match = /^([A-Za-z0-9+/=]+)\s*;\s*tenantId=(\S+)$/.exec(request.get('authorization') ?? '');
    const from = request.get('from') ?? '';
    const org = match ? orgs.find((candidate) => candidate.tenantId === match[2]) : undefined;
    const user = org?.legacyUsers.find((candidate) => candidate.userId === from);
    if (!match?.[1] || !org || !user || !sameText(match[1], legacySignature(user.apiKey, from))) {
      sendLegacyError(response, 401, 'The Authorization signature, tenantId or From header is not valid');
      return;
    }
    tenants.set(response, org);
    next();
  };
}

export function tenantOf(response: Response): Org {
  const org = tenants.get(response);
  if (!org) throw new Error('A legacy route ran without hmacAuthentication');
  return org;
}

function sameText(given: string, expected: string): boolean {
  const left = Buffer.from(given);
  const right = Buffer.from(expected);
  return left.length === right.length && timingSafeEqual(left, right);
}
