/**
 * Progress on stderr. Reading: a bar on a TTY, a line every N inputs otherwise, nothing for small
 * runs. Analysis phases (cleaning, grouping, per-story analysis): a line with counts and an ETA, on a
 * TTY only, and only for a phase that lasts long enough to need it. `-q` makes it all silent.
 */
import { cliSettings } from '../settings/cli.js';
import { ingestSettings } from '../settings/ingest.js';

export class Progress {
  private shown = false;
  private readonly tty: boolean;
  private last = 0;
  private phaseName = '';
  private phaseStart = 0;
  private readonly runStart: number;

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly now: () => number = Date.now,
  ) {
    this.tty = !!stream.isTTY;
    this.runStart = now();
  }

  /** Inputs read so far. */
  update(done: number, total: number | null): void {
    if (total != null && total < ingestSettings.progressMinInputs) return;
    if (this.tty) {
      const now = this.now();
      if (now - this.last < cliSettings.redrawMs && done !== total) return;
      this.last = now;
      const width = 30;
      const filled = total ? Math.round((done / total) * width) : 0;
      const bar = total ? `[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ` : '';
      this.stream.write(`\r${bar}${done}${total ? `/${total}` : ''} inputs read`);
      this.shown = true;
    } else if (done % ingestSettings.progressEvery === 0 || done === total) {
      this.stream.write(`corroborate: read ${done}${total ? ` of ${total}` : ''} inputs\n`);
    }
  }

  /** One step of an analysis phase: `label` names it ("analysing stories"), done of total. TTY only. */
  phase(label: string, done: number, total: number): void {
    if (!this.tty) return;
    const now = this.now();
    if (label !== this.phaseName) {
      this.phaseName = label;
      this.phaseStart = now;
      // a one-step phase (cleaning, grouping) gets no later call while it runs (the analysis is
      // synchronous): its name is shown as it starts, once the run has lasted long enough to need it
      if (total === 1 && done === 0 && now - this.runStart >= cliSettings.phaseShowAfterMs) {
        this.stream.write(`\r\x1b[K${label}…`);
        this.shown = true;
        this.last = now;
        return;
      }
    }
    const elapsed = now - this.phaseStart;
    if (elapsed < cliSettings.phaseShowAfterMs) return;
    if (now - this.last < cliSettings.redrawMs && done !== total) return;
    this.last = now;
    this.stream.write(`\r\x1b[K${phaseLine(label, done, total, elapsed)}`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
  }

  done(): void {
    if (this.shown) this.stream.write('\n');
    this.shown = false;
  }

  /** Ends any progress line and clears it, so that the next message starts on a clean line. */
  finish(): void {
    this.clear();
    this.shown = false;
  }
}

/** "analysing stories 12/64 (19%), about 20 s left". */
export function phaseLine(label: string, done: number, total: number, elapsedMs: number): string {
  const share = total ? done / total : 0;
  let line = `${label} ${done}/${total}${total ? ` (${Math.floor(share * 100)}%)` : ''}`;
  if (share >= cliSettings.etaMinShare && share < 1) {
    const left = Math.round(((elapsedMs / share) * (1 - share)) / 1000);
    line += left >= 60 ? `, about ${Math.round(left / 60)} min left` : `, about ${Math.max(1, left)} s left`;
  }
  return line;
}
