/** Grouping reports into stories, and finding copied (syndicated) text. */
export const storySettings = {
  /**
   * Batch-wide pass: two clusters merge while the average cosine similarity between their documents is
   * at least this. It is set low on purpose, to gather each topic (recall); the split step below then
   * separates look-alike events. On ECB+ BCubed F1 stays at 0.93-0.94 from 0.06 to 0.12 (docs/decisions.md).
   */
  mergeThreshold: 0.08,
  /** Rounds of moving a report to the cluster it is most similar to on average (0 = off). */
  reassignRounds: 3,
  /** ...only when its average similarity there is at least this many times that to its own cluster. */
  reassignMargin: 1.2,
  /**
   * The split step (see src/story/split.ts): a cluster is cut in two when the best spectral bisection,
   * with TF-IDF recomputed inside the cluster, has a normalised cut below this. On ECB+ the two
   * look-alike events of a topic mostly cut at 0.5-0.8, while one event's reports mostly cut at 0.7-1.2;
   * F1 is 0.93-0.94 from 0.70 to 0.78 (docs/decisions.md).
   */
  splitMaxNcut: 0.75,
  /** IDF inside the cluster: smoothed as in the batch pass. (Unsmoothed ln(n/df) zeroes the words the whole topic shares, but then one event also splits: ECB+ F1 0.91 at best.) */
  splitSmoothIdf: true,
  /**
   * Inside a cluster, names, numbers and dates weigh this many times more than content words: two
   * look-alike events share the topic's vocabulary ("fire", "evacuated") but not their names and dates.
   * ECB+ dev F1: 1 → 0.944, 1.5 → 0.950, 2 → 0.952, 2.5 → 0.952, 3 → 0.947; the three disputes corpora
   * are the same at every value (docs/decisions.md).
   */
  splitNameBoost: 2,
  /**
   * A split is not made when both parts date their event to the same year: a year named by at least this
   * share of each part's headlines + ledes (0 = off). Look-alike events are told apart by their dates; two
   * groups of one year are one event told two ways (the suspect named or not; the crime and the charge).
   * ECB+ 772: 0.2-0.4 give the same groups, 0.5 one split less undone; the other corpora are 1 at every
   * value (docs/decisions.md).
   */
  splitSameYearShare: 0.3,
  /** Apply the time evidence (years named, publication dates) inside the split step as well. */
  splitTimeEvidence: true,
  /** Each side of a split keeps at least this many reports (a lone outlier is not a second event). */
  splitMinSize: 3,
  /** Clusters larger than this are not split (dense n x n work); no single event gets near it. */
  splitMaxSize: 1500,
  /** Power iterations for the Fiedler vector (fixed: the result is deterministic). */
  splitIterations: 200,
  /**
   * Sentences of the headline + lede that carry the event: their terms count this many times more.
   * News writing puts the who/what/where/when first; later paragraphs drift to background.
   */
  leadSentences: 3,
  leadBoost: 4,
  /**
   * The headline (the metadata or cleaned title) says what the report is about: its terms count this many
   * times more again than the lede's, so background paragraphs do not outweigh it. ECB+ dev through analyze
   * (772, no dates): 1 → 0.930, 2-3 → 0.932, 3.5-8 → 0.936-0.938; seeds, kestria, marovia stay 1 at 4
   * (docs/decisions.md). Only a metadata or cleaned title counts as a headline.
   */
  headlineBoost: 4,
  /** Extra weight of feature kinds over plain content words (proper names and numbers identify events). */
  nameBoost: 2,
  nameTokenBoost: 1.5,
  numberBoost: 1,
  countedNumberBoost: 1.5,
  yearBoost: 1.5,
  dayOfMonthBoost: 1.5,
  monthBoost: 0.5,
  weekdayBoost: 0.3,
  /**
   * When both reports name years and they share none, the similarity is multiplied by this: reports of
   * one event are written in the same year, and look-alike events (two earthquakes) usually are not.
   */
  yearMismatchFactor: 0.5,
  /**
   * When both reports carry publication dates more than `publishedGapDays` apart, the similarity is
   * multiplied by this: a story's reports (incl. follow-ups) come within weeks; a look-alike event of
   * another year does not. (ECB+ has no dates, so this is not tuned on it.)
   */
  publishedGapDays: 60,
  publishedGapFactor: 0.5,
  /**
   * A story's member whose lede dates its event more than this many days from the median event day of
   * the other members is another event and leaves the story (last year's fire, a verdict nine days
   * later); a member whose lede states no date leaves only past `publishedGapDays`. Chosen
   * leave-one-corpus-out (docs/decisions.md).
   */
  eventGapDays: 3,
  /** A lede's date without its year is the nearest such day to publication, and a day after publication is a plan
   * ("to take office on 1 January"), not the event's day. Twenty-fourth session. */
  futureDatesNoEvent: true,
  /** ...judged only when at least this many other members are dated. */
  eventMinOthers: 2,
  /**
   * Pages that report no event (src/story/features.ts `eventless`): a guide, review or explainer joins no
   * story by its words (only its near-copies share its story). A page is event-less when it has at least
   * `eventlessMinPresent` present-tense words, past-tense words under `eventlessPastShare` of its tense
   * words, second-person words ("you", "your") at least `eventlessSecondPerson` of its words, and no day
   * named ("on Tuesday", "yesterday") and no "said" / "told". docs/decisions.md, thirteenth session.
   */
  eventlessMinPresent: 10,
  eventlessPastShare: 0.2,
  eventlessSecondPerson: 0.005,
  /**
   * Candidate pairs come from an inverted index over terms that occur in at most this share of the
   * batch (and at least `minDfCap` documents): very common terms add little to a TF-IDF cosine and make
   * the pair count quadratic. Pairs below `candidateFloor` after the exact cosine are dropped.
   */
  maxDfShare: 0.1,
  minDfCap: 50,
  candidateFloor: 0.05,

  /** Copies: word n-gram shingles of this length (5 words: a shared phrase is not a shared text). */
  shingleSize: 5,
  /**
   * A report copies another when at least this share of the smaller one's shingles are in the other:
   * a republished wire story with a new headline, intro or outro, or a few edited words, keeps most of
   * its 5-grams; two reports that quote the same sentence or two share a small share.
   */
  copyContainment: 0.5,
  /** ...and they share at least this many shingles, so a two-sentence note is not a "copy" of a quote. */
  copyMinShared: 25,
  /**
   * Story grouping sets aside reports that copy another at this containment (they join the original's
   * story): many copies of one text would otherwise look like an event of their own to the split step.
   */
  groupCopyContainment: 0.8,
  /** Shingles in more documents than this are boilerplate (footers), skipped for speed. */
  copyMaxDf: 1000,
};
export type StorySettings = typeof storySettings;
