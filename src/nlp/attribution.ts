/** Attribution, hedges, negation and direct quotes of one sentence (general lexicons). */
import type { Span } from '../model/document.js';
import type { Sentence, Token } from '../model/annotations.js';

/** Reporting verbs (lemmas). */
export const REPORTING_VERBS = new Set(
  'say state claim report tell note add announce confirm deny write insist assert warn explain allege acknowledge admit argue declare disclose estimate indicate reveal suggest quote cite stress tweet post comment respond reply'.split(
    ' ',
  ),
);

/** Single-word hedges. */
const HEDGE_WORDS = new Set(
  'allegedly reportedly purportedly apparently possibly probably likely unlikely unconfirmed alleged supposedly seemingly perhaps maybe presumably rumoured rumored suspected claimed unverified'.split(
    ' ',
  ),
);
/** Multi-word hedges (lower-case, matched on token normals). */
const HEDGE_PHRASES = [
  'may have',
  'might have',
  'could have',
  'appears to',
  'appear to',
  'appeared to',
  'seems to',
  'seem to',
  'seemed to',
  'is said to',
  'are said to',
  'was said to',
  'were said to',
  'is believed to',
  'are believed to',
  'was believed to',
  'is thought to',
  'according to unconfirmed',
  'it is unclear',
].map((p) => p.split(' '));
const HEDGE_MODALS = new Set(['may', 'might', 'could']);

const NEGATION_WORDS = new Set([
  'not',
  "n't",
  'no',
  'never',
  'without',
  'neither',
  'nor',
  'none',
  'nobody',
  'nothing',
  'refusal',
  'denial',
  'cannot',
]);
const NEGATION_PHRASES = [
  'refused to',
  'refuses to',
  'refuse to',
  'declined to',
  'declines to',
  'failed to',
  'fails to',
  'denied',
  'denies',
  'rejected',
  'rejects',
].map((p) => p.split(' '));

function matchPhrase(tokens: Token[], i: number, phrase: string[]): boolean {
  for (let k = 0; k < phrase.length; k++) if (tokens[i + k]?.normal !== phrase[k]) return false;
  return true;
}

const QUOTE_PAIRS: [string, string][] = [
  ['“', '”'],
  ['"', '"'],
  ['«', '»'],
  ['‘', '’'],
];

function isCap(t: Token | undefined): boolean {
  return !!t && /^\p{Lu}/u.test(t.text);
}

/** The noun-phrase source ending at token index `end` (inclusive), walking left over names and titles. */
function sourceLeft(tokens: Token[], end: number): [number, number] | null {
  let i = end;
  const t = tokens[i];
  if (!t) return null;
  if (t.text === "'s" || t.text === '’s') return null;
  if (!(t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'PRON')) return null;
  if (t.pos === 'PRON' && !/^(he|she|they|we|i|it|who)$/.test(t.normal)) return null;
  let start = i;
  while (i - 1 >= 0) {
    const p = tokens[i - 1]!;
    if (
      p.pos === 'PROPN' ||
      p.pos === 'NOUN' ||
      p.pos === 'ADJ' ||
      (p.normal === 'of' && isCap(tokens[i - 2])) ||
      p.text === "'s" ||
      p.text === '’s' ||
      p.text === '-'
    ) {
      i--;
      start = i;
    } else if (p.pos === 'DET' && (p.normal === 'the' || p.normal === 'a' || p.normal === 'an')) {
      i--;
      start = i;
      break;
    } else break;
  }
  return [start, end];
}

/** The source starting at token index `start`, walking right over the noun phrase. */
function sourceRight(tokens: Token[], start: number): [number, number] | null {
  let i = start;
  if (tokens[i]?.pos === 'DET') i++;
  const first = tokens[i];
  if (
    !first ||
    !(first.pos === 'PROPN' || first.pos === 'NOUN' || first.pos === 'ADJ' || first.pos === 'PRON')
  )
    return null;
  let end = i;
  while (i + 1 < tokens.length) {
    const n = tokens[i + 1]!;
    if (
      n.pos === 'PROPN' ||
      n.pos === 'NOUN' ||
      (n.pos === 'ADJ' && tokens[i + 2]?.pos !== 'PUNCT') ||
      n.text === "'s" ||
      n.text === '’s' ||
      (n.normal === 'of' && isCap(tokens[i + 2])) ||
      (n.text === '-' && tokens[i + 2])
    ) {
      i++;
      end = i;
    } else break;
  }
  if (tokens[end]?.normal === 'of' || tokens[end]?.text === '-') end--;
  return [start, end];
}

