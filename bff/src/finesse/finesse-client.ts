import type { Agent, ReasonCategory, ReasonCode, WrapUpReason } from '../../../shared/api/agent.js';
import type { Dialog } from '../../../shared/api/dialog.js';
import { InvalidRequestError } from '../errors.js';
import type {
  FinesseClientOptions,
  FinesseCredentials,
  FinesseDialogAction,
  FinesseMakeCall,
  FinesseQueue,
  FinesseStateChange,
  FinesseSystemInfo,
  FinesseTeam,
} from './types.js';
import { UpstreamClient } from '../upstream/upstream-client.js';
import type { UpstreamCall } from '../upstream/types.js';
import { FINESSE } from './finesse-profile.js';
import { dialogActionBody, makeCallBody, stateChangeBody } from './request-bodies.js';
import { readAgent } from './user-mapper.js';
import { readDialog, readDialogs } from './dialog-mapper.js';
import { readReasonCodes } from './reason-code-mapper.js';
import { readWrapUpReasons } from './wrap-up-reason-mapper.js';
import { readTeam } from './team-mapper.js';
import { readQueue, readQueues } from './queue-mapper.js';
import { readSystemInfo } from './system-info-mapper.js';

/** An id as one URL path segment: encoded, and never empty or a dot segment that would climb the path. */
function segment(value: string, name: string): string {
  if (value === '' || value === '.' || value === '..') throw new InvalidRequestError(`${name} must be a Finesse id`);
  return encodeURIComponent(value);
}

/** requestId travels as a header: visible ASCII only, so it can never split or add a header. */
function checkRequestId(requestId: string): string {
  if (!/^[\x21-\x7E]{1,128}$/.test(requestId))
    throw new InvalidRequestError('requestId must be 1 to 128 visible ASCII characters');
  return requestId;
}

/**
 * The BFF's client for the Finesse REST API (Developer Guide 12.5(1)): reads map to domain types, writes answer
 * once Finesse has accepted them (202) and their outcome follows as a notification. Every failure is one of the
 * BFF's errors (see finesse-error-mapping.ts). Credentials are sent, never logged or put in a message.
 */
export class FinesseClient {
  private readonly upstream: UpstreamClient<UpstreamCall>;

  constructor(options: FinesseClientOptions) {
    this.upstream = new UpstreamClient(FINESSE, options);
  }

  /** `GET /User/{id}`: by loginId, or by loginName (CCE answers with the loginId, which SSO sign-in needs). */
  async getUser(credentials: FinesseCredentials, idOrLoginName: string): Promise<Agent> {
    return this.read(
      'getUser',
      'the request for the agent',
      credentials,
      `/User/${segment(idOrLoginName, 'idOrLoginName')}`,
      readAgent,
    );
  }

  /** `PUT /User/{id}`: sign in, Ready, Not Ready (with a reason code), sign out. */
  async setState(
    credentials: FinesseCredentials,
    loginId: string,
    change: FinesseStateChange,
    requestId: string,
  ): Promise<void> {
    return this.write(
      'setState',
      'the state change',
      credentials,
      'PUT',
      `/User/${segment(loginId, 'loginId')}`,
      stateChangeBody(change),
      requestId,
    );
  }

  /** `GET /User/{id}/ReasonCodes?category=…` (deprecated from 12.5(1) but still served). */
  async reasonCodes(credentials: FinesseCredentials, loginId: string, category: ReasonCategory): Promise<ReasonCode[]> {
    const path = `/User/${segment(loginId, 'loginId')}/ReasonCodes?category=${encodeURIComponent(category)}`;
    return this.read('reasonCodes', 'the request for reason codes', credentials, path, readReasonCodes);
  }

  async wrapUpReasons(credentials: FinesseCredentials, loginId: string): Promise<WrapUpReason[]> {
    return this.read(
      'wrapUpReasons',
      'the request for wrap-up reasons',
      credentials,
      `/User/${segment(loginId, 'loginId')}/WrapUpReasons`,
      readWrapUpReasons,
    );
  }

  async dialogs(credentials: FinesseCredentials, loginId: string): Promise<Dialog[]> {
    return this.read(
      'dialogs',
      'the request for the dialogs',
      credentials,
      `/User/${segment(loginId, 'loginId')}/Dialogs`,
      readDialogs,
    );
  }

