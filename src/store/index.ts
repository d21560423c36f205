/** src/store: where documents, stories, analyses and fetch state are kept (SQLite by default). */
import os from 'node:os';
import path from 'node:path';
import { storeSettings } from '../settings/store.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './types.js';

export * from './types.js';
export { normalizeUrl, contentHash } from './keys.js';
export { SCHEMA_VERSION, migrations } from './migrations.js';
export { openSqliteStore, SqliteStore } from './sqlite.js';

/**
 * Where the store lives when `--db` is not given: $CORROBORATE_DB, else
 * $XDG_DATA_HOME/corroborate/corroborate.db, else ~/.local/share/corroborate/corroborate.db.
 */
export function defaultStorePath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CORROBORATE_DB) return env.CORROBORATE_DB;
  const base = env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
  return path.join(base, 'corroborate', storeSettings.defaultFileName);
}

/** Opens (creating and migrating as needed) the store at `location`. */
export async function openStore(location: string = defaultStorePath()): Promise<Store> {
  return openSqliteStore(location);
}