function span(tokens: Token[], a: number, b: number): Span {
  return { start: tokens[a]!.start, end: tokens[b]!.end };
}

/** Fills attribution, hedges, negations and quotes of `s` in place. */
export function analyseSentence(text: string, s: Sentence): void {
  const tokens = s.tokens;
  // Hedges.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (HEDGE_WORDS.has(t.normal)) {
      // "claimed" as a plain reporting verb with a subject is attribution; as a participle before a noun it hedges.
      if (t.normal === 'claimed' && t.pos === 'VERB' && tokens[i + 1]?.pos !== 'NOUN') continue;
      s.hedges.push({ start: t.start, end: t.end });
      continue;
    }
    const phrase = HEDGE_PHRASES.find((p) => matchPhrase(tokens, i, p));
    if (phrase) {
      s.hedges.push(span(tokens, i, i + phrase.length - 1));
      i += phrase.length - 1;
      continue;
    }
    if (HEDGE_MODALS.has(t.normal) && tokens[i + 1]?.normal === 'be') s.hedges.push(span(tokens, i, i + 1));
  }
  // Negation and refusal.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const phrase = NEGATION_PHRASES.find((p) => matchPhrase(tokens, i, p));
    if (phrase) {
      s.negations.push(span(tokens, i, i + phrase.length - 1));
      i += phrase.length - 1;
      continue;
    }
    if (NEGATION_WORDS.has(t.normal)) s.negations.push({ start: t.start, end: t.end });
  }
  // Direct quotes (within the sentence).
  const st = s.text;
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const a = st.indexOf(open, from);
      if (a < 0) break;
      // An apostrophe inside a word is not a quote mark.
      if (open === '‘' || open === "'") {
        if (a > 0 && /\p{L}/u.test(st[a - 1]!)) {
          from = a + 1;
          continue;
        }
      }
      let b = st.indexOf(close, a + 1);
      while (close === '’' && b > 0 && /\p{L}/u.test(st[b + 1] ?? '')) b = st.indexOf(close, b + 1);
      if (b < 0) break;
      if (b - a > 2) s.quotes.push({ span: { start: s.start + a, end: s.start + b + 1 }, speaker: null });
      from = b + 1;
    }
  }
  // Attribution.
  s.attribution = findAttribution(text, tokens);
  if (s.attribution) for (const q of s.quotes) q.speaker = s.attribution.source;
}

function findAttribution(text: string, tokens: Token[]): Sentence['attribution'] {
  const make = (src: [number, number], cueA: number, cueB: number): Sentence['attribution'] => {
    const sourceSpan = span(tokens, src[0], src[1]);
    const cueSpan = span(tokens, cueA, cueB);
    return {
      source: text.slice(sourceSpan.start, sourceSpan.end),
      sourceSpan,
      cue: text.slice(cueSpan.start, cueSpan.end),
      cueSpan,
    };
  };
  // "according to X" / "as per X" / "citing X".
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.normal === 'according' && tokens[i + 1]?.normal === 'to') {
      const src = sourceRight(tokens, i + 2);
      if (src) return make(src, i, i + 1);
    }
    if (t.normal === 'as' && tokens[i + 1]?.normal === 'per') {
      const src = sourceRight(tokens, i + 2);
      if (src) return make(src, i, i + 1);
    }
    if (t.normal === 'citing') {
      const src = sourceRight(tokens, i + 1);
      if (src) return make(src, i, i);
    }
  }
  // "X said", "X's spokesman said", "said X", "X, who said", participial "..., X reported".
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!REPORTING_VERBS.has(t.lemma) || (t.pos !== 'VERB' && t.pos !== 'AUX')) continue;
    // Skip auxiliaries between subject and verb: "X has said", "X did not deny".
    let j = i - 1;
    while (j >= 0 && (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'PART')) j--;
    let left = j >= 0 ? sourceLeft(tokens, j) : null;
    // "X, who said": the source is the antecedent of the relative pronoun.
    if (left && tokens[left[0]]!.normal === 'who' && tokens[left[0] - 1]?.text === ',') {
      left = sourceLeft(tokens, left[0] - 2) ?? left;
    }
    if (left) return make(left, i, i);
    // Inversion: "..., said X".
    const right = sourceRight(tokens, i + 1);
    if (
      right &&
      (tokens[i - 1]?.text === ',' || tokens[i - 1]?.text === '”' || tokens[i - 1]?.text === '"' || i === 0)
    )
      return make(right, i, i);
  }
  return null;
}
