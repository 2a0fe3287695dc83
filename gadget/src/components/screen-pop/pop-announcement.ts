import type { ScreenPop } from '../../../../shared/api/context.js';
import { currentLocale, t } from '../../i18n/i18n.js';
import { customerName } from '../context-common/customer-name.js';

/** "1 open request" / "2 open requests" by the language's plural rules. */
export function openRequestsText(count: number): string {
  return new Intl.PluralRules(currentLocale()).select(count) === 'one'
    ? t('pop.oneRequest')
    : t('pop.requests', { count });
}

/**
 * What the tab's live region says when a pop is ready: "Maria Garcia — 2 open requests", "3 customers share this
 * number", "Unknown caller +16505550199".
 */
export function popAnnouncement(pop: ScreenPop, caller: string): string {
  if (pop.customer !== undefined) {
    const open = pop.requests.filter((request) => request.state === 'active').length;
    return t('pop.announceCustomer', {
      name: customerName(pop.customer) || t('customer.unnamed'),
      requests: openRequestsText(open),
    });
  }
  const candidates = pop.candidates?.length ?? 0;
  if (candidates > 1) return t('pop.candidates', { count: candidates });
  return t('pop.unknownCaller', { caller: pop.prefill?.phone ?? pop.prefill?.email ?? caller });
}
