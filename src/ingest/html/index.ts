/** HTML page -> article body and page metadata. Placeholder: the interface is fixed, the extractor comes with issue 2. */
import type { DocumentMeta, Removal } from '../../model/document.js';

export interface HtmlExtraction {
  /** The article body as plain text, paragraphs separated by blank lines. */
  text: string;
  meta: Partial<DocumentMeta>;
  /** Furniture the extractor dropped (optional detail; may be summarised). */
  removed: Removal[];
}

export function extractHtml(_html: string, _opts: { url?: string } = {}): HtmlExtraction {
  throw new Error('extractHtml: not built yet');
}
