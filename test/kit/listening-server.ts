import { createServer } from 'node:http';
import type { RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ListeningServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly url: string;
  /** Cuts every open connection (streams included) and stops listening. */
  close(): Promise<void>;
}

/**
 * An app on a real loopback port, for what supertest cannot do: read a streaming response as it arrives (supertest
 * buffers the whole body), or stand in as a small upstream.
 */
export async function listen(handler: RequestListener): Promise<ListeningServer> {
  const server = createServer(handler);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A loopback port that was free a moment ago and has nothing listening now: for "cannot be reached" cases. */
export async function closedPort(): Promise<number> {
  const server = await listen(() => undefined);
  await server.close();
  return Number(new URL(server.url).port);
}
