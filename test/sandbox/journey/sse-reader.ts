/** One Server-Sent Events message: its `id` and `data` lines. */
export interface SseMessage {
  readonly id?: string;
  readonly data: string;
}

/** Reads SSE messages off a streaming fetch response; comment lines (`: …`) are kept apart so tests can see them. */
export class SseReader {
  readonly comments: string[] = [];
  private buffer = '';
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  private readonly decoder = new TextDecoder();

  constructor(body: ReadableStream<Uint8Array>) {
    this.reader = body.getReader();
  }

  /** The next message with data, waiting for as many chunks as it takes. */
  async next(): Promise<SseMessage> {
    for (;;) {
      const end = this.buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = this.buffer.slice(0, end);
        this.buffer = this.buffer.slice(end + 2);
        const message = this.parse(block);
        if (message) return message;
        continue;
      }
      const { value, done } = await this.reader.read();
      if (done) throw new Error('The event stream ended');
      this.buffer += this.decoder.decode(value, { stream: true });
    }
  }

  /** The next comment line, for the stream's opening and keep-alives. */
  async nextComment(): Promise<string> {
    while (this.comments.length === 0) {
      const { value, done } = await this.reader.read();
      if (done) throw new Error('The event stream ended');
      this.buffer += this.decoder.decode(value, { stream: true });
      let end = this.buffer.indexOf('\n\n');
      while (end >= 0 && this.buffer.startsWith(':')) {
        this.comments.push(this.buffer.slice(1, end).trim());
        this.buffer = this.buffer.slice(end + 2);
        end = this.buffer.indexOf('\n\n');
      }
    }
    return this.comments.shift() as string;
  }

  private parse(block: string): SseMessage | undefined {
    let id: string | undefined;
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) this.comments.push(line.slice(1).trim());
      else if (line.startsWith('id: ')) id = line.slice(4);
      else if (line.startsWith('data: ')) data.push(line.slice(6));
    }
    return data.length === 0 ? undefined : { ...(id === undefined ? {} : { id }), data: data.join('\n') };
  }
}
