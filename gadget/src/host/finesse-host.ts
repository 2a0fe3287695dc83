import type { DeskHost, DeskSession, HostListener } from './desk-host.js';

/** Inside the Finesse desktop: identity, events and container services from finesse.js. (Being written.) */
export class FinesseHost implements DeskHost {
  readonly kind = 'finesse';
  readonly canAskForCredentials = false;
  readonly baseUrl: string;
  readonly locale: string;
  readonly window: Window;

  constructor(window: Window, baseUrl: string) {
    this.window = window;
    this.baseUrl = baseUrl;
    this.locale = window.navigator.language;
  }

  static available(window: Window): boolean {
    return 'finesse' in window && 'gadgets' in window;
  }

  resume(): Promise<DeskSession | undefined> {
    return Promise.resolve(undefined);
  }
  signIn(): Promise<DeskSession> {
    return Promise.reject(new Error('Inside Finesse the desktop signs in'));
  }
  signOut(): Promise<void> {
    return Promise.resolve();
  }
  listen(_session: DeskSession, _listener: HostListener): () => void {
    return () => undefined;
  }
  adjustHeight(): void {
    // Written with the Finesse host.
  }
}
