import { randomUUID } from 'node:crypto';
import type { Site } from './types.js';
import type { SiteInput } from './site-rules.js';

/** Why the store refused a write, with the status the configuration API answers. */
export class SiteRefused extends Error {
  constructor(
    readonly status: 400 | 404 | 409 | 412,
    message: string,
  ) {
    super(message);
  }
}

/**
 * One organisation's sites. Names are unique (case-insensitive): a second "Austin" is the documented 409; a site
 * another entity references (agents work at it) cannot be deleted: the documented 412.
 */
export class SiteStore {
  private sites = new Map<string, Site>();

  constructor(
    private readonly orgId: string,
    private readonly now: () => number,
    private readonly referenced: ReadonlySet<string>,
  ) {}

  replaceAll(sites: readonly Site[]): void {
    this.sites = new Map(sites.map((site) => [site.id, site]));
  }

  list(): Site[] {
    return [...this.sites.values()].sort(
      (left, right) => left.createdTime - right.createdTime || left.name.localeCompare(right.name),
    );
  }

  get(id: string): Site | undefined {
    return this.sites.get(id);
  }

  create(input: SiteInput): Site {
    if (input.id !== undefined) throw new SiteRefused(400, 'id must be empty on create');
    this.checkOrganization(input);
    this.checkNameFree(input.name);
    const now = this.now();
    const site: Site = {
      ...this.fields(input),
      id: randomUUID(),
      version: 0,
      systemDefault: false,
      createdTime: now,
      lastUpdatedTime: now,
    };
    this.sites.set(site.id, site);
    return site;
  }

  /** A full update of the site `id`; the body's `id` must name the same site. */
  update(id: string, input: SiteInput): Site {
    const current = this.sites.get(id);
    if (!current) throw new SiteRefused(404, `Site ${id} not found`);
    if (input.id !== undefined && input.id !== id)
      throw new SiteRefused(400, 'The id in the body does not match the id in the path');
    this.checkOrganization(input);
    this.checkNameFree(input.name, id);
    const site: Site = { ...current, ...this.fields(input), version: current.version + 1, lastUpdatedTime: this.now() };
    this.sites.set(id, site);
    return site;
  }

  remove(id: string): void {
    if (this.referenced.has(id) && this.sites.has(id))
      throw new SiteRefused(412, `Site ${id} is referenced by other entities; see incoming-references`);
    if (!this.sites.delete(id)) throw new SiteRefused(404, `Site ${id} not found`);
  }

  private fields(
    input: SiteInput,
  ): Pick<Site, 'name' | 'active' | 'multimediaProfileId' | 'description' | 'organizationId'> {
    return {
      name: input.name,
      active: input.active,
      multimediaProfileId: input.multimediaProfileId,
      organizationId: this.orgId,
      description: input.description,
    };
  }

  private checkOrganization(input: SiteInput): void {
    if (input.organizationId !== undefined && input.organizationId !== this.orgId)
      throw new SiteRefused(400, 'organizationId does not match the organization in the path');
  }

  private checkNameFree(name: string, except?: string): void {
    const taken = [...this.sites.values()].some(
      (site) => site.id !== except && site.name.toLowerCase() === name.toLowerCase(),
    );
    if (taken) throw new SiteRefused(409, `A site named "${name}" already exists`);
  }
}
