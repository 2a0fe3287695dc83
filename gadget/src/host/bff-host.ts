import { DeskApi } from '../api/desk-api.js';
import { DeskApiError } from '../api/desk-api-error.js';
import type { DeskHost, DeskSession, HostListener } from './desk-host.js';
import { listenToBff } from './session-listener.js';

const TOKEN_KEY = 'context-desk.session';

/**
 * The tab on its own page (and the admin's standalone use): the agent signs in with their Finesse name and password,
 * events come from the BFF's stream. The session token (never a password) is kept in sessionStorage so that a reload
 * resumes the session — and notes still queued are followed after it.
 */
export class BffHost implements DeskHost {
  readonly kind = 'standalone';
  readonly canAskForCredentials = true;
  readonly baseUrl: string;
  readonly locale: string;

  constructor(baseUrl: string, locale = navigator.language) {
    this.baseUrl = baseUrl;
    this.locale = locale;
  }

  async resume(): Promise<DeskSession | undefined> {
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token === null) return undefined;
    const api = new DeskApi(this.baseUrl, token);
    try {
      const info = await api.session();
      return { api, agent: info.agent };
    } catch (error) {
      if (error instanceof DeskApiError && error.status === 401) sessionStorage.removeItem(TOKEN_KEY);
      return undefined;
    }
  }

  async signIn(credentials: { username: string; password: string }): Promise<DeskSession> {
    const created = await DeskApi.signIn(this.baseUrl, credentials);
    sessionStorage.setItem(TOKEN_KEY, created.token);
    return { api: new DeskApi(this.baseUrl, created.token), agent: created.agent };
  }

  async signOut(): Promise<void> {
    const token = sessionStorage.getItem(TOKEN_KEY);
    sessionStorage.removeItem(TOKEN_KEY);
    if (token !== null) await new DeskApi(this.baseUrl, token).endSession().catch(() => undefined);
  }

  listen(session: DeskSession, listener: HostListener): () => void {
    return listenToBff(session, listener, { agentAndDialogs: true });
  }

  adjustHeight(): void {
    // A page of its own has no container to ask.
  }
}
