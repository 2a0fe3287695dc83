import { openStore } from '../../../store/index.js';
import { ADVICE } from '../advice.js';
import type { DoctorCheck } from '../doctor-check.js';
import { displayStoreUrl } from '../display-url.js';

const STORE_DEADLINE_MS = 10_000;

/** Opens the store as the BFF does (bringing its schema up to date), writes and reads back its heartbeat, closes it. */
export function storeCheck(options: { databaseUrl: string }): DoctorCheck {
  return {
    name: 'the store',
    target: displayStoreUrl(options.databaseUrl),
    deadlineMs: STORE_DEADLINE_MS,
    async run() {
      const store = await openStore({ url: options.databaseUrl });
      try {
        await store.ping();
      } finally {
        await store.close();
      }
      return 'opened, wrote and read back';
    },
    explain: (error) => ({ reason: error instanceof Error ? error.message : 'the store failed', advice: ADVICE.store }),
  };
}
