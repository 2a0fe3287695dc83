import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeXmpp, XmppProbeError } from '../../bff/src/cli/doctor/xmpp-probe.js';
import { startFinesseEmulator } from '../../bff/sandbox/finesse/finesse-emulator.js';
import type { FinesseEmulator } from '../../bff/sandbox/finesse/finesse-emulator.js';
import { listen } from '../kit/listening-server.js';
import type { ListeningServer } from '../kit/listening-server.js';

let finesse: FinesseEmulator;
let plainHttp: ListeningServer;

beforeAll(async () => {
  finesse = await startFinesseEmulator();
  plainHttp = await listen((_request, response) => response.writeHead(404).end());
});

afterAll(async () => {
  await finesse.close();
  await plainHttp.close();
});

const probe = (url: string, domain: string, signal = new AbortController().signal) =>
  probeXmpp({ url, domain, ca: undefined, signal });

describe('the notification service probe', () => {
  it("opens a stream to Finesse's XMPP domain and answers the SASL mechanisms offered", async () => {
    await expect(probe(finesse.xmppUrl, finesse.xmppDomain)).resolves.toEqual(['PLAIN']);
  });

  it('reports a stream refused for another domain with its condition, host-unknown', async () => {
    await expect(probe(finesse.xmppUrl, 'other.example.com')).rejects.toThrow(
      'the notification service refused the stream (host-unknown)',
    );
  });

  it('reports an HTTP server that does not upgrade to a WebSocket with its status', async () => {
    await expect(probe(`${plainHttp.url.replace('http:', 'ws:')}/ws`, finesse.xmppDomain)).rejects.toThrow(
      /Unexpected server response: 404/,
    );
  });

  it('stops, and rejects, when its signal aborts while the connection opens', async () => {
    const controller = new AbortController();

    const probing = probe(finesse.xmppUrl, finesse.xmppDomain, controller.signal);
    controller.abort();

    await expect(probing).rejects.toBeInstanceOf(XmppProbeError);
  });

  it('rejects at once when its signal has aborted already', async () => {
    await expect(probe(finesse.xmppUrl, finesse.xmppDomain, AbortSignal.abort())).rejects.toThrow('aborted');
  });
});
