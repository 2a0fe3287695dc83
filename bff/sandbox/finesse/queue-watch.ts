import type { QueueBoard } from './model/queue-board.js';
import type { NotificationSink } from './model/notifications.js';
import { writeXml } from './xml/xml-codec.js';
import { queueDocument } from './xml/queue-xml.js';

/**
 * Publishes a queue's figures on its node when they change. Finesse sends "a queue notification every 10 seconds (if
 * queue statistics change)"; the emulator looks after every batch of changes instead, so clients and tests need not
 * wait ten seconds, and publishes nothing when the figures are the same.
 */
export class QueueWatch {
  private readonly published = new Map<string, string>();

  constructor(
    private readonly board: QueueBoard,
    private readonly notify: NotificationSink,
  ) {
    for (const queue of board.queues()) this.published.set(queue.id, this.signature(queue.id));
  }

  check(): void {
    for (const queue of this.board.queues()) {
      const signature = this.signature(queue.id);
      if (this.published.get(queue.id) === signature) continue;
      this.published.set(queue.id, signature);
      this.notify({ kind: 'queue', view: this.board.view(queue) });
    }
  }

  private signature(queueId: string): string {
    return writeXml(queueDocument(this.board.view(this.board.get(queueId))), 'compact');
  }
}
