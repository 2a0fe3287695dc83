import type { Dialog, DirectoryUser } from './types.js';
import type { DialogBook } from './dialog-book.js';
import type { DialogActionRequest } from './dialog-requests.js';
import type { AsyncFailure } from './errors.js';
import { invalidCallData, variablesProblem } from './call-variables.js';

const WRAP_UP_REASON_BYTES = 39;

/** What travels with a call besides its voice: call variables, the wrap-up reason and DTMF tones. */
export class CallData {
  constructor(private readonly book: DialogBook) {}

  update(actor: DirectoryUser, dialog: Dialog, request: DialogActionRequest, requestId: string): void {
    const variables = request.variables ?? new Map<string, string>();
    const merged = new Map([...dialog.variables, ...variables]);
    const problem = variablesProblem(merged);
    const reason = request.wrapUpReason;
    const failure: AsyncFailure | undefined = problem
      ? invalidCallData(problem)
      : reason !== undefined && Buffer.byteLength(reason, 'utf8') > WRAP_UP_REASON_BYTES
        ? invalidCallData(`wrapUpReason exceeds ${WRAP_UP_REASON_BYTES} bytes`)
        : undefined;
    if (failure) {
      this.book.dialogError(actor.loginId, dialog.id, failure, requestId);
      return;
    }
    dialog.variables = merged;
    if (reason !== undefined) dialog.wrapUpReason = reason;
    this.book.publishChange(dialog, requestId);
  }

  /** The tones go to the far end; Finesse confirms with an unchanged dialog. */
  sendDtmf(dialog: Dialog, requestId: string): void {
    this.book.publishChange(dialog, requestId);
  }
}
