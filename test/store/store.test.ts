/**
 * The store's shared suite: every test runs against SQLite and, where it can be reached, PostgreSQL
 * (each test in a fresh schema). Backend-specific checks (migrations, WAL) are in their own blocks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import {
  PG_SCHEMA_VERSION,
  SCHEMA_VERSION,
  openPostgresStore,
  openSqliteStore,
  openStore,
  type SqliteStore,
} from '../../src/store/index.js';

import { dropSchemas, freshSchema, pgAvailable, testPgUrl } from '../helpers/pg.js';

import { storeSuite } from './suite.js';

describe('store (SQLite only)', () => {
  let dir: string;
  let store: SqliteStore;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'corroborate-store-'));
    store = openSqliteStore(path.join(dir, 'sub', 'c.db'));
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the file with its folder, runs versioned migrations once, and uses WAL', async () => {
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    await store.close();
    store = openSqliteStore(path.join(dir, 'sub', 'c.db')); // reopening migrates nothing and keeps data
    expect(store.db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const raw = new Database(path.join(dir, 'sub', 'c.db'), { readonly: true });
    const tables = raw
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      .pluck()
      .all();
    raw.close();
    expect(tables).toEqual(
      expect.arrayContaining([
        'documents',
        'stories',
        'story_members',
        'analyses',
        'story_events',
        'fetch_state',
        'terms',
        'story_terms',
      ]),
    );
  });
});

describe.skipIf(!pgAvailable)('store (PostgreSQL only)', () => {
  it('runs versioned migrations once, also when many processes open the store at once', async () => {
    const { schema, url } = freshSchema();
    try {
      const stores = await Promise.all([1, 2, 3, 4].map(() => openPostgresStore(url)));
      for (const s of stores) await s.close();
      const c = new pg.Client({ connectionString: testPgUrl });
      await c.connect();
      const versions = await c.query(`SELECT version FROM ${schema}.corroborate_schema ORDER BY version`);
      const tables = await c.query(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
        [schema],
      );
      await c.end();
      expect(versions.rows.map((r: { version: number }) => r.version)).toEqual(
        Array.from({ length: PG_SCHEMA_VERSION }, (_, k) => k + 1),
      );
      expect(tables.rows.map((r: { table_name: string }) => r.table_name)).toEqual(
        expect.arrayContaining([
          'documents',
          'stories',
          'story_members',
          'analyses',
          'story_events',
          'fetch_state',
          'terms',
          'story_terms',
        ]),
      );
      const again = await openStore(url);
      expect(again.location).toContain(schema);
      await again.close();
    } finally {
      await dropSchemas(schema);
    }
  });
});

storeSuite({
  name: 'SQLite',
  available: true,
  open: async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-store-'));
    const store = openSqliteStore(path.join(dir, 'sub', 'c.db'));
    return { store, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  },
});
