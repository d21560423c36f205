/** The store (src/store) and incremental stories (src/incremental). */
export const storeSettings = {
  /** File name of the default store, under $XDG_DATA_HOME/corroborate (else ~/.local/share/corroborate). */
  defaultFileName: 'corroborate.db',
  /** A writer waits this long for another process's transaction before giving up (SQLite busy_timeout). */
  busyTimeoutMs: 5_000,
  /** Bound parameters per statement (SQLite's limit is 32,766; IN lists are cut into chunks of this). */
  maxSqlParams: 900,
};

export const incrementalSettings = {
  /**
   * A report is compared only with stories that have a document within this many days of it (by
   * publication time, else ingest time): the candidate set stays bounded as the store grows.
   */
  windowDays: 30,
  /** Terms of a report that look up candidate stories: its highest-weighted (TF-IDF) terms. */
  indexTerms: 40,
  /** Candidate stories compared in full (the most terms shared first). */
  candidateStories: 12,
  /** Latest members of a candidate story a new report is compared with (average-link over them). */
  membersCompared: 8,
  /**
   * A report joins the candidate story with the highest average similarity when it reaches this;
   * otherwise it starts a story. Low on purpose, like the batch's mergeThreshold (0.08): it gathers a
   * topic, and the refine step (src/story's split) separates look-alike events. ECB+ stream F1 by
   * threshold in docs/decisions.md.
   */
  joinThreshold: 0.1,
  /**
   * A report that joins a story and is as similar (≥ `joinThreshold`) to another candidate story links
   * them; the two merge when their compared members are similar on average at `joinThreshold` too (the
   * batch's average link would have merged them).
   */
  mergeLinked: true,
  /**
   * Refining a story regroups it together with the stories linked to it (their latest members similar
   * to its own on average at `joinThreshold`), so a part split off early, or a story started by a report
   * that just missed, can come back as the batch grouping would have it.
   */
  refineLinked: true,
  /** A story is first checked for look-alike events (src/story's groupStories on its members) at this size… */
  refineMinSize: 12,
  /** …and again each time it has grown by this factor (so a story of n reports is checked O(log n) times). */
  refineGrowth: 1.25,
  /**
   * The 5-gram containment test for copies runs only on pairs at least this similar by cosine: a copy
   * shares nearly all its terms (cosine far above this), and shingling every member would cost more than
   * the rest of placing a report.
   */
  copyCosineFloor: 0.5,
  /** Parsed features of stored documents kept in memory between reports (most recently compared). */
  memberCacheSize: 5_000,
  /**
   * A stored document's TF-IDF vector is kept and reused until the store has grown by this share since it
   * was weighted (IDF moves slowly; re-weighting every member for every report was most of the cost).
   */
  vectorRefresh: 0.1,
  /** Shingle sets of stored documents kept in memory between reports (most recently compared). */
  shingleCacheSize: 5_000,
  /** Stories re-analysed after this many new reports during one long ingest (and always at its end). */
  analyzeEvery: 200,
};

export type IncrementalSettings = typeof incrementalSettings;
