/** finesse.js's Notifier: callbacks per event name, called in the order they were added. */
export class Handlers<Event extends string, Argument> {
  readonly #callbacks = new Map<Event, ((argument: Argument) => void)[]>();

  add(event: Event, callback: ((argument: Argument) => void) | undefined): void {
    if (callback === undefined) return;
    this.#callbacks.set(event, [...(this.#callbacks.get(event) ?? []), callback]);
  }

  remove(event: Event, callback: (argument: Argument) => void): void {
    this.#callbacks.set(
      event,
      (this.#callbacks.get(event) ?? []).filter((candidate) => candidate !== callback),
    );
  }

  notify(event: Event, argument: Argument): void {
    for (const callback of this.#callbacks.get(event) ?? []) callback(argument);
  }
}
