/** Understanding sentences. */
export const nlpSettings = {
  /** A token found further than this past the previous one is a tokeniser oddity and is dropped. */
  maxTokenGap: 40,
  /** Apostrophes printed spaced ("didn ’ t", "It ’ s", as wire copy in ECB+ does) are read as the unspaced forms: "did"
   * and the negation "n't", one clitic token "’ s". Twenty-second session. */
  spacedClitics: true,
  /** After a comma, a verb of saying puts its speaker after it, a title between (", said DA spokesman Gregg
   * Miliote"): that name is who says it, not a name before the comma. Twenty-second session. */
  saidAfterComma: true,
  /** Parentheses after a person's name give a party or an affiliation ("Annika Lovgren (PCP)"), never an acronym's
   * definition: only names of organisations, places and things define one. Twenty-fourth session. */
  personParensNoDefinition: true,
  /** In a clause with no verb, a word in "-ed" the tagger read as an adjective, between a subject and an object or a
   * figure, is the verb where English knows its stem as one ("Vehlmann plundered 500 million vells"). Twenty-fourth
   * session. */
  edVerbs: true,
  /** Words a tabloid writes in capitals for emphasis are no names: number words ("HALF A BILLION") and words English
   * knows only as describing words, never as nouns ("A GREEDY pension boss"). Twenty-fourth session. */
  shoutedWords: true,
  /** A possessive plural inside a name goes on to an organisation's cue word up to three capitalised words on
   * ("Municipal Workers' Pension Fund", "Kolmar Miners' Mutual Aid Society"). Twenty-fourth session. */
  possessiveNameToCue: true,
  /** A line at least this long that ends without a stop continues on the next line (a wrapped sentence);
   * shorter unfinished lines are headings. */
  wrappedLineMinChars: 60,
  /** Two surnames within this edit distance are one name when at least `typoMinLength` long (Zelensky/Zelesnkyy). */
  typoMaxDistance: 2,
  typoMinLength: 6,
  /** A surname alone that fits several people of a story is the one named in at least this many of its reports where
   * each of the others is named in one at most (the story's subject, not a relative named in passing). */
  principalMinReports: 3,
  /** Text shorter than this in characters has too little context for attribution of a bare pronoun. */
  minSentenceChars: 3,
  /**
   * Longest whitespace-free run wink-nlp sees; longer runs are cut into pieces of this size (src/nlp/guard.ts).
   * Its URL/e-mail/abbreviation patterns are quadratic in the run length (a 20 KB run: 4 s). Real tokens
   * (long URLs with tracking parameters) stay under ~300 characters; at 256 a 1 MB run costs about what
   * 1 MB of prose does.
   */
  maxWinkRunChars: 256,
  /**
   * A "sentence" longer than this (a table flattened onto one line, a run with no stops) is cut at a
   * token boundary. Several per-sentence steps look at the whole sentence once per number or clause, so an
   * unbounded sentence makes them quadratic (a 1 MB line of "1, 000, 000, …": 97 s). Real sentences stay
   * well under 1,000 characters.
   */
  maxSentenceChars: 2_000,
};
