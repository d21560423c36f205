/**
 * The storage interface. Everything above src/store speaks only this: the SQLite implementation
 * (src/store/sqlite.ts) is the default, and a PostgreSQL one can follow behind the same methods (they
 * are async for that reason). Each mutating method is one transaction: it happens whole or not at all.
 */
import type { Conditional } from '../fetch/fetcher.js';
import type { FetchStateRecord } from '../fetch/index.js';
import type { Document, RawDocument } from '../model/document.js';
import type { Story } from '../model/report.js';

/** A document as stored: its clean form, the raw text it was cleaned from, and how it was found. */
export interface StoredDocument extends Document {
  rawText: string;
  contentHash: string;
  ingestedAt: string;
  storyId: string | null;
}

/** The grouping features of one document (src/story's term counts), stored once at ingest. */
export interface StoredFeatures {
  counts: Map<string, number>;
  years: number[];
  /** Publication time in ms, when known. */
  published: number | null;
}

export interface NewDocument {
  raw: RawDocument;
  clean: Document;
  /** sha256 of the whitespace-normalised raw text: the same content twice is one document. */
  contentHash: string;
  /** Normalised URL (src/store/keys.ts), or null. */
  url: string | null;
  /** ms: publication time when known, else ingest time (the story time window runs on it). */
  time: number;
  features: StoredFeatures;
  /** The terms this document is found by when later reports look for candidate stories. */
  indexTerms: string[];
}

export interface AddResult {
  /** `duplicate`: the URL or the content was already stored; nothing was written. */
  status: 'added' | 'duplicate';
  documentId: string;
  storyId: string | null;
  /** The document started a new story. */
  created: boolean;
  /** The store's document count right after this one was added (where the store reports it). */
  count?: number;
}

/**
 * The candidate search done again under the placement lane (PostgreSQL, src/queue): the candidate stories
 * found now, each with its regroupings stamp, and each one's latest members now. A decision prepared
 * outside the lane is scored again on these when they differ from those it read (`Incremental.commit`).
 */
export interface PlacementCheck {
  candidates: Candidate[];
  latest: Map<string, string[]>;
}

/** When addDocument marks the joined story for refining: at `minSize` members, then each time it grows by `growth`×. */
export interface RefinePolicy {
  minSize: number;
  growth: number;
}

export interface Candidate {
  storyId: string;
  /** How many of the asked terms the story has (within the time window). */
  shared: number;
  /**
   * The store's regroupings count when the story was last split or merged (PostgreSQL; 0: never): a
   * decision read before a split or merge of one of its candidates is counted as made again.
   */
  regrouped?: number;
}

export interface MemberFeatures extends StoredFeatures {
  documentId: string;
  text: string;
}

export type StoryEventKind =
  'created' | 'joined' | 'split' | 'merged' | 'dispute-appeared' | 'dispute-resolved';

export interface StoryEvent {
  storyId: string;
  at: string;
  kind: StoryEventKind;
  /** The report that brought it (for disputes: the newest report of the analysis that found it). */
  documentId: string | null;
  detail: string;
}

export interface StorySummary {
  id: string;
  title: string;
  documents: number;
  disputes: number;
  claims: number;
  createdAt: string;
  updatedAt: string;
  analyzedAt: string | null;
  /** Outlets (sources) of the story's documents. */
  sources: string[];
}

export interface StoryQuery {
  /** Stories updated at or after this ISO time. */
  since?: string;
  disputed?: boolean;
  /** Words that must all occur in the story's title or its documents' titles/text. */
  q?: string;
  limit?: number;
}

export interface Analysis {
  story: Story;
  analyzedAt: string;
  version: number;
}

export interface Store {
  readonly location: string;
  /** The stored document with this (normalised) URL or content hash, if any. */
  findDuplicate(url: string | null, contentHash: string): Promise<string | null>;
  hasUrl(url: string): Promise<boolean>;
  /** Documents stored, and for each term how many of them have it. */
  termStats(terms: string[]): Promise<{ documents: number; df: Map<string, number> }>;
  /** Stories that have any of the terms in a document at or after `since` (ms), most shared first. */
  candidateStories(terms: string[], since: number, limit: number): Promise<Candidate[]>;
  /** The ids of a story's latest `limit` members, newest first. */
  storyMemberIds(storyId: string, limit: number): Promise<string[]>;
  /** `storyMemberIds` of several stories at once (one round trip on PostgreSQL); stories not found or empty are left out. */
  latestMembers(storyIds: string[], limit: number): Promise<Map<string, string[]>>;
  /** The stored grouping features (and clean text) of these documents. */
  memberFeatures(documentIds: string[]): Promise<MemberFeatures[]>;
  /**
   * The candidate search (as `candidateStories`) and the candidates' latest members (as `latestMembers`,
   * `members` each) in one round trip: what a placement decision prepared outside the placement lane is
   * checked against under it (stores shared by many processes; src/queue).
   */
  placementCheck?(
    lookup: { terms: string[]; since: number; limit: number },
    members: number,
  ): Promise<PlacementCheck>;
  /**
   * Stores the document and places it: into `storyId`, or a new story when null. One transaction:
   * document, features, term counts, membership and the story's `needs analysis` mark.
   */
  addDocument(doc: NewDocument, storyId: string | null, refine?: RefinePolicy): Promise<AddResult>;
  /** Stories marked (by addDocument's policy) to be checked for look-alike events, oldest first. */
  storiesToRefine(): Promise<string[]>;
  /**
   * Moves each group of documents out of `storyId` into a new story (one transaction: stories, members,
   * term index, events; every story involved is marked for analysis) and clears the refine mark.
   * With no groups, only clears the mark. Returns the new stories' ids.
   */
  splitStory(storyId: string, groups: string[][]): Promise<string[]>;
  /**
   * Moves these documents into the existing story `to` (one transaction: members, term index, a `merged`
   * event on `to` and on each story they left, naming `documentId`, the report that brought the change);
   * every story involved is marked for analysis. A story left with no documents keeps its history but is
   * no longer listed or counted. Returns the stories left empty.
   */
  moveDocuments(documentIds: string[], to: string, documentId: string | null): Promise<string[]>;
  /** Stories whose members changed since their last analysis. */
  dirtyStories(): Promise<string[]>;
  /** The story's clean documents in the order they were stored. */
  storyDocuments(storyId: string): Promise<StoredDocument[]>;
  /** Stores an analysis (the latest; the earlier stay as history) and its events; clears the mark. */
  saveAnalysis(storyId: string, story: Story, events: StoryEvent[]): Promise<void>;
  latestAnalysis(storyId: string): Promise<Analysis | null>;
  analysisHistory(storyId: string): Promise<Analysis[]>;
  storyEvents(storyId: string): Promise<StoryEvent[]>;
  listStories(query?: StoryQuery): Promise<StorySummary[]>;
  getDocument(id: string): Promise<StoredDocument | null>;
  /** Every stored document, in the order stored. */
  allDocuments(): Promise<StoredDocument[]>;
  counts(): Promise<{ documents: number; stories: number; analyses: number }>;
  getFetchState(url: string): Promise<Conditional | null>;
  putFetchState(url: string, state: FetchStateRecord): Promise<void>;
  close(): Promise<void>;
}
