/** `--db` and `--since` as the store commands read them. */
import { defaultStorePath, openStore, type Store } from '../store/index.js';

export const DB_HELP = `      --db <path|url>  the store: a SQLite file, or postgres://user@host/db (PostgreSQL); default
                       $CORROBORATE_DB, else $XDG_DATA_HOME/corroborate/corroborate.db or
                       ~/.local/share/corroborate/corroborate.db`;

export async function openDb(db: string | undefined): Promise<Store> {
  return openStore(db ?? defaultStorePath());
}

const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `90s`, `10m`, `2h`, `1d`, `1w` -> ms; null when not a duration. */
export function parseDuration(s: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*([smhdw])$/i.exec(s.trim());
  return m ? Number(m[1]) * UNITS[m[2]!.toLowerCase()]! : null;
}

/** `--since`: an ISO date/time, or a duration back from now (`2h`, `1d`). Null when unreadable. */
export function parseSince(s: string, now = Date.now()): string | null {
  const d = parseDuration(s);
  if (d != null) return new Date(now - d).toISOString();
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** `corroborate stories | head`: a reader that closes the pipe early ends the command quietly. */
export function quietOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
}
