import type { FinesseDirectory } from './demo-directory.js';
import type { NotificationSink } from './notifications.js';
import type { Scheduler } from './scheduler.js';
import type { AgentRoster } from './agent-roster.js';
import type { DialogFactory } from './dialog-factory.js';
import type { DialogBook } from './dialog-book.js';
import type { AgentCallState } from './agent-call-state.js';

/** What every call-control flow of the emulated switch works with. */
export interface SwitchParts {
  readonly directory: FinesseDirectory;
  readonly roster: AgentRoster;
  readonly notify: NotificationSink;
  readonly scheduler: Scheduler;
  readonly factory: DialogFactory;
  readonly book: DialogBook;
  readonly agents: AgentCallState;
}
