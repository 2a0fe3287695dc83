import type { Agent } from '../../shared/api/agent.js';
import type { SessionCreated } from '../../shared/api/session.js';
import { DeskApi } from '../src/api/desk-api.js';
import type { DeskSession } from '../src/host/desk-host.js';

/**
 * A BFF session kept in sessionStorage (the token only, never a password), so that reloading the simulated desktop
 * resumes its sessions instead of signing in again: every sign-in counts against the BFF's per-client limit.
 */
export async function storedSession(
  key: string,
  baseUrl: string,
  isWanted: (agent: Agent) => boolean,
  signIn: () => Promise<SessionCreated>,
): Promise<DeskSession> {
  const token = sessionStorage.getItem(key);
  if (token !== null) {
    const api = new DeskApi(baseUrl, token);
    const info = await api.session().catch(() => undefined);
    if (info !== undefined && isWanted(info.agent)) return { api, agent: info.agent };
    sessionStorage.removeItem(key);
    // Someone else's session (another demo user before): end it rather than leave it to expire.
    if (info !== undefined) await api.endSession().catch(() => undefined);
  }
  const created = await signIn();
  keepSession(key, created);
  return { api: new DeskApi(baseUrl, created.token), agent: created.agent };
}

/** The session kept under `key` when it is still valid and wanted; unlike storedSession it never ends or forgets it. */
export async function keptSession(
  key: string,
  baseUrl: string,
  isWanted: (agent: Agent) => boolean,
): Promise<DeskSession | undefined> {
  const token = sessionStorage.getItem(key);
  if (token === null) return undefined;
  const api = new DeskApi(baseUrl, token);
  const info = await api.session().catch(() => undefined);
  return info !== undefined && isWanted(info.agent) ? { api, agent: info.agent } : undefined;
}

/** Keeps a session just created under `key`, for keptSession and storedSession to resume. */
export function keepSession(key: string, created: SessionCreated): void {
  sessionStorage.setItem(key, created.token);
}

/** Forgets a kept session and ends it at the BFF. */
export async function endStoredSession(key: string, baseUrl: string): Promise<void> {
  const token = sessionStorage.getItem(key);
  sessionStorage.removeItem(key);
  if (token !== null) await new DeskApi(baseUrl, token).endSession().catch(() => undefined);
}

/** Where the gadget's fake finesse.js keeps its session for an agent. */
export const finesseSessionKey = (agentId: string): string => `context-desk-sandbox.finesse.${agentId}`;
/** Where the desktop keeps its own session. */
export const DESKTOP_SESSION_KEY = 'context-desk-sandbox.desktop';
