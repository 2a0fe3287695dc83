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
import { defineTags } from './define-tags.js';

/**
 * Every tag the tab needs when it first renders, registered in one place; the customer forms register themselves when
 * they are loaded on demand (customer-form/customer-forms.ts).
 */
const tags: ReadonlyArray<readonly [string, CustomElementConstructor]> = [
  ['context-desk', ContextDesk],
  ['cd-sign-in', SignIn],
  ['cd-agent-state', AgentStateBar],
  ['cd-call-bar', CallBar],
  ['cd-note-composer', NoteComposer],
  ['cd-screen-pop', CustomerScreenPop],
  ['cd-customer-view', CustomerView],
  ['cd-customer-card', CustomerCard],
  ['cd-journey', CustomerJourney],
  ['cd-customer-search', CustomerSearch],
];

defineTags(tags);

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
    'cd-journey': CustomerJourney;
    'cd-customer-search': CustomerSearch;
  }
}
