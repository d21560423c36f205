/** Cleaning: page furniture and repeated passages. */
export const cleanSettings = {
  /** A line recurring in at least this many reports of a batch may be furniture (with the zone rule below). */
  recurringMinDocuments: 3,
  /** ...and in at least this share of the batch, so a large batch's coincidences are not taken. */
  recurringMinShare: 0.2,
  /** Recurring lines longer than this are kept: long recurring text is copied article text, not furniture. */
  recurringMaxChars: 80,
  /** Lines within this many non-empty lines of the start or end of a report are in its head/tail zone. */
  edgeZoneLines: 4,
  /** A repeat must be at least this long to be collapsed: short lines ("Yes.") legitimately recur. */
  repeatMinChars: 30,
  /** Two lines whose word-trigram Jaccard similarity reaches this are near-exact repeats. */
  nearRepeatJaccard: 0.9,
  /** A teaser (a line cut off with "..." or "…") must keep at least this many characters to match its full line. */
  teaserMinChars: 25,
  /** A first line up to this long, with no final period, followed by body text, is the headline. */
  headlineMaxChars: 200,
  /** A run of at least this many size/format tokens on their own lines (XS, SM, MD, LG; A+ A-) is a widget. */
  widgetRunMinLines: 3,
  /** Items of a "Read also"/"Related" list are lines up to this long after the list heading. */
  relatedItemMaxChars: 120,
};
export type CleanSettings = typeof cleanSettings;
