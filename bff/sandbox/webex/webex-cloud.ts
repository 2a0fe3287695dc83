import type { FaultBook } from '../control/fault-book.js';
import type { Org } from './model/types.js';
import type { ClientRegistry } from './oauth/client-registry.js';
import type { TokenBook } from './oauth/token-book.js';
import type { TokenLifetimes } from './oauth/token-lifetimes.js';
import type { RateBudget } from './http/rate-budget.js';
import type { CaptureUrlSigner } from './model/capture-url-signer.js';
import { SiteStore } from './model/site-store.js';

/** The settings a reset returns to. */
export interface CloudDefaults {
  readonly lifetimes: TokenLifetimes;
  readonly requestsPerMinute: number;
}

/**
 * Everything the emulated Webex cloud holds: the organisations and their history (read-only), each organisation's
 * sites (the one thing callers change), the OAuth server's tokens, the per-client rate budget and the clock.
 */
export class WebexCloud {
  /** Where the emulator listens; capture URLs point here. Set once listening. */
  baseUrl = '';
  private readonly siteStores: ReadonlyMap<string, SiteStore>;

  constructor(
    readonly orgs: readonly Org[],
    readonly clients: ClientRegistry,
    readonly tokens: TokenBook,
    readonly budget: RateBudget,
    readonly captureUrls: CaptureUrlSigner,
    readonly faults: FaultBook,
    readonly now: () => number,
    private readonly defaults: CloudDefaults,
  ) {
    this.siteStores = new Map(
      orgs.map((org) => [org.id, new SiteStore(org.id, now, new Set(org.agents.map((agent) => agent.site.id)))]),
    );
    this.reset();
  }

  org(orgId: string): Org | undefined {
    return this.orgs.find((org) => org.id === orgId);
  }

  sites(orgId: string): SiteStore | undefined {
    return this.siteStores.get(orgId);
  }

  /** Back to the start: demo sites, no tokens, default lifetimes and budget, no faults. */
  reset(): void {
    for (const org of this.orgs) this.siteStores.get(org.id)?.replaceAll(org.sites);
    this.tokens.clear();
    this.tokens.lifetimes = this.defaults.lifetimes;
    this.budget.clear();
    this.budget.perMinute = this.defaults.requestsPerMinute;
    this.faults.clear();
  }
}
