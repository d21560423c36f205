/** HTML article extraction (src/ingest/html): thresholds, each with the reason for its value. */
export const htmlSettings = {
  /**
   * Pages longer than this (UTF-16 chars) are cut before parsing: no article page needs more, and the
   * DOM of a 50 MB page would stall the batch. The article body almost always sits in the first few MB.
   */
  maxHtmlChars: 8 * 1024 * 1024,
  /** Readability gives up (and we fall back) beyond this many elements; bounds time on huge pages. */
  maxElemsToParse: 60_000,
  /** Readability's own minimum article length (its default, 500): below it, it retries with looser rules. */
  readabilityCharThreshold: 500,
  /**
   * Below this many characters of body text the Readability result counts as "too little" and the
   * fallbacks (JSON-LD articleBody, largest text block) are tried; a news brief is rarely shorter.
   */
  minBodyChars: 250,
  /**
   * A furniture element (by class/id vocabulary) is NOT removed when it holds more than this share of
   * the page's text: a wrapper called e.g. "post-share-wrapper" around the whole article is not furniture.
   */
  maxFurnitureShare: 0.4,
  /**
   * ... nor when it holds at least this many characters of paragraph prose (<p> of 80+ chars, mostly not
   * links): furniture (menus, share bars, related lists, cookie notes) is short or link text, while some
   * sites wrap the article itself in an <aside>, a role=dialog or an "ad-container".
   */
  furnitureProseChars: 400,
  /**
   * Readability is skipped (fallbacks only) on element trees deeper than this: its scoring grows
   * super-linearly with depth (11 s at depth 1000), and real article pages stay well under 100 levels.
   */
  maxReadabilityDepth: 250,
  /**
   * Final text shorter than this is not an article (leftover menu words, "Loading..."): we return ''
   * and the caller reports `no-article`. The shortest news briefs run to a few sentences.
   */
  minArticleChars: 80,
  /** Removal records keep at most this many characters of the dropped text. */
  maxRemovalChars: 200,
  /** A fallback text block must have at least this many characters to be taken as the article. */
  minFallbackChars: 200,
} as const;
