/**
 * Furniture vocabularies and line-shape rules: what page furniture looks like in any outlet's
 * text (navigation, widgets, notices, related-link lists, image placeholders, legal notices).
 * General vocabularies only: nothing here names one outlet or one article.
 */

/** Normal form of a line for matching: trimmed, bullets and trailing colons gone, quotes folded, lower-case. */
export function normLine(line: string): string {
  return line
    .normalize('NFKC')
    .replace(/[“”«»„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/^[\s•·▪■►▸◦*\-–—>|]+/u, '')
    .replace(/(?<![\s:|›»>])[\s:|›»>]+$/u, '') // the lookbehind keeps it linear on long runs
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const phrases = (reason: string, list: string[]): [string, string][] => list.map((p) => [p, reason]);

/** Whole lines that are furniture wherever they stand. */
const EXACT = new Map<string, string>([
  ...phrases('accessibility', [
    'skip to content',
    'skip to main content',
    'skip to navigation',
    'skip to main navigation',
    'skip to footer',
    'skip navigation',
    'accessibility links',
    'accessibility help',
    'jump to content',
    'jump to navigation',
    'back to top',
    'go to top',
    'return to top',
  ]),
  ...phrases('navigation', [
    'breaking news',
    'menu',
    'main menu',
    'open menu',
    'close menu',
    'toggle navigation',
    'navigation',
    'search',
    'home',
    'homepage',
    'sign in',
    'log in',
    'login',
    'register',
    'my account',
    'advertisement',
    'advertising',
    'sponsored',
    'sponsored content',
    'loading',
    'loading...',
    'close',
    'next article',
    'previous article',
    'next story',
    'previous story',
  ]),
  ...phrases('share-widget', [
    'share',
    'share this',
    'share this article',
    'share this story',
    'share on facebook',
    'share on twitter',
    'share on x',
    'share on linkedin',
    'share on whatsapp',
    'share via email',
    'tweet',
    'print',
    'print this page',
    'print article',
    'email',
    'email this',
    'copy link',
    'link copied',
    'font size',
    'text size',
    'listen to this article',
    'save',
    'save article',
    'comments',
    'comment',
    'show comments',
    'view comments',
    'follow us',
  ]),
  ...phrases('related-links', [
    'read also',
    'also read',
    'read more',
    'see also',
    'related',
    'related articles',
    'related stories',
    'related sources',
    'related content',
    'related news',
    'related topics',
    'related coverage',
    'related links',
    'latest',
    'latest news',
    'latest stories',
    'latest articles',
    'more from',
    'more stories',
    'more news',
    'more on this story',
    'more on this topic',
    'most read',
    'most popular',
    'most viewed',
    'recommended',
    'recommended stories',
    'recommended for you',
    'you may also like',
    'you might also like',
    'top stories',
    'trending',
    'trending now',
    'in other news',
    'further reading',
    "editor's picks",
    'what to read next',
    'sources',
  ]),
]);

/** Heads of link lists: the short lines that follow them are list items. */
export const LIST_HEADS = new Set([...EXACT].filter(([, r]) => r === 'related-links').map(([p]) => p));

/** Patterns for short lines (up to `maxChars`). */
const PATTERNS: { re: RegExp; reason: string; maxChars: number }[] = [
  { re: /^\d+\s*[x×:]\s*\d+\s+(image|photo|video|picture)s?$/, reason: 'image-placeholder', maxChars: 40 },
  {
    re: /^(image|photo|video|picture|gallery|media|graphic|illustration)( \d+)?$/,
    reason: 'image-placeholder',
    maxChars: 40,
  },
  { re: /^(image|photo|picture) (caption|credit)s?\b/, reason: 'photo-credit', maxChars: 160 },
  {
    re: /^(photo|image|picture|photograph|credit|photo credit)s?\s*(:|by\b)/,
    reason: 'photo-credit',
    maxChars: 120,
  },
  {
    re: /\b(getty images|via getty|ap photo|afp photo|reuters\/|shutterstock|epa-efe)\b/,
    reason: 'photo-credit',
    maxChars: 120,
  },
  { re: /all rights reserved/, reason: 'legal', maxChars: 300 },
  { re: /^(©|\(c\)\s*\d{4}|copyright\b)/, reason: 'legal', maxChars: 300 },
  { re: /\bterms of (use|service)\b|\bprivacy policy\b/, reason: 'legal', maxChars: 200 },
  { re: /declared (an? )?"?undesirable"? organi[sz]ation/, reason: 'disclaimer', maxChars: 300 },
  {
    re: /\bforeign agent\b.*\b(material|created|distributed|media|performing)\b/,
    reason: 'disclaimer',
    maxChars: 400,
  },
  { re: /\bclick here\b/, reason: 'link-prompt', maxChars: 100 },
  {
    re: /\b(sign up|subscribe)\b.*\b(newsletter|updates|inbox|alerts)\b/,
    reason: 'newsletter',
    maxChars: 200,
  },
  { re: /^(get|receive) (our|the) .*newsletter/, reason: 'newsletter', maxChars: 200 },
  { re: /\bnewsletter\b/, reason: 'newsletter', maxChars: 60 },
  {
    re: /\b(we|this (site|website)) uses? cookies\b|\baccept (all )?cookies\b|\bcookie (policy|settings|preferences|consent)\b/,
    reason: 'cookie-notice',
    maxChars: 300,
  },
  {
    re: /\bsubscribe (now|today|to (read|continue|access))\b|\balready a subscriber\b|\bsubscribers? only\b|\bto continue reading\b/,
    reason: 'subscription',
    maxChars: 200,
  },
  { re: /^(follow|like) us on\b/, reason: 'share-widget', maxChars: 100 },
];

/** The furniture reason of one line taken alone, or null when it may be article text. */
export function lineFurniture(line: string): string | null {
  const n = normLine(line);
  if (!n) return null;
  const exact = EXACT.get(n);
  if (exact) return exact;
  for (const p of PATTERNS) if (n.length <= p.maxChars && p.re.test(n)) return p.reason;
  if (isBulletedLinkRow(line)) return 'related-links';
  return null;
}

/** Size and format toggles that stand alone on a line (XS SM MD LG; A+ A-). */
export function isWidgetToken(line: string): boolean {
  return /^(xxs|xs|s|sm|m|md|l|lg|xl|xxl|a\+|a-|a|aa|aaa)$/i.test(line.trim());
}

/** "• Source 1 • Source 2": two or more short bullet-separated items on one line. */
export function isBulletedLinkRow(line: string): boolean {
  const parts = line
    .split(/[•·▪|]/)
    .map((s) => s.trim())
    .filter(Boolean);
  const bullets = (line.match(/[•·▪|]/g) ?? []).length;
  return bullets >= 2 && parts.length >= 2 && parts.every((p) => p.length <= 40 && !/[.!?]$/.test(p));
}
