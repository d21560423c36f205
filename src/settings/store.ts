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
   * otherwise it starts a story. Higher than the batch's mergeThreshold (0.08), which relies on a later
   * split step that a stream cannot take. Measured on ECB+ in docs/decisions.md.
   */
  joinThreshold: 0.16,
  /** Stories re-analysed after this many new reports during one long ingest (and always at its end). */
  analyzeEvery: 200,
};

export type IncrementalSettings = typeof incrementalSettings;
