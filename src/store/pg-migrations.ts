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
];

export const PG_SCHEMA_VERSION = pgMigrations[pgMigrations.length - 1]!.version;
