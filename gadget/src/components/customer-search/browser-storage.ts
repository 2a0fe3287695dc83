import type { KeyValueStore } from './recent-customers.js';

/** The browser's localStorage, or undefined where reading it throws (storage blocked for the gadget's frame). */
export function browserStorage(): KeyValueStore | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
