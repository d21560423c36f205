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
