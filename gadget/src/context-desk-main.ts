import './components/define-all.js';
import { bffBaseUrl } from './bff-base-url.js';
import { BffHost } from './host/bff-host.js';
import type { DeskHost } from './host/desk-host.js';
import { FinesseHost } from './host/finesse-host.js';

/**
 * The tab's entry: inside the Finesse desktop (finesse.js is on the page, loaded by the gadget XML) the tab takes its
 * identity from Finesse; anywhere else it signs in to the BFF itself.
 */
function chooseHost(): DeskHost {
  const baseUrl = bffBaseUrl(import.meta.url);
  return FinesseHost.available(window) ? new FinesseHost(window, baseUrl) : new BffHost(baseUrl);
}

for (const element of document.querySelectorAll('context-desk')) {
  element.host = chooseHost();
}
