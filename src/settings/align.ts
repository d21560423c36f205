/** Aligning what outlets say into claims, and finding disputes. */
export const alignSettings = {
  /** Two clauses from different reports state the same fact when each is the other's closest and their TF-IDF
   * cosine reaches this (0.16 merged a seed single-source fact; 0.2–0.28 keep all six apart). */
  sameClaim: 0.3,
  /** Clauses that share no predicate class ("held separate meetings" / "the delegation led by") state one fact only
   * when they are this close (near copies of one sentence). */
  sameClaimWithoutPredicate: 0.6,
  /** A verb of starting before another verb ("started rolling", "began to fall") is no act a claim states: two clauses
   * do not share "start" by it (twenty-first session). */
  aspectualStart: true,
  /** A clause opened by a condition ("If so, that blows the offers out of the water") says what would happen: its
   * modality is "possible", and it states no fact a plain clause states (twenty-first session). */
  conditionalModal: true,
  /** Two clauses that each give a figure in one unit, none of one the value of any of the other's ("the conservatives'
   * popularity at 20.6 percent" / "83.3 percent of Greeks were unhappy"), do not state one fact (twenty-second
   * session). */
  unitFiguresApart: true,
  /** A verb joined by "and", "but" or "or" after a value does not govern it where a verb stands before it ("struck the
   * bank at about 18:40 and sent a mayday call": the striking's time). Twenty-third session. */
  coordinatedVerbAfter: true,
  /** Clauses that share no predicate class but the same verb outside the lexicon, done to or by one name ("re-hired
   * attorney Shawn Holley" twice), state one fact when they are this close: a bare verb has many senses ("held on to
   * the lead" / "holds the all-time record"), so it asks more shared wording than a class does. Read on the claims it
   * adds (twelfth session): at 0.3 about one in ten of them was wrong on the development corpora and the unlabelled ECB+
   * stories, at 0.45 one in about fifty. */
  sameClaimSharedVerb: 0.45,
  /** Two clauses in the first person (quotations) state one thing when they share a run of this many words in a row:
   * quoting one speaker is giving the same words ("I want to be remembered as the woman who …" / "I want people to
   * remember me as I was" share "I want"; "does not take the step into the void" / "to not take the step into the
   * void", one quotation translated twice, share seven). */
  sameQuotedRun: 5,
  /** Clauses this close are near copies of one sentence: their verbs need not be checked against each other. */
  sameClaimNearCopy: 0.8,
  /** A clause needs at least this many words to be a claim (shorter ones are headings and fragments). */
  minClaimWords: 5,
  /** Statements in the Markdown and HTML views are cut to this many characters. */
  maxStatementChars: 300,
  /** Two facts of one slot (a count, a date, who did it, yes/no, a list) from two reports are the same fact when
   * they share a predicate class and the concepts of their clauses, the value left out, are at least this
   * similar (TF-IDF cosine), each the other's closest. Chosen leave-one-corpus-out: docs/decisions.md. */
  sameNumberFact: 0.15,
  sameDateFact: 0.35,
  /** Amounts with a unit but no counted thing (€, %, km) need more shared context than a count of a named thing. */
  sameAmountFact: 0.3,
  /** A fact is lined up with its closest counterpart only when that one is closer by this much than any
   * counterpart with another value (else which one it answers is a guess). */
  alignMargin: 0.05,
  /** Among a fact's candidates, one whose governing predicate is of the same class ranks this much higher. */
  sameHeadBonus: 0.2,
  /** Facts whose governing predicates differ but whose clauses share a predicate class need this much more similarity. */
  looseHeadExtra: 0.15,
  sameRoleFact: 0.25,
  samePolarityFact: 0.25,
  sameListFact: 0.15,
  /** Facts whose governing predicate is of one class on both sides and stands beside the value need only this much context. */
  sameStrongFact: 0.1,
  /** Facts whose values no predicate governs ("Turnout was 58.3 percent") align only on this much of their context. */
  sameFactNoPredicate: 0.5,
  /** Durations closer than this share are the same ("six and a half years", "6.5-year"). */
  durationTolerance: 0.02,
  /** Degrees apart at which two bearings from one place are two places (135: east and west, or southwest and east;
   * not south and southeast, a rough and a finer account of one place). */
  bearingApart: 135,
  /** A time of day belongs to a date it touches or stands within this many characters of ("at 9.40 p.m. local time on Monday"). */
  clockGap: 16,
  /** A clock time away from any date is compared only when it is this precise (minutes): "at 18:42", not "in the evening". */
  clockOnlyMaxMinutes: 90,
  /** Dates written without their year ("June 24") are compared only between reports published within this many days. */
  yearlessDateDays: 60,
  /** Series words ("the earlier meeting", "the second round") count within this many characters of the value. */
  seriesReach: 30,
  /** A series word past a word that opens another clause ("at around 11 p.m., when the first servers stopped
   * responding") marks that clause's noun, not the value. Twenty-third session. */
  seriesOwnClause: true,
  /** A tally the later report gives as of its own time ("have now died", "the toll rose to"), above the earlier
   * report's figure, has risen since: an update, no dispute. Twenty-third session. */
  tallyRisen: true,
  /** People of two kinds counted by one figure ("112 passengers and crew") are counted as people. Twenty-third
   * session. */
  peopleJoined: true,
  /** Two figures of a state both told in the past ("was carrying 140 people when it struck") are the state at the
   * event, not updates a day apart. Twenty-third session. */
  pastStatesAtEvent: true,
  /** Two measures taken from two named points ("four kilometres from the finish" / "at the 38-kilometre mark") do
   * not contradict. Twenty-third session. */
  measuredFromPoint: true,
  /** A place named with and without the word of its administrative area ("the Žarny mine in Kolmar Province" / "a
   * Kolmar hillside") is one place when facts are told apart by where they happened. Twenty-fourth session. */
  adminAreaPlace: true,
  /** A verb before "from" and a home ("forced from their homes", "taken from their homes") is an evacuation, whatever
   * the verb. Twenty-fourth session. */
  displacedFromHomes: true,
  /** In a report with no publication time, two clauses that name two different months ("In May, thieves stole …" / "In
   * July, a thief stole …") state values of two times, as two different weekdays do. Twenty-fourth session. */
  monthsApart: true,
  /** People of a list may each carry an apposition or a clause of "who" ("Emil Safar, the founder of Dornvald, and Lena
   * Oster"). Twenty-third session. */
  appositiveListMembers: true,
  /** A figure in a clause of "when" after a noun phrase a series word marks ("the latest riots overnight, when youths
   * attacked two banks") carries that mark. Twentieth session. */
  seriesWhenClause: true,
  /** A figure whose clause is dated by a bare year that ended well before the other report was published ("roughly in
   * line with the 1.6% rejected in 2022") is background, as one dated by a day or a month is. Twenty-fourth session. */
  pastYearBackground: true,
  /** One named person's time to the second is one fact whatever verb tells it ("Amsel crossed the line in 2:06:41" /
   * "Amsel stormed to victory in 2:06:14"), as a person's age is. Twenty-fourth session. */
  timedSubject: true,
  /** Two spans, one under a day and one of a day or more ("ran 2:06:41" / "a record that had stood for seven years"),
   * measure two different things. Twenty-fourth session. */
  durationScales: true,
  /** A series word before a time noun in the plural ("over the next three years", "the last two decades") is a time,
   * as before one in the singular ("last night"). Twenty-fourth session. */
  pluralTimeNouns: true,
  /** A clause that opens by telling of an earlier occasion than the story's ("Four years ago, 46.8 percent … turned
   * out") is no corroboration of one that does not, where their figures of one unit differ as written ("Only about
   * 41 percent … turned out"). Twenty-fourth session. */
  pastOccasionApart: true,
  /** A modal word ("could", "if", "would") makes a value a possibility within this many tokens before it. */
  modalReach: 6,
  /** A value its own clause dates more than this many days before the other report was published ("In January,
   * five cables were cut", in a December report) is background, not a rival account of the story's event
   * (news reports an event within days; two weeks leaves room for late follow-ups). */
  backgroundDays: 14,
  /** Counts of a state (missing, in hospital) in reports published this many hours apart are two moments. */
  stateUpdateHours: 12,
  /** Interval ends closer than this share are equal (rounding in the text). */
  intervalTolerance: 0.001,
};
