import { randomBytes } from 'node:crypto';
import type { TokenLifetimes } from './token-lifetimes.js';

/** Who authorised which integration for which organisation, with what scopes. */
export interface Grant {
  readonly orgId: string;
  readonly cluster: string;
  readonly personId: string;
  readonly clientId: string;
  readonly scopes: readonly string[];
}

/** The token endpoint's 200 body. */
export interface TokenPair {
  readonly access_token: string;
  readonly expires_in: number;
  readonly refresh_token: string;
  readonly refresh_token_expires_in: number;
  readonly token_type: 'Bearer';
}

/** Why a code or refresh token was refused (RFC 6749 §5.2 `invalid_grant`). */
export class GrantRefused extends Error {}

interface Issued {
  readonly grant: Grant;
  readonly expiresAt: number;
  /** The code every token of this family came from, to revoke them all if that code is replayed. */
  readonly family: string;
}

interface IssuedCode extends Issued {
  readonly redirectUri: string;
  used: boolean;
}

/**
 * The OAuth server's memory: codes are single-use and short-lived; a refresh hands out a new pair and the refresh token
 * it used stops working (rotation, as the lab describes: "will give you a new set of tokens"); the new refresh token
 * keeps the old one's expiry, as the real log's `refresh_token_expires_in` keeps counting down. A replayed code revokes
 * every token issued from it (RFC 6749 §4.1.2).
 */
export class TokenBook {
  private codes = new Map<string, IssuedCode>();
  private accessTokens = new Map<string, Issued>();
  private refreshTokens = new Map<string, Issued>();

  constructor(
    private readonly now: () => number,
    public lifetimes: TokenLifetimes,
  ) {}

  issueCode(grant: Grant, redirectUri: string): string {
    const code = randomToken();
    this.codes.set(code, {
      grant,
      redirectUri,
      expiresAt: this.now() + this.lifetimes.codeSeconds * 1000,
      family: code,
      used: false,
    });
    return code;
  }

  redeemCode(code: string, clientId: string, redirectUri: string): TokenPair {
    const issued = this.codes.get(code);
    if (!issued || issued.grant.clientId !== clientId) throw new GrantRefused('The authorization code is not valid');
    if (issued.used) {
      this.revokeFamily(issued.family);
      throw new GrantRefused('The authorization code has already been used');
    }
    issued.used = true;
    if (issued.expiresAt <= this.now()) throw new GrantRefused('The authorization code has expired');
    if (issued.redirectUri !== redirectUri)
      throw new GrantRefused('redirect_uri does not match the authorization request');
    return this.issuePair(issued.grant, issued.family, this.now() + this.lifetimes.refreshTokenSeconds * 1000);
  }

  refresh(refreshToken: string, clientId: string): TokenPair {
    const issued = this.refreshTokens.get(refreshToken);
    if (!issued || issued.grant.clientId !== clientId) throw new GrantRefused('The refresh token is not valid');
    this.refreshTokens.delete(refreshToken);
    if (issued.expiresAt <= this.now()) throw new GrantRefused('The refresh token has expired');
    return this.issuePair(issued.grant, issued.family, issued.expiresAt);
  }

  /** The grant behind a live access token. */
  grantOf(accessToken: string): Grant | undefined {
    const issued = this.accessTokens.get(accessToken);
    return issued && issued.expiresAt > this.now() ? issued.grant : undefined;
  }

  /** Make tokens expire now: `access`, `refresh` or both, for one organisation or all. */
  expire(kind: 'access' | 'refresh' | 'all', orgId?: string): number {
    const stores =
      kind === 'all'
        ? [this.accessTokens, this.refreshTokens]
        : [kind === 'access' ? this.accessTokens : this.refreshTokens];
    let expired = 0;
    for (const store of stores) {
      for (const [token, issued] of store) {
        if (orgId !== undefined && issued.grant.orgId !== orgId) continue;
        store.set(token, { ...issued, expiresAt: this.now() });
        expired += 1;
      }
    }
    return expired;
  }

  clear(): void {
    this.codes = new Map();
    this.accessTokens = new Map();
    this.refreshTokens = new Map();
  }

  private issuePair(grant: Grant, family: string, refreshExpiresAt: number): TokenPair {
    const now = this.now();
    // `<token>_<CI cluster>_<orgId>`: the samples split access tokens on `_` to find the organisation.
    const accessToken = `${randomToken()}_${grant.cluster}_${grant.orgId}`;
    const refreshToken = `${randomToken()}_${grant.cluster}_${grant.orgId}`;
    this.accessTokens.set(accessToken, { grant, family, expiresAt: now + this.lifetimes.accessTokenSeconds * 1000 });
    this.refreshTokens.set(refreshToken, { grant, family, expiresAt: refreshExpiresAt });
    return {
      access_token: accessToken,
      expires_in: this.lifetimes.accessTokenSeconds,
      refresh_token: refreshToken,
      refresh_token_expires_in: Math.max(0, Math.floor((refreshExpiresAt - now) / 1000)),
      token_type: 'Bearer',
    };
  }

  private revokeFamily(family: string): void {
    for (const store of [this.accessTokens, this.refreshTokens]) {
      for (const [token, issued] of store) if (issued.family === family) store.delete(token);
    }
  }
}

/** 64 letters and digits, like Webex's tokens. */
function randomToken(): string {
  return randomBytes(64)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '')
    .slice(0, 64);
}
