import type { ClientRegistry, Integration } from './client-registry.js';
import { redirectAllowed } from './client-registry.js';

/** A checked `/v1/authorize` request: who asks, where the answer goes, for what. */
export interface AuthorizeRequest {
  readonly integration: Integration;
  readonly redirectUri: string;
  readonly scopes: readonly string[];
  readonly state?: string;
}

/**
 * The outcome of reading an authorize request (RFC 6749 §4.1.2.1): fine; an error told to the browser on the page,
 * because the redirect URI cannot be trusted; or an error sent back to the redirect URI.
 */
export type AuthorizeReading =
  | { readonly request: AuthorizeRequest }
  | { readonly pageError: string }
  | {
      readonly redirectError: {
        readonly redirectUri: string;
        readonly error: string;
        readonly description: string;
        readonly state?: string;
      };
    };

export function readAuthorizeRequest(
  parameters: Readonly<Record<string, unknown>>,
  clients: ClientRegistry,
): AuthorizeReading {
  const text = (name: string): string | undefined =>
    typeof parameters[name] === 'string' ? parameters[name] : undefined;
  const integration = clients.find(text('client_id') ?? '');
  if (!integration) return { pageError: 'The client_id is not a registered integration.' };
  const redirectUri = text('redirect_uri');
  if (redirectUri === undefined || !redirectAllowed(integration, redirectUri))
    return { pageError: 'The redirect_uri is not registered for this integration.' };
  const state = text('state');
  const refuse = (error: string, description: string): AuthorizeReading => ({
    redirectError: { redirectUri, error, description, ...(state === undefined ? {} : { state }) },
  });
  if (text('response_type') !== 'code') return refuse('unsupported_response_type', 'response_type must be code');
  const scopes = (text('scope') ?? '').split(' ').filter((scope) => scope !== '');
  if (scopes.length === 0) return refuse('invalid_scope', 'scope is required');
  const unknown = scopes.filter((scope) => !integration.scopes.includes(scope));
  if (unknown.length > 0) return refuse('invalid_scope', `The integration is not registered for ${unknown.join(' ')}`);
  return { request: { integration, redirectUri, scopes, ...(state === undefined ? {} : { state }) } };
}

/** The redirect URI with the answer's parameters added. */
export function redirectWith(redirectUri: string, parameters: Readonly<Record<string, string | undefined>>): string {
  const url = new URL(redirectUri);
  for (const [name, value] of Object.entries(parameters)) if (value !== undefined) url.searchParams.set(name, value);
  return url.toString();
}
