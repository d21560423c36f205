/**
 * The PostgreSQL store (node-postgres): the same schema, behaviour and transactions as the SQLite store
 * (src/store/sqlite.ts), for many workers on many machines. Each mutating method is one transaction on
 * one pooled connection. Concurrency (docs/decisions.md, "Scale out"):
 * - documents are unique by `content_hash` and normalised `url` (unique keys): a report is never stored
 *   twice, whatever the callers do;
 * - `addDocument`, `splitStory` and `moveDocuments` take one transaction-level advisory lock (`GROUPING_LOCK`): membership,
 *   story ids, document ids and the document count change one transaction at a time (they are short);
 * - `withPlacementLock` is the session-level lock a worker holds around the re-check and insert of reports
 *   it prepared outside it (src/queue): `placementCheck` under the lock does the candidate search again
 *   and reads the candidates' latest members, which every placement, split and merge before it has
 *   committed to, so two workers never start two stories for one event;
 * - `saveAnalysis` clears a story's `needs analysis` mark only when the analysis covers its current
 *   members, so a report that joined during the analysis is analysed again.
 */
import pg from 'pg';
import type { Conditional } from '../fetch/fetcher.js';
import type { FetchStateRecord } from '../fetch/index.js';
import type { Story } from '../model/report.js';
import { pgMigrations } from './pg-migrations.js';
import { type Row, now, toAnalysis, toDocument } from './rows.js';
import type {
  AddResult,
  Analysis,
  Candidate,
  MemberFeatures,
  NewDocument,
  PlacementCheck,
  RefinePolicy,
  Store,
  StoredDocument,
  StoryEvent,
  StoryQuery,
  StorySummary,
} from './types.js';

type Queryable = Pick<pg.PoolClient, 'query'>;

/** Advisory lock keys (first int: this application's namespace). */
export const LOCK_NAMESPACE = 0x436f72; // 'Cor'
export const MIGRATION_LOCK = 1;
export const GROUPING_LOCK = 2;
export const PLACEMENT_LOCK = 3;
/** Per-story analysis locks: (this namespace, hashtext(story id)). */
export const STORY_LOCK_NAMESPACE = LOCK_NAMESPACE + 1;
/** A live worker's lock: (this namespace, its key), held on a connection of its own while it runs (src/queue). */
export const WORKER_LOCK_NAMESPACE = LOCK_NAMESPACE + 2;

/**
 * The candidate search: stories by how many of the look-up terms ($1) they hold within the time window
 * ($2 ms), the most first (ties: the newest story), at most $3. candidateStories and placementCheck.
 */
const CANDIDATE_SEARCH = `SELECT t.story_seq, COUNT(*) AS shared FROM story_terms t
  WHERE t.term = ANY($1::text[]) AND t.last_time_ms >= $2
  GROUP BY t.story_seq ORDER BY shared DESC, t.story_seq DESC LIMIT $3`;

/** `postgres://` or `postgresql://`: a PostgreSQL store. */
export function isPostgresUrl(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location);
}

export interface PgLocation {
  /** The connection string without our own parameters. */
  connectionString: string;
  /** `?schema=NAME`: the schema the store lives in (default `public`); tests use one per run. */
  schema: string | null;
  /** The location with any password hidden, for messages. */
  display: string;
}

export function parsePgLocation(location: string): PgLocation {
  const u = new URL(location);
  const schema = u.searchParams.get('schema');
  u.searchParams.delete('schema');
  if (schema !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema))
    throw new Error(`schema must be lower-case letters, digits and _ (got '${schema}')`);
  const display = new URL(u.href);
  if (display.password) display.password = '***';
  if (schema) display.searchParams.set('schema', schema);
  return { connectionString: u.href, schema, display: display.href };
}

// BIGINT (seq, ms) and COUNT(*) as numbers: every value we keep fits in 2^53.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export interface PgStoreOptions {
  /** Connections in the pool (default 4). */
  max?: number;
}

