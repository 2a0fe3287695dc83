import type { IncomingMessage, ServerResponse } from 'node:http';
import { listen } from './listening-server.js';
import type { ListeningServer } from './listening-server.js';

/** What the hostile front answers instead of Finesse for the paths it matches. */
export interface HostileAnswer {
  readonly path: RegExp;
  readonly status?: number;
  /** The body, made when asked for (a 20 MB string is not kept between cases). */
  readonly body: () => string;
}

export interface HostileFinesse extends ListeningServer {
  /** From now on, requests whose path matches answer this; undefined passes everything to the emulator again. */
  answer(answer: HostileAnswer | undefined): void;
}

/** Headers fetch sets itself for the request it sends. */
const HOP_HEADERS = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);

/**
 * A server in front of the Finesse emulator that passes every request through, except those the test chooses, which
 * get a hostile body (an entity bomb, deep nesting, a huge or very wide document): Finesse's REST API as a broken or
 * malicious upstream would speak it, while sign-in and everything else keep working.
 */
export async function startHostileFinesse(emulatorUrl: string): Promise<HostileFinesse> {
  let current: HostileAnswer | undefined;
  const server = await listen((request: IncomingMessage, response: ServerResponse) => {
    void (async () => {
      const path = request.url ?? '/';
      if (current?.path.test(path) === true) {
        response.writeHead(current.status ?? 200, { 'Content-Type': 'application/xml' });
        response.end(current.body());
        return;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const headers = Object.fromEntries(
        Object.entries(request.headers).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string' && !HOP_HEADERS.has(entry[0]),
        ),
      );
      const upstream = await fetch(`${emulatorUrl}${path}`, {
        method: request.method ?? 'GET',
        headers,
        ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
      });
      response.writeHead(
        upstream.status,
        Object.fromEntries(
          [...upstream.headers].filter(
            ([name]) => name !== 'content-length' && name !== 'transfer-encoding' && name !== 'content-encoding',
          ),
        ),
      );
      response.end(Buffer.from(await upstream.arrayBuffer()));
    })().catch(() => response.destroy());
  });
  return {
    ...server,
    answer: (answer) => {
      current = answer;
    },
  };
}
