/** Aligning what outlets say into claims, and finding disputes. */
export const alignSettings = {
  /** Two clauses from different reports state the same fact when each is the other's closest and their TF-IDF
   * cosine reaches this (0.16 merged a seed single-source fact; 0.2–0.28 keep all six apart). */
  sameClaim: 0.22,
  /** Quantities of the same counted thing are compared when their clauses are at least this similar (and each other's closest). */
  sameQuantityContext: 0.3,
  /** A clause with more figures than this is a list of statistics, not one comparable fact. */
  maxQuantitiesPerClause: 2,
  /** Dated clauses are compared for a date dispute only when at least this similar (the same event). */
  sameDatedEvent: 0.5,
  /** A clause needs at least this many words to be a claim (shorter ones are headings and fragments). */
  minClaimWords: 5,
  /** Statements in the Markdown and HTML views are cut to this many characters. */
  maxStatementChars: 300,
  /** Interval ends closer than this share are equal (rounding in the text). */
  intervalTolerance: 0.001,
};
