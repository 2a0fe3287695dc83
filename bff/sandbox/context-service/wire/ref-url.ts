import type { ObjectLink, ObjectType } from '../model/types.js';
import { OBJECT_TYPES } from '../model/types.js';

/** `<base>/context/v1/<type>/<id>`: how every object names itself and how links may be given (CS-UTILS test/test.js). */
export function refUrl(baseUrl: string, link: ObjectLink): string {
  return `${baseUrl}/context/v1/${link.type}/${encodeURIComponent(link.id)}`;
}

/** The type and id a refUrl names, whatever its host (a client may reach the service under another name); else undefined. */
export function parseRefUrl(value: string): ObjectLink | undefined {
  let path: string;
  try {
    path = new URL(value).pathname;
  } catch {
    return undefined;
  }
  const match = /^\/context\/v1\/([a-z]+)\/([^/]+)$/.exec(path);
  const type = OBJECT_TYPES.find((candidate) => candidate === match?.[1]);
  const id = match?.[2];
  if (type === undefined || id === undefined) return undefined;
  try {
    return { type, id: decodeURIComponent(id) };
  } catch {
    return undefined;
  }
}

export function isObjectType(value: string): value is ObjectType {
  return (OBJECT_TYPES as readonly string[]).includes(value);
}
