/** src/ingest: readers per format -> RawDocument. Placeholder: the interface is fixed, the readers come with issue 2. */
import type { RawDocument } from '../model/document.js';
import type { Problem } from '../model/problems.js';

export interface ReadOptions {
  /** Called once per bad input (the batch goes on). */
  onProblem?: (p: Problem) => void;
  /** Called as inputs are read, for progress display. */
  onProgress?: (done: number, total: number | null) => void;
  maxInputBytes?: number;
  perDocumentTimeoutMs?: number;
}

/** Reads files, folders (recursively), manifests, feeds, gzip and `-` (stdin) into raw documents. */
export async function* readInputs(_inputs: string[], _opts: ReadOptions = {}): AsyncGenerator<RawDocument> {
  throw new Error('readInputs: not built yet');
  // eslint-disable-next-line no-unreachable
  yield* [];
}
