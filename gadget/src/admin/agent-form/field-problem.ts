import { DeskApiError } from '../../api/desk-api-error.js';

/** The request field a refusal names (the BFF's `error.field`), for a form to show the message by that field. */
export function fieldOf(error: unknown): string | undefined {
  if (!(error instanceof DeskApiError) || typeof error.body !== 'object' || error.body === null) return undefined;
  const field = (error.body as { error?: { field?: unknown } }).error?.field;
  return typeof field === 'string' ? field : undefined;
}

/** The message without the `field: ` the BFF starts it with, since the form shows it by the field. */
export function withoutField(message: string, field: string): string {
  return message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message;
}
