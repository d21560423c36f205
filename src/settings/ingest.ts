/** Reading inputs. */
export const ingestSettings = {
  /** Inputs larger than this are skipped: no news report is 50 MB, and such a file would stall the batch. */
  maxInputBytes: 50 * 1024 * 1024,
  /** A single document that takes longer than this to read and extract is cut off. */
  perDocumentTimeoutMs: 10_000,
};
