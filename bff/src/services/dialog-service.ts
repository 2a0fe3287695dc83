import type { Agent } from '../../../shared/api/agent.js';
import type { Dialog, DialogActionRequest, MakeCallRequest } from '../../../shared/api/dialog.js';
import type { Session } from '../auth/session.js';
import type { NotificationHub } from '../events/notification-hub.js';
import type { FinesseCredentials, FinesseDialogAction, FinesseUpdate } from '../finesse/types.js';
import type { AuditRepository } from '../store/index.js';
import { ConflictError, NotFoundError } from '../errors.js';
import { confirmedWrite } from './confirmed-write.js';

/** The Finesse calls the dialog service makes (FinesseClient provides them). */
export interface DialogFinesse {
  getUser(credentials: FinesseCredentials, id: string): Promise<Agent>;
  dialogs(credentials: FinesseCredentials, loginId: string): Promise<Dialog[]>;
  makeCall(credentials: FinesseCredentials, loginId: string, call: { fromAddress: string; toAddress: string; variables?: Readonly<Record<string, string>> }, requestId: string): Promise<void>;
  dialogAction(credentials: FinesseCredentials, dialogId: string, action: FinesseDialogAction, requestId: string): Promise<void>;
}

type DialogUpdate = Extract<FinesseUpdate, { kind: 'dialog' }>;
const isDialogUpdate = (update: FinesseUpdate): update is DialogUpdate => update.kind === 'dialog';

/**
 * The signed-in agent's calls: list them, make one, act on one. The agent acts only on dialogs in their own
 * collection, always on their own participant (their extension), and answers come once Finesse confirms.
 */
export class DialogService {
  constructor(
    private readonly finesse: DialogFinesse,
    private readonly hub: NotificationHub,
    private readonly audit: AuditRepository,
    private readonly actionWaitMs: number,
    private readonly now: () => Date,
  ) {}

  /** The agent's calls: from the live picture while XMPP notifications flow, else read from Finesse. */
  async list(session: Session): Promise<Dialog[]> {
    return this.hub.livePicture(session.loginId)?.dialogs ?? (await this.finesse.dialogs(session.credentials, session.loginId));
  }

  /**
   * One of the agent's calls. The live picture may lag Finesse by the notification's flight time, so a call it does
   * not know yet is looked up in Finesse before answering that it is not the agent's.
   */
  async find(session: Session, dialogId: string): Promise<Dialog | undefined> {
    const live = this.hub.livePicture(session.loginId)?.dialogs.find((dialog) => dialog.id === dialogId);
    return live ?? (await this.finesse.dialogs(session.credentials, session.loginId)).find((dialog) => dialog.id === dialogId);
  }

  async makeCall(session: Session, request: MakeCallRequest): Promise<Dialog> {
    const extension = await this.extensionOf(session);
    if (extension === '') throw new ConflictError('not_signed_in', 'Sign in to an extension before making a call');
    const known = new Set((await this.list(session)).map((dialog) => dialog.id));
    const call = { fromAddress: extension, toAddress: request.to, ...(request.variables ? { variables: request.variables } : {}) };
    const isNewDialog = (update: FinesseUpdate): update is DialogUpdate => isDialogUpdate(update) && update.change === 'added' && !known.has(update.dialog.id);
    return this.audited(session, 'MAKE_CALL', request.to, async () => {
      const outcome = await confirmedWrite({
        what: 'the call',
        notifications: await this.hub.acquireFor(session),
        waitMs: this.actionWaitMs,
        send: (requestId) => this.finesse.makeCall(session.credentials, session.loginId, call, requestId),
        isOutcome: isNewDialog,
        showsResult: (update) => isNewDialog(update) && update.dialog.to === request.to,
      });
      return outcome.dialog;
    });
  }

  async act(session: Session, dialogId: string, request: DialogActionRequest): Promise<Dialog> {
    // Only the agent's own calls: another agent's dialog id is answered as unknown, not as forbidden.
    if (!(await this.find(session, dialogId))) throw new NotFoundError(`No call ${dialogId} among your calls`);
    const extension = await this.extensionOf(session);
    const action: FinesseDialogAction = {
      requestedAction: request.action,
      ...(request.action === 'UPDATE_CALL_DATA' ? {} : { targetMediaAddress: extension }),
      ...(request.target === undefined ? {} : { toAddress: request.target }),
      ...(request.dtmf === undefined ? {} : { dtmf: request.dtmf }),
      ...(request.wrapUpReason === undefined ? {} : { wrapUpReason: request.wrapUpReason }),
      ...(request.variables === undefined ? {} : { variables: request.variables }),
    };
    // A consult call's outcome is the new call; every other action's is the call acted on (changed or removed).
    const isOutcome =
      request.action === 'CONSULT_CALL'
        ? (update: FinesseUpdate): update is DialogUpdate => isDialogUpdate(update) && update.change === 'added'
        : (update: FinesseUpdate): update is DialogUpdate => isDialogUpdate(update) && update.dialog.id === dialogId;
    return this.audited(session, request.action, dialogId, async () => {
      const outcome = await confirmedWrite({
        what: request.action,
        notifications: await this.hub.acquireFor(session),
        waitMs: this.actionWaitMs,
        send: (requestId) => this.finesse.dialogAction(session.credentials, dialogId, action, requestId),
        isOutcome,
        showsResult: isOutcome,
      });
      return outcome.dialog;
    });
  }

  /** The agent's signed-in extension: from the live picture while XMPP notifications flow, else read from Finesse. */
  private async extensionOf(session: Session): Promise<string> {
    return (this.hub.livePicture(session.loginId)?.agent ?? (await this.finesse.getUser(session.credentials, session.loginId))).extension;
  }

  private async audited(session: Session, action: string, subject: string, work: () => Promise<Dialog>): Promise<Dialog> {
    try {
      const dialog = await work();
      await this.audit.record({ at: this.now(), actor: session.loginId, action: 'dialog.action', subject: `${action} ${subject}`.slice(0, 100), outcome: 'ok' });
      return dialog;
    } catch (error) {
      await this.audit.record({
        at: this.now(),
        actor: session.loginId,
        action: 'dialog.action',
        subject: `${action} ${subject}`.slice(0, 100),
        outcome: 'refused',
        detail: error instanceof Error ? error.message.slice(0, 200) : null,
      });
      throw error;
    }
  }
}
