import { ended } from '../demo/task-writer.js';
import type { Task } from '../model/types.js';

/** A task as `GET /v1/tasks` answers it (WxCC OpenAPI, Get Tasks). */
export interface TaskJson {
  readonly id: string;
  readonly attributes: {
    readonly owner: { readonly id: string; readonly name: string };
    readonly queue: { readonly id: string; readonly name: string };
    readonly channelType: string;
    readonly status: string;
    readonly createdTime: number;
    readonly lastUpdatedTime: number;
    readonly captureRequested: boolean;
    readonly origin: string;
    readonly destination: string;
    readonly direction: string;
    readonly reasonCode?: string;
  };
}

/** When the task last changed: the end of wrap-up, or its assignment while it is still being handled. */
export function lastUpdated(task: Task): number {
  return task.active ? task.createdTime + task.ivrMs + task.queuedMs : ended(task);
}

export function taskJson(task: Task): TaskJson {
  return {
    id: task.id,
    attributes: {
      // TaskOwner's id and name are required; a task abandoned before any agent took it has nobody to name, and the
      // OpenAPI does not say what then: empty strings keep the required shape.
      owner: task.owner ? { id: task.owner.id, name: task.owner.name } : { id: '', name: '' },
      queue: { id: task.queue.id, name: task.queue.name },
      channelType: task.channelType,
      status: task.status,
      createdTime: task.createdTime,
      lastUpdatedTime: lastUpdated(task),
      captureRequested: task.captureRequested,
      origin: task.origin,
      destination: task.destination,
      direction: task.direction,
      ...(task.reasonCode === undefined ? {} : { reasonCode: task.reasonCode }),
    },
  };
}
