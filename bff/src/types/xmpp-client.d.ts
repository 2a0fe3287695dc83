// @xmpp/client ships no type declarations. This declares the small part of its API that the BFF's notification
// sessions and the tests use, so they stay type-checked without `any`.
declare module '@xmpp/client' {
  /** An ltx element as produced by @xmpp/xml. */
  export interface Element {
    readonly name: string;
    readonly attrs: Record<string, string | undefined>;
    readonly children: readonly (Element | string)[];
    is(name: string, xmlns?: string): boolean;
    getNS(): string | undefined;
    getChild(name: string, xmlns?: string): Element | undefined;
    getChildren(name: string, xmlns?: string): Element[];
    getChildText(name: string, xmlns?: string): string | null;
    text(): string;
    toString(): string;
  }

  export interface JID {
    readonly local: string;
    readonly domain: string;
    readonly resource: string;
    toString(): string;
  }

  export interface ClientOptions {
    service: string;
    domain?: string;
    username?: string;
    password?: string;
    resource?: string;
    timeout?: number;
  }

  export interface Client {
    readonly status: string;
    readonly jid: JID | null;
    /** Automatic reconnection; tests stop it so a kicked client stays disconnected. */
    readonly reconnect: { stop(): void };
    readonly iqCaller: {
      request(stanza: Element, timeout?: number): Promise<Element>;
    };
    start(): Promise<JID>;
    stop(): Promise<unknown>;
    send(element: Element): Promise<void>;
    on(event: 'stanza' | 'nonza' | 'element', listener: (element: Element) => void): this;
    on(event: 'online', listener: (jid: JID) => void): this;
    on(event: 'error', listener: (error: Error & { condition?: string }) => void): this;
    on(event: 'status', listener: (status: string) => void): this;
    on(event: 'offline' | 'disconnect', listener: () => void): this;
    off(event: string, listener: (...args: never[]) => void): this;
  }

  export function client(options: ClientOptions): Client;
  export function xml(
    name: string,
    attrs?: Record<string, string | undefined> | null,
    ...children: (Element | string | undefined)[]
  ): Element;
}
