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
    // the same widgets in the other languages news is read in most (general vocabulary)
    'teilen',
    'partager',
    'compartir',
    'condividi',
    'compartilhar',
    'delen',
  ]),
  ...phrases('advertisement', [
    'anzeige',
    'werbung',
    'publicité',
    'publicidad',
    'pubblicità',
    'publicidade',
    'reklame',
  ]),
  ...phrases('live-page', [
    'key events',
    'show key events only',
    'live',
    'live updates',
    'live blog',
    'pinned post',
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
  { re: /\bfollow us (on|for)\b/, reason: 'share-widget', maxChars: 200 },
  // share buttons: "Share on X", "Partager sur Facebook", "Share this live page"
  {
    re: /^(share|partager|teilen|compartir|condividi|compartilhar)( (on|via|to|sur|auf|en|su|em)) \S+$/,
    reason: 'share-widget',
    maxChars: 40,
  },
  { re: /^share this( live)? (page|article|story|post|video|blog)$/, reason: 'share-widget', maxChars: 40 },
  // teasers: "Read more: …", "Related: …", "Watch: …", "Mehr zum Thema: …", "Live: …"
  {
    re: /^(read more|read also|also read|read next|related|most read|more on this( story)?|see also|watch|listen|mehr zum thema|lesen sie auch|lire aussi|à lire aussi|voir aussi|leer más|lee también|leggi anche|ler também)\s*:\s*\S/,
    reason: 'related-links',
    maxChars: 160,
  },
  { re: /^live( blog| updates| coverage)?\s*:\s*\S/, reason: 'live-page', maxChars: 120 },
  {
    re: /^\p{L}+ live\s*:\s*(follow|all the|the latest|latest|updates)\b/u,
    reason: 'live-page',
    maxChars: 120,
  },
  // "Live results map: example.com/results", "More local news: example.com/news"
  {
    re: /^[^.!?:]{0,40}\b(more|news|results|live|map|latest|updates|coverage|visit)\b[^.!?:]{0,20}:\s*[a-z0-9-]+(\.[a-z0-9-]+)+\/\S*$/,
    reason: 'link-prompt',
    maxChars: 120,
  },
  // subscription and newsletter prompts: an imperative, or an offer in the first person
  { re: /^subscribe (to|for|now|today|from)\b/, reason: 'subscription', maxChars: 200 },
  {
    re: /^sign up\b.*\b(newsletter|briefing|bulletin|digest|e-?mails?|updates|alerts|inbox)\b/,
    reason: 'subscription',
    maxChars: 200,
  },
  { re: /\bsubscribe (for|to|now|today|from)\b/, reason: 'subscription', maxChars: 80 },
  {
    re: /\bsubscribers (can|get|receive|enjoy)\b.*\bour\b|\bstart your free trial\b|\bcancel at any ?time\b/,
    reason: 'subscription',
    maxChars: 200,
  },
  {
    re: /\bin(to)? your inbox\b|\blettre d'information\b|\bnewsletter\b.*\b(every|each|daily|weekly)\b/,
    reason: 'newsletter',
    maxChars: 160,
  },
  // reader call-outs: a question to the reader, then how to reach the newsroom ("Got a story? Email …")
  {
    re: /^(got|have you|do you have|were you|are you|did you)\b[^?]{0,80}\?\s*(email|e-mail|call|send|contact|tell us|write|message|text|whatsapp|get in touch|let us know)\b/,
    reason: 'reader-callout',
    maxChars: 200,
  },
  { re: /^letters to the editor\b/, reason: 'contact', maxChars: 160 },
  // AI and automation disclaimers of aggregators and explainers
  {
    re: /^this (article|summary|explainer|story|report|text|content|piece|page|post|briefing|digest)\b.*\b(generated|produced|written|created|compiled|prepared|summari[sz]ed|assisted)\b.*\b(ai|a\.i\.|artificial intelligence|automatically|automated|language model|machine)\b/,
    reason: 'ai-disclaimer',
    maxChars: 300,
  },
  { re: /\bmay contain (errors|inaccuracies|mistakes)\b/, reason: 'ai-disclaimer', maxChars: 300 },
  // feedback, app and page widgets
  {
    re: /^(was|is|did you find) this (article|story|explainer|summary|page|content|information|answer)\b.*\?/,
    reason: 'feedback',
    maxChars: 120,
  },
  { re: /\byes\s*\/\s*no$/, reason: 'feedback', maxChars: 120 },
  { re: /^(download|get|install) (the|our)\b.*\bapp\b/, reason: 'app-promo', maxChars: 160 },
  { re: /^comments (are|have been) (closed|disabled|turned off)\b/, reason: 'comments', maxChars: 100 },
  { re: /\b(market )?(data|quotes|prices) (is |are )?delayed\b/, reason: 'market-data', maxChars: 120 },
  // time stamps: "Updated 23:41", "Last updated: 19.05.2025, 08:00"
  {
    re: /^(last )?(updated|posted|modified|first published|published)( on| at)?:?\s.{0,40}\d[^.!?]{0,20}$/,
    reason: 'timestamp',
    maxChars: 60,
  },
];

/**
 * Calls to action: an imperative addressed to the reader about the page, not ending as a sentence
 * ("Watch the election special again", "Refresh this page for the latest updates", "Follow our blog").
 */
const IMPERATIVE =
  /^(watch|listen|follow|refresh|download|subscribe|read|join|share)\b.*\b(our|us|this page|the latest|again|live|in full|app)\b/;

/**
 * A label line: parts cut by label separators ("KRT News | Justice", "Home › Politics › Regions"),
 * each a few capitalised words, with no digits or sentence punctuation. Taken only at a report's
 * head or tail (src/clean/index.ts): in the body such a row may be a table.
 */
export function isLabelRow(line: string, maxChars = 80, partMaxWords = 4): boolean {
  const t = line.trim();
  if (!t || t.length > maxChars || /[.!?,;:\d]/.test(t)) return false;
  const parts = t.split(/\s+[|›»]\s+/).filter(Boolean);
  return parts.length >= 2 && parts.every((p) => p.split(/\s+/).length <= partMaxWords && /^\p{Lu}/u.test(p));
}

/** The furniture reason of one line taken alone, or null when it may be article text. */
export function lineFurniture(line: string): string | null {
  const n = normLine(line);
  if (!n) return null;
  const exact = EXACT.get(n);
  if (exact) return exact;
  for (const p of PATTERNS) if (n.length <= p.maxChars && p.re.test(n)) return p.reason;
  if (isBulletedLinkRow(line)) return 'related-links';
  if (n.length <= 100 && IMPERATIVE.test(n) && !/[.!?:]["”’')]?$/.test(line.trim())) return 'call-to-action';
  return null;
}

/** Heads of link lists in general: "Related incident reports", "Most read in the Post", "More from Sport". */
export function isListHead(norm: string): boolean {
  if (LIST_HEADS.has(norm)) return true;
  return (
    norm.length <= 60 &&
    !/[.!?:]/.test(norm) &&
    /^(related|recommended|most (read|popular|viewed|shared)|more (from|on|in|stories|news|coverage)|latest (news|stories|from)|read also|also read|see also|further reading)\b/.test(
      norm,
    )
  );
}

/**
 * A masthead line: the report's own outlet name with a tagline or a page kind after it ("Valley
 * Gazette - serving the valley since 1911", "MRT News live", "KRT News | Justice"), not a sentence.
 */
export function isMasthead(line: string, source: string | null): boolean {
  if (!source) return false;
  const n = normLine(line);
  const s = normLine(source).replace(/^the /, '');
  if (s.length < 3 || n.length > 100 || /[.!?]["”’']?$/.test(line.trim())) return false;
  const rest = n.replace(/^the /, '');
  if (!rest.startsWith(s) || rest === s) return false;
  const tail = rest.slice(s.length);
  return /^\s*([-–—|:›»·•]|live\b|(news|daily|weekly|pro|premium|plus)\b)/.test(tail);
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
