import type { ContainerRequest, ContainerToGadget, GadgetToContainer } from './hub-messages.js';
import { CONTAINER_TOPICS, HUB_CHANNEL, isHubMessage } from './hub-messages.js';

export interface GadgetContainerOptions {
  /** The gadget iframes on the page now (the desktop renders them in its shadow DOM). */
  readonly frames: () => readonly HTMLIFrameElement[];
  /** The id of the active tab. */
  readonly activeTab: () => string;
  /** A gadget asked for a tab (ContainerServices.activateTab). */
  readonly activateTab: (tabId: string) => void;
}

/**
 * The desktop's end of the hub (Finesse's container with its master ContainerServices): acknowledges gadgets'
 * connections, answers ContainerServices requests on `finesse.containerservices.requests`, relays every other
 * publish to all gadgets, publishes the active tab when it changes, and sizes a gadget's iframe when it asks
 * (gadgets.window.adjustHeight).
 */
export class GadgetContainer {
  readonly #options: GadgetContainerOptions;
  readonly #onMessage = (event: MessageEvent<unknown>): void => this.#receive(event);

  constructor(options: GadgetContainerOptions) {
    this.#options = options;
  }

  start(): void {
    window.addEventListener('message', this.#onMessage);
  }

  stop(): void {
    window.removeEventListener('message', this.#onMessage);
  }

  /** The desktop switched tabs: every gadget hears it, and the one on that tab fires its ACTIVE_TAB handlers. */
  tabChanged(tabId: string): void {
    this.#publish(CONTAINER_TOPICS.ACTIVE_TAB, tabId);
  }

  #receive(event: MessageEvent<unknown>): void {
    if (event.origin !== window.location.origin || !isHubMessage(event.data)) return;
    const frame = this.#options.frames().find((candidate) => candidate.contentWindow === event.source);
    if (frame === undefined) return;
    const message = event.data as GadgetToContainer;
    switch (message.kind) {
      case 'connect':
        this.#send(frame, { channel: HUB_CHANNEL, kind: 'connected' });
        break;
      case 'adjust-height':
        if (Number.isFinite(message.height) && message.height > 0)
          frame.style.height = `${Math.ceil(message.height)}px`;
        break;
      case 'publish':
        if (message.topic === CONTAINER_TOPICS.REQUESTS) this.#request(message.data);
        else this.#publish(message.topic, message.data);
        break;
    }
  }

  #request(data: unknown): void {
    if (typeof data !== 'object' || data === null) return;
    const request = data as Partial<ContainerRequest>;
    if (request.type === 'ActiveTabReq') this.#publish(CONTAINER_TOPICS.ACTIVE_TAB, this.#options.activeTab());
    if (request.type === 'SetActiveTabReq' && typeof request.data?.id === 'string')
      this.#options.activateTab(request.data.id);
  }

  #publish(topic: string, data: unknown): void {
    for (const frame of this.#options.frames())
      this.#send(frame, { channel: HUB_CHANNEL, kind: 'publish', topic, data });
  }

  #send(frame: HTMLIFrameElement, message: ContainerToGadget): void {
    frame.contentWindow?.postMessage(message, window.location.origin);
  }
}
