import type { Request } from 'express';
import type { z } from 'zod';
import { JourneyError } from '../model/journey-error.js';

/** A request body read against its schema; 400 naming the first bad field otherwise. */
export function bodyOf<Schema extends z.ZodType>(schema: Schema, request: Request): z.infer<Schema> {
  const result = schema.safeParse(request.body ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.join('.') ?? '';
  throw new JourneyError(
    400,
    field === '' ? (issue?.message ?? 'Invalid request body') : `${field}: ${issue?.message ?? 'invalid'}`,
  );
}

/** A path parameter Express has already URL-decoded (so `%2B14155550123` arrives as `+14155550123`). */
export function pathParam(request: Request, name: string): string {
  const value = request.params[name];
  if (typeof value !== 'string' || value === '') throw new JourneyError(400, `${name} is required`);
  return value;
}

/** A single optional query string parameter; repeated or nested ones are refused. */
export function queryParam(request: Request, name: string): string | undefined {
  const value = request.query[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new JourneyError(400, `${name} must be given once`);
  return value;
}

export interface PageRequest {
  readonly page: number;
  readonly pageSize: number;
}

/** The documented paging: `page` counts from 0; `pageSize` defaults to 50 and may not pass 1000 [U: numbers ours]. */
export function pageOf(request: Request): PageRequest {
  return {
    page: integerParam(request, 'page', 0, 0, 1_000_000),
    pageSize: integerParam(request, 'pageSize', 50, 1, 1000),
  };
}

export function pageSlice<Item>(items: readonly Item[], { page, pageSize }: PageRequest): Item[] {
  return items.slice(page * pageSize, (page + 1) * pageSize);
}

/** `sort=asc|desc` (case-insensitive), or the fallback. */
export function sortOf(request: Request, fallback: 'asc' | 'desc'): 'asc' | 'desc' {
  const sort = queryParam(request, 'sort')?.toLowerCase();
  if (sort === undefined) return fallback;
  if (sort !== 'asc' && sort !== 'desc') throw new JourneyError(400, 'sort must be asc or desc');
  return sort;
}

function integerParam(request: Request, name: string, fallback: number, min: number, max: number): number {
  const raw = queryParam(request, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max)
    throw new JourneyError(400, `${name} must be an integer from ${min} to ${max}`);
  return value;
}
