import type { ObjectType } from './model/types.js';

export type Operation = 'create' | 'get' | 'update' | 'delete' | 'search';

/**
 * Requests counted by operation and type, `{ "search.customer": 3 }`, in the spirit of the SDK's JMX counters
 * (`countValue("pod.Create")`, CSJmxStats.java) so tests can assert how a client used the service.
 */
export class OperationStats {
  private counts = new Map<string, number>();

  count(operation: Operation | 'ping', type?: ObjectType): void {
    const key = type === undefined ? operation : `${operation}.${type}`;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts.entries()].sort(([left], [right]) => left.localeCompare(right)));
  }

  clear(): void {
    this.counts = new Map();
  }
}
