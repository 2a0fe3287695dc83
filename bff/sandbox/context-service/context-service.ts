import type { ObjectStore } from './model/object-store.js';
import type { OperationStats } from './operation-stats.js';

/** Everything the HTTP layer of the emulator works on. */
export interface ContextService {
  /** Lab-mode and production data are fully separate [CS-DOCS faq]; the `cisco-context-labmode` header chooses. */
  readonly stores: { readonly lab: ObjectStore; readonly production: ObjectStore };
  readonly stats: OperationStats;
  /** The bearer token every call but ping must carry. */
  readonly token: string;
  /** Added to every /context/v1 call (sandbox control). */
  latencyMs: number;
  /** Where the emulator listens; refUrls are built on it. */
  baseUrl: string;
  /** Fresh demo data in both stores, no latency, no counts (faults are the FaultBook's). */
  reset(): void;
}
