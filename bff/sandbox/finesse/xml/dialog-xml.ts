import type { DialogView, ParticipantView } from '../model/types.js';
import type { XmlElement } from './xml-codec.js';
import { alphabetical } from './element-order.js';

function participantElement(participant: ParticipantView): XmlElement {
  return {
    actions: { action: [...participant.actions] },
    mediaAddress: participant.mediaAddress,
    mediaAddressType: participant.mediaAddressType,
    startTime: participant.startTime.toISOString(),
    state: participant.state,
    stateCause: participant.stateCause,
    stateChangeTime: participant.stateChangeTime.toISOString(),
  };
}

/**
 * The voice Dialog in its documented order ("Dialog", Developer Guide 12.5(1)). Casing is Finesse's own:
 * `callvariables` lowercase, `CallVariable` and `DNIS` not.
 */
export function dialogElement(dialog: DialogView): XmlElement {
  const element: XmlElement = {
    associatedDialogUri: dialog.associatedDialogId === '' ? '' : `/finesse/api/Dialog/${dialog.associatedDialogId}`,
    id: dialog.id,
  };
  if (dialog.secondaryId !== '') element.secondaryId = dialog.secondaryId;
  Object.assign(element, {
    mediaType: dialog.mediaType,
    fromAddress: dialog.fromAddress,
    toAddress: dialog.toAddress,
    mediaProperties: {
      mediaId: '1',
      dialedNumber: dialog.dialedNumber,
      callType: dialog.callType,
      DNIS: dialog.dnis,
      outboundClassification: '',
      queueNumber: dialog.queueNumber,
      queueName: dialog.queueName,
      callKeyCallId: dialog.callKeyCallId,
      callKeySequenceNum: dialog.callKeySequenceNum,
      callKeyPrefix: dialog.callKeyPrefix,
      wrapUpReason: dialog.wrapUpReason,
      callvariables: { CallVariable: [...dialog.variables].map(([name, value]) => ({ name, value })) },
    },
    participants: { Participant: dialog.participants.map(participantElement) },
    state: dialog.state,
    uri: `/finesse/api/Dialog/${dialog.id}`,
  });
  return element;
}

export function dialogDocument(dialog: DialogView): XmlElement {
  return { Dialog: dialogElement(dialog) };
}

/** The Dialogs collection of voice calls and non-voice tasks alike, each already rendered. */
export function dialogsDocument(dialogs: readonly XmlElement[]): XmlElement {
  return dialogs.length === 0 ? { Dialogs: '' } : { Dialogs: { Dialog: [...dialogs] } };
}

/**
 * A dialog inside a notification ("Dialog Notification", Developer Guide 12.5(1)): added and removed dialogs come as
 * `<dialogs><Dialog>` (source: the user's Dialogs), a changed one as `<Dialog>` (source: the Dialog). Children are
 * alphabetical as in captured 12.x notifications. (One capture wraps a change in lowercase `<dialog>`; the emulator
 * follows the documented casing and clients should accept both.)
 */
export function dialogNotificationData(dialog: XmlElement, event: 'POST' | 'PUT' | 'DELETE'): XmlElement {
  const element = alphabetical(dialog);
  return event === 'PUT' ? { Dialog: element } : { dialogs: { Dialog: [element] } };
}
