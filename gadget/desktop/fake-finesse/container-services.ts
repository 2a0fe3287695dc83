import type { FinesseContainerServices, Gadgets } from '../../src/host/finesse-api.js';
import type { ContainerRequest } from '../hub/hub-messages.js';
import { CONTAINER_TOPICS } from '../hub/hub-messages.js';
import { Handlers } from './handlers.js';

/**
 * The gadget's tab id the way finesse.js finds it: the id of the `div.tab-panel` (`panel_<tabId>`) around the
 * gadget's iframe in the desktop's page. The simulated desktop renders in shadow DOM, so the walk crosses shadow roots.
 */
function tabIdAround(frame: Element | null): string | null {
  let element: Element | null = frame;
  while (element !== null) {
    if (element.classList.contains('tab-panel') && element.id.startsWith('panel_'))
      return element.id.slice('panel_'.length);
    const root = element.getRootNode();
    element = element.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return null;
}

/**
 * finesse.containerservices.ContainerServices for a gadget: requests go to the container on the hub's request
 * topic (`ActiveTabReq`, `SetActiveTabReq`), and ACTIVE_TAB handlers run when the container says this gadget's tab
 * became the active one (once per activation, as finesse.js does).
 */
export function containerServices(gadgets: () => Gadgets): FinesseContainerServices {
  const handlers = new Handlers<string, undefined>();
  const subscribed = new Set<string>();
  let inited = false;
  let visible = false;
  let myTab: string | null | undefined;

  const myTabId = (): string | null => (myTab ??= tabIdAround(window.frameElement));
  const request = (type: string, data: ContainerRequest['data']): void => {
    const message: ContainerRequest = { type, data, invokeID: Date.now() };
    gadgets().Hub.publish(CONTAINER_TOPICS.REQUESTS, message);
  };
  const subscribe = (topic: string): void => {
    if (subscribed.has(topic)) return;
    subscribed.add(topic);
    gadgets().Hub.subscribe(topic, (_topic, data) => {
      if (topic !== CONTAINER_TOPICS.ACTIVE_TAB) {
        handlers.notify(topic, undefined);
        return;
      }
      const shown = data === myTabId();
      if (shown && !visible) handlers.notify(topic, undefined);
      visible = shown;
    });
  };

  const services: FinesseContainerServices = {
    Topics: {
      ACTIVE_TAB: CONTAINER_TOPICS.ACTIVE_TAB,
      WORKFLOW_ACTION_EVENT: CONTAINER_TOPICS.WORKFLOW_ACTION_EVENT,
      TIMER_TICK_EVENT: CONTAINER_TOPICS.TIMER_TICK_EVENT,
      GADGET_VIEW_CHANGED_EVENT: CONTAINER_TOPICS.GADGET_VIEW_CHANGED_EVENT,
    },
    init() {
      if (!inited) {
        inited = true;
        subscribe(CONTAINER_TOPICS.ACTIVE_TAB);
      }
      services.makeActiveTabReq();
      return services;
    },
    addHandler(topic, callback) {
      if (!inited) throw new Error('ContainerServices needs to be inited.');
      handlers.add(topic, callback);
      subscribe(topic);
    },
    removeHandler(topic, callback) {
      handlers.remove(topic, callback);
    },
    makeActiveTabReq() {
      request('ActiveTabReq', {});
    },
    getMyTabId: myTabId,
    tabVisible: () => visible,
  };
  return Object.assign(services, {
    activateTab: (id: string) => request('SetActiveTabReq', { id }),
    activateMyTab: () => request('SetActiveTabReq', { id: myTabId() }),
  });
}
