/** Which reader a file goes to: by its extension, and by sniffing the content when that says nothing. */
export type Format = 'text' | 'markdown' | 'html' | 'json' | 'jsonl' | 'feed';

const BY_EXT: Record<string, Format> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  json: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  rss: 'feed',
  atom: 'feed',
  xml: 'feed',
};

/** The format an extension names (`.gz` already taken off), or null. */
export function formatByName(name: string): Format | null {
  const m = /\.([A-Za-z0-9]+)$/.exec(name.replace(/\.gz$/i, ''));
  return m ? (BY_EXT[m[1]!.toLowerCase()] ?? null) : null;
}

/** Sniffs decoded content. Used when the name says nothing, and to check `.xml` files. */
export function sniffFormat(text: string): Format {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('<')) {
    if (/<rss[\s>]|<rdf:RDF[\s>]|<feed[\s>]/i.test(head)) return 'feed';
    if (
      /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(
        head,
      )
    ) {
      return 'html';
    }
    if (/<\/(?:p|div|span|a|li|h[1-6])>/i.test(text.slice(0, 65536))) return 'html';
  }
  if (head.startsWith('{') || head.startsWith('[')) {
    const trimmed = text.trim();
    try {
      JSON.parse(trimmed);
      return 'json';
    } catch {
      const first = trimmed.slice(0, trimmed.indexOf('\n') === -1 ? undefined : trimmed.indexOf('\n'));
      try {
        JSON.parse(first);
        return 'jsonl';
      } catch {
        return 'text';
      }
    }
  }
  return 'text';
}
