/**
 * Versioned schema migrations of the SQLite store. `PRAGMA user_version` holds the version applied;
 * each migration runs in its own transaction, so a store is always at one version or the next. Append
 * new migrations; never edit one that has shipped.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const migrations: Migration[] = [
  {
    version: 1,
    name: 'documents, stories, analyses, events, terms, fetch state',
    sql: `
CREATE TABLE documents (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
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
  time_ms      INTEGER NOT NULL,
  ingested_at  TEXT NOT NULL
);

CREATE TABLE document_features (
  document_seq INTEGER PRIMARY KEY REFERENCES documents(seq),
  counts_json  TEXT NOT NULL,
  years_json   TEXT NOT NULL,
  published_ms INTEGER,
  index_terms_json TEXT NOT NULL
);

CREATE TABLE stories (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  id           TEXT NOT NULL UNIQUE,
  title        TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL,
  last_time_ms INTEGER NOT NULL,
  documents    INTEGER NOT NULL DEFAULT 0,
  claims       INTEGER NOT NULL DEFAULT 0,
  disputes     INTEGER NOT NULL DEFAULT 0,
  needs_analysis INTEGER NOT NULL DEFAULT 1,
  analyzed_at  TEXT,
  -- set when the story has grown enough to be checked for look-alike events (src/incremental refine)
  needs_refine INTEGER NOT NULL DEFAULT 0,
  refined_size INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX stories_updated ON stories(updated_at);
CREATE INDEX stories_dirty ON stories(needs_analysis) WHERE needs_analysis = 1;
CREATE INDEX stories_refine ON stories(needs_refine) WHERE needs_refine = 1;

CREATE TABLE story_members (
  document_seq INTEGER PRIMARY KEY REFERENCES documents(seq),
  story_seq    INTEGER NOT NULL REFERENCES stories(seq),
  added_at     TEXT NOT NULL
);
CREATE INDEX story_members_story ON story_members(story_seq, document_seq);

-- The candidate index: which stories have a term, and the latest document time with it.
CREATE TABLE story_terms (
  term         TEXT NOT NULL,
  story_seq    INTEGER NOT NULL REFERENCES stories(seq),
  last_time_ms INTEGER NOT NULL,
  PRIMARY KEY (term, story_seq)
) WITHOUT ROWID;
CREATE INDEX story_terms_time ON story_terms(term, last_time_ms);

-- Document frequency of every grouping term over all stored documents (IDF).
CREATE TABLE terms (
  term TEXT PRIMARY KEY,
  df   INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE analyses (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  story_seq    INTEGER NOT NULL REFERENCES stories(seq),
  version      INTEGER NOT NULL,
  analyzed_at  TEXT NOT NULL,
  story_json   TEXT NOT NULL,
  UNIQUE (story_seq, version)
);

CREATE TABLE story_events (
  seq          INTEGER PRIMARY KEY AUTOINCREMENT,
  story_seq    INTEGER NOT NULL REFERENCES stories(seq),
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
`,
  },
];

export const SCHEMA_VERSION = migrations[migrations.length - 1]!.version;
