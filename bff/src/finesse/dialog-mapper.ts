import type { Dialog, Participant } from '../../../shared/api/dialog.js';
import type { XmlElement } from './xml-element.js';
import {
  childElement,
  childElements,
  childText,
  childTexts,
  idFromUri,
  nonEmptyText,
  requiredText,
} from './xml-element.js';
import { readRoot } from './finesse-xml-reader.js';

/** `AGENT_DEVICE` marks an agent's phone; anything else (empty, a PSTN number's type) is someone outside. */
function participantFrom(participant: XmlElement): Participant {
  const actions = childElement(participant, 'actions');
  const stateCause = nonEmptyText(participant, 'stateCause');
  return {
    address: childText(participant, 'mediaAddress') ?? '',
    kind: childText(participant, 'mediaAddressType') === 'AGENT_DEVICE' ? 'agent' : 'external',
    state: requiredText(participant, 'state', 'Participant'),
    ...(stateCause !== undefined ? { stateCause } : {}),
    // `<actions/>` is empty for DROPPED and ACCEPTED participants.
    actions: actions ? childTexts(actions, 'action') : [],
  };
}

/** `<callvariables>` is lowercase, its items `<CallVariable>` are not (finesse.md §4.1); the camel spelling is accepted. */
function variablesFrom(mediaProperties: XmlElement): Record<string, string> {
  const list = childElement(mediaProperties, ['callvariables', 'callVariables']);
  const pairs = (list ? childElements(list, 'CallVariable') : []).map((variable): [string, string] => [
    requiredText(variable, 'name', 'CallVariable'),
    childText(variable, 'value') ?? '',
  ]);
  // fromEntries defines own properties, so a variable named `__proto__` is just a name.
  return Object.fromEntries(pairs);
}

/** The earliest participant start: Finesse gives no start time for the dialog itself. */
function startedAt(participants: readonly XmlElement[]): string | undefined {
  const times = participants
    .map((participant) => nonEmptyText(participant, 'startTime'))
    .filter((time) => time !== undefined);
  return times.sort((a, b) => Date.parse(a) - Date.parse(b))[0];
}

/**
 * A voice Dialog ("Dialog", Developer Guide 12.5(1)) in any child order. The queue is set only when `queueNumber`
 * is filled (direct calls have an empty one); `associatedDialogUri` becomes the related dialog's id.
 */
export function dialogFromXml(dialog: XmlElement): Dialog {
  const media = childElement(dialog, 'mediaProperties') ?? {};
  const participantList = childElement(dialog, 'participants');
  const participants = participantList ? childElements(participantList, 'Participant') : [];
  const dnis = nonEmptyText(media, 'DNIS');
  const queueNumber = nonEmptyText(media, 'queueNumber');
  const wrapUpReason = nonEmptyText(media, 'wrapUpReason');
  const associatedDialogId = idFromUri(nonEmptyText(dialog, 'associatedDialogUri'));
  const started = startedAt(participants);
  return {
    id: requiredText(dialog, 'id', 'Dialog'),
    mediaType: childText(dialog, 'mediaType') ?? '',
    state: requiredText(dialog, 'state', 'Dialog'),
    from: childText(dialog, 'fromAddress') ?? '',
    to: childText(dialog, 'toAddress') ?? '',
    callType: childText(media, 'callType') ?? '',
    ...(dnis !== undefined ? { dnis } : {}),
    ...(queueNumber !== undefined ? { queue: { number: queueNumber, name: childText(media, 'queueName') ?? '' } } : {}),
    variables: variablesFrom(media),
    ...(wrapUpReason !== undefined ? { wrapUpReason } : {}),
    ...(associatedDialogId !== undefined ? { associatedDialogId } : {}),
    participants: participants.map(participantFrom),
    ...(started !== undefined ? { startedAt: started } : {}),
  };
}

/** A `GET /finesse/api/Dialog/{id}` answer. */
export function readDialog(xml: string): Dialog {
  return dialogFromXml(readRoot(xml, 'Dialog'));
}

/** A `GET /finesse/api/User/{id}/Dialogs` answer: `<Dialogs>` with none, one or many `<Dialog>`. */
export function readDialogs(xml: string): Dialog[] {
  return childElements(readRoot(xml, 'Dialogs'), 'Dialog').map(dialogFromXml);
}
