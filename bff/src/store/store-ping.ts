import type { Kysely } from 'kysely';
import type { StoreSchema } from './schema.js';
import { toStoredTime } from './stored-time.js';

const HEARTBEAT_ID = 'readiness';

/**
 * Writes the heartbeat row and reads it back in one transaction: a database that is closed, read-only or out of
 * space fails here, which a plain SELECT would not notice. The transaction keeps nodes sharing a database from
 * reading each other's write.
 */
export async function pingStore(db: Kysely<StoreSchema>, now: Date): Promise<void> {
  const checkedAt = toStoredTime(now);
  await db.transaction().execute(async (transaction) => {
    await transaction
      .insertInto('store_heartbeat')
      .values({ id: HEARTBEAT_ID, checked_at: checkedAt })
      .onConflict((conflict) => conflict.column('id').doUpdateSet({ checked_at: checkedAt }))
      .execute();
    const row = await transaction
      .selectFrom('store_heartbeat')
      .select('checked_at')
      .where('id', '=', HEARTBEAT_ID)
      .executeTakeFirst();
    if (row?.checked_at !== checkedAt) {
      throw new Error('store ping read back a different heartbeat than it wrote');
    }
  });
}
