/**
 * Problems found while processing a batch (like vfile-message): every one names its input,
 * and the batch goes on. `severity: 'skipped'` means the input was not processed at all.
 */
export interface Problem {
  /** The input that caused it: a path, `path#entry`, or `-`. */
  input: string;
  message: string;
  severity: 'skipped' | 'warning';
  /** Optional stable code, e.g. `binary`, `empty`, `too-large`, `undecodable`, `timeout`, `parse`. */
  code?: string;
}

export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string,
    readonly code: string = 'error',
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/**
 * Text made safe for a terminal: C0 and C1 control characters (ESC, BEL, CR, backspace…), DEL and the
 * bidirectional overrides become visible escapes (`\x1b`, `\u202e`). File names and JSON values are
 * untrusted: raw, an ESC sequence can set the window title, clear the screen or hide the rest of a line.
 */
export function terminalSafe(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const n = c.charCodeAt(0);
    return n <= 0xff ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`;
  });
}

export function formatProblem(p: Problem): string {
  return terminalSafe(
    `corroborate: ${p.severity === 'skipped' ? 'skipped' : 'warning'} ${p.input}: ${p.message}`,
  );
}
