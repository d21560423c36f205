/** The HTML report and the local web app (`corroborate serve`). */
export const webSettings = {
  /**
   * Rows of a story's coverage matrix (disputed claims first, then corroborated ones). Beyond a few
   * dozen rows the table stops being readable at 1280 px and its cells dominate the file size on large
   * batches (1,000 ECB+ reports: the matrices were 1.6 MB of a 9.9 MB file).
   */
  matrixMaxRows: 40,
  /** Characters of a claim statement shown in a matrix row header (the full quote is one click away). */
  matrixStatementChars: 120,
  /**
   * Claims listed open per list (corroborated, single-source); the rest sit folded in a <details>.
   * The seeds alone give ~100 single-source claims: an open list buries the entities and timeline.
   */
  claimsShown: 12,
  /** Port `corroborate serve` binds when none is given (0 lets the system pick a free one). */
  defaultPort: 8080,
  /** Address `corroborate serve` binds by default: loopback only, never the network. */
  defaultHost: '127.0.0.1',
} as const;

/** `corroborate serve --db`: the web app over the store. */
export const liveWebSettings = {
  /**
   * How often the server looks at the store for changes to push as server-sent events. The writer
   * (ingest, watch) is another process; SQLite has no cross-process notification, and one indexed
   * query a second costs nothing.
   */
  pollMs: 1_000,
  /** SSE comment sent this often so proxies and browsers keep the stream open. */
  keepAliveMs: 15_000,
  /** Stories listed on the page and returned by /api/stories when no limit is asked. */
  listLimit: 500,
};
