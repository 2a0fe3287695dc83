import type { AsyncFailure } from './errors.js';
import type { DialogView, UserView } from './types.js';
import type { QueueView } from './queue-statistics.js';
import type { MediaFailure, MediaView, TaskView } from './media-types.js';

/**
 * What the emulated Finesse tells subscribers, in domain terms; the XML renderers turn each into an `<Update>`
 * ("Notification Parameters", Developer Guide 12.5(1)). `requestId` echoes the request header of the request that
 * caused it, and is empty for unsolicited changes.
 */
export type Notification =
  | { readonly kind: 'user'; readonly view: UserView; readonly requestId: string }
  | {
      readonly kind: 'dialog';
      /** POST: added to the user's Dialogs; PUT: changed; DELETE: removed. */
      readonly event: 'POST' | 'PUT' | 'DELETE';
      readonly loginId: string;
      readonly dialog: DialogView;
      readonly requestId: string;
    }
  | {
      readonly kind: 'user-error';
      readonly loginId: string;
      readonly failure: AsyncFailure;
      readonly requestId: string;
    }
  | {
      readonly kind: 'dialog-error';
      readonly loginId: string;
      readonly dialogId: string;
      readonly failure: AsyncFailure;
      readonly requestId: string;
    }
  | {
      readonly kind: 'team-member';
      /** POST: the user joined the team; PUT: their state or details changed; DELETE: they left it. */
      readonly event: 'POST' | 'PUT' | 'DELETE';
      readonly teamId: string;
      readonly view: UserView;
    }
  | { readonly kind: 'queue'; readonly view: QueueView }
  /** A user's standing in a non-voice MRD changed. */
  | { readonly kind: 'media'; readonly view: MediaView; readonly requestId: string }
  | {
      readonly kind: 'task';
      /** POST: offered to the user; PUT: changed; DELETE: closed or transferred away. */
      readonly event: 'POST' | 'PUT' | 'DELETE';
      readonly view: TaskView;
      readonly requestId: string;
    }
  | {
      readonly kind: 'media-error';
      readonly loginId: string;
      readonly mrdId: string;
      readonly failure: MediaFailure;
      readonly requestId: string;
    }
  | { readonly kind: 'system-info' };

export type NotificationSink = (notification: Notification) => void;
