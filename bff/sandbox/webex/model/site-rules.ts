/** A SiteDTO as a caller sent it, once its fields have the right types. */
export interface SiteInput {
  readonly id?: string;
  readonly name: string;
  readonly active: boolean;
  readonly multimediaProfileId: string;
  readonly description?: string;
  readonly organizationId?: string;
  readonly version?: number;
}

/** The outcome of reading a body: the input, or every problem found (ApiError `errors[]`). */
export type SiteReading = { readonly site: SiteInput } | { readonly errors: readonly string[] };

/**
 * SiteDTO's documented constraints (WxCC OpenAPI, Sites): `name` (≤ 80), `active` and `multimediaProfileId` required,
 * `description` ≤ 255, `version` an integer. Read-only fields (`createdTime`, `lastUpdatedTime`, `systemDefault`) are
 * ignored, as a server that owns them would.
 */
export function readSite(body: unknown): SiteReading {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    return { errors: ['The request body must be a SiteDTO object'] };
  const fields = body as Record<string, unknown>;
  const errors: string[] = [];
  const text = (name: string, max: number, required: boolean): string | undefined => {
    const value = fields[name];
    if (value === undefined || value === null) {
      if (required) errors.push(`${name} cannot be null`);
      return undefined;
    }
    if (typeof value !== 'string') errors.push(`${name} must be a string`);
    else if (required && value.trim() === '') errors.push(`${name} cannot be blank`);
    else if (value.length > max) errors.push(`${name} size must be between 0 and ${max}`);
    else return value;
    return undefined;
  };
  const name = text('name', 80, true);
  const multimediaProfileId = text('multimediaProfileId', 64, true);
  const description = text('description', 255, false);
  const id = text('id', 64, false);
  const organizationId = text('organizationId', 64, false);
  const active = fields.active;
  if (typeof active !== 'boolean')
    errors.push(active === undefined || active === null ? 'active cannot be null' : 'active must be a boolean');
  const version = fields.version;
  if (version !== undefined && version !== null && !Number.isInteger(version))
    errors.push('version must be an integer');
  if (errors.length > 0 || name === undefined || multimediaProfileId === undefined || typeof active !== 'boolean')
    return { errors };
  return {
    site: {
      name,
      active,
      multimediaProfileId,
      ...(id === undefined ? {} : { id }),
      ...(description === undefined ? {} : { description }),
      ...(organizationId === undefined ? {} : { organizationId }),
      ...(typeof version === 'number' ? { version } : {}),
    },
  };
}
