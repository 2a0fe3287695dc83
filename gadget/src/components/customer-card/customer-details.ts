import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Customer } from '../../../../shared/api/context.js';
import { t } from '../../i18n/i18n.js';
import { codeLabel } from '../context-common/code-labels.js';

/** `tel:` takes digits and a leading +; the visual separators a store may hold are dropped. */
function telHref(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, '')}`;
}

function entry(label: string, value: unknown): TemplateResult | typeof nothing {
  return html`<dt>${label}</dt><dd>${value}</dd>`;
}

/** What the card shows of a customer (also each side of an edit conflict): empty fields are left out. */
export function customerDetails(customer: Customer): TemplateResult {
  const address = [
    customer.address?.street,
    customer.address?.city,
    [customer.address?.state, customer.address?.zip].filter(Boolean).join(' '),
    customer.address?.country === undefined ? undefined : codeLabel('region', customer.address.country),
  ]
    .filter((part) => part !== undefined && part !== '')
    .join(', ');
  return html`<dl>
    ${
      customer.phones.length === 0
        ? nothing
        : entry(
            t('card.phones'),
            html`<ul class="plain">${customer.phones.map((phone) => html`<li>${t(`kind.${phone.kind}`)}: <a href=${telHref(phone.number)}>${phone.number}</a></li>`)}</ul>`,
          )
    }
    ${
      customer.emails.length === 0
        ? nothing
        : entry(
            t('card.emails'),
            html`<ul class="plain">${customer.emails.map((email) => html`<li>${t(`kind.${email.kind}`)}: <a href="mailto:${email.address}">${email.address}</a></li>`)}</ul>`,
          )
    }
    ${address === '' ? nothing : entry(t('card.address'), address)}
    ${customer.language === undefined ? nothing : entry(t('form.language'), codeLabel('language', customer.language))}
    ${customer.externalId === undefined ? nothing : entry(t('form.externalId'), customer.externalId)}
  </dl>`;
}
