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
  /**
   * `serve`: time a client has to send its complete request header. Slow-header clients (slowloris)
   * otherwise hold a socket, and the process on SIGTERM, forever; a real browser on loopback sends its
   * header in well under a second.
   */
  headersTimeoutMs: 10_000,
  /**
   * `serve`: how often Node checks the header and request timeouts (its default, 30 s, lets a slow
   * client overstay `headersTimeoutMs` by that much).
   */
  connectionsCheckMs: 1_000,
  /** `serve`: time for a whole request (header and body; the API takes no bodies). */
  requestTimeoutMs: 30_000,
  /** `serve`: an idle keep-alive connection is closed after this long (browsers reopen at no cost). */
  keepAliveTimeoutMs: 5_000,
  /** `serve`: a socket with no traffic at all for this long is destroyed. */
  socketIdleTimeoutMs: 60_000,
  /**
   * `serve` on SIGTERM/SIGINT: requests already received are answered; after this long whatever is still
   * open is closed. Under process managers' usual 30 s kill grace; the slowest page renders in ~50 ms.
   */
  drainDeadlineMs: 10_000,
  /**
   * `serve` on SIGTERM: the listener closes once no connection has arrived for this long. Connections
   * whose handshake completed before the signal are still in the kernel's backlog and Node accepts only
   * a few per event-loop turn; closing at once reset 19 of 20 such requests.
   */
  drainQuietMs: 100,
  /** `serve` on SIGTERM: the listener closes after this long even under a steady stream of connections. */
  drainAcceptMaxMs: 1_000,
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