  async dialog(credentials: FinesseCredentials, dialogId: string): Promise<Dialog> {
    return this.read(
      'dialog',
      'the request for the dialog',
      credentials,
      `/Dialog/${segment(dialogId, 'dialogId')}`,
      readDialog,
    );
  }

  /** `POST /User/{id}/Dialogs` with MAKE_CALL. */
  async makeCall(
    credentials: FinesseCredentials,
    loginId: string,
    call: FinesseMakeCall,
    requestId: string,
  ): Promise<void> {
    return this.write(
      'makeCall',
      'the call',
      credentials,
      'POST',
      `/User/${segment(loginId, 'loginId')}/Dialogs`,
      makeCallBody(call),
      requestId,
    );
  }

  /** `PUT /Dialog/{id}`: answer, hold, transfer, DTMF, call data… */
  async dialogAction(
    credentials: FinesseCredentials,
    dialogId: string,
    action: FinesseDialogAction,
    requestId: string,
  ): Promise<void> {
    return this.write(
      'dialogAction',
      'the call action',
      credentials,
      'PUT',
      `/Dialog/${segment(dialogId, 'dialogId')}`,
      dialogActionBody(action),
      requestId,
    );
  }

  /** `GET /Team/{id}`: supervisors of the team only; every member, signed in or not (Finesse lists only the signed-in by default). */
  async team(credentials: FinesseCredentials, teamId: string): Promise<FinesseTeam> {
    return this.read(
      'team',
      'the request for the team',
      credentials,
      `/Team/${segment(teamId, 'teamId')}?includeLoggedOutAgents=true`,
      readTeam,
    );
  }

  /** `GET /User/{id}/Queues`: the queues whose statistics the user may see (a supervisor's include their teams'). */
  async queues(credentials: FinesseCredentials, loginId: string): Promise<FinesseQueue[]> {
    return this.read(
      'queues',
      'the request for the queues',
      credentials,
      `/User/${segment(loginId, 'loginId')}/Queues`,
      readQueues,
    );
  }

  /** `GET /Queue/{id}`: one queue's statistics. */
  async queue(credentials: FinesseCredentials, queueId: string): Promise<FinesseQueue> {
    return this.read(
      'queue',
      'the request for the queue',
      credentials,
      `/Queue/${segment(queueId, 'queueId')}`,
      readQueue,
    );
  }

  /**
   * `GET /SystemInfo`, answered even out of service, so it tells when Finesse is back. Finesse 12.5 answers it without
   * credentials; a Finesse that refuses that (401) is asked with an agent's `credentials`.
   */
  systemInfo(credentials?: FinesseCredentials): Promise<FinesseSystemInfo> {
    const call: UpstreamCall = {
      operation: 'systemInfo',
      purpose: 'the request for system information',
      method: 'GET',
      path: '/SystemInfo',
      expectedStatus: [200],
      ...(credentials === undefined ? {} : { headers: { Authorization: credentials.authorization } }),
    };
    return this.upstream.exchange(call, (answer) => readSystemInfo(answer.body));
  }

  /** Closes the client's own keep-alive connections (not a dispatcher passed in). */
  close(): Promise<void> {
    return this.upstream.close();
  }

  private read<T>(
    operation: string,
    purpose: string,
    credentials: FinesseCredentials,
    path: string,
    map: (xml: string) => T,
  ): Promise<T> {
    const call: UpstreamCall = {
      operation,
      purpose,
      method: 'GET',
      path,
      headers: { Authorization: credentials.authorization },
      expectedStatus: [200],
    };
    return this.upstream.exchange(call, (answer) => map(answer.body));
  }

  private async write(
    operation: string,
    purpose: string,
    credentials: FinesseCredentials,
    method: 'PUT' | 'POST',
    path: string,
    body: string,
    requestId: string,
  ): Promise<void> {
    // GET answers 200; PUT and POST answer 202 with an empty body, the outcome following as a notification. requestId is
    // echoed by Finesse on the response and (per the lab example) in the resulting notification (finesse.md §1).
    const headers = { Authorization: credentials.authorization, requestId: checkRequestId(requestId) };
    await this.upstream.exchange(
      { operation, purpose, method, path, headers, body, expectedStatus: [202] },
      () => undefined,
    );
  }
}