export async function openPostgresStore(location: string, opts: PgStoreOptions = {}): Promise<PostgresStore> {
  const loc = parsePgLocation(location);
  const pool = new pg.Pool({
    connectionString: loc.connectionString,
    max: opts.max ?? 4,
    // connections stay open while idle (pg closes them after 10 s by default): a queue worker waiting its turn
    // on the placement lane would otherwise come back to new server processes, whose first statements are
    // slow (catalog caches cold), at every hand-over
    idleTimeoutMillis: 0,
    types,
    application_name: 'corroborate',
    // synchronous_commit off: as SQLite's `synchronous = NORMAL` under WAL, a killed process loses no
    // committed transaction, and only a crash of the server itself can lose the last few hundred ms of
    // them. A queue job is completed (a synchronous commit) after the store's transaction; flushing the
    // WAL to the completion flushes everything before it, so a completed job's effects are durable.
    // plan_cache_mode force_custom_plan: the hot statements are prepared (parsed once per connection), but
    // planned for their parameters each time, as unprepared ones are. A generic plan chosen while a growing
    // store's tables are small and not yet analysed made the placement re-check 5x slower in some
    // connections (1.8 ms a report with one worker, 8-10 ms with two or four).
    options: `-c synchronous_commit=off -c plan_cache_mode=force_custom_plan${loc.schema ? ` -c search_path=${loc.schema}` : ''}`,
  });
  // an idle connection that fails (server restart) must not crash the process: the next query reconnects
  pool.on('error', () => {});
  try {
    await migratePg(pool, loc.schema);
  } catch (e) {
    await pool.end();
    throw e;
  }
  return new PostgresStore(pool, loc);
}

/** Applies the migrations not yet applied (once, under an advisory lock); returns the version. */
export async function migratePg(pool: pg.Pool, schema: string | null = null): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [LOCK_NAMESPACE, MIGRATION_LOCK]);
    if (schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(
      'CREATE TABLE IF NOT EXISTS corroborate_schema (version INTEGER NOT NULL, name TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
    );
    const r = await client.query<{ v: number }>(
      'SELECT COALESCE(MAX(version), 0) AS v FROM corroborate_schema',
    );
    let current = r.rows[0]!.v;
    for (const m of pgMigrations) {
      if (m.version <= current) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO corroborate_schema (version, name) VALUES ($1, $2)', [
        m.version,
        m.name,
      ]);
      current = m.version;
    }
    await client.query('COMMIT');
    return current;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

export class PostgresStore implements Store {
  readonly location: string;

  constructor(
    readonly pool: pg.Pool,
    readonly where: PgLocation,
  ) {
    this.location = where.display;
  }

  private async one<T = Row>(
    sql: string,
    params: unknown[] = [],
    db: Queryable = this.pool,
  ): Promise<T | undefined> {
    return (await db.query(sql, params)).rows[0] as T | undefined;
  }

  private async all<T = Row>(sql: string, params: unknown[] = [], db: Queryable = this.pool): Promise<T[]> {
    return (await db.query(sql, params)).rows as T[];
  }

  /**
   * A statement prepared once per connection (`name`): placement's hot statements (a few each report, some
   * under the placement lane) are then not parsed and planned again each time. PostgreSQL plans a
   * prepared statement for its parameters its first five runs, then keeps a generic plan when that is
   * no worse.
   */
  private async prepared<T = Row>(name: string, sql: string, params: unknown[], db: Queryable = this.pool) {
    return (await db.query({ name, text: sql, values: params })).rows as T[];
  }

