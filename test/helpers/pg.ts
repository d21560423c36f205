/**
 * PostgreSQL for the tests: `$CORROBORATE_TEST_PG` (default postgres://postgres@127.0.0.1:5432/test, as
 * scripts/test-all.sh sets it up). Each test gets a fresh schema of its own (`?schema=t_…`), dropped
 * after it, so test files running in parallel never see each other's rows. Where PostgreSQL cannot be
 * reached the PostgreSQL tests skip with a message.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const testPgUrl = process.env.CORROBORATE_TEST_PG || 'postgres://postgres@127.0.0.1:5432/test';

async function reachable(): Promise<string | null> {
  const c = new pg.Client({ connectionString: testPgUrl, connectionTimeoutMillis: 3000 });
  try {
    await c.connect();
    await c.query('SELECT 1');
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    await c.end().catch(() => {});
  }
}

const problem = await reachable();
/** True when the PostgreSQL tests can run. */
export const pgAvailable = problem === null;

export function pgSkipMessage(what: string): string {
  return `${what}: PostgreSQL not reachable at ${testPgUrl} (${problem}); skipping (scripts/test-all.sh installs and starts it as root)`;
}

/** A fresh schema name and the store URL in it. */
export function freshSchema(): { schema: string; url: string } {
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const u = new URL(testPgUrl);
  u.searchParams.set('schema', schema);
  return { schema, url: u.href };
}

/** Drops the schemas (and the job queue's schema beside each, `<schema>_boss`). */
export async function dropSchemas(...schemas: string[]): Promise<void> {
  const c = new pg.Client({ connectionString: testPgUrl });
  await c.connect();
  try {
    for (const s of schemas) {
      await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
      await c.query(`DROP SCHEMA IF EXISTS ${s}_boss CASCADE`);
    }
  } finally {
    await c.end();
  }
}
