import type { Request } from 'express';
import { CHANNEL_TYPES } from '../model/types.js';
import type { ChannelType } from '../model/types.js';
import { WebexApiError } from './api-error.js';

/** The longest from–to span the statistics and activities take: under 24 hours (WxCC OpenAPI). */
export const MAX_SPAN_MS = 86_400_000;

/** A query parameter as one string; repeated parameters are refused rather than guessed at. */
function single(request: Request, name: string): string | undefined {
  const value = request.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new WebexApiError(400, `${name} must be given once`);
  return value;
}

/** An epoch-milliseconds parameter. */
export function epochMs(request: Request, name: string): number | undefined {
  const text = single(request, name);
  if (text === undefined || text === '') return undefined;
  if (!/^\d{1,15}$/.test(text)) throw new WebexApiError(400, `${name} must be epoch time in milliseconds`);
  return Number(text);
}

export function requiredEpochMs(request: Request, name: string): number {
  const value = epochMs(request, name);
  if (value === undefined) throw new WebexApiError(400, `${name} is required`);
  return value;
}

/** `from` must come before `to`. */
export function checkOrder(from: number, to: number): void {
  if (from >= to) throw new WebexApiError(400, 'from must be earlier than to');
}

/** The statistics' and activities' span limit. */
export function checkSpan(from: number, to: number): void {
  checkOrder(from, to);
  if (to - from >= MAX_SPAN_MS)
    throw new WebexApiError(400, 'The difference between from and to must be less than 24 hours');
}

export function integer(request: Request, name: string, min: number, max: number, fallback: number): number {
  const text = single(request, name);
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!/^-?\d+$/.test(text) || value < min || value > max)
    throw new WebexApiError(400, `${name} must be an integer from ${min} to ${max}`);
  return value;
}

/** Comma-separated ids, at most `max` (the OpenAPI allows 100). */
export function idList(request: Request, name: string, max = 100): readonly string[] | undefined {
  const text = single(request, name);
  if (text === undefined || text === '') return undefined;
  const ids = text
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  if (ids.length > max) throw new WebexApiError(400, `${name} accepts at most ${max} ids`);
  return ids;
}

/** `channelTypes`: comma-separated, lower case, from the documented enum. */
export function channelTypes(request: Request): readonly ChannelType[] | undefined {
  const names = idList(request, 'channelTypes', CHANNEL_TYPES.length);
  if (names === undefined) return undefined;
  const unknown = names.filter((name) => !(CHANNEL_TYPES as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new WebexApiError(400, `channelTypes must be among ${CHANNEL_TYPES.join(', ')}; not ${unknown.join(', ')}`);
  return names as ChannelType[];
}

/** The interval parameter of the statistics: 15, 30 or 60 minutes. */
export function intervalMinutes(request: Request): 15 | 30 | 60 {
  const text = single(request, 'interval');
  // No default is documented ("Supported values are 15, 30, or 60"): the finest is used.
  if (text === undefined || text === '') return 15;
  if (text !== '15' && text !== '30' && text !== '60') throw new WebexApiError(400, 'interval must be 15, 30 or 60');
  return Number(text) as 15 | 30 | 60;
}
