import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { demoDirectory } from './model/demo-directory.js';
import type { AgentDirectory } from '../directory/agent-directory.js';
import { demoAgentDirectory } from '../directory/demo-contact-center.js';
import { AgentRoster } from './model/agent-roster.js';
import { CallSwitch } from './model/call-switch.js';
import { QueueBoard } from './model/queue-board.js';
import { QueueWatch } from './queue-watch.js';
import { MediaDesk } from './model/media-desk.js';
import { DEMO_MEDIA_ROUTING_DOMAINS } from './model/media-domains.js';
import { DEMO_TASKS } from './model/demo-tasks.js';
import type { NotificationSink } from './model/notifications.js';
import type { Scheduler } from './model/scheduler.js';
import { realScheduler } from './model/scheduler.js';
import { BasicAuthenticator } from './http/basic-auth.js';
import { finesseApp } from './http/finesse-app.js';
import { errorTypeFor, sendApiError } from './http/finesse-responses.js';
import { systemInfo } from './http/system-routes.js';
import { FinesseApiError } from './model/errors.js';
import { FaultBook } from '../control/fault-book.js';
import { NotificationQueue } from './notification-queue.js';
import { mediaNode, renderNotification } from './xml/update-xml.js';
import type { FinesseSystem } from './finesse-system.js';
import type { XmppNotificationServer } from './xmpp/types.js';
import { createXmppNotificationServer } from './xmpp/server.js';

export interface FinesseEmulatorOptions {
  /** Interface to listen on; loopback unless told otherwise. */
  readonly host?: string;
  /** 0 picks a free port. */
  readonly port?: number;
  /** SystemInfo xmppDomain; the pubsub service is `pubsub.<domain>`. */
  readonly xmppDomain?: string;
  /**
   * SystemInfo behind Basic authentication (401 without credentials). Finesse 12.5 answers it to anyone, but not
   * every Finesse a client meets does; this lets clients be tried against the stricter one.
   */
  readonly systemInfoRequiresAuthentication?: boolean;
  /** How long an outside number rings before it answers a call an agent placed. */
  readonly answerDelayMs?: number;
  readonly scheduler?: Scheduler;
  /**
   * The contact center's agents, shared with the CCE Administration emulator so that agents it creates or deletes
   * can or can no longer sign in; a demo directory of the emulator's own unless given.
   */
  readonly agents?: AgentDirectory;
  readonly log?: (line: string) => void;
  /** Start (and reset) with the demo chats and emails waiting in their MRDs; off unless asked, so tests start empty. */
  readonly demoTasks?: boolean;
}

export interface FinesseEmulator {
  /** Base URL: REST under /finesse/api, control under /sandbox. */
  readonly url: string;
  /** XMPP over WebSocket endpoint (RFC 7395). */
  readonly xmppUrl: string;
  readonly xmppDomain: string;
  readonly xmpp: XmppNotificationServer;
  close(): Promise<void>;
}

/**
 * Starts an emulated Cisco Finesse 12.5 (Unified CCE) server: the REST API, XMPP notifications over WebSocket at
 * /ws, and the sandbox control API, all on one HTTP server.
 */
