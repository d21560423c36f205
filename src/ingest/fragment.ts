/**
 * HTML fragments (feed item bodies, HTML inside Markdown) -> plain text: a tag strip that knows
 * block elements (paragraph breaks) and drops scripts and styles. Whole pages go to extractHtml instead.
 */
import { createRequire } from 'node:module';

// linkedom takes ~0.2 s to load: loaded on the first fragment.
const require = createRequire(import.meta.url);
let linkedom: typeof import('linkedom') | null = null;

const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tr',
  'ul',
]);
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'svg',
  'object',
  'embed',
  'img',
  'video',
  'audio',
  'head',
]);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

export function fragmentToText(html: string): string {
  linkedom ??= require('linkedom') as typeof import('linkedom');
  const { document } = linkedom.parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const paras: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cur
      .replace(/[ \t\f\v\u00a0]+/g, ' ')
      .replace(/ ?\n ?/g, '\n')
      .trim();
    if (t) paras.push(t);
    cur = '';
  };
  const walk = (node: NodeLike) => {
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) {
      const n = kids[i]!;
      if (n.nodeType === 3) cur += (n.textContent ?? '').replace(/\s+/g, ' ');
      else if (n.nodeType === 1) {
        const name = n.nodeName.toLowerCase();
        if (SKIP.has(name)) continue;
        if (name === 'br') {
          cur += '\n';
          continue;
        }
        const block = BLOCK.has(name);
        if (block) flush();
        walk(n);
        if (block) flush();
      }
    }
  };
  walk(document.body as unknown as NodeLike);
  flush();
  return paras.join('\n\n');
}

/** True when a string holds HTML markup rather than plain text. */
export function looksLikeHtml(s: string): boolean {
  return (
    /<(?:[a-z][a-z0-9]*)(?:\s[^>]*)?\/?>/i.test(s) &&
    /<\/?(?:p|br|div|a|span|em|strong|b|i|img|ul|ol|li|h[1-6]|blockquote|figure|table|section|article)\b/i.test(
      s,
    )
  );
}

/** True when an HTML string is a whole page (then extractHtml, not the fragment strip, reads it). */
export function isWholePage(s: string): boolean {
  return (
    /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html[\s>])/i.test(s) ||
    /<body[\s>]/i.test(s.slice(0, 20000))
  );
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  deg: '°',
  middot: '·',
  bull: '•',
  shy: '\u00ad',
  times: '×',
  divide: '÷',
  sect: '§',
  para: '¶',
  iexcl: '¡',
  iquest: '¿',
};

/** Decodes numeric and common named character references (a tag strip leaves them). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (all, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : all;
    }
    return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? all;
  });
}
