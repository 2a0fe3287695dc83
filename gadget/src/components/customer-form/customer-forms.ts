import { CustomerEditor } from '../customer-editor/customer-editor.js';
import { NewCustomer } from '../new-customer/new-customer.js';
import { defineTags } from '../define-tags.js';
import { customerFormsEn } from '../../i18n/catalog-customer-forms-en.js';
import { customerFormsEs } from '../../i18n/catalog-customer-forms-es.js';
import type { PartStrings } from '../../i18n/i18n.js';

/**
 * The customer forms, a chunk the tab loads on demand (see OnDemand): the card's editor and the new-customer form of
 * an unknown caller. Neither is needed when the tab first renders or when a known caller's pop shows, and they share
 * the form's fields, drafts and checks, so they come together.
 */
/** Their strings in every language: a few hundred bytes each, and no second fetch before the form shows. */
export const strings: PartStrings = {
  en: () => Promise.resolve(customerFormsEn),
  es: () => Promise.resolve(customerFormsEs),
};

defineTags([
  ['cd-customer-editor', CustomerEditor],
  ['cd-new-customer', NewCustomer],
]);

declare global {
  interface HTMLElementTagNameMap {
    'cd-customer-editor': CustomerEditor;
    'cd-new-customer': NewCustomer;
  }
}
