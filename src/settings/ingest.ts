/** Reading inputs. */
export const ingestSettings = {
  /** Inputs larger than this are skipped: no news report is 50 MB, and such a file would stall the batch. */
  maxInputBytes: 50 * 1024 * 1024,
  /** A single document that takes longer than this to read and extract is cut off. */
  perDocumentTimeoutMs: 10_000,
  /**
   * How many inputs are read at once. Enough to keep file I/O and the HTML workers busy; small enough
   * that a folder of thousands of files never holds more than this many bodies in memory.
   */
  readAhead: 8,
  /**
   * HTML extraction workers (worker_threads). 2 = the cores of the target machine; more only adds
   * start-up cost. 0 extracts in the calling thread (then no time limit can cut a stalled page off).
   */
  htmlWorkers: 2,
  /** How many leading bytes are sniffed for binary content, gzip/UTF-16 marks and the HTML meta charset. */
  sniffBytes: 8192,
  /**
   * Without a BOM, text is taken as UTF-16 when at least this share of the even (BE) or odd (LE)
   * bytes of the sniffed window are NUL: ASCII-range text in UTF-16 has half its bytes NUL.
   */
  utf16NulShare: 0.3,
  /**
   * Invalid UTF-8 counts as "UTF-8 with a few broken bytes" (decoded with U+FFFD and a warning) rather
   * than a legacy 8-bit encoding when valid multi-byte sequences outnumber invalid bytes by this factor.
   * A legacy-encoded text has (almost) no valid multi-byte UTF-8 sequences at all.
   */
  brokenUtf8ValidPerInvalid: 4,
  /**
   * A text decoded with replacement characters (no encoding fits) is skipped as `undecodable` when more
   * than this share of its characters are U+FFFD: it is not text in any encoding we know, and reading it
   * would pass garbage on. Below this, it is read with a warning.
   */
  maxReplacementShare: 0.05,
  /** chardet confidence (0-100) below which its guess is not trusted and the text is decoded with U+FFFD. */
  chardetMinConfidence: 10,
  /** Language is detected only on bodies at least this long: trigram guesses on short text are noise. */
  minLanguageChars: 200,
  /**
   * Language detection reads at most this many characters of the body. franc's cost grows with the
   * sample (~0.9 ms at 500 chars, ~2 ms at 2,000 per document, and it dominated reading); on ECB+ a
   * 500-char sample gives the same answers as 2,000.
   */
  languageSampleChars: 600,
  /** Header lines (`Source:`, `Published:`, `By …`, labels) are looked for in this many first lines only. */
  headerMaxLines: 12,
  /** A headline line above header lines is at most this long (headlines run 5–20 words; 200 leaves room). */
  headlineMaxChars: 200,
  /** A section label or time stamp line in a header block is at most this long ("KRT News | Justice"). */
  headerLabelMaxChars: 80,
  /** ...each of its separated parts at most this long: labels are names, not clauses. */
  headerLabelPartMaxChars: 40,
  /** An unseparated label ("Contextly Explains") is at most this many capitalised words. */
  headerLabelMaxWords: 4,
  /**
   * Most documents one analyze batch holds (analysis keeps every document, its annotations and the
   * story index in memory, and grows faster than linearly). Measured with `npm run bench -- scale` (short
   * JSONL records, 2-core machine, Node's default 4.3 GB heap): 10,000 took 13-17 s and 0.45-0.7 GB;
   * 40,000 150 s and 2.6 GB; 100,000 died out of memory after 300 s with nothing written; 1,000,000 with a
   * 40,000 limit peaked at 4.1 GB (all records are parsed before the limit applies); with 25,000, 118 s
   * and 2.6 GB, exit 2, 25,000 documents written.
   * Past the limit, reading stops with a `batch-limit` problem and what was read is analysed and written.
   */
  maxBatchDocuments: 25_000,
  /** The CLI shows progress only for runs of at least this many inputs. */
  progressMinInputs: 50,
  /** Without a TTY, the CLI prints a progress line every this many inputs. */
  progressEvery: 500,
};

export type IngestSettings = typeof ingestSettings;
