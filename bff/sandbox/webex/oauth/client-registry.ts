import { createHash, timingSafeEqual } from 'node:crypto';

/** An integration registered with Webex: its credentials, the scopes it may ask for, where codes may be sent. */
export interface Integration {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly scopes: readonly string[];
  /** Registered redirect URIs; empty means any loopback http(s) URI (the sandbox BFF's port is not known in advance). */
  readonly redirectUris: readonly string[];
}

/** The integrations the OAuth server knows. */
export class ClientRegistry {
  constructor(private readonly integrations: readonly Integration[]) {}

  find(clientId: string): Integration | undefined {
    return this.integrations.find((integration) => integration.clientId === clientId);
  }

  /** The integration when both the id and the secret are right, in time independent of the secret. */
  authenticate(clientId: string, clientSecret: string): Integration | undefined {
    const integration = this.find(clientId);
    if (!integration) return undefined;
    return timingSafeEqual(digest(integration.clientSecret), digest(clientSecret)) ? integration : undefined;
  }
}

export function redirectAllowed(integration: Integration, redirectUri: string): boolean {
  if (integration.redirectUris.length > 0) return integration.redirectUris.includes(redirectUri);
  try {
    const url = new URL(redirectUri);
    return (
      ['http:', 'https:'].includes(url.protocol) &&
      ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname) &&
      url.hash === ''
    );
  } catch {
    return false;
  }
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
