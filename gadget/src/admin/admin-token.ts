/**
 * The administrator's session token in sessionStorage: it survives the round trip to the Webex wizard and back (a
 * full page navigation) but not the browser tab. Its own key, so an agent's tab session in the same browser is
 * neither resumed here nor ended by signing out here.
 */
const TOKEN_KEY = 'context-desk.admin-session';

export const adminToken = {
  read(storage: Storage = sessionStorage): string | undefined {
    return storage.getItem(TOKEN_KEY) ?? undefined;
  },
  save(token: string, storage: Storage = sessionStorage): void {
    storage.setItem(TOKEN_KEY, token);
  },
  clear(storage: Storage = sessionStorage): void {
    storage.removeItem(TOKEN_KEY);
  },
};
