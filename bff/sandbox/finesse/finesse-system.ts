import type { FinesseDirectory } from './model/demo-directory.js';
import type { AgentRoster } from './model/agent-roster.js';
import type { CallSwitch } from './model/call-switch.js';
import type { QueueBoard } from './model/queue-board.js';
import type { MediaDesk } from './model/media-desk.js';
import type { NotificationSink } from './model/notifications.js';
import type { Scheduler } from './model/scheduler.js';
import type { SystemStatus } from './model/types.js';
import type { BasicAuthenticator } from './http/basic-auth.js';

/** Everything one emulated Finesse server holds, shared by its REST routes, control routes and XMPP directory. */
export interface FinesseSystem {
  readonly directory: FinesseDirectory;
  readonly roster: AgentRoster;
  readonly calls: CallSwitch;
  readonly queues: QueueBoard;
  /** Non-voice Media Routing Domains and their tasks. */
  readonly media: MediaDesk;
  readonly auth: BasicAuthenticator;
  readonly scheduler: Scheduler;
  readonly notify: NotificationSink;
  readonly xmppDomain: string;
  /** Whether SystemInfo, too, needs Basic authentication (a start option of the emulator). */
  readonly systemInfoRequiresAuthentication: boolean;
  readonly startedAt: Date;
  status: SystemStatus;
  /** host:port as clients reach it, for SystemInfo. */
  address: { host: string; port: string };
}
