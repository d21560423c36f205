/** src/store: where documents, stories, analyses and fetch state are kept (SQLite by default, or PostgreSQL). */
import os from 'node:os';
import path from 'node:path';
import { storeSettings } from '../settings/store.js';
import { isPostgresUrl, openPostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './types.js';

export * from './types.js';
export { normalizeUrl, contentHash } from './keys.js';
export { SCHEMA_VERSION, migrations } from './migrations.js';
export { openSqliteStore, SqliteStore } from './sqlite.js';
export { isPostgresUrl, openPostgresStore, PostgresStore, parsePgLocation } from './postgres.js';
export { PG_SCHEMA_VERSION, pgMigrations } from './pg-migrations.js';

/**
 * Where the store lives when `--db` is not given: $CORROBORATE_DB, else
 * $XDG_DATA_HOME/corroborate/corroborate.db, else ~/.local/share/corroborate/corroborate.db.
 */
export function defaultStorePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CORROBORATE_DB) return env.CORROBORATE_DB;
  const base = env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'corroborate', storeSettings.defaultFileName);
}

/**
 * Opens (creating and migrating as needed) the store at `location`: a `postgres://` or `postgresql://`
 * URL is a PostgreSQL store (`?schema=NAME` for a schema of its own), anything else a SQLite file.
 */
export async function openStore(location: string = defaultStorePath()): Promise<Store> {
  return isPostgresUrl(location) ? openPostgresStore(location) : openSqliteStore(location);
}
