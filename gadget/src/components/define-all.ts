import { ContextDesk } from './context-desk/context-desk.js';
import { SignIn } from './sign-in/sign-in.js';
import { AgentStateBar } from './agent-state/agent-state.js';
import { CallBar } from './call-bar/call-bar.js';
import { NoteComposer } from './note-composer/note-composer.js';
import { CustomerCard } from './customer-card/customer-card.js';
import { CustomerJourney } from './journey/customer-journey.js';
import { CustomerScreenPop } from './screen-pop/screen-pop.js';
import { CustomerSearch } from './customer-search/customer-search.js';
import { CustomerView } from './customer-view/customer-view.js';
import { NewCustomer } from './new-customer/new-customer.js';

/** Every tag of the tab, registered in one place (a bundle that imports this gets them all). */
const tags: ReadonlyArray<readonly [string, CustomElementConstructor]> = [
  ['context-desk', ContextDesk],
  ['cd-sign-in', SignIn],
  ['cd-agent-state', AgentStateBar],
  ['cd-call-bar', CallBar],
  ['cd-note-composer', NoteComposer],
  ['cd-screen-pop', CustomerScreenPop],
  ['cd-customer-view', CustomerView],
  ['cd-customer-card', CustomerCard],
  ['cd-new-customer', NewCustomer],
  ['cd-journey', CustomerJourney],
  ['cd-customer-search', CustomerSearch],
];

for (const [tag, element] of tags) if (customElements.get(tag) === undefined) customElements.define(tag, element);

declare global {
  interface HTMLElementTagNameMap {
    'context-desk': ContextDesk;
    'cd-sign-in': SignIn;
    'cd-agent-state': AgentStateBar;
    'cd-call-bar': CallBar;
    'cd-note-composer': NoteComposer;
    'cd-screen-pop': CustomerScreenPop;
    'cd-customer-view': CustomerView;
    'cd-customer-card': CustomerCard;
    'cd-new-customer': NewCustomer;
    'cd-journey': CustomerJourney;
    'cd-customer-search': CustomerSearch;
  }
}
