import express from 'express';
import type { Request, Response, Router } from 'express';
import type { DirectoryUser } from '../model/types.js';
import type { FinesseSystem } from '../finesse-system.js';
import { invalidAuthorizationUser, invalidInput, notFound, parameterMissing } from '../model/errors.js';
import { namedValues, readXml, text } from '../xml/xml-codec.js';
import { userDocument } from '../xml/user-xml.js';
import {
  reasonCodeDocument,
  reasonCodesDocument,
  wrapUpReasonDocument,
  wrapUpReasonsDocument,
} from '../xml/config-xml.js';
import { dialogElement, dialogsDocument } from '../xml/dialog-xml.js';
import { taskDialogElement } from '../xml/task-dialog-xml.js';
import { CISCO_VOICE_MRD } from '../model/media-domains.js';
import { sendAccepted, sendXml } from './finesse-responses.js';
import { actorOf } from './authentication-middleware.js';

/** `/finesse/api/User/{id}` and its sub-resources (Developer Guide 12.5(1), "User", "ReasonCode", "WrapUpReason"). */
export function userRoutes(system: FinesseSystem): Router {
  const router = express.Router({ caseSensitive: true });

  /** The addressed user, readable by themselves and by a supervisor of their team. */
  const readableUser = (request: Request<{ id: string }>, response: Response): DirectoryUser => {
    const actor = actorOf(response);
    const target = system.roster.get(request.params.id);
    if (target.loginId !== actor.loginId && !system.roster.supervises(actor, target))
      throw invalidAuthorizationUser(actor.loginId);
    return target;
  };
  /** Configuration lists and dialogs belong to the user alone. */
  const ownUser = (request: Request<{ id: string }>, response: Response): DirectoryUser => {
    const actor = actorOf(response);
    const target = system.roster.get(request.params.id);
    if (target.loginId !== actor.loginId) throw invalidAuthorizationUser(actor.loginId);
    return target;
  };

  router.get('/finesse/api/User/:id', (request, response) => {
    sendXml(response, userDocument(system.roster.view(readableUser(request, response).loginId)));
  });

  router.put('/finesse/api/User/:id', (request: Request<{ id: string }>, response) => {
    const body = readXml(bodyText(request), 'User');
    const target = system.roster.get(request.params.id);
    system.roster.requestState(
      actorOf(response),
      target,
      { state: text(body, 'state'), reasonCodeId: text(body, 'reasonCodeId'), extension: text(body, 'extension') },
      request.get('requestId') ?? '',
    );
    sendAccepted(request, response);
  });

  router.get('/finesse/api/User/:id/ReasonCodes', (request, response) => {
    ownUser(request, response);
    const category = typeof request.query.category === 'string' ? request.query.category : undefined;
    if (category === undefined || category === '') throw parameterMissing('category');
    if (category !== 'NOT_READY' && category !== 'LOGOUT' && category !== 'ALL')
      throw invalidInput('category', `Invalid category: ${category}`);
    const codes = system.directory.reasonCodes.filter((code) => category === 'ALL' || code.category === category);
    sendXml(response, reasonCodesDocument(category, codes));
  });

  router.get('/finesse/api/User/:id/ReasonCode/:reasonCodeId', (request, response) => {
    ownUser(request, response);
    const code = system.directory.reasonCodes.find((candidate) => candidate.id === request.params.reasonCodeId);
    if (!code) throw notFound(request.params.reasonCodeId, 'Invalid reasonCodeId specified');
    sendXml(response, reasonCodeDocument(code));
  });

  router.get('/finesse/api/User/:id/WrapUpReasons', (request, response) => {
    ownUser(request, response);
    sendXml(response, wrapUpReasonsDocument(system.directory.wrapUpReasons));
  });

  router.get('/finesse/api/User/:id/WrapUpReason/:wrapUpReasonId', (request, response) => {
    ownUser(request, response);
    const reason = system.directory.wrapUpReasons.find((candidate) => candidate.id === request.params.wrapUpReasonId);
    if (!reason) throw notFound(request.params.wrapUpReasonId, 'Invalid wrapUpReasonId specified');
    sendXml(response, wrapUpReasonDocument(reason));
  });

  // Voice calls and non-voice tasks share the collection; `mediaType` (an MRD's name or id) narrows it to one MRD.
  router.get('/finesse/api/User/:id/Dialogs', (request, response) => {
    const user = readableUser(request, response);
    const mediaType =
      typeof request.query.mediaType === 'string' && request.query.mediaType !== ''
        ? request.query.mediaType
        : undefined;
    const wanted = (name: string, id: string): boolean =>
      mediaType === undefined || mediaType === name || mediaType === id;
    const calls =
      wanted('Voice', CISCO_VOICE_MRD.id) || wanted(CISCO_VOICE_MRD.name, CISCO_VOICE_MRD.id)
        ? system.calls.dialogsOf(user.loginId).map(dialogElement)
        : [];
    const tasks = system.media
      .tasksOf(user.loginId)
      .filter((view) => wanted(view.domain.name, view.domain.id))
      .map(taskDialogElement);
    sendXml(response, dialogsDocument([...calls, ...tasks]));
  });

  router.post('/finesse/api/User/:id/Dialogs', (request: Request<{ id: string }>, response) => {
    const body = readXml(bodyText(request), 'Dialog');
    const owner = system.roster.get(request.params.id);
    const mediaProperties = body.mediaProperties;
    system.calls.create(
      actorOf(response),
      owner,
      {
        requestedAction: text(body, 'requestedAction'),
        fromAddress: text(body, 'fromAddress'),
        toAddress: text(body, 'toAddress'),
        associatedDialogUri: text(body, 'associatedDialogUri'),
        variables:
          typeof mediaProperties === 'object' && mediaProperties !== null
            ? namedValues((mediaProperties as Record<string, unknown>).callvariables, 'CallVariable')
            : undefined,
      },
      request.get('requestId') ?? '',
    );
    sendAccepted(request, response);
  });

  return router;
}

/** The raw body text (express.text reads every content type into a string). */
export function bodyText(request: Request): string {
  return typeof request.body === 'string' ? request.body : '';
}