export async function startFinesseEmulator(options: FinesseEmulatorOptions = {}): Promise<FinesseEmulator> {
  const scheduler = options.scheduler ?? realScheduler;
  const xmppDomain = options.xmppDomain ?? 'finesse.sandbox';
  const agents = options.agents ?? demoAgentDirectory();
  const directory = demoDirectory(agents);
  const queue = new NotificationQueue((notification) => {
    const publication = renderNotification(notification, () => systemInfo(system));
    xmpp.publish(publication.node, publication.updateXml);
  });
  // The non-voice desk hears every voice state change: a call interrupts interruptible MRDs.
  const announceUser: NotificationSink = (notification) => {
    queue.push(notification);
    if (notification.kind === 'user')
      media.voiceStateChanged(notification.view.user.loginId, notification.view.status.state);
  };
  const roster = new AgentRoster(directory, announceUser, scheduler);
  const media = new MediaDesk(DEMO_MEDIA_ROUTING_DOMAINS, roster, queue.push, scheduler);
  const demoTasks = options.demoTasks === true ? DEMO_TASKS : [];
  media.seed(demoTasks);
  const mediaNodes = (loginId: string): string[] =>
    media.domains.filter((domain) => !domain.voice).map((domain) => mediaNode(loginId, domain.id));
  const auth = new BasicAuthenticator(roster, scheduler);
  const calls = new CallSwitch(directory, roster, queue.push, scheduler, {
    answerDelayMs: options.answerDelayMs ?? 1500,
    queueChanged: queue.touch,
  });
  const queues = new QueueBoard(directory, roster, calls);
  const queueWatch = new QueueWatch(queues, queue.push);
  queue.afterFlush = () => queueWatch.check();
  const system: FinesseSystem = {
    directory,
    roster,
    calls,
    queues,
    media,
    auth,
    scheduler,
    notify: queue.push,
    xmppDomain,
    systemInfoRequiresAuthentication: options.systemInfoRequiresAuthentication ?? false,
    startedAt: scheduler.now(),
    status: 'IN_SERVICE',
    address: { host: options.host ?? '127.0.0.1', port: '0' },
  };

  const faults = new FaultBook({
    status: (response, status) =>
      sendApiError(response, new FinesseApiError(status, errorTypeFor(status), '', 'Injected fault')),
    malformed: (response) =>
      response.status(200).type('application/xml').send('<User><uri>/finesse/api/User/1001001</uri><state>REA'),
  });
  // A reset announces the calls it ends and the agents it signs out, undelayed, as Finesse announces any change.
  const reset = (): void => {
    queue.delayMs = 0;
    system.calls.reset();
    agents.reset();
    queue.touch();
    roster.reset();
    media.reset();
    media.seed(demoTasks);
    auth.reset();
    faults.clear();
    system.status = 'IN_SERVICE';
  };

  const xmpp = createXmppNotificationServer(
    {
      domain: xmppDomain,
      authenticate: (username, password) => auth.verify(username, password)?.loginId ?? null,
      autoSubscriptions: (loginId) => [
        `/finesse/api/User/${loginId}`,
        `/finesse/api/User/${loginId}/Dialogs`,
        ...mediaNodes(loginId),
        '/finesse/api/SystemInfo',
      ],
      maySubscribe: (loginId, node) => {
        const user = roster.find(loginId);
        const team = /^\/finesse\/api\/Team\/([^/]+)\/Users$/.exec(node)?.[1];
        if (user && team !== undefined) return user.supervisedTeamIds.includes(team);
        // Any user may read any queue ("Queue—Get Queue"), so any user may follow one.
        const queueId = /^\/finesse\/api\/Queue\/([^/]+)$/.exec(node)?.[1];
        if (queueId !== undefined) return directory.queues.some((candidate) => candidate.id === queueId);
        if (mediaNodes(loginId).includes(node)) return true;
        return (
          node === `/finesse/api/User/${loginId}` ||
          node === `/finesse/api/User/${loginId}/Dialogs` ||
          node === '/finesse/api/SystemInfo'
        );
      },
    },
    options.log ? { log: options.log } : {},
  );

  const server = createServer(
    finesseApp(system, faults, reset, {
      setDelay: (ms) => {
        queue.delayMs = ms;
      },
      dropConnections: () => xmpp.dropAll(),
    }),
  );
  server.on('upgrade', (request, socket, head) => {
    const path = new URL(request.url ?? '/', 'http://emulator').pathname;
    if (path !== '/ws') {
      socket.destroy();
      return;
    }
    void faults.gateUpgrade(request, socket).then((proceed) => {
      if (proceed) xmpp.handleUpgrade(request, socket, head);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  system.address = { host: options.host ?? '127.0.0.1', port: String(port) };
  const base = `http://${formatHost(system.address.host)}:${port}`;

  return {
    url: base,
    xmppUrl: `${base.replace(/^http/, 'ws')}/ws`,
    xmppDomain,
    xmpp,
    async close() {
      await xmpp.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}
