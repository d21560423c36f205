/** DOM subtree -> plain text: paragraphs separated by a blank line, list items and headings on their own lines. */

/** Elements whose text is never article text. */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'svg',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'BUTTON',
  'SELECT',
  'OPTION',
  'INPUT',
  'TEXTAREA',
  'MATH',
  'AUDIO',
  'VIDEO',
  'MAP',
  'DIALOG',
]);

/** Blocks that end a paragraph (blank line). */
const PARA_TAGS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'FIGURE',
  'TABLE',
  'UL',
  'OL',
  'DL',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'MAIN',
  'ASIDE',
  'NAV',
  'HR',
  'ADDRESS',
  'DETAILS',
  'FORM',
  'FIELDSET',
  'CENTER',
  'BODY',
]);

/** Blocks that end a line (single newline). */
const LINE_TAGS = new Set(['LI', 'TR', 'DT', 'DD', 'FIGCAPTION', 'CAPTION', 'SUMMARY', 'LEGEND', 'OPTGROUP']);

/** Table cells: separated by a space on their row. */
const CELL_TAGS = new Set(['TD', 'TH']);

// Invisible characters that would split words: soft hyphen, zero-width space/joiners, BOM.
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g;
const WS = /[\s\u00a0]+/g;

interface MinimalNode {
  nodeType: number;
  nodeName: string;
  nodeValue?: string | null;
  childNodes: ArrayLike<MinimalNode>;
  getAttribute?: (name: string) => string | null;
}

/** Plain text of `root` (itself included). Never throws on odd trees; iterative so deep nesting cannot overflow. */
export function nodeToText(root: MinimalNode): string {
  const out: string[] = [];
  let pending = 0; // 0 none, 1 newline, 2 blank line
  let atLineStart = true;
  let preDepth = 0;

  const brk = (level: number): void => {
    if (level > pending) pending = level;
  };
  const emit = (raw: string): void => {
    let s = raw.replace(INVISIBLE, '');
    if (preDepth === 0) s = s.replace(WS, ' ');
    if (!s) return;
    if (pending > 0 && out.length) {
      // drop trailing spaces of the previous line
      const last = out.length - 1;
      out[last] = out[last]!.replace(/[ \t]+$/, '');
      out.push(pending === 2 ? '\n\n' : '\n');
      atLineStart = true;
    }
    pending = 0;
    if (atLineStart && preDepth === 0) s = s.replace(/^ +/, '');
    if (!s) return;
    out.push(s);
    atLineStart = false;
  };

  // Stack of [node, exiting]
  const stack: Array<[MinimalNode, boolean]> = [[root, false]];
  while (stack.length) {
    const [node, exiting] = stack.pop()!;
    if (node.nodeType === 3) {
      emit(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const tag = (node.nodeName || '').toUpperCase();
    if (exiting) {
      if (tag === 'PRE') preDepth--;
      if (PARA_TAGS.has(tag)) brk(2);
      else if (LINE_TAGS.has(tag)) brk(1);
      else if (CELL_TAGS.has(tag)) {
        if (!atLineStart && pending === 0) out.push(' ');
      }
      continue;
    }
    if (SKIP_TAGS.has(tag) || SKIP_TAGS.has(node.nodeName)) continue;
    if (tag === 'BR') {
      // two <br> in a row make a paragraph break
      brk(pending >= 1 ? 2 : 1);
      continue;
    }
    if (tag === 'IMG') continue;
    if (PARA_TAGS.has(tag)) brk(2);
    else if (LINE_TAGS.has(tag)) brk(1);
    if (tag === 'PRE') preDepth++;
    stack.push([node, true]);
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, false]);
  }
  return tidy(out.join(''));
}

/** Trim lines, collapse 3+ newlines to a blank line, trim the whole. */
export function tidy(s: string): string {
  return s
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, '').replace(/^[ \t]+/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
