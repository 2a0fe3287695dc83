import { CustomerEditor } from '../customer-editor/customer-editor.js';
import { NewCustomer } from '../new-customer/new-customer.js';
import { defineTags } from '../define-tags.js';

/**
 * The customer forms, a chunk the tab loads on demand (see OnDemand): the card's editor and the new-customer form of
 * an unknown caller. Neither is needed when the tab first renders or when a known caller's pop shows, and they share
 * the form's fields, drafts and checks, so they come together.
 */
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
