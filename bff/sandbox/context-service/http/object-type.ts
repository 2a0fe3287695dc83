import type { Request } from 'express';
import type { ObjectType } from '../model/types.js';
import { notFound } from '../model/context-error.js';
import { isObjectType } from '../wire/ref-url.js';

/** The `{type}` of a /context/v1 URL; anything but the four emulated types is 404 (workitem is not emulated). */
export function objectTypeOf(request: Request): ObjectType {
  const type = request.params.type;
  if (typeof type !== 'string' || !isObjectType(type)) throw notFound(`No such object type: ${String(type)}`);
  return type;
}

export function objectIdOf(request: Request): string {
  const id = request.params.id;
  return typeof id === 'string' ? id : '';
}
