/**
 * Versioned schema migrations of the PostgreSQL store, mirroring src/store/migrations.ts (SQLite) table
 * for table and column for column: the same names, so the two implementations read alike. The version
 * applied is kept in `corroborate_schema`; migrations run under a transaction-level advisory lock, so
 * many workers starting at once migrate once. Append new migrations; never edit one that has shipped.
 */
import type { Migration } from './migrations.js';

export const pgMigrations: Migration[] = [
  {
    version: 1,
    name: 'documents, stories, analyses, events, terms, fetch state',
    sql: `
CREATE TABLE documents (
  seq          BIGSERIAL PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  url          TEXT UNIQUE,
  content_hash TEXT NOT NULL UNIQUE,
  input        TEXT NOT NULL,
  format       TEXT NOT NULL,
  source       TEXT,
  title        TEXT,
  published    TEXT,
  byline       TEXT,
  language     TEXT,
  raw_text     TEXT NOT NULL,
  clean_text   TEXT NOT NULL,
  removed_json TEXT NOT NULL,
  time_ms      BIGINT NOT NULL,
  ingested_at  TEXT NOT NULL
);

CREATE TABLE document_features (
  document_seq BIGINT PRIMARY KEY REFERENCES documents(seq),
  counts_json  TEXT NOT NULL,
  years_json   TEXT NOT NULL,
  published_ms BIGINT,
  index_terms_json TEXT NOT NULL
);

CREATE TABLE stories (
  seq          BIGSERIAL PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  title        TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  last_time_ms BIGINT NOT NULL,
  documents    INTEGER NOT NULL DEFAULT 0,
  claims       INTEGER NOT NULL DEFAULT 0,
  disputes     INTEGER NOT NULL DEFAULT 0,
  needs_analysis INTEGER NOT NULL DEFAULT 1,
  analyzed_at  TEXT,
  needs_refine INTEGER NOT NULL DEFAULT 0,
  refined_size INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stories_updated ON stories(updated_at);
CREATE INDEX stories_dirty ON stories(needs_analysis) WHERE needs_analysis = 1;
CREATE INDEX stories_refine ON stories(needs_refine) WHERE needs_refine = 1;

CREATE TABLE story_members (
  document_seq BIGINT PRIMARY KEY REFERENCES documents(seq),
  story_seq    BIGINT NOT NULL REFERENCES stories(seq),
  added_at     TEXT NOT NULL
);
CREATE INDEX story_members_story ON story_members(story_seq, document_seq);

CREATE TABLE story_terms (
  term         TEXT NOT NULL,
  story_seq    BIGINT NOT NULL REFERENCES stories(seq),
  last_time_ms BIGINT NOT NULL,
  PRIMARY KEY (term, story_seq)
);
CREATE INDEX story_terms_time ON story_terms(term, last_time_ms);

CREATE TABLE terms (
  term TEXT PRIMARY KEY,
  df   INTEGER NOT NULL
);

CREATE TABLE analyses (
  seq          BIGSERIAL PRIMARY KEY,
  story_seq    BIGINT NOT NULL REFERENCES stories(seq),
  version      INTEGER NOT NULL,
  analyzed_at  TEXT NOT NULL,
  story_json   TEXT NOT NULL,
  UNIQUE (story_seq, version)
);

CREATE TABLE story_events (
  seq          BIGSERIAL PRIMARY KEY,
  story_seq    BIGINT NOT NULL REFERENCES stories(seq),
  at           TEXT NOT NULL,
  kind         TEXT NOT NULL,
  document_id  TEXT,
  detail       TEXT NOT NULL
);
CREATE INDEX story_events_story ON story_events(story_seq, seq);

CREATE TABLE fetch_state (
  url           TEXT PRIMARY KEY,
  etag          TEXT,
  last_modified TEXT,
  status        TEXT NOT NULL,
  fetched_at    TEXT NOT NULL
);

-- The number of documents stored (SQLite reads it from sqlite_sequence; a PostgreSQL sequence has gaps
-- after rollbacks, and the analysis schedule runs on exact multiples of the count).
CREATE TABLE store_counts (
  name  TEXT PRIMARY KEY,
  value BIGINT NOT NULL
);
INSERT INTO store_counts (name, value) VALUES ('documents', 0);
`,
  },
  {
    version: 2,
    name: 'placement version: regroupings counted',
    sql: `
-- Splits and merges of stories, counted, and each story's last (the count then): a placement decision
-- made outside the placement lane is made again when one of its candidates was regrouped since it read
-- the store (src/store/postgres.ts, placementChanges).
INSERT INTO store_counts (name, value) VALUES ('regroupings', 0) ON CONFLICT (name) DO NOTHING;
ALTER TABLE stories ADD COLUMN regrouped BIGINT NOT NULL DEFAULT 0;
`,
  },
  {
    version: 3,
    name: 'addDocument in one round trip',
    sql: `
-- addDocument (src/store/postgres.ts) as one statement: the grouping lock, the duplicate and id checks,
-- the document with its features, counts and term frequencies, and the story joined or started with its
-- member, term index and event, in the statement's own transaction. The same statements the store sent
-- one round trip each before; placement is one lane across all workers (src/queue), and its cost is
-- mostly round trips. Tables are found on the caller's search_path (the store's schema). Each statement
-- below takes its own snapshot after the lock, so it sees every transaction that held the lock before.
CREATE OR REPLACE FUNCTION corroborate_add_document(
  p_id TEXT, p_base TEXT, p_url TEXT, p_hash TEXT, p_input TEXT, p_format TEXT, p_source TEXT, p_title TEXT,
  p_published TEXT, p_byline TEXT, p_language TEXT, p_raw TEXT, p_clean TEXT, p_removed TEXT,
  p_time BIGINT, p_at TEXT, p_counts TEXT, p_years TEXT, p_published_ms BIGINT, p_index_json TEXT,
  p_terms TEXT[], p_index TEXT[], p_story TEXT, p_refine_min INTEGER, p_refine_growth FLOAT8)
RETURNS TABLE (status TEXT, document_id TEXT, story_id TEXT, created BOOLEAN, count BIGINT)
LANGUAGE plpgsql VOLATILE AS $fn$
#variable_conflict use_column
DECLARE
  v_dup TEXT;
  v_id TEXT := p_id;
  v_k INTEGER := 2;
  v_seq BIGINT;
  v_count BIGINT;
  v_story BIGINT;
  v_story_id TEXT;
  v_created BOOLEAN := false;
BEGIN
  PERFORM pg_advisory_xact_lock(${0x436f72}, 2);
  IF p_url IS NOT NULL THEN
    SELECT d.id INTO v_dup FROM documents d WHERE d.url = p_url;
  END IF;
  IF v_dup IS NULL THEN
    SELECT d.id INTO v_dup FROM documents d WHERE d.content_hash = p_hash;
  END IF;
  IF v_dup IS NOT NULL THEN
    RETURN QUERY SELECT 'duplicate'::TEXT, v_dup,
      (SELECT s.id FROM documents d JOIN story_members m ON m.document_seq = d.seq
       JOIN stories s ON s.seq = m.story_seq WHERE d.id = v_dup), false, NULL::BIGINT;
    RETURN;
  END IF;
  WHILE EXISTS (SELECT 1 FROM documents d WHERE d.id = v_id) LOOP
    v_id := p_base || '~' || v_k;
    v_k := v_k + 1;
  END LOOP;
  INSERT INTO documents (id, url, content_hash, input, format, source, title, published, byline, language,
    raw_text, clean_text, removed_json, time_ms, ingested_at)
  VALUES (v_id, p_url, p_hash, p_input, p_format, p_source, p_title, p_published, p_byline, p_language,
    p_raw, p_clean, p_removed, p_time, p_at)
  RETURNING seq INTO v_seq;
  INSERT INTO document_features (document_seq, counts_json, years_json, published_ms, index_terms_json)
  VALUES (v_seq, p_counts, p_years, p_published_ms, p_index_json);
  UPDATE store_counts SET value = value + 1 WHERE name = 'documents' RETURNING value INTO v_count;
  -- sorted by the caller: concurrent upserts take row locks in one order (no deadlocks)
  INSERT INTO terms (term, df) SELECT t, 1 FROM unnest(p_terms) t
  ON CONFLICT (term) DO UPDATE SET df = terms.df + 1;
  IF p_story IS NOT NULL THEN
    -- joining: the story's row; its refine mark as the store's policy says at its new size
    UPDATE stories SET updated_at = p_at, last_time_ms = GREATEST(last_time_ms, p_time),
      documents = documents + 1, needs_analysis = 1,
      needs_refine = CASE WHEN p_refine_min IS NOT NULL AND documents + 1 >= p_refine_min
                               AND documents + 1 >= refined_size * p_refine_growth THEN 1
                          ELSE needs_refine END
    WHERE id = p_story RETURNING seq, id INTO v_story, v_story_id;
  END IF;
  IF v_story IS NULL THEN
    -- starting a story (none asked, or the one asked is gone): its id from the sequence
    v_story := nextval(pg_get_serial_sequence('stories', 'seq'));
    INSERT INTO stories (seq, id, title, created_at, updated_at, last_time_ms, documents, needs_analysis, needs_refine)
    VALUES (v_story, 'story-' || v_story, COALESCE(p_title, ''), p_at, p_at, p_time, 1, 1,
      CASE WHEN p_refine_min IS NOT NULL AND 1 >= p_refine_min THEN 1 ELSE 0 END)
    RETURNING id INTO v_story_id;
    v_created := true;
  END IF;
  INSERT INTO story_members (document_seq, story_seq, added_at) VALUES (v_seq, v_story, p_at);
  INSERT INTO story_terms (term, story_seq, last_time_ms) SELECT t, v_story, p_time FROM unnest(p_index) t
  ON CONFLICT (term, story_seq) DO UPDATE SET last_time_ms = GREATEST(story_terms.last_time_ms, excluded.last_time_ms);
  INSERT INTO story_events (story_seq, at, kind, document_id, detail)
  VALUES (v_story, p_at, CASE WHEN v_created THEN 'created' ELSE 'joined' END, v_id,
    CASE WHEN v_created THEN 'story started by ' || v_id ELSE v_id || ' joined' END);
  RETURN QUERY SELECT 'added'::TEXT, v_id, v_story_id, v_created, v_count;
END
$fn$;
`,
  },
];

export const PG_SCHEMA_VERSION = pgMigrations[pgMigrations.length - 1]!.version;
