import { AgentRoster } from '../../bff/sandbox/finesse/model/agent-roster.js';
import { CallSwitch } from '../../bff/sandbox/finesse/model/call-switch.js';
import { demoDirectory } from '../../bff/sandbox/finesse/model/demo-directory.js';
import type { Notification } from '../../bff/sandbox/finesse/model/notifications.js';
import type { DialogView, DirectoryUser } from '../../bff/sandbox/finesse/model/types.js';
import { ManualScheduler } from './manual-scheduler.js';

/**
 * The emulator's call model without HTTP: roster and switch wired to a recording sink and a manual clock, so a test
 * can act and read back exactly which notifications Finesse would have published.
 */
export function callCenter() {
  const scheduler = new ManualScheduler();
  const directory = demoDirectory();
  const published: Notification[] = [];
  const sink = (notification: Notification): void => {
    published.push(notification);
  };
  const roster = new AgentRoster(directory, sink, scheduler);
  const calls = new CallSwitch(directory, roster, sink, scheduler, { answerDelayMs: 1000 });
  const user = (loginName: string): DirectoryUser => roster.get(loginName);

  return {
    scheduler,
    roster,
    calls,
    user,
    /** Notifications since the last `take()`, and forget them. */
    take(): Notification[] {
      return published.splice(0, published.length);
    },
    signIn(loginName: string, thenReady = false): void {
      const agent = user(loginName);
      roster.requestState(agent, agent, { state: 'LOGIN', extension: agent.loginId }, '');
      if (thenReady) roster.requestState(agent, agent, { state: 'READY' }, '');
      published.splice(0, published.length);
    },
    state(loginName: string): string {
      return roster.status(user(loginName).loginId).state;
    },
    dialog(loginName: string, index = 0): DialogView {
      const dialog = calls.dialogsOf(user(loginName).loginId)[index];
      if (!dialog) throw new Error(`${loginName} has no dialog #${index}`);
      return dialog;
    },
    participant(dialog: DialogView, address: string) {
      const participant = dialog.participants.find((candidate) => candidate.mediaAddress === address);
      if (!participant) throw new Error(`no participant ${address} on ${dialog.id}`);
      return participant;
    },
  };
}

/** A compact, comparable summary of dialog notifications: `POST agent1 ALERTING`. */
export function dialogEvents(notifications: Notification[]): string[] {
  return notifications.flatMap((notification) =>
    notification.kind === 'dialog'
      ? [
          `${notification.event} ${loginName(notification.loginId)} ${notification.dialog.id} ${notification.dialog.state}`,
        ]
      : [],
  );
}

/** A compact summary of user notifications: `agent1 TALKING`. */
export function userEvents(notifications: Notification[]): string[] {
  return notifications.flatMap((notification) =>
    notification.kind === 'user' ? [`${notification.view.user.loginName} ${notification.view.status.state}`] : [],
  );
}

function loginName(loginId: string): string {
  return demoDirectory().users.find((user) => user.loginId === loginId)?.loginName ?? loginId;
}
