/** Quantities, durations and times as intervals. */
export const quantSettings = {
  /** A number joined by a hyphen to a noun counts that noun, not the noun the compound qualifies ("an 86-yard
   * touchdown run" counts yards; "a 200-page report" pages). Twentieth session. */
  hyphenCompoundCounts: true,
  /** A unit of measure after a number is what it counts, whatever noun follows ("226 yards rushing" counts yards, not
   * "rushing"). Twenty-second session. */
  unitIsHead: true,
  /** A plural noun after a number is its head, not a modifier of a noun after it ("cut the lead to 3 points midway
   * through" counts points), save nouns only written in the plural ("two sales executives"). Twenty-third session. */
  pluralHead: true,
  /** A plural after a scale word is what the figure counts, whatever the tagger calls it ("35 million larks", tagged a
   * verb). Twenty-third session. */
  scaledPlural: true,
  /**
   * Most thousands groups a number may have ("1,000,000,000,000,000,000" = 6). Bounds the amount patterns
   * so they cannot backtrack over a long "000, 000, …" chain (quadratic); no report counts past 10^21.
   */
  maxThousandsGroups: 6,
  /** "approximately/about/around N" allows N ± this share: reporters round to the nearest 10%. */
  approximateMargin: 0.15,
  /**
   * An exact figure in millions or more ("$80 million") stands for what rounds to it, but never more than this share
   * either way: a reporter rounds a $82 million contract to "$80 million", not a $95 million one to "$100 million".
   */
  roundShare: 0.05,
  /** "nearly/almost N" allows [N·(1−m), N]. */
  nearlyMargin: 0.15,
  /** "as many as / up to N" allows [N·this, N]: an upper bound that still implies a sizeable number. */
  upToLowShare: 0.5,
  /** "more than / at least N" has no stated upper bound. */
  openUpper: Number.POSITIVE_INFINITY,
  /** "just over N" allows [N, N·(1+this)]; "just under" the mirror. */
  justMargin: 0.5,
  /** Vague amounts as intervals. */
  vague: {
    dozens: [24, 99],
    scores: [40, 199],
    hundreds: [200, 999],
    thousands: [2000, 9999],
    'tens of thousands': [20000, 99999],
    'hundreds of thousands': [200000, 999999],
    millions: [2000000, 9999999],
    several: [3, Number.POSITIVE_INFINITY],
    'a few': [2, 5],
    few: [2, 5],
    'a couple of': [2, 3],
    many: [5, Number.POSITIVE_INFINITY],
    numerous: [5, Number.POSITIVE_INFINITY],
  } as Record<string, [number, number]>,
  /** A time to the second after a word that makes it how long something took ("in 2:06:41", "a time of 2:06:41") is a
   * duration, and durations one after another in falling units ("2 hours 6 minutes 41 seconds") are one, their sum.
   * Twenty-fourth session. */
  raceTimes: true,
  /** "A metre", "a mile" after a qualifier or "by" ("rising by just over a metre", "nearly a mile") is one of the
   * unit. Twenty-fourth session. */
  articleUnit: true,
  /** A share of a scale word is that share of it ("half a billion" is 500 million, "a quarter of a million" 250,000),
   * not the scale word alone. Twenty-fourth session. */
  scaleShare: true,
  /** Numbers 1800–2100 written without a separator and not followed by a counted noun are years, not counts. */
  yearRange: [1800, 2100] as [number, number],
  /** "by the end of <month>" covers this last share of the month when the reference lies after its start. */
  endOfMonthShare: 1 / 3,
  /** "days prior/ago/earlier" without a number: between 1 and this many days before the reference. */
  fewDaysMax: 7,
};
