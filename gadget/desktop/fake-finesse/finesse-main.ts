import { DeskApi } from '../../src/api/desk-api.js';
import type { Finesse, FinesseGadgetConfig, Gadgets } from '../../src/host/finesse-api.js';
import { DESKTOP_SESSION_KEY, finesseSessionKey, keptSession, storedSession } from '../stored-session.js';
import { containerServices } from './container-services.js';
import { gadgetConfigFromDesktop } from './gadget-config.js';
import { userClassWith } from './fake-user.js';

/**
 * The sandbox's finesse.js (served where Finesse serves its own, `/desktop/assets/js/finesse.js`): the part of
 * Cisco's API that Context Desk uses, with finesse.js's names and shapes, backed by the BFF instead of Finesse's
 * REST API and notification service. A classic script, like the real one: it defines `window.finesse`.
 */
const config = gadgetConfigFromDesktop(window);
let clientConfig: FinesseGadgetConfig = config;
// The BFF serves the desktop, the gadget's iframe document and this script.
const baseUrl = window.location.origin;

const User = userClassWith(
  async (userId) =>
    // The desktop and its finesse.js are one Finesse client: the desktop's session serves when it is this agent's, so a
    // desktop load spends no sign-in of its own here (each counts against the BFF's limits).
    (await keptSession(DESKTOP_SESSION_KEY, baseUrl, (agent) => agent.id === userId)) ??
    storedSession(
      finesseSessionKey(userId),
      baseUrl,
      (agent) => agent.id === userId,
      // finesse.js authenticates every request with the Config's Authorization; here it opens a BFF session with it.
      () => DeskApi.signIn(baseUrl, { authorization: `Basic ${clientConfig.authorization}` }),
    ),
);

const finesse: Finesse & Record<string, unknown> = {
  gadget: { Config: config },
  clientservices: {
    ClientServices: {
      init(initConfig) {
        clientConfig = initConfig;
      },
    },
  },
  restservices: {
    User: Object.assign(User, {
      States: {
        LOGIN: 'LOGIN',
        LOGOUT: 'LOGOUT',
        NOT_READY: 'NOT_READY',
        READY: 'READY',
        RESERVED: 'RESERVED',
        TALKING: 'TALKING',
        HOLD: 'HOLD',
        WORK: 'WORK',
        WORK_READY: 'WORK_READY',
      },
    }),
  },
  containerservices: {
    ContainerServices: containerServices(() => (window as unknown as { gadgets: Gadgets }).gadgets),
  },
  // Gadgets' init code often starts Cisco's client logger; the sandbox keeps no client logs.
  cslogger: { ClientLogger: { init: () => undefined, log: () => undefined } },
};

Object.assign(window, { finesse });
