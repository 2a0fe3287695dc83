import type { TaskView } from '../model/media-types.js';
import type { XmlElement } from './xml-codec.js';

/**
 * A non-voice Dialog in its documented order ("Dialog Object for Nonvoice Tasks", Developer Guide 12.5(1)):
 * `mediaType` is the MRD's name and `mediaId` its id; callType and mediaAddressType are "not returned", and voice-only
 * fields "are returned empty". The one participant is the agent, addressed by loginId.
 */
export function taskDialogElement(view: TaskView): XmlElement {
  const { task, domain } = view;
  const callKey = task.id.split('_')[0] ?? '';
  return {
    associatedDialogUri: '',
    id: task.id,
    mediaType: domain.name,
    fromAddress: task.from,
    toAddress: '',
    mediaProperties: {
      mediaId: domain.id,
      dialedNumber: '',
      queueNumber: '',
      queueName: '',
      callKeyCallId: callKey,
      callKeySequenceNum: '1',
      callKeyPrefix: '',
      wrapUpReason: '',
      callvariables: { CallVariable: [...task.variables].map(([name, value]) => ({ name, value })) },
    },
    participants: {
      Participant: [
        {
          actions: { action: [...view.actions] },
          mediaAddress: task.loginId,
          startTime: task.startTime.toISOString(),
          state: view.state,
          stateCause: '',
          stateChangeTime: task.stateChangeTime.toISOString(),
        },
      ],
    },
    state: view.state,
    uri: `/finesse/api/Dialog/${task.id}`,
  };
}
