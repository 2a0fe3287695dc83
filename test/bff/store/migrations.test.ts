import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../bff/src/store/index.js';
import { useTemporaryDirectory } from './temporary-directory.js';

function tableNames(path: string): string[] {
  const database = new Database(path, { readonly: true });
  try {
    const rows = database.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[];
    return rows.map((row) => row.name);
  } finally {
    database.close();
  }
}

describe('store migrations', () => {
  const temporaryDirectory = useTemporaryDirectory();

  it('a fresh file database in a directory that does not exist yet is created with the sessions, audit_events and heartbeat tables', async () => {
    const path = join(temporaryDirectory(), 'nested', 'data', 'context-desk.db');

    const store = await openStore({ url: `sqlite:${path}` });
    await store.close();

    expect(existsSync(path)).toBe(true);
    expect(tableNames(path)).toEqual(expect.arrayContaining(['sessions', 'audit_events', 'store_heartbeat']));
  });

  it('opening an existing, migrated database again runs without error and keeps its rows', async () => {
    const path = join(temporaryDirectory(), 'context-desk.db');
    const first = await openStore({ url: `sqlite:${path}` });
    await first.audit.record({
      at: new Date('2025-03-01T10:00:00.000Z'),
      actor: 'system',
      action: 'session.sign_in',
      outcome: 'ok',
    });
    await first.close();

    const second = await openStore({ url: `sqlite:${path}` });
    const events = await second.audit.list({ limit: 10 });
    await second.close();

    expect(events).toHaveLength(1);
    expect(tableNames(path)).toEqual(expect.arrayContaining(['sessions', 'audit_events', 'store_heartbeat']));
  });

  it('a file database is switched to WAL journaling', async () => {
    const path = join(temporaryDirectory(), 'context-desk.db');
    const store = await openStore({ url: `sqlite:${path}` });
    await store.close();

    const database = new Database(path, { readonly: true });
    const mode: unknown = database.pragma('journal_mode', { simple: true });
    database.close();
    expect(mode).toBe('wal');
  });
});