  /**
   * One transaction on one connection: committed whole, or rolled back whole. With `lock`, the transaction
   * first takes that transaction-level advisory lock (released at COMMIT or ROLLBACK).
   */
  async transaction<T>(fn: (c: pg.PoolClient) => Promise<T>, lock?: number): Promise<T> {
    const c = await this.pool.connect();
    try {
      // with a lock: BEGIN and the transaction-level advisory lock in one round trip
      await c.query(
        lock === undefined ? 'BEGIN' : `BEGIN; SELECT pg_advisory_xact_lock(${LOCK_NAMESPACE}, ${lock | 0})`,
      );
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  }

  /**
   * Runs `fn` holding the store-wide placement lock (a session-level advisory lock on its own connection):
   * one report at a time goes from candidate search to insert, in every process that uses this store. A
   * process that dies drops its connection and with it the lock.
   */
  async withPlacementLock<T>(fn: () => Promise<T>): Promise<T> {
    const r = await this.placementLock(true, fn);
    return (r as { ran: true; value: T }).value;
  }

  /**
   * As withPlacementLock, but returns `{ran: false}` at once when another process holds the lock (a queue
   * worker then does other work instead of waiting in line).
   */
  async tryPlacementLock<T>(fn: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
    return this.placementLock(false, fn);
  }

  private async placementLock<T>(
    wait: boolean,
    fn: () => Promise<T>,
  ): Promise<{ ran: true; value: T } | { ran: false }> {
    const c = await this.pool.connect();
    try {
      if (wait) await c.query('SELECT pg_advisory_lock($1, $2)', [LOCK_NAMESPACE, PLACEMENT_LOCK]);
      else {
        const r = await c.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS ok', [
          LOCK_NAMESPACE,
          PLACEMENT_LOCK,
        ]);
        if (!r.rows[0]!.ok) return { ran: false };
      }
      try {
        return { ran: true, value: await fn() };
      } finally {
        await c.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_NAMESPACE, PLACEMENT_LOCK]);
      }
    } finally {
      c.release();
    }
  }

  /**
   * Runs `fn` holding the story's analysis lock (session-level, `pg_try_advisory_lock`): one analysis of a
   * story at a time across all workers. Returns `{ran: false}` at once when another worker holds it.
   */
  async tryStoryLock<T>(
    storyId: string,
    fn: () => Promise<T>,
  ): Promise<{ ran: true; value: T } | { ran: false }> {
    const c = await this.pool.connect();
    try {
      const r = await c.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS ok', [
        STORY_LOCK_NAMESPACE,
        storyId,
      ]);
      if (!r.rows[0]!.ok) return { ran: false };
      try {
        return { ran: true, value: await fn() };
      } finally {
        await c.query('SELECT pg_advisory_unlock($1, hashtext($2))', [STORY_LOCK_NAMESPACE, storyId]);
      }
    } finally {
      c.release();
    }
  }

  private async storySeq(storyId: string, db: Queryable = this.pool): Promise<number | undefined> {
    return (await this.one<{ seq: number }>('SELECT seq FROM stories WHERE id = $1', [storyId], db))?.seq;
  }

  async findDuplicate(url: string | null, contentHash: string): Promise<string | null> {
    return this.duplicateOf(url, contentHash, this.pool);
  }

  private async duplicateOf(url: string | null, contentHash: string, db: Queryable): Promise<string | null> {
    const byUrl = url
      ? (
          await this.prepared<{ id: string }>(
            'corroborate_by_url',
            'SELECT id FROM documents WHERE url = $1',
            [url],
            db,
          )
        )[0]
      : undefined;
    if (byUrl) return byUrl.id;
    return (
      (
        await this.prepared<{ id: string }>(
          'corroborate_by_hash',
          'SELECT id FROM documents WHERE content_hash = $1',
          [contentHash],
          db,
        )
      )[0]?.id ?? null
    );
  }

  async hasUrl(url: string): Promise<boolean> {
    return !!(await this.one('SELECT 1 FROM documents WHERE url = $1', [url]));
  }

  async termStats(terms: string[]): Promise<{ documents: number; df: Map<string, number> }> {
    const df = new Map<string, number>();
    let documents = 0;
    // one round trip: the count, then the terms' frequencies
    for (const r of await this.prepared<{ term: string | null; df: number }>(
      'corroborate_term_stats',
      `SELECT NULL AS term, value AS df FROM store_counts WHERE name = 'documents'
       UNION ALL SELECT term, df FROM terms WHERE term = ANY($1::text[])`,
      [terms],
    ))
      if (r.term === null) documents = r.df;
      else df.set(r.term, r.df);
    return { documents, df };
  }

  async candidateStories(terms: string[], since: number, limit: number): Promise<Candidate[]> {
    if (!terms.length) return [];
    const rows = await this.prepared<{ story_id: string; shared: number; regrouped: number }>(
      'corroborate_candidates',
      `SELECT s.id AS story_id, c.shared, s.regrouped FROM (${CANDIDATE_SEARCH}) c
       JOIN stories s ON s.seq = c.story_seq ORDER BY c.shared DESC, c.story_seq DESC`,
      [terms, since, limit],
    );
    return rows.map((r) => ({ storyId: r.story_id, shared: r.shared, regrouped: r.regrouped }));
  }

  /**
   * One round trip: the candidate search (candidateStories' statement) and each candidate's latest
   * `members` (latestMembers' statement), read under the placement lane. A story without members is a
   * candidate with none.
   */
  async placementCheck(
    lookup: { terms: string[]; since: number; limit: number },
    members: number,
  ): Promise<PlacementCheck> {
    const latest = new Map<string, string[]>();
    if (!lookup.terms.length) return { candidates: [], latest };
    const rows = await this.prepared<{
      story_id: string;
      shared: number;
      regrouped: number;
      id: string | null;
    }>(
      'corroborate_placement_check',
      `WITH c AS MATERIALIZED (${CANDIDATE_SEARCH})
       SELECT s.id AS story_id, c.shared, s.regrouped, d.id FROM c JOIN stories s ON s.seq = c.story_seq
       LEFT JOIN LATERAL (SELECT m.document_seq FROM story_members m WHERE m.story_seq = c.story_seq
                          ORDER BY m.document_seq DESC LIMIT $4) lm ON true
       LEFT JOIN documents d ON d.seq = lm.document_seq
       ORDER BY c.shared DESC, c.story_seq DESC, lm.document_seq DESC`,
      [lookup.terms, lookup.since, lookup.limit, members],
    );
    const candidates: Candidate[] = [];
    for (const r of rows) {
      const list = latest.get(r.story_id);
      if (!list) {
        candidates.push({ storyId: r.story_id, shared: r.shared, regrouped: r.regrouped });
        latest.set(r.story_id, r.id === null ? [] : [r.id]);
      } else if (r.id !== null) list.push(r.id);
    }
    for (const [id, list] of latest) if (!list.length) latest.delete(id);
    return { candidates, latest };
  }

  async storyMemberIds(storyId: string, limit: number): Promise<string[]> {
    const rows = await this.all<{ id: string }>(
      `SELECT d.id FROM stories s JOIN story_members m ON m.story_seq = s.seq JOIN documents d ON d.seq = m.document_seq
       WHERE s.id = $1 ORDER BY m.document_seq DESC LIMIT $2`,
      [storyId, limit],
    );
    return rows.map((r) => r.id);
  }

  async latestMembers(storyIds: string[], limit: number): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    if (!storyIds.length) return out;
    // one round trip: each story's latest members by the (story_seq, document_seq) index
    const rows = await this.prepared<{ story_id: string; id: string }>(
      'corroborate_latest_members',
      `SELECT s.id AS story_id, d.id FROM stories s
       CROSS JOIN LATERAL (SELECT m.document_seq FROM story_members m WHERE m.story_seq = s.seq
                           ORDER BY m.document_seq DESC LIMIT $2) lm
       JOIN documents d ON d.seq = lm.document_seq
       WHERE s.id = ANY($1::text[]) ORDER BY s.seq, lm.document_seq DESC`,
      [storyIds, limit],
    );
    for (const r of rows) {
      const list = out.get(r.story_id);
      if (list) list.push(r.id);
      else out.set(r.story_id, [r.id]);
    }
    return out;
  }

  async memberFeatures(documentIds: string[]): Promise<MemberFeatures[]> {
    if (!documentIds.length) return [];
    const rows = await this.prepared(
      'corroborate_member_features',
      `SELECT d.id, d.clean_text, f.counts_json, f.years_json, f.published_ms
       FROM documents d JOIN document_features f ON f.document_seq = d.seq WHERE d.id = ANY($1::text[])`,
      [documentIds],
    );
    const byId = new Map(rows.map((r) => [r.id as string, r]));
    const out: MemberFeatures[] = [];
    for (const id of documentIds) {
      const r = byId.get(id);
      if (!r) continue;
      out.push({
        documentId: id,
        text: r.clean_text as string,
        counts: new Map(JSON.parse(r.counts_json as string) as Array<[string, number]>),
        years: JSON.parse(r.years_json as string) as number[],
        published: (r.published_ms as number | null) ?? null,
      });
    }
    return out;
  }

  private async newStory(
    c: Queryable,
    title: string,
    at: string,
    time: number,
  ): Promise<{ seq: number; id: string }> {
    return (await this.one<{ seq: number; id: string }>(
      `WITH n AS (SELECT nextval(pg_get_serial_sequence('stories', 'seq')) AS seq)
       INSERT INTO stories (seq, id, title, created_at, updated_at, last_time_ms, documents, needs_analysis)
       SELECT n.seq, 'story-' || n.seq, $1, $2, $2, $3, 1, 1 FROM n RETURNING seq, id`,
      [title, at, time],
      c,
    ))!;
  }

  /**
   * Moves documents (each from `from`, or from the story it is in when null) into story `to` and adds
   * their index terms to its term index: two statements for any number of documents (a refine moves
   * many), with the state one statement per document left (each term's latest time).
   */
  private async moveMembers(
    c: Queryable,
    docs: Array<{ seq: number; time_ms: number; index_terms_json: string; story_seq?: number }>,
    from: number | null,
    to: number,
  ): Promise<void> {
    if (!docs.length) return;
    await c.query(
      `UPDATE story_members m SET story_seq = $1 FROM unnest($2::bigint[], $3::bigint[]) AS x(doc, src)
       WHERE m.document_seq = x.doc AND m.story_seq = x.src`,
      [to, docs.map((d) => d.seq), docs.map((d) => from ?? d.story_seq!)],
    );
    const latest = new Map<string, number>();
    for (const d of docs)
      for (const t of JSON.parse(d.index_terms_json) as string[])
        latest.set(t, Math.max(latest.get(t) ?? -Infinity, d.time_ms));
    if (!latest.size) return;
    // sorted: concurrent upserts take row locks in one order (no deadlocks)
    const terms = [...latest.keys()].sort();
    await c.query(
      `INSERT INTO story_terms (term, story_seq, last_time_ms) SELECT t, $2, ms FROM unnest($1::text[], $3::bigint[]) AS x(t, ms)
       ON CONFLICT (term, story_seq) DO UPDATE SET last_time_ms = GREATEST(story_terms.last_time_ms, excluded.last_time_ms)`,
      [terms, to, terms.map((t) => latest.get(t)!)],
    );
  }

  private async event(
    c: Queryable,
    storySeq: number,
    at: string,
    kind: string,
    documentId: string | null,
    detail: string,
  ) {
    await c.query(
      'INSERT INTO story_events (story_seq, at, kind, document_id, detail) VALUES ($1, $2, $3, $4, $5)',
      [storySeq, at, kind, documentId, detail],
    );
  }

  /**
   * One round trip: the store's function `corroborate_add_document` (pg-migrations.ts, version 3) takes
   * the grouping lock, checks for a duplicate and a free id, stores the document with its features,
   * counts and term frequencies, and joins or starts the story with its member, term index and event,
   * in the statement's own transaction. Placement is one lane across all workers (src/queue), and its
   * cost is mostly round trips to the server: this was five (BEGIN, the check, the document, the story,
   * COMMIT).
   */
  async addDocument(doc: NewDocument, storyId: string | null, refine?: RefinePolicy): Promise<AddResult> {
    if (doc.indexTerms.some((t) => typeof t !== 'string')) throw new Error('index terms must be strings');
    const cd = doc.clean;
    const [r] = await this.prepared<{
      status: 'added' | 'duplicate';
      document_id: string;
      story_id: string | null;
      created: boolean;
      count: number | null;
    }>(
      'corroborate_add_document',
      `SELECT * FROM corroborate_add_document($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,
         $16, $17, $18, $19, $20, $21, $22, $23, $24, $25)`,
      [
        cd.id || 'doc',
        cd.id,
        doc.url,
        doc.contentHash,
        cd.input,
        cd.format,
        cd.source,
        cd.title,
        cd.published,
        cd.byline,
        cd.language,
        doc.raw.text,
        cd.text,
        JSON.stringify(cd.removed),
        doc.time,
        now(),
        JSON.stringify([...doc.features.counts]),
        JSON.stringify(doc.features.years),
        doc.features.published,
        JSON.stringify(doc.indexTerms),
        // sorted: concurrent upserts take row locks in one order (no deadlocks)
        [...doc.features.counts.keys()].sort(),
        [...new Set(doc.indexTerms)].sort(),
        storyId,
        refine ? refine.minSize : null,
        refine ? refine.growth : null,
      ],
    );
    if (!r) throw new Error('corroborate_add_document returned nothing');
    if (r.status === 'duplicate')
      return { status: 'duplicate', documentId: r.document_id, storyId: r.story_id, created: false };
    return {
      status: 'added',
      documentId: r.document_id,
      storyId: r.story_id,
      created: r.created,
      count: Number(r.count),
    };
  }

  /**
   * Counts a split or merge and marks the stories it changed with the count (`Candidate.regrouped`: a
   * decision prepared before it, with one of these among its candidates, is counted as made again).
   */
  private async regrouped(c: Queryable, stories: number[]): Promise<void> {
    await c.query(
      `WITH n AS (UPDATE store_counts SET value = value + 1 WHERE name = 'regroupings' RETURNING value)
       UPDATE stories SET regrouped = n.value FROM n WHERE stories.seq = ANY($1::bigint[])`,
      [stories],
    );
  }

  async storiesToRefine(): Promise<string[]> {
    return (await this.all<{ id: string }>('SELECT id FROM stories WHERE needs_refine = 1 ORDER BY seq')).map(
      (r) => r.id,
    );
  }

  async splitStory(storyId: string, groups: string[][]): Promise<string[]> {
    return this.transaction(async (c) => {
      const seq = await this.storySeq(storyId, c);
      if (seq === undefined) throw new Error(`no story ${storyId}`);
      const at = now();
      const created: string[] = [];
      const createdSeqs: number[] = [];
      const recount = (s: number) =>
        c.query(
          `UPDATE stories SET documents = (SELECT COUNT(*) FROM story_members m WHERE m.story_seq = stories.seq),
           needs_analysis = 1, updated_at = $1 WHERE seq = $2`,
          [at, s],
        );
      const refined = (s: number) =>
        c.query('UPDATE stories SET needs_refine = 0, refined_size = documents WHERE seq = $1', [s]);
      for (const group of groups) {
        const rows = await this.all<{
          id: string;
          seq: number;
          time_ms: number;
          title: string | null;
          index_terms_json: string;
        }>(
          `SELECT d.id, d.seq, d.time_ms, d.title, f.index_terms_json FROM documents d
           JOIN document_features f ON f.document_seq = d.seq WHERE d.id = ANY($1::text[])`,
          [group],
          c,
        );
        const byId = new Map(rows.map((r) => [r.id, r]));
        const docs = group.map((id) => byId.get(id)).filter((r): r is NonNullable<typeof r> => !!r);
        if (!docs.length) continue;
        const first = byId.get(group[0]!);
        const s = await this.newStory(c, first?.title ?? '', at, Math.max(...docs.map((d) => d.time_ms)));
        await this.moveMembers(c, docs, seq, s.seq);
        await recount(s.seq);
        await refined(s.seq);
        const n = group.length;
        await this.event(
          c,
          s.seq,
          at,
          'split',
          group[0]!,
          `split from ${storyId}: ${n} report${n === 1 ? '' : 's'} (${group.slice(0, 5).join(', ')}${n > 5 ? ', …' : ''})`,
        );
        await this.event(
          c,
          seq,
          at,
          'split',
          group[0]!,
          `${n} report${n === 1 ? '' : 's'} moved to ${s.id}, a look-alike event`,
        );
        created.push(s.id);
        createdSeqs.push(s.seq);
      }
      if (created.length) {
        await recount(seq);
        await this.regrouped(c, [seq, ...createdSeqs]);
      }
      await refined(seq);
      return created;
    }, GROUPING_LOCK);
  }

  async moveDocuments(documentIds: string[], to: string, documentId: string | null): Promise<string[]> {
    return this.transaction(async (c) => {
      const target = await this.storySeq(to, c);
      if (target === undefined) throw new Error(`no story ${to}`);
      const at = now();
      const rows = await this.all<{
        id: string;
        seq: number;
        time_ms: number;
        index_terms_json: string;
        story_seq: number;
      }>(
        `SELECT d.id, d.seq, d.time_ms, f.index_terms_json, m.story_seq FROM documents d
         JOIN document_features f ON f.document_seq = d.seq JOIN story_members m ON m.document_seq = d.seq
         WHERE d.id = ANY($1::text[])`,
        [documentIds],
        c,
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      const from = new Map<number, string[]>();
      const moving: typeof rows = [];
      for (const id of documentIds) {
        const d = byId.get(id);
        if (!d || d.story_seq === target) continue;
        moving.push(d);
        from.set(d.story_seq, [...(from.get(d.story_seq) ?? []), id]);
      }
      await this.moveMembers(c, moving, null, target);
      if (!from.size) return [];
      await this.regrouped(c, [target, ...from.keys()]);
      const recount = (seq: number) =>
        c.query(
          `UPDATE stories SET documents = (SELECT COUNT(*) FROM story_members m WHERE m.story_seq = stories.seq),
           needs_analysis = 1, updated_at = $1 WHERE seq = $2`,
          [at, seq],
        );
      await recount(target);
      await c.query(
        `UPDATE stories SET last_time_ms = GREATEST(last_time_ms, (SELECT COALESCE(MAX(d.time_ms), 0)
         FROM story_members m JOIN documents d ON d.seq = m.document_seq WHERE m.story_seq = stories.seq)) WHERE seq = $1`,
        [target],
      );
      const emptied: string[] = [];
      const by = documentId ? ` (brought by ${documentId})` : '';
      for (const [seq, ids] of from) {
        const name = (await this.one<{ id: string }>('SELECT id FROM stories WHERE seq = $1', [seq], c))!.id;
        await recount(seq);
        const list = `${ids.length} report${ids.length === 1 ? '' : 's'} (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''})`;
        await this.event(c, target, at, 'merged', documentId, `${list} from ${name}${by}`);
        await this.event(c, seq, at, 'merged', documentId, `${list} moved to ${to}${by}`);
        const left = await this.one<{ documents: number }>(
          'SELECT documents FROM stories WHERE seq = $1',
          [seq],
          c,
        );
        if (!Number(left?.documents)) {
          await c.query(
            'UPDATE stories SET documents = 0, needs_analysis = 0, needs_refine = 0, updated_at = $1 WHERE seq = $2',
            [at, seq],
          );
          await c.query('DELETE FROM story_terms WHERE story_seq = $1', [seq]);
          emptied.push(name);
        }
      }
      return emptied;
    }, GROUPING_LOCK);
  }

  async dirtyStories(): Promise<string[]> {
    return (
      await this.all<{ id: string }>('SELECT id FROM stories WHERE needs_analysis = 1 ORDER BY seq')
    ).map((r) => r.id);
  }

  async storyDocuments(storyId: string): Promise<StoredDocument[]> {
    const rows = await this.all(
      `SELECT d.*, s.id AS story_id FROM stories s JOIN story_members m ON m.story_seq = s.seq
       JOIN documents d ON d.seq = m.document_seq WHERE s.id = $1 ORDER BY d.seq`,
      [storyId],
    );
    return rows.map(toDocument);
  }

  async saveAnalysis(storyId: string, story: Story, events: StoryEvent[]): Promise<void> {
    await this.transaction(async (c) => {
      // the story's row lock orders two analyses of one story; versions stay 1, 2, 3…
      const s = await this.one<{ seq: number; documents: number }>(
        'SELECT seq, documents FROM stories WHERE id = $1 FOR UPDATE',
        [storyId],
        c,
      );
      if (!s) throw new Error(`no story ${storyId}`);
      const v = await this.one<{ v: number }>(
        'SELECT COALESCE(MAX(version), 0) AS v FROM analyses WHERE story_seq = $1',
        [s.seq],
        c,
      );
      const at = now();
      await c.query(
        'INSERT INTO analyses (story_seq, version, analyzed_at, story_json) VALUES ($1, $2, $3, $4)',
        [s.seq, v!.v + 1, at, JSON.stringify(story)],
      );
      // the mark stays when members changed since the analysis read them (a report joined meanwhile)
      const members = await this.all<{ id: string }>(
        'SELECT d.id FROM story_members m JOIN documents d ON d.seq = m.document_seq WHERE m.story_seq = $1',
        [s.seq],
        c,
      );
      const covered = new Set(story.documents);
      const current = members.length === covered.size && members.every((m) => covered.has(m.id));
      await c.query(
        'UPDATE stories SET title = $1, claims = $2, disputes = $3, needs_analysis = $4, analyzed_at = $5, updated_at = $5 WHERE seq = $6',
        [story.title, story.claims.length, story.disputes.length, current ? 0 : 1, at, s.seq],
      );
      for (const e of events) await this.event(c, s.seq, e.at, e.kind, e.documentId, e.detail);
    });
  }

  async latestAnalysis(storyId: string): Promise<Analysis | null> {
    const r = await this.one(
      `SELECT a.version, a.analyzed_at, a.story_json FROM analyses a JOIN stories s ON s.seq = a.story_seq
       WHERE s.id = $1 ORDER BY a.version DESC LIMIT 1`,
      [storyId],
    );
    return r ? toAnalysis(r) : null;
  }

  async analysisHistory(storyId: string): Promise<Analysis[]> {
    return (
      await this.all(
        `SELECT a.version, a.analyzed_at, a.story_json FROM analyses a JOIN stories s ON s.seq = a.story_seq
         WHERE s.id = $1 ORDER BY a.version`,
        [storyId],
      )
    ).map(toAnalysis);
  }

  async storyEvents(storyId: string): Promise<StoryEvent[]> {
    const rows = await this.all(
      `SELECT s.id AS story_id, e.at, e.kind, e.document_id, e.detail FROM story_events e
       JOIN stories s ON s.seq = e.story_seq WHERE s.id = $1 ORDER BY e.seq`,
      [storyId],
    );
    return rows.map((r) => ({
      storyId: r.story_id as string,
      at: r.at as string,
      kind: r.kind as StoryEvent['kind'],
      documentId: (r.document_id as string | null) ?? null,
      detail: r.detail as string,
    }));
  }

  async listStories(query: StoryQuery = {}): Promise<StorySummary[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (query.since) where.push(`s.updated_at >= ${p(new Date(query.since).toISOString())}`);
    if (query.disputed) where.push('s.disputes > 0');
    // a story merged into another keeps its history but is not listed
    where.push('s.documents > 0');
    for (const word of (query.q ?? '').split(/\s+/).filter(Boolean)) {
      const like = p(`%${word.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`);
      // LIKE as SQLite's: case-insensitive for ASCII
      where.push(`(s.title ILIKE ${like} OR EXISTS (SELECT 1 FROM story_members m2 JOIN documents d2 ON d2.seq = m2.document_seq
        WHERE m2.story_seq = s.seq AND (d2.title ILIKE ${like} OR d2.clean_text ILIKE ${like})))`);
    }
    const sql = `SELECT s.id, s.title, s.documents, s.claims, s.disputes, s.created_at, s.updated_at, s.analyzed_at,
      (SELECT array_agg(DISTINCT d.source) FROM story_members m JOIN documents d ON d.seq = m.document_seq
       WHERE m.story_seq = s.seq) AS sources
      FROM stories s ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY s.updated_at DESC, s.seq DESC LIMIT ${p(query.limit ?? null)}`;
    const rows = await this.all(sql, params);
    return rows.map((r) => ({
      id: r.id as string,
      title: r.title as string,
      documents: r.documents as number,
      claims: r.claims as number,
      disputes: r.disputes as number,
      createdAt: r.created_at as string,
      updatedAt: r.updated_at as string,
      analyzedAt: (r.analyzed_at as string | null) ?? null,
      sources: ((r.sources as Array<string | null> | null) ?? []).filter((x): x is string => !!x).sort(),
    }));
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const r = await this.one(
      `SELECT d.*, s.id AS story_id FROM documents d LEFT JOIN story_members m ON m.document_seq = d.seq
       LEFT JOIN stories s ON s.seq = m.story_seq WHERE d.id = $1`,
      [id],
    );
    return r ? toDocument(r) : null;
  }

  async allDocuments(): Promise<StoredDocument[]> {
    return (
      await this.all(
        `SELECT d.*, s.id AS story_id FROM documents d LEFT JOIN story_members m ON m.document_seq = d.seq
         LEFT JOIN stories s ON s.seq = m.story_seq ORDER BY d.seq`,
      )
    ).map(toDocument);
  }

  async counts(): Promise<{ documents: number; stories: number; analyses: number }> {
    return (await this.one<{ documents: number; stories: number; analyses: number }>(
      `SELECT (SELECT value FROM store_counts WHERE name = 'documents') AS documents,
       (SELECT COUNT(*) FROM stories WHERE documents > 0) AS stories, (SELECT COUNT(*) FROM analyses) AS analyses`,
    ))!;
  }

  async getFetchState(url: string): Promise<Conditional | null> {
    const r = await this.one('SELECT etag, last_modified FROM fetch_state WHERE url = $1', [url]);
    return r
      ? { etag: (r.etag as string | null) ?? null, lastModified: (r.last_modified as string | null) ?? null }
      : null;
  }

  async putFetchState(url: string, st: FetchStateRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO fetch_state (url, etag, last_modified, status, fetched_at) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
       status = excluded.status, fetched_at = excluded.fetched_at`,
      [url, st.etag, st.lastModified, st.status, st.fetchedAt],
    );
  }

  private closed = false;

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}
