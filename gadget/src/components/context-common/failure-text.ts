import { DeskApiError } from '../../api/desk-api-error.js';
import { t } from '../../i18n/i18n.js';

/**
 * What an agent reads when a customer-context call failed. Context Service down, slow or unreachable reads as the
 * Customer Context gadget's own message (Cisco, "Unable to Access Customer Context Information"); anything else
 * carries the BFF's message, which is written for a person.
 */
export function failureText(error: unknown): string {
  if (!(error instanceof DeskApiError)) return t('context.failed');
  return error.isUnavailable ? t('app.contextUnavailable') : error.message;
}
