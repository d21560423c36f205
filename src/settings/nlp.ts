/** Understanding sentences. */
export const nlpSettings = {
  /** A token found further than this past the previous one is a tokeniser oddity and is dropped. */
  maxTokenGap: 40,
  /** A line at least this long that ends without a stop continues on the next line (a wrapped sentence);
   * shorter unfinished lines are headings. */
  wrappedLineMinChars: 60,
  /** Two surnames within this edit distance are one name when at least `typoMinLength` long (Zelensky/Zelesnkyy). */
  typoMaxDistance: 2,
  typoMinLength: 6,
  /** Text shorter than this in characters has too little context for attribution of a bare pronoun. */
  minSentenceChars: 3,
};
