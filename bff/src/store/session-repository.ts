import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import { Role } from '../../../shared/api/agent.js';
import type { SessionsTable, StoreSchema } from './schema.js';
import { assertTokenHash } from './session-token-hash.js';
import { fromStoredTime, toStoredTime } from './stored-time.js';
import type { NewSession, SessionRecord, SessionRepository } from './types.js';

const ROLE_SEPARATOR = ',';
const StoredKind = z.enum(['agent', 'administrator']);

export function createSessionRepository(db: Kysely<StoreSchema>): SessionRepository {
  return {
    async create(session) {
      assertTokenHash(session.tokenHash);
      await db.insertInto('sessions').values(toRow(session)).execute();
    },

    async findActive(tokenHash, now) {
      const at = toStoredTime(now);
      const row = await db
        .selectFrom('sessions')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .where('idle_expires_at', '>', at)
        .where('absolute_expires_at', '>', at)
        .executeTakeFirst();
      return row === undefined ? undefined : fromRow(row);
    },

    async touch(tokenHash, now, idleExpiresAt) {
      const at = toStoredTime(now);
      const result = await db
        .updateTable('sessions')
        .set({ last_seen_at: at, idle_expires_at: toStoredTime(idleExpiresAt) })
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .where('idle_expires_at', '>', at)
        .where('absolute_expires_at', '>', at)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async revoke(tokenHash, now) {
      const result = await db
        .updateTable('sessions')
        .set({ revoked_at: toStoredTime(now) })
        .where('token_hash', '=', tokenHash)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    async revokeAllFor(loginId, now) {
      const result = await db
        .updateTable('sessions')
        .set({ revoked_at: toStoredTime(now) })
        .where('login_id', '=', loginId)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async deleteExpired(now) {
      const at = toStoredTime(now);
      // Revoked rows go too: they can never be used again, and the audit trail, not this table, keeps the history.
      const result = await db
        .deleteFrom('sessions')
        .where((where) =>
          where.or([
            where('idle_expires_at', '<=', at),
            where('absolute_expires_at', '<=', at),
            where('revoked_at', 'is not', null),
          ]),
        )
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

function toRow(session: NewSession): SessionsTable {
  const createdAt = toStoredTime(session.createdAt);
  return {
    token_hash: session.tokenHash,
    login_id: session.loginId,
    roles: session.roles.join(ROLE_SEPARATOR),
    credentials_ciphertext: session.credentialsCiphertext,
    kind: session.kind ?? 'agent',
    created_at: createdAt,
    last_seen_at: createdAt,
    idle_expires_at: toStoredTime(session.idleExpiresAt),
    absolute_expires_at: toStoredTime(session.absoluteExpiresAt),
    revoked_at: null,
  };
}

function fromRow(row: Selectable<SessionsTable>): SessionRecord {
  return {
    tokenHash: row.token_hash,
    loginId: row.login_id,
    ...(StoredKind.parse(row.kind) === 'administrator' ? { kind: 'administrator' as const } : {}),
    roles: row.roles === '' ? [] : row.roles.split(ROLE_SEPARATOR).map((role) => Role.parse(role)),
    credentialsCiphertext: row.credentials_ciphertext,
    createdAt: fromStoredTime(row.created_at),
    lastSeenAt: fromStoredTime(row.last_seen_at),
    idleExpiresAt: fromStoredTime(row.idle_expires_at),
    absoluteExpiresAt: fromStoredTime(row.absolute_expires_at),
    revokedAt: row.revoked_at === null ? null : fromStoredTime(row.revoked_at),
  };
}
