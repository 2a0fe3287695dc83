import { ContextDesk } from './context-desk/context-desk.js';
import { SignIn } from './sign-in/sign-in.js';

/** Every tag of the tab, registered in one place (a bundle that imports this gets them all). */
const tags: ReadonlyArray<readonly [string, CustomElementConstructor]> = [
  ['context-desk', ContextDesk],
  ['cd-sign-in', SignIn],
];

for (const [tag, element] of tags) if (customElements.get(tag) === undefined) customElements.define(tag, element);

declare global {
  interface HTMLElementTagNameMap {
    'context-desk': ContextDesk;
    'cd-sign-in': SignIn;
  }
}
