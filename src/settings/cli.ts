/** The command line: when to show progress for the analysis phases. */
export const cliSettings = {
  /** A phase is drawn only once it has run this long: shorter work needs no feedback, and no flicker. */
  phaseShowAfterMs: 400,
  /** The progress line is redrawn at most this often: more is invisible and costs terminal time. */
  redrawMs: 100,
  /** An ETA is given once this share of a phase is done: earlier estimates swing too much to help. */
  etaMinShare: 0.05,
};
export type CliSettings = typeof cliSettings;
