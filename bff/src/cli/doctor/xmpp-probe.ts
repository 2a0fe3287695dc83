import { WebSocket } from 'ws';

const NS_FRAMING = 'urn:ietf:params:xml:ns:xmpp-framing';

export interface XmppProbeOptions {
  /** Finesse's XMPP-over-WebSocket endpoint, e.g. wss://finesse:8445/ws. */
  readonly url: string;
  /** SystemInfo's xmppDomain: the stream is opened to it, as an agent's session is. */
  readonly domain: string;
  /** FINESSE_CA_FILE's PEM, trusted for wss:// as the BFF's notification sessions trust it. */
  readonly ca: string | undefined;
  readonly signal: AbortSignal;
}

/** The notification service answered, but not with an XMPP stream. */
export class XmppProbeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'XmppProbeError';
  }
}

function attributeValue(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/**
 * Whether Finesse's notification service answers: opens the WebSocket with the `xmpp` subprotocol (RFC 7395), sends
 * the stream `<open/>` and waits for the server's `<open/>` and stream features, then closes without signing in (no
 * agent's credentials are needed or sent). Resolves with the SASL mechanisms offered, e.g. `PLAIN`.
 */
export function probeXmpp(options: XmppProbeOptions): Promise<string[]> {
  if (options.signal.aborted) return Promise.reject(new XmppProbeError('aborted'));
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(options.url, 'xmpp', options.ca === undefined ? {} : { ca: options.ca });
    let received = '';
    let settled = false;
    const settle = (outcome: { mechanisms: string[] } | { error: Error }): void => {
      if (settled) return;
      settled = true;
      options.signal.removeEventListener('abort', onAbort);
      if ('error' in outcome) {
        socket.terminate();
        reject(outcome.error);
        return;
      }
      socket.send(`<close xmlns="${NS_FRAMING}"/>`, () => socket.close(1000));
      resolve(outcome.mechanisms);
    };
    const onAbort = (): void => settle({ error: new XmppProbeError('aborted') });
    options.signal.addEventListener('abort', onAbort, { once: true });

    socket.on('open', () => {
      if (socket.protocol !== 'xmpp') {
        settle({
          error: new XmppProbeError(
            'the WebSocket opened without the xmpp subprotocol: this is not an XMPP notification service',
          ),
        });
        return;
      }
      socket.send(`<open xmlns="${NS_FRAMING}" to="${attributeValue(options.domain)}" version="1.0"/>`);
    });
    socket.on('message', (data: Buffer) => {
      received += data.toString('utf8');
      const streamError = /<(?:stream:)?error[\s>][\s\S]*?<([a-z-]+)[\s/>]/.exec(received);
      if (streamError) {
        settle({
          error: new XmppProbeError(
            `the notification service refused the stream (${streamError[1] ?? 'stream error'})`,
          ),
        });
        return;
      }
      if (
        /<(?:stream:)?features[\s>/]/.test(received) &&
        /<\/(?:stream:)?features>|<(?:stream:)?features[^>]*\/>/.test(received)
      ) {
        settle({
          mechanisms: [...received.matchAll(/<mechanism>([^<]+)<\/mechanism>/g)].map((match) => match[1] ?? ''),
        });
      }
    });
    socket.on('error', (error) => settle({ error }));
    socket.on('close', (code) =>
      settle({
        error: new XmppProbeError(
          `the notification service closed the connection (WebSocket code ${String(code)}) before answering`,
        ),
      }),
    );
  });
}
