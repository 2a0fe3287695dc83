import type { FaultBook } from '../control/fault-book.js';
import type { RateBudget } from '../webex/http/rate-budget.js';
import type { EventLog } from './model/event-log.js';
import type { PersonBook } from './model/person-book.js';
import type { TemplateBook } from './model/template-book.js';
import type { Workspace } from './model/types.js';
import type { RequestStats } from './http/request-stats.js';

/** One emulated JDS workspace and everything its routes share. */
export interface JourneyService {
  readonly workspace: Workspace;
  readonly token: string;
  readonly people: PersonBook;
  readonly events: EventLog;
  readonly templates: TemplateBook;
  readonly budget: RateBudget;
  readonly faults: FaultBook;
  readonly stats: RequestStats;
  readonly now: () => number;
  /** How often an open event stream sends a keep-alive comment. */
  readonly keepAliveMs: number;
  /** Back to the demo data, the start's rate budget, no faults, no counts. */
  reset(): void;
}
