import type { PartModule } from '../context-common/on-demand.js';

/** The customer forms' chunk, named in one place: the card's editor and the unknown caller's form both load it. */
export const loadCustomerForms = (): Promise<PartModule> => import('./customer-forms.js');
