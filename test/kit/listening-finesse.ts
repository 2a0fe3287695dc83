import { afterEach, beforeEach } from 'vitest';
import type { FinesseEmulator } from '../../bff/sandbox/finesse/finesse-emulator.js';
import { AGENT1, FinesseRestClient, startFinesse } from './finesse-client.js';
import { NotificationListener } from './finesse-notifications.js';

/** A fresh emulator per test, AGENT1 listening over XMPP and speaking REST. */
export interface ListeningFinesse {
  readonly emulator: FinesseEmulator;
  readonly listener: NotificationListener;
  readonly agent: FinesseRestClient;
}

/** Starts one before each test and stops it after; call the answered function inside the tests only. */
export function useListeningFinesse(): () => ListeningFinesse {
  let current: ListeningFinesse | undefined;
  beforeEach(async () => {
    const emulator = await startFinesse();
    const listener = await NotificationListener.connect(emulator, AGENT1.loginId);
    current = { emulator, listener, agent: new FinesseRestClient(emulator, AGENT1.loginName) };
  });
  afterEach(async () => {
    await current?.listener.stop();
    await current?.emulator.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('the listening Finesse is there only inside the tests');
    return current;
  };
}
