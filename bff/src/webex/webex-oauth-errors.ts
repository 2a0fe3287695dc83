import { AppError } from '../errors.js';

/**
 * Webex's token endpoint refused the grant (RFC 6749 §5.2 `invalid_grant`): a code already used, expired or issued to
 * another redirect URI, or a refresh token revoked or past its lifetime. For a refresh it means the org needs an
 * administrator to connect it again; Webex's own description stays in `logInfo`.
 */
export class WebexGrantRefusedError extends AppError {
  readonly status = 400;
  readonly code = 'webex_grant_refused';
}

/** No CREDENTIALS_KEY: tokens cannot be sealed, so none are stored (and no org can be connected). */
export class WebexKeyRequiredError extends AppError {
  readonly status = 503;
  readonly code = 'webex_key_required';
  constructor() {
    super(
      'Webex tokens are stored encrypted and no key is configured: set CREDENTIALS_KEY (openssl rand -base64 32) to connect a Webex Contact Center org',
    );
  }
}

/** No Webex integration is configured (WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET). */
export class WebexNotConfiguredError extends AppError {
  readonly status = 503;
  readonly code = 'webex_not_configured';
  constructor() {
    super('No Webex integration is configured: set WEBEX_CLIENT_ID and WEBEX_CLIENT_SECRET');
  }
}
