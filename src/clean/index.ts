/** src/clean: page furniture and repeated passages -> clean Document. Placeholder: the interface is fixed. */
import type { Document, RawDocument } from '../model/document.js';

/** Cleans a batch together (lines that recur across many reports are furniture). Order is kept. */
export function cleanDocuments(_raws: RawDocument[]): Document[] {
  throw new Error('cleanDocuments: not built yet');
}
