import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { StoreSchema, WebexOrgsTable } from './schema.js';
import { fromStoredTime, toStoredTime } from './stored-time.js';

export const WEBEX_ORG_STATES = ['connected', 'needs_reauthorization'] as const;
export type WebexOrgState = (typeof WEBEX_ORG_STATES)[number];

/** A connected Webex Contact Center org as the store keeps it: its tokens only in sealed form. */
export interface StoredWebexOrg {
  readonly orgId: string;
  readonly region: string;
  readonly apiBase: string;
  readonly scopes: readonly string[];
  /** `access_token` and `refresh_token`, sealed by the credential cipher. */
  readonly tokensCiphertext: string;
  readonly accessExpiresAt: Date;
  readonly refreshExpiresAt: Date;
  readonly connectedAt: Date;
  /** The administrator who connected it. */
  readonly connectedBy: string;
  readonly lastRefreshAt: Date | null;
  readonly state: WebexOrgState;
}

/** What a refresh changes. */
export type RefreshedWebexTokens = Pick<
  StoredWebexOrg,
  'tokensCiphertext' | 'accessExpiresAt' | 'refreshExpiresAt' | 'lastRefreshAt'
>;

export interface WebexOrgRepository {
  /** Stores a newly connected org, replacing what was kept for it (a reconnection). */
  save(org: StoredWebexOrg): Promise<void>;
  find(orgId: string): Promise<StoredWebexOrg | undefined>;
  /** Oldest connection first. */
  list(): Promise<StoredWebexOrg[]>;
  /** False when the org is no longer there (disconnected meanwhile). */
  saveRefresh(orgId: string, tokens: RefreshedWebexTokens): Promise<boolean>;
  markState(orgId: string, state: WebexOrgState): Promise<boolean>;
  /** False when there was no such org. */
  delete(orgId: string): Promise<boolean>;
}

const StoredState = z.enum(WEBEX_ORG_STATES);

export function createWebexOrgRepository(db: Kysely<StoreSchema>): WebexOrgRepository {
  return {
    async save(org) {
      const row = toRow(org);
      await db
        .insertInto('webex_orgs')
        .values(row)
        .onConflict((conflict) => conflict.column('org_id').doUpdateSet(row))
        .execute();
    },

    async find(orgId) {
      const row = await db.selectFrom('webex_orgs').selectAll().where('org_id', '=', orgId).executeTakeFirst();
      return row === undefined ? undefined : fromRow(row);
    },

    async list() {
      const rows = await db.selectFrom('webex_orgs').selectAll().orderBy('connected_at').orderBy('org_id').execute();
      return rows.map(fromRow);
    },

    async saveRefresh(orgId, tokens) {
      const result = await db
        .updateTable('webex_orgs')
        .set({
          tokens_ciphertext: tokens.tokensCiphertext,
          access_expires_at: toStoredTime(tokens.accessExpiresAt),
          refresh_expires_at: toStoredTime(tokens.refreshExpiresAt),
          last_refresh_at: tokens.lastRefreshAt === null ? null : toStoredTime(tokens.lastRefreshAt),
          state: 'connected',
        })
        .where('org_id', '=', orgId)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async markState(orgId, state) {
      const result = await db.updateTable('webex_orgs').set({ state }).where('org_id', '=', orgId).executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async delete(orgId) {
      const result = await db.deleteFrom('webex_orgs').where('org_id', '=', orgId).executeTakeFirst();
      return result.numDeletedRows > 0n;
    },
  };
}

function toRow(org: StoredWebexOrg): Selectable<WebexOrgsTable> {
  return {
    org_id: org.orgId,
    region: org.region,
    api_base: org.apiBase,
    scopes: org.scopes.join(' '),
    tokens_ciphertext: org.tokensCiphertext,
    access_expires_at: toStoredTime(org.accessExpiresAt),
    refresh_expires_at: toStoredTime(org.refreshExpiresAt),
    connected_at: toStoredTime(org.connectedAt),
    connected_by: org.connectedBy,
    last_refresh_at: org.lastRefreshAt === null ? null : toStoredTime(org.lastRefreshAt),
    state: org.state,
  };
}

function fromRow(row: Selectable<WebexOrgsTable>): StoredWebexOrg {
  return {
    orgId: row.org_id,
    region: row.region,
    apiBase: row.api_base,
    scopes: row.scopes.split(' ').filter((scope) => scope !== ''),
    tokensCiphertext: row.tokens_ciphertext,
    accessExpiresAt: fromStoredTime(row.access_expires_at),
    refreshExpiresAt: fromStoredTime(row.refresh_expires_at),
    connectedAt: fromStoredTime(row.connected_at),
    connectedBy: row.connected_by,
    lastRefreshAt: row.last_refresh_at === null ? null : fromStoredTime(row.last_refresh_at),
    state: StoredState.parse(row.state),
  };
}
