import { DeskApiError } from '../../api/desk-api-error.js';
import { t } from '../i18n/admin-i18n.js';

/** Why an administrator's sign-in failed, in words that say what to do about it. */
export function signInFailure(error: unknown): string {
  if (!(error instanceof DeskApiError)) return t('admin.signIn.failed', { reason: String(error) });
  if (error.status === 401) return t('admin.signIn.invalidCredentials');
  if (error.status === 403) return t('admin.signIn.forbidden');
  if (error.status === 429) return t('admin.signIn.tooMany', { seconds: error.retryAfterSeconds ?? 60 });
  if (error.isUnavailable) return t('admin.signIn.unreachable', { reason: error.message });
  return t('admin.signIn.failed', { reason: error.message });
}
