import type { QueueView } from '../model/queue-statistics.js';
import type { XmlElement } from './xml-codec.js';

/**
 * `<Queue>` in the documented order: uri, name, statistics. The start time is to the second
 * ("YYYY-MM-DDThh:MM:ssZ"), empty when no call waits (and when nobody is assigned to the queue).
 */
export function queueElement(view: QueueView): XmlElement {
  const { figures } = view;
  const since = figures.startTimeOfLongestCallInQueue;
  return {
    uri: `/finesse/api/Queue/${view.queue.id}`,
    name: view.queue.name,
    statistics: {
      callsInQueue: String(figures.callsInQueue),
      startTimeOfLongestCallInQueue: since ? `${since.toISOString().slice(0, 19)}Z` : '',
      agentsReady: String(figures.agentsReady),
      agentsNotReady: String(figures.agentsNotReady),
      agentsBusyOther: String(figures.agentsBusyOther),
      agentsLoggedOn: String(figures.agentsLoggedOn),
      agentsTalkingInbound: String(figures.agentsTalkingInbound),
      agentsTalkingOutbound: String(figures.agentsTalkingOutbound),
      agentsTalkingInternal: String(figures.agentsTalkingInternal),
      agentsWrapUpNotReady: String(figures.agentsWrapUpNotReady),
      agentsWrapUpReady: String(figures.agentsWrapUpReady),
    },
  };
}

export function queueDocument(view: QueueView): XmlElement {
  return { Queue: queueElement(view) };
}

export function queuesDocument(views: readonly QueueView[]): XmlElement {
  return { Queues: { Queue: views.map(queueElement) } };
}
