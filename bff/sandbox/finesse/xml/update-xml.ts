import type { Notification } from '../model/notifications.js';
import type { XmlElement } from './xml-codec.js';
import { writeXml } from './xml-codec.js';
import { teamMemberElement, userNotificationData } from './user-xml.js';
import { dialogElement, dialogNotificationData } from './dialog-xml.js';
import { mediaApiErrorsData, mediaElement } from './media-xml.js';
import { taskDialogElement } from './task-dialog-xml.js';
import { asyncApiErrorsData } from './api-errors-xml.js';
import { alphabetical } from './element-order.js';
import { queueDocument } from './queue-xml.js';

/** One pubsub publication: the node and the `<Update>` document, unescaped. */
export interface Publication {
  readonly node: string;
  readonly updateXml: string;
}

/**
 * Renders a notification as the `<Update>` Finesse publishes ("Notification Parameters", Developer Guide 12.5(1)).
 * Successful updates list data, event, requestId, source; the captured 12.5 error updates list data, requestId,
 * source and a lowercase `put` event, so clients must compare the event case-insensitively and not rely on order.
 */
export function renderNotification(notification: Notification, systemInfo: () => XmlElement): Publication {
  switch (notification.kind) {
    case 'user': {
      const node = `/finesse/api/User/${notification.view.user.loginId}`;
      return update(node, userNotificationData(notification.view), 'PUT', notification.requestId, node);
    }
    case 'dialog': {
      const node = `/finesse/api/User/${notification.loginId}/Dialogs`;
      const source = notification.event === 'PUT' ? `/finesse/api/Dialog/${notification.dialog.id}` : node;
      return update(
        node,
        dialogNotificationData(dialogElement(notification.dialog), notification.event),
        notification.event,
        notification.requestId,
        source,
      );
    }
    case 'user-error': {
      const node = `/finesse/api/User/${notification.loginId}`;
      return errorUpdate(node, asyncApiErrorsData(notification.failure), notification.requestId, node);
    }
    case 'dialog-error':
      return errorUpdate(
        `/finesse/api/User/${notification.loginId}/Dialogs`,
        asyncApiErrorsData(notification.failure),
        notification.requestId,
        `/finesse/api/Dialog/${notification.dialogId}`,
      );
    case 'team-member': {
      const node = `/finesse/api/Team/${notification.teamId}/Users`;
      const data = { user: alphabetical(teamMemberElement(notification.view)) };
      // As on a Dialogs node: a member joining or leaving is an event of the collection, a change one of the User.
      const source = notification.event === 'PUT' ? `/finesse/api/User/${notification.view.user.loginId}` : node;
      return update(node, data, notification.event, '', source);
    }
    case 'queue': {
      // "Queue Notifications": node and source /finesse/api/Queue/{id}, data the Queue object.
      const node = `/finesse/api/Queue/${notification.view.queue.id}`;
      return update(node, queueDocument(notification.view), 'PUT', '', node);
    }
    case 'media': {
      // "Media Notification": source /User/{id}/Media/{mrdId}. The node is the one Finesse auto-subscribes users to
      // ("Subscription Management"); the notification page names /User/{id}/Media instead, and the emulator follows the former.
      const node = mediaNode(notification.view.loginId, notification.view.domain.id);
      return update(
        node,
        { Media: alphabetical(mediaElement(notification.view)) },
        'PUT',
        notification.requestId,
        node,
      );
    }
    case 'task': {
      // "Dialogs/Media Notification": added and removed tasks come from /User/{id}/Media/{mrdId}/Dialogs, changed ones
      // from the Dialog. They are published on the user's Dialogs node, beside the voice dialogs.
      const { task } = notification.view;
      const node = `/finesse/api/User/${task.loginId}/Dialogs`;
      const source =
        notification.event === 'PUT'
          ? `/finesse/api/Dialog/${task.id}`
          : `/finesse/api/User/${task.loginId}/Media/${task.mrdId}/Dialogs`;
      return update(
        node,
        dialogNotificationData(taskDialogElement(notification.view), notification.event),
        notification.event,
        notification.requestId,
        source,
      );
    }
    case 'media-error': {
      const node = mediaNode(notification.loginId, notification.mrdId);
      return errorUpdate(
        node,
        mediaApiErrorsData(notification.failure, notification.mrdId),
        notification.requestId,
        node,
      );
    }
    case 'system-info':
      return update('/finesse/api/SystemInfo', systemInfo(), 'PUT', '', '/finesse/api/SystemInfo');
  }
}

export function mediaNode(loginId: string, mrdId: string): string {
  return `/finesse/api/User/${loginId}/Media/${mrdId}`;
}

function update(node: string, data: XmlElement, event: string, requestId: string, source: string): Publication {
  return { node, updateXml: writeXml({ Update: { data, event, requestId, source } }, 'indented') };
}

function errorUpdate(node: string, data: XmlElement, requestId: string, source: string): Publication {
  return { node, updateXml: writeXml({ Update: { data, requestId, source, event: 'put' } }, 'indented') };
}
