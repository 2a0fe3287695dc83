import { z } from 'zod';

/** The error body every operation documents (shared/errors.ts). */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    upstream: z
      .object({
        service: z.string(),
        status: z.number().optional(),
        type: z.string().optional(),
        message: z.string().optional(),
      })
      .optional(),
    field: z.string().optional(),
  }),
});

export interface Operation {
  readonly summary: string;
  readonly request?: z.ZodType;
  readonly query?: Record<string, string>;
  readonly response?: { readonly status: number; readonly schema?: z.ZodType; readonly description: string };
  readonly errors: readonly number[];
  readonly auth?: boolean;
}

export const json = (schema: z.ZodType) => ({
  'application/json': { schema: z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) },
});

export function operation(op: Operation): Record<string, unknown> {
  const responses: Record<string, unknown> = {};
  const ok = op.response ?? { status: 200, description: 'OK' };
  responses[String(ok.status)] = { description: ok.description, ...(ok.schema ? { content: json(ok.schema) } : {}) };
  for (const status of op.errors) responses[String(status)] = { description: 'Error', content: json(ErrorBody) };
  return {
    summary: op.summary,
    ...(op.auth === false ? { security: [] } : {}),
    ...(op.request ? { requestBody: { required: true, content: json(op.request) } } : {}),
    ...(op.query
      ? {
          parameters: Object.entries(op.query).map(([name, description]) => ({
            name,
            in: 'query',
            required: true,
            description,
            schema: { type: 'string' },
          })),
        }
      : {}),
    responses,
  };
}

export const UPSTREAM = [502, 503, 504];
