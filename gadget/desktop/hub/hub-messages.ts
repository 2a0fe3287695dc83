import type { FinesseGadgetConfig } from '../../src/host/finesse-api.js';

/**
 * The sandbox's stand-in for the OpenAjax hub between the Finesse desktop (the container) and its gadget iframes:
 * window.postMessage, same origin only. A gadget's gadgets.Hub sends `connect`, `publish` and `adjust-height`; the
 * desktop answers `connected` and delivers every publish (its own and gadgets') to all gadgets, which filter by topic.
 */
export const HUB_CHANNEL = 'context-desk-sandbox-hub';

export type GadgetToContainer =
  | { readonly channel: typeof HUB_CHANNEL; readonly kind: 'connect' }
  | { readonly channel: typeof HUB_CHANNEL; readonly kind: 'publish'; readonly topic: string; readonly data: unknown }
  | { readonly channel: typeof HUB_CHANNEL; readonly kind: 'adjust-height'; readonly height: number };

export type ContainerToGadget =
  | { readonly channel: typeof HUB_CHANNEL; readonly kind: 'connected' }
  | { readonly channel: typeof HUB_CHANNEL; readonly kind: 'publish'; readonly topic: string; readonly data: unknown };

/** A message of this channel (anything else on window.postMessage is someone else's). */
export function isHubMessage(value: unknown): value is { readonly channel: typeof HUB_CHANNEL; readonly kind: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { channel?: unknown }).channel === HUB_CHANNEL &&
    typeof (value as { kind?: unknown }).kind === 'string'
  );
}

/** Where ContainerServices sends its requests, and what the container publishes back (finesse.js Topics). */
export const CONTAINER_TOPICS = {
  REQUESTS: 'finesse.containerservices.requests',
  ACTIVE_TAB: 'finesse.containerservices.activeTab',
  WORKFLOW_ACTION_EVENT: 'finesse.containerservices.workflowActionEvent',
  TIMER_TICK_EVENT: 'finesse.containerservices.timerTickEvent',
  GADGET_VIEW_CHANGED_EVENT: 'finesse.containerservices.gadgetViewChangedEvent',
} as const;

/** A ContainerServices request: `ActiveTabReq` (which tab is active?) or `SetActiveTabReq` `{ id }`. */
export interface ContainerRequest {
  readonly type: string;
  readonly data: { readonly id?: unknown };
  readonly invokeID?: number;
}

/**
 * What the simulated desktop leaves on its window for the gadgets it hosts (same origin): the Config Finesse would
 * give them through their hidden user preferences.
 */
export interface SandboxDesktopGlobals {
  contextDeskSandbox?: { readonly gadgetConfig: FinesseGadgetConfig };
}
