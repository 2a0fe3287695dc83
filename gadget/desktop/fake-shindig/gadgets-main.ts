import type { Gadgets } from '../../src/host/finesse-api.js';
import type { ContainerToGadget, GadgetToContainer } from '../hub/hub-messages.js';
import { HUB_CHANNEL, isHubMessage } from '../hub/hub-messages.js';

/**
 * The sandbox's stand-in for the Shindig gadget features a Finesse gadget iframe gets before its own scripts
 * (`/desktop/assets/js/gadgets-features.js`): pubsub-2 (`gadgets.Hub`, `gadgets.HubSettings.onConnect` once the
 * container acknowledges), dynamic-height (`gadgets.window.adjustHeight`), and the user preferences and URL
 * parameters finesse.js may read. Talks to the desktop over postMessage (hub/hub-messages.ts).
 */
type HubCallback = (topic: string, data: unknown) => void;

const subscriptions = new Map<string, { topic: string; callback: HubCallback }>();
const waiting: GadgetToContainer[] = [];
let connected = false;
let nextSubscription = 1;
const container = window.parent === window ? undefined : window.parent;

function send(message: GadgetToContainer): void {
  if (container === undefined) return;
  if (!connected && message.kind !== 'connect') waiting.push(message);
  else container.postMessage(message, window.location.origin);
}

/** OpenAjax topics: exact, or a trailing `*` (one segment) / `**` (any depth). */
function matches(pattern: string, topic: string): boolean {
  if (pattern === topic) return true;
  if (pattern.endsWith('.**')) return topic.startsWith(pattern.slice(0, -2));
  if (pattern.endsWith('.*'))
    return topic.startsWith(pattern.slice(0, -1)) && !topic.slice(pattern.length - 1).includes('.');
  return false;
}

function deliver(topic: string, data: unknown): void {
  for (const { topic: pattern, callback } of [...subscriptions.values()])
    if (matches(pattern, topic)) callback(topic, data);
}

function becomeConnected(): void {
  if (connected) return;
  connected = true;
  for (const message of waiting.splice(0)) send(message);
  gadgets.HubSettings.onConnect?.();
}

function contentHeight(): number {
  const body = document.body;
  const style = getComputedStyle(body);
  return Math.ceil(body.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
}

const gadgets: Gadgets & {
  Prefs: new () => { getString(name: string): string; set(name: string, value: string): void };
  util: { getUrlParameters(): Record<string, string> };
} = {
  HubSettings: {},
  Hub: {
    publish(topic, data) {
      send({ channel: HUB_CHANNEL, kind: 'publish', topic, data });
    },
    subscribe(topic, callback) {
      const id = `sub-${nextSubscription++}`;
      subscriptions.set(id, { topic, callback });
      return id;
    },
    unsubscribe(subscription) {
      subscriptions.delete(subscription);
    },
  },
  window: {
    adjustHeight(height?: number) {
      send({ channel: HUB_CHANNEL, kind: 'adjust-height', height: height ?? contentHeight() });
    },
  },
  // Shindig substitutes user preferences into the gadget XML (`__UP_name__`) and offers them here; the sandbox keeps
  // them in the iframe's URL as `up_<name>`, the way Shindig's ifr URLs carry them.
  Prefs: class {
    getString(name: string): string {
      return new URL(window.location.href).searchParams.get(`up_${name}`) ?? '';
    }
    set(): void {
      // Preferences are not stored in the sandbox.
    }
  },
  util: {
    getUrlParameters() {
      return Object.fromEntries(new URL(window.location.href).searchParams);
    },
  },
};

window.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (event.origin !== window.location.origin || event.source !== container || !isHubMessage(event.data)) return;
  const message = event.data as ContainerToGadget;
  if (message.kind === 'connected') becomeConnected();
  if (message.kind === 'publish') deliver(message.topic, message.data);
});

function connect(): void {
  if (container === undefined) becomeConnected();
  else
    container.postMessage(
      { channel: HUB_CHANNEL, kind: 'connect' } satisfies GadgetToContainer,
      window.location.origin,
    );
}

// The gadget's own scripts (its hub hook, its modules) run before DOMContentLoaded: only then may the hub connect.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', connect, { once: true });
else connect();

Object.assign(window, { gadgets });
