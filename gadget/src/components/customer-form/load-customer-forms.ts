/** The customer forms' chunk, named in one place: the card's editor and the unknown caller's form both load it. */
export const loadCustomerForms = (): Promise<object> => import('./customer-forms.js');
