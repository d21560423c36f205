/**
 * The SQLite store (better-sqlite3): one file, WAL journal (readers never block the one writer), every
 * mutation one `BEGIN IMMEDIATE` transaction, so a process killed at any moment leaves the last
 * committed state and restarting goes on from it. Schema: src/store/migrations.ts.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { Conditional } from '../fetch/fetcher.js';
import type { FetchStateRecord } from '../fetch/index.js';
import type { Story } from '../model/report.js';
import { storeSettings } from '../settings/store.js';
import { migrations } from './migrations.js';
import { type Row, now, toAnalysis, toDocument } from './rows.js';
import type {
  AddResult,
  Analysis,
  Candidate,
  MemberFeatures,
  NewDocument,
  RefinePolicy,
  Store,
  StoredDocument,
  StoryEvent,
  StoryQuery,
  StorySummary,
} from './types.js';

export function openSqliteStore(file: string): SqliteStore {
  if (file !== ':memory:') mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // NORMAL under WAL: a committed transaction survives a killed process; only a power cut may lose the last ones.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${storeSettings.busyTimeoutMs}`);
  migrate(db);
  return new SqliteStore(db, file);
}

export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  for (const m of migrations) {
    if (m.version <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return db.pragma('user_version', { simple: true }) as number;
}

export class SqliteStore implements Store {
  private readonly stmt;

  constructor(
    readonly db: Database.Database,
    readonly location: string,
  ) {
    this.stmt = {
      byUrl: db.prepare('SELECT id FROM documents WHERE url = ?').pluck(),
      byHash: db.prepare('SELECT id FROM documents WHERE content_hash = ?').pluck(),
      idTaken: db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck(),
      // documents are never deleted: the last sequence number is the count, without a scan
      docCount: db
        .prepare("SELECT COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'documents'), 0)")
        .pluck(),
      insertDoc:
        db.prepare(`INSERT INTO documents (id, url, content_hash, input, format, source, title, published, byline,
        language, raw_text, clean_text, removed_json, time_ms, ingested_at)
        VALUES (@id, @url, @hash, @input, @format, @source, @title, @published, @byline, @language, @raw, @clean,
        @removed, @time, @at)`),
      insertFeatures: db.prepare(
        'INSERT INTO document_features (document_seq, counts_json, years_json, published_ms, index_terms_json) VALUES (?, ?, ?, ?, ?)',
      ),
      newStory: db.prepare(
        `INSERT INTO stories (id, title, created_at, updated_at, last_time_ms, documents, needs_analysis)
         VALUES (?, ?, ?, ?, ?, 1, 1)`,
      ),
      nameStory: db.prepare("UPDATE stories SET id = 'story-' || seq WHERE seq = ? RETURNING id").pluck(),
      touchStory: db.prepare(
        `UPDATE stories SET updated_at = ?, last_time_ms = MAX(last_time_ms, ?), documents = documents + 1,
         needs_analysis = 1 WHERE seq = ?`,
      ),
      storySeq: db.prepare('SELECT seq FROM stories WHERE id = ?').pluck(),
      addMember: db.prepare('INSERT INTO story_members (document_seq, story_seq, added_at) VALUES (?, ?, ?)'),
      df: db.prepare(
        'INSERT INTO terms (term, df) VALUES (?, 1) ON CONFLICT (term) DO UPDATE SET df = df + 1',
      ),
      storyTerm: db.prepare(`INSERT INTO story_terms (term, story_seq, last_time_ms) VALUES (?, ?, ?)
        ON CONFLICT (term, story_seq) DO UPDATE SET last_time_ms = MAX(last_time_ms, excluded.last_time_ms)`),
      event: db.prepare(
        'INSERT INTO story_events (story_seq, at, kind, document_id, detail) VALUES (?, ?, ?, ?, ?)',
      ),
      memberIds: db
        .prepare(
          `SELECT d.id FROM story_members m JOIN documents d ON d.seq = m.document_seq
           WHERE m.story_seq = ? ORDER BY m.document_seq DESC LIMIT ?`,
        )
        .pluck(),
      features: db.prepare(`SELECT d.clean_text, f.counts_json, f.years_json, f.published_ms
        FROM documents d JOIN document_features f ON f.document_seq = d.seq WHERE d.id = ?`),
      dfOne: db.prepare('SELECT df FROM terms WHERE term = ?').pluck(),
      markRefine: db.prepare(
        'UPDATE stories SET needs_refine = 1 WHERE documents >= ? AND documents >= refined_size * ? AND seq = ?',
      ),
      toRefine: db.prepare('SELECT id FROM stories WHERE needs_refine = 1 ORDER BY seq').pluck(),
      refined: db.prepare('UPDATE stories SET needs_refine = 0, refined_size = documents WHERE seq = ?'),
      docSeq: db.prepare('SELECT seq FROM documents WHERE id = ?').pluck(),
      indexTermsOf: db
        .prepare('SELECT index_terms_json FROM document_features WHERE document_seq = ?')
        .pluck(),
      timeOf: db.prepare('SELECT time_ms FROM documents WHERE seq = ?').pluck(),
      moveMember: db.prepare(
        'UPDATE story_members SET story_seq = ? WHERE document_seq = ? AND story_seq = ?',
      ),
      recount: db.prepare(
        `UPDATE stories SET documents = (SELECT COUNT(*) FROM story_members m WHERE m.story_seq = stories.seq),
         needs_analysis = 1, updated_at = ? WHERE seq = ?`,
      ),
      dirty: db.prepare('SELECT id FROM stories WHERE needs_analysis = 1 ORDER BY seq').pluck(),
      storyOfDoc: db.prepare('SELECT story_seq FROM story_members WHERE document_seq = ?').pluck(),
      storyIdOf: db.prepare('SELECT id FROM stories WHERE seq = ?').pluck(),
      memberCount: db.prepare('SELECT documents FROM stories WHERE seq = ?').pluck(),
      dropTerms: db.prepare('DELETE FROM story_terms WHERE story_seq = ?'),
      emptied: db.prepare(
        'UPDATE stories SET documents = 0, needs_analysis = 0, needs_refine = 0, updated_at = ? WHERE seq = ?',
      ),
      touchTime:
        db.prepare(`UPDATE stories SET last_time_ms = MAX(last_time_ms, (SELECT COALESCE(MAX(d.time_ms), 0)
        FROM story_members m JOIN documents d ON d.seq = m.document_seq WHERE m.story_seq = stories.seq)) WHERE seq = ?`),
      storyDocs:
        db.prepare(`SELECT d.*, s.id AS story_id FROM story_members m JOIN documents d ON d.seq = m.document_seq
        JOIN stories s ON s.seq = m.story_seq WHERE m.story_seq = ? ORDER BY d.seq`),
      lastVersion: db.prepare('SELECT COALESCE(MAX(version), 0) FROM analyses WHERE story_seq = ?').pluck(),
      addAnalysis: db.prepare(
        'INSERT INTO analyses (story_seq, version, analyzed_at, story_json) VALUES (?, ?, ?, ?)',
      ),
      analysed: db.prepare(
        'UPDATE stories SET title = ?, claims = ?, disputes = ?, needs_analysis = ?, analyzed_at = ?, updated_at = ? WHERE seq = ?',
      ),
      latest: db.prepare(
        'SELECT version, analyzed_at, story_json FROM analyses WHERE story_seq = ? ORDER BY version DESC LIMIT 1',
      ),
      history: db.prepare(
        'SELECT version, analyzed_at, story_json FROM analyses WHERE story_seq = ? ORDER BY version',
      ),
      events: db.prepare(`SELECT s.id AS story_id, e.at, e.kind, e.document_id, e.detail FROM story_events e
        JOIN stories s ON s.seq = e.story_seq WHERE e.story_seq = ? ORDER BY e.seq`),
      doc: db.prepare(`SELECT d.*, s.id AS story_id FROM documents d LEFT JOIN story_members m ON m.document_seq = d.seq
        LEFT JOIN stories s ON s.seq = m.story_seq WHERE d.id = ?`),
      allDocs:
        db.prepare(`SELECT d.*, s.id AS story_id FROM documents d LEFT JOIN story_members m ON m.document_seq = d.seq
        LEFT JOIN stories s ON s.seq = m.story_seq ORDER BY d.seq`),
      counts:
        db.prepare(`SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM stories WHERE documents > 0) AS stories,
        (SELECT COUNT(*) FROM analyses) AS analyses`),
      getFetch: db.prepare('SELECT etag, last_modified FROM fetch_state WHERE url = ?'),
      putFetch:
        db.prepare(`INSERT INTO fetch_state (url, etag, last_modified, status, fetched_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
        status = excluded.status, fetched_at = excluded.fetched_at`),
    };
  }

  async findDuplicate(url: string | null, contentHash: string): Promise<string | null> {
    return this.duplicateOf(url, contentHash);
  }

  private duplicateOf(url: string | null, contentHash: string): string | null {
    const byUrl = url ? (this.stmt.byUrl.get(url) as string | undefined) : undefined;
    return byUrl ?? (this.stmt.byHash.get(contentHash) as string | undefined) ?? null;
  }

  async hasUrl(url: string): Promise<boolean> {
    return this.stmt.byUrl.get(url) !== undefined;
  }

  async termStats(terms: string[]): Promise<{ documents: number; df: Map<string, number> }> {
    const df = new Map<string, number>();
    for (const t of terms) {
      const v = this.stmt.dfOne.get(t) as number | undefined;
      if (v !== undefined) df.set(t, v);
    }
    return { documents: this.stmt.docCount.get() as number, df };
  }

  async candidateStories(terms: string[], since: number, limit: number): Promise<Candidate[]> {
    if (!terms.length) return [];
    const chunk = terms.slice(0, storeSettings.maxSqlParams - 2);
    const rows = this.db
      .prepare(
        `SELECT s.id AS story_id, COUNT(*) AS shared FROM story_terms t JOIN stories s ON s.seq = t.story_seq
         WHERE t.term IN (${chunk.map(() => '?').join(',')}) AND t.last_time_ms >= ?
         GROUP BY t.story_seq ORDER BY shared DESC, t.story_seq DESC LIMIT ?`,
      )
      .all(...chunk, since, limit) as Array<{ story_id: string; shared: number }>;
    return rows.map((r) => ({ storyId: r.story_id, shared: r.shared }));
  }

  async storyMemberIds(storyId: string, limit: number): Promise<string[]> {
    const seq = this.stmt.storySeq.get(storyId) as number | undefined;
    if (seq === undefined) return [];
    return this.stmt.memberIds.all(seq, limit) as string[];
  }

  async latestMembers(storyIds: string[], limit: number): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    for (const id of storyIds) {
      const seq = this.stmt.storySeq.get(id) as number | undefined;
      const ids = seq === undefined ? [] : (this.stmt.memberIds.all(seq, limit) as string[]);
      if (ids.length) out.set(id, ids);
    }
    return out;
  }

  async memberFeatures(documentIds: string[]): Promise<MemberFeatures[]> {
    const out: MemberFeatures[] = [];
    for (const id of documentIds) {
      const r = this.stmt.features.get(id) as Row | undefined;
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

  async addDocument(doc: NewDocument, storyId: string | null, refine?: RefinePolicy): Promise<AddResult> {
    const s = this.stmt;
    return this.db
      .transaction((): AddResult => {
        const dup = this.duplicateOf(doc.url, doc.contentHash);
        if (dup) return { status: 'duplicate', documentId: dup, storyId: this.storyOf(dup), created: false };
        let id = doc.clean.id || 'doc';
        for (let k = 2; s.idTaken.get(id) !== undefined; k++) id = `${doc.clean.id}~${k}`;
        const at = now();
        const c = doc.clean;
        const info = s.insertDoc.run({
          id,
          url: doc.url,
          hash: doc.contentHash,
          input: c.input,
          format: c.format,
          source: c.source,
          title: c.title,
          published: c.published,
          byline: c.byline,
          language: c.language,
          raw: doc.raw.text,
          clean: c.text,
          removed: JSON.stringify(c.removed),
          time: doc.time,
          at,
        });
        const docSeq = Number(info.lastInsertRowid);
        s.insertFeatures.run(
          docSeq,
          JSON.stringify([...doc.features.counts]),
          JSON.stringify(doc.features.years),
          doc.features.published,
          JSON.stringify(doc.indexTerms),
        );
        for (const term of doc.features.counts.keys()) s.df.run(term);
        let storySeq: number;
        let kind: StoryEvent['kind'];
        if (storyId == null || s.storySeq.get(storyId) === undefined) {
          const placeholder = randomUUID();
          storySeq = Number(s.newStory.run(placeholder, c.title ?? '', at, at, doc.time).lastInsertRowid);
          storyId = s.nameStory.get(storySeq) as string;
          kind = 'created';
        } else {
          storySeq = s.storySeq.get(storyId) as number;
          s.touchStory.run(at, doc.time, storySeq);
          kind = 'joined';
        }
        s.addMember.run(docSeq, storySeq, at);
        if (refine) s.markRefine.run(refine.minSize, refine.growth, storySeq);
        for (const term of doc.indexTerms) s.storyTerm.run(term, storySeq, doc.time);
        s.event.run(storySeq, at, kind, id, kind === 'created' ? `story started by ${id}` : `${id} joined`);
        return { status: 'added', documentId: id, storyId, created: kind === 'created' };
      })
      .immediate();
  }

  private storyOf(documentId: string): string | null {
    const r = this.stmt.doc.get(documentId) as Row | undefined;
    return (r?.story_id as string | null) ?? null;
  }

  async storiesToRefine(): Promise<string[]> {
    return this.stmt.toRefine.all() as string[];
  }

  async splitStory(storyId: string, groups: string[][]): Promise<string[]> {
    const s = this.stmt;
    return this.db
      .transaction((): string[] => {
        const seq = s.storySeq.get(storyId) as number | undefined;
        if (seq === undefined) throw new Error(`no story ${storyId}`);
        const at = now();
        const created: string[] = [];
        for (const group of groups) {
          const seqs = group
            .map((id) => s.docSeq.get(id) as number | undefined)
            .filter((x): x is number => x !== undefined);
          if (!seqs.length) continue;
          const times = seqs.map((d) => s.timeOf.get(d) as number);
          const first = this.stmt.doc.get(group[0]!) as Row;
          const newSeq = Number(
            s.newStory.run(randomUUID(), (first.title as string | null) ?? '', at, at, Math.max(...times))
              .lastInsertRowid,
          );
          const newId = s.nameStory.get(newSeq) as string;
          for (const [k, d] of seqs.entries()) {
            s.moveMember.run(newSeq, d, seq);
            for (const term of JSON.parse(s.indexTermsOf.get(d) as string) as string[])
              s.storyTerm.run(term, newSeq, times[k]!);
          }
          s.recount.run(at, newSeq);
          s.refined.run(newSeq);
          s.event.run(
            newSeq,
            at,
            'split',
            group[0]!,
            `split from ${storyId}: ${group.length} report${group.length === 1 ? '' : 's'} (${group.slice(0, 5).join(', ')}${group.length > 5 ? ', …' : ''})`,
          );
          s.event.run(
            seq,
            at,
            'split',
            group[0]!,
            `${group.length} report${group.length === 1 ? '' : 's'} moved to ${newId}, a look-alike event`,
          );
          created.push(newId);
        }
        if (created.length) s.recount.run(at, seq);
        s.refined.run(seq);
        return created;
      })
      .immediate();
  }

  async moveDocuments(documentIds: string[], to: string, documentId: string | null): Promise<string[]> {
    const s = this.stmt;
    return this.db
      .transaction((): string[] => {
        const target = s.storySeq.get(to) as number | undefined;
        if (target === undefined) throw new Error(`no story ${to}`);
        const at = now();
        const from = new Map<number, string[]>();
        for (const id of documentIds) {
          const d = s.docSeq.get(id) as number | undefined;
          if (d === undefined) continue;
          const old = s.storyOfDoc.get(d) as number | undefined;
          if (old === undefined || old === target) continue;
          s.moveMember.run(target, d, old);
          const time = s.timeOf.get(d) as number;
          for (const term of JSON.parse(s.indexTermsOf.get(d) as string) as string[])
            s.storyTerm.run(term, target, time);
          from.set(old, [...(from.get(old) ?? []), id]);
        }
        if (!from.size) return [];
        s.recount.run(at, target);
        s.touchTime.run(target);
        const emptied: string[] = [];
        const by = documentId ? ` (brought by ${documentId})` : '';
        for (const [seq, ids] of from) {
          const name = s.storyIdOf.get(seq) as string;
          s.recount.run(at, seq);
          const list = `${ids.length} report${ids.length === 1 ? '' : 's'} (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ', …' : ''})`;
          s.event.run(target, at, 'merged', documentId, `${list} from ${name}${by}`);
          s.event.run(seq, at, 'merged', documentId, `${list} moved to ${to}${by}`);
          if (!(s.memberCount.get(seq) as number)) {
            s.emptied.run(at, seq);
            s.dropTerms.run(seq);
            emptied.push(name);
          }
        }
        return emptied;
      })
      .immediate();
  }

  async dirtyStories(): Promise<string[]> {
    return this.stmt.dirty.all() as string[];
  }

  async storyDocuments(storyId: string): Promise<StoredDocument[]> {
    const seq = this.stmt.storySeq.get(storyId) as number | undefined;
    if (seq === undefined) return [];
    return (this.stmt.storyDocs.all(seq) as Row[]).map(toDocument);
  }

  async saveAnalysis(storyId: string, story: Story, events: StoryEvent[]): Promise<void> {
    const s = this.stmt;
    this.db
      .transaction(() => {
        const seq = s.storySeq.get(storyId) as number | undefined;
        if (seq === undefined) throw new Error(`no story ${storyId}`);
        const version = (s.lastVersion.get(seq) as number) + 1;
        const at = now();
        s.addAnalysis.run(seq, version, at, JSON.stringify(story));
        // the mark stays when members changed since the analysis read them (another process placed a report)
        const members = s.memberIds.all(seq, -1) as string[];
        const covered = new Set(story.documents);
        const current = members.length === covered.size && members.every((m) => covered.has(m));
        s.analysed.run(story.title, story.claims.length, story.disputes.length, current ? 0 : 1, at, at, seq);
        for (const e of events) s.event.run(seq, e.at, e.kind, e.documentId, e.detail);
      })
      .immediate();
  }

  async latestAnalysis(storyId: string): Promise<Analysis | null> {
    const seq = this.stmt.storySeq.get(storyId) as number | undefined;
    if (seq === undefined) return null;
    const r = this.stmt.latest.get(seq) as Row | undefined;
    return r ? toAnalysis(r) : null;
  }

  async analysisHistory(storyId: string): Promise<Analysis[]> {
    const seq = this.stmt.storySeq.get(storyId) as number | undefined;
    if (seq === undefined) return [];
    return (this.stmt.history.all(seq) as Row[]).map(toAnalysis);
  }

  async storyEvents(storyId: string): Promise<StoryEvent[]> {
    const seq = this.stmt.storySeq.get(storyId) as number | undefined;
    if (seq === undefined) return [];
    return (this.stmt.events.all(seq) as Row[]).map((r) => ({
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
    if (query.since) {
      where.push('s.updated_at >= ?');
      params.push(new Date(query.since).toISOString());
    }
    where.push('s.documents > 0');
    if (query.disputed) where.push('s.disputes > 0');
    for (const word of (query.q ?? '').split(/\s+/).filter(Boolean)) {
      const like = `%${word.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      where.push(`(s.title LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM story_members m2 JOIN documents d2 ON d2.seq = m2.document_seq
        WHERE m2.story_seq = s.seq AND (d2.title LIKE ? ESCAPE '\\' OR d2.clean_text LIKE ? ESCAPE '\\')))`);
      params.push(like, like, like);
    }
    const sql = `SELECT s.id, s.title, s.documents, s.claims, s.disputes, s.created_at, s.updated_at, s.analyzed_at,
      (SELECT json_group_array(DISTINCT d.source) FROM story_members m JOIN documents d ON d.seq = m.document_seq
       WHERE m.story_seq = s.seq) AS sources
      FROM stories s ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY s.updated_at DESC, s.seq DESC LIMIT ?`;
    const rows = this.db.prepare(sql).all(...params, query.limit ?? -1) as Row[];
    return rows.map((r) => ({
      id: r.id as string,
      title: r.title as string,
      documents: r.documents as number,
      claims: r.claims as number,
      disputes: r.disputes as number,
      createdAt: r.created_at as string,
      updatedAt: r.updated_at as string,
      analyzedAt: (r.analyzed_at as string | null) ?? null,
      sources: (JSON.parse((r.sources as string | null) ?? '[]') as Array<string | null>)
        .filter((x): x is string => !!x)
        .sort(),
    }));
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const r = this.stmt.doc.get(id) as Row | undefined;
    return r ? toDocument(r) : null;
  }

  async allDocuments(): Promise<StoredDocument[]> {
    return (this.stmt.allDocs.all() as Row[]).map(toDocument);
  }

  async counts(): Promise<{ documents: number; stories: number; analyses: number }> {
    return this.stmt.counts.get() as { documents: number; stories: number; analyses: number };
  }

  async getFetchState(url: string): Promise<Conditional | null> {
    const r = this.stmt.getFetch.get(url) as Row | undefined;
    return r
      ? { etag: (r.etag as string | null) ?? null, lastModified: (r.last_modified as string | null) ?? null }
      : null;
  }

  async putFetchState(url: string, st: FetchStateRecord): Promise<void> {
    this.stmt.putFetch.run(url, st.etag, st.lastModified, st.status, st.fetchedAt);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
