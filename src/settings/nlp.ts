/** Natural-language annotation (src/nlp). */
export const nlpSettings = {
  /**
   * Longest edit distance (Damerau) allowed when merging two name tokens as typos of one another, by
   * token length: short names differ by one letter and are distinct people (Kim/Lim), long ones carry typos.
   */
  typoDistance(length: number): number {
    if (length >= 12) return 2;
    if (length >= 7) return 1;
    return 0;
  },
  /** Longest capitalised run taken as one name: longer runs are headlines in title case, not names. */
  maxNameTokens: 6,
};
