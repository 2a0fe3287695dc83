import { randomUUID } from 'node:crypto';
import type { ObjectInput, ObjectType, StoredObject, UnresolvedLink } from './types.js';
import { badRequest, conflict, notFound } from './context-error.js';
import { checkObject } from './object-rules.js';

/**
 * One Context Service data store. Lab and production are two of these: lab-mode data is fully separate from
 * production data [CS-DOCS faq; FlushEntities.java].
 */
export class ObjectStore {
  private objects = new Map<string, StoredObject>();

  constructor(private readonly clock: () => number = Date.now) {}

  /** Forget everything and hold these objects (immutable, so two stores may share them). */
  replaceAll(objects: readonly StoredObject[]): void {
    this.objects = new Map(objects.map((object) => [object.id, object]));
  }

  find(type: ObjectType, id: string): StoredObject | undefined {
    const object = this.objects.get(id.toLowerCase());
    return object?.type === type ? object : undefined;
  }

  list(type: ObjectType): StoredObject[] {
    return [...this.objects.values()].filter((object) => object.type === type);
  }

  create(type: ObjectType, input: ObjectInput): StoredObject {
    const links = checkObject(type, input, this.lookup);
    // A client may choose the id, so a retried create is recognisable: the second answers 409.
    if (input.id !== undefined && this.objects.has(input.id)) throw conflict(`An object with id ${input.id} exists`);
    const now = this.clock();
    const object: StoredObject = {
      id: input.id ?? randomUUID(),
      type,
      // Details are created closed and stay so [Webapp README; CS-UTILS test/test.js].
      state: type === 'detail' ? 'closed' : (input.state ?? 'active'),
      ...contentOf(input, links),
      createdMs: now,
      lastUpdatedMs: now,
    };
    this.objects.set(object.id, object);
    return object;
  }

  /** A full update, guarded by the optimistic lock: the body must echo the current lastUpdated [CS-DOCS faq]. */
  update(type: ObjectType, id: string, input: ObjectInput): StoredObject {
    const current = this.find(type, id);
    if (!current) throw notFound(`No ${type} ${id}`);
    if (type === 'detail') throw badRequest('A detail is never updatable');
    if (type === 'request' && current.state === 'closed') throw conflict(`Request ${id} is closed and read-only`);
    if (input.lastUpdated === undefined)
      throw conflict(`The update must carry the ${type}'s current lastUpdated (${iso(current.lastUpdatedMs)})`);
    if (Date.parse(input.lastUpdated) !== current.lastUpdatedMs) {
      throw conflict(
        `Stale update: the ${type} was last updated at ${iso(current.lastUpdatedMs)}, not ${input.lastUpdated}`,
      );
    }
    if (input.id !== undefined && input.id !== current.id) throw badRequest('The body id differs from the URL');
    const links = checkObject(type, input, this.lookup);
    // There is no reopening a closed object (state, SDK 2.0.5 release notes).
    if (current.state === 'closed' && input.state === 'active')
      throw badRequest(`${type} ${id} is closed and cannot be reopened`);
    const updated: StoredObject = {
      id: current.id,
      type,
      state: input.state ?? current.state,
      ...contentOf(input, links),
      createdMs: current.createdMs,
      // Strictly newer, so the previous lastUpdated is stale even within one millisecond.
      lastUpdatedMs: Math.max(this.clock(), current.lastUpdatedMs + 1),
    };
    this.objects.set(updated.id, updated);
    return updated;
  }

  delete(type: ObjectType, id: string): boolean {
    const object = this.find(type, id);
    if (object) this.objects.delete(object.id);
    return object !== undefined;
  }

  private readonly lookup = (link: UnresolvedLink, allowed: readonly ObjectType[]): StoredObject | undefined => {
    const object = this.objects.get(link.id);
    return object !== undefined &&
      allowed.includes(object.type) &&
      (link.type === undefined || link.type === object.type)
      ? object
      : undefined;
  };
}

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

/** What a create and a full update both take from the body: the object's content and its checked links. */
function contentOf(
  input: ObjectInput,
  links: ReturnType<typeof checkObject>,
): Pick<StoredObject, 'fieldsets' | 'dataElements' | 'mediaType' | 'contributors' | 'tags'> &
  ReturnType<typeof checkObject> {
  return {
    fieldsets: [...new Set(input.fieldsets)],
    dataElements: input.dataElements,
    ...links,
    ...(input.mediaType === undefined ? {} : { mediaType: input.mediaType }),
    contributors: input.contributors,
    tags: input.tags,
  };
}
