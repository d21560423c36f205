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

export function formatProblem(p: Problem): string {
  return `corroborate: ${p.severity === 'skipped' ? 'skipped' : 'warning'} ${p.input}: ${p.message}`;
}
