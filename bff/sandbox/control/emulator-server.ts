import { createServer } from 'node:http';
import type { RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

/** An emulator's HTTP server, listening. */
export interface ListeningEmulator {
  /** `http://<host>:<port>`, the host bracketed when it is IPv6. */
  readonly baseUrl: string;
  /** Cuts every open connection and stops listening. */
  close(): Promise<void>;
}

/** Starts an emulator's app on `host:port` (0 picks a free port); rejects when the port is taken. */
export async function listenEmulator(app: RequestListener, host: string, port: number): Promise<ListeningEmulator> {
  const server = createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    baseUrl: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
