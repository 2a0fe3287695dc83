/**
 * The BFF's event stream is the one ordered source of the agent's state and calls: it carries Finesse's notifications
 * in the order Finesse sent them. An HTTP answer that also holds a picture (a read, the answer to a state change) was
 * made at some moment before it arrives; when the stream delivered something meanwhile, that is as new or newer, so
 * the answer must not overwrite it. A late answer overwriting a newer notification is how the desktop once showed
 * "Talking" while the agent was already in wrap-up.
 */
export class StreamOrder {
  #heard = 0;

  /** The stream delivered a picture: nothing asked for before now may overwrite it. */
  heard(): void {
    this.#heard += 1;
  }

  /** Call as a request is sent; the function answers, once its answer is in, whether it is still the newest word. */
  asked(): () => boolean {
    const at = this.#heard;
    return () => this.#heard === at;
  }

  /**
   * Reads until a read is not overtaken by the stream, at most `attempts` times; undefined when the stream kept
   * speaking (then the stream itself is the newest picture).
   */
  async newestRead<T>(read: () => Promise<T>, attempts: number): Promise<T | undefined> {
    for (let attempt = 0; attempt < attempts; attempt += 1) {
      const newest = this.asked();
      const value = await read();
      if (newest()) return value;
    }
    return undefined;
  }
}
