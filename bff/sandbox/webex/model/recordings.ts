import { stableId } from './stable-id.js';
import type { Task } from './types.js';

/** A recording of a call, before its download URL is signed. */
export interface Recording {
  readonly id: string;
  readonly segment: boolean;
  readonly fileName: string;
  readonly startTime: number;
  readonly stopTime: number;
  readonly participants: readonly string[];
}

/** "+14155550123" → "+141*****0123": captures mask the customer's number (WxCC OpenAPI example "+121****1219"). */
export function maskNumber(number: string): string {
  return number.length <= 8 ? number : `${number.slice(0, 4)}${'*'.repeat(number.length - 8)}${number.slice(-4)}`;
}

/**
 * The recordings of a voice task whose capture was requested, once the call is over: one stitched file, or its
 * segments (a call put on hold was recorded in two pieces).
 */
export function recordingsOf(task: Task, includeSegments: boolean): Recording[] {
  if (task.channelType !== 'telephony' || !task.captureRequested || task.active || !task.owner) return [];
  const customer = task.direction === 'inbound' ? task.origin : task.destination;
  const participants = [task.owner.id, maskNumber(customer)];
  const accepted = task.createdTime + task.ivrMs + task.queuedMs;
  const stopTime = accepted + task.talkMs + task.holdMs;
  if (!includeSegments)
    return [
      {
        id: stableId(task.id, 'recording'),
        segment: false,
        fileName: `${task.id}.wav`,
        startTime: accepted,
        stopTime,
        participants,
      },
    ];
  if (task.holdMs === 0)
    return [
      {
        id: stableId(task.id, 'segment', '1'),
        segment: true,
        fileName: `${task.id}-1.wav`,
        startTime: accepted,
        stopTime,
        participants,
      },
    ];
  const held = accepted + Math.floor(task.talkMs / 2);
  return [
    {
      id: stableId(task.id, 'segment', '1'),
      segment: true,
      fileName: `${task.id}-1.wav`,
      startTime: accepted,
      stopTime: held,
      participants,
    },
    {
      id: stableId(task.id, 'segment', '2'),
      segment: true,
      fileName: `${task.id}-2.wav`,
      startTime: held + task.holdMs,
      stopTime,
      participants,
    },
  ];
}
