/** Sentences and tokens with wink-nlp, as offset spans over the text. */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../model/document.js';
import type { Token } from '../model/annotations.js';

type Wink = ReturnType<typeof winkNLP>;
let nlp: Wink | null = null;

/** The wink pipeline, loaded once on first use (the model takes ~100 ms to load). */
function wink(): Wink {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/** Abbreviations after which a period never ends a sentence (titles and honorifics). */
const TITLE_ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj capt sgt adm sen rep gov st jr sr rev fr hon pres amb cmdr brig supt insp no vs etc'.split(
    ' ',
  ),
);

/** "U.S.", "U.K.", "E.U." — dotted capitals; an initial "J." is the one-letter case. */
const DOTTED_CAPITALS = /^(?:[A-Z]\.)+$/;

export interface TokenizedText {
  tokens: Token[];
  sentences: Span[];
  /** Index of the first and last token of each sentence. */
  sentenceTokens: [number, number][];
}

const TERMINAL = /[.!?:;"”’')\]…]$/;

/**
 * Hard boundaries from the layout: a blank line always ends a sentence; a single line break ends
 * one when the line ends with terminal punctuation, else the line is wrapped mid-sentence and kept whole.
 */
function lineBoundaries(text: string): Set<number> {
  const out = new Set<number>();
  const re = /\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const before = text.slice(Math.max(0, m.index - 200), m.index).replace(/[ \t\r]+$/, '');
    const lastLineBreak = before.lastIndexOf('\n');
    const prevLine = before.slice(lastLineBreak + 1);
    const after = text.slice(m.index + 1, m.index + 3);
    const blank = /^[ \t\r]*\n/.test(after) || prevLine.trim() === '';
    if (
      blank ||
      TERMINAL.test(prevLine) ||
      (isTitleCase(prevLine) && /^\s*\p{Lu}/u.test(text.slice(m.index + 1, m.index + 4))) ||
      /^\s*[-*•·–—#>\d]/.test(text.slice(m.index + 1, m.index + 4))
    )
      out.add(m.index);
  }
  return out;
}

/** A headline-like line: most of its words capitalised. */
function isTitleCase(line: string): boolean {
  const words = line
    .trim()
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w));
  if (words.length < 2 || !/^\p{Lu}/u.test(words[0]!)) return false;
  const caps = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / words.length >= 0.6;
}

export function tokenize(text: string): TokenizedText {
  const n = wink();
  const its = n.its;
  const doc = n.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const normals = doc.tokens().out(its.normal) as string[];
  const lemmas = doc.tokens().out(its.lemma as never) as unknown as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const stops = doc.tokens().out(its.stopWordFlag) as unknown as boolean[];
  const tokens: Token[] = [];
  /** wink token index -> our token index (wink tokens that cannot be aligned are dropped). */
  const map = new Int32Array(values.length).fill(-1);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!v.trim()) continue;
    const at = text.indexOf(v, cursor);
    if (at < 0 || at - cursor > 200) continue;
    const prevTok = tokens[tokens.length - 1];
    // wink splits words at letters outside its alphabet ("Çırağan" -> "Ç ı ra ğ an"): glue them back.
    if (prevTok && prevTok.end === at && /\p{L}$/u.test(prevTok.text) && /^\p{L}/u.test(v)) {
      prevTok.end = at + v.length;
      prevTok.text = text.slice(prevTok.start, prevTok.end);
      prevTok.normal = prevTok.text.toLowerCase();
      prevTok.lemma = prevTok.normal;
      prevTok.pos = /^\p{Lu}/u.test(prevTok.text) ? 'PROPN' : prevTok.pos === 'X' ? 'NOUN' : prevTok.pos;
      prevTok.stop = false;
      map[i] = tokens.length - 1;
      cursor = at + v.length;
      continue;
    }
    map[i] = tokens.length;
    tokens.push({
      start: at,
      end: at + v.length,
      text: v,
      normal: normals[i] ?? v.toLowerCase(),
      lemma: lemmas[i] || normals[i] || v.toLowerCase(),
      pos: pos[i] ?? 'X',
      stop: Boolean(stops[i]),
    });
    cursor = at + v.length;
  }
  // Sentence ends (token indices, inclusive) proposed by wink.
  const ends = new Set<number>();
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  for (const [, last] of spans) {
    let j = last;
    while (j >= 0 && map[j] === -1) j--;
    if (j >= 0) ends.add(map[j]!);
  }
  // Never end after a title abbreviation or an initial; after "U.S." only before a lower-case word.
  for (const e of [...ends]) {
    const t = tokens[e];
    const next = tokens[e + 1];
    if (!t || !next) continue;
    if (text.slice(t.end, next.start).includes('\n')) continue;
    const bare = t.text.replace(/\.$/, '').toLowerCase();
    const abbrevEnd = t.text.endsWith('.') || text[t.end] === '.';
    const prev = tokens[e - 1];
    const titleAbbrev =
      (t.text === '.' && prev && TITLE_ABBREVIATIONS.has(prev.normal) && prev.end === t.start) ||
      (abbrevEnd && TITLE_ABBREVIATIONS.has(bare));
    const initial = /^[A-Z]\.$/.test(t.text) || (t.text === '.' && prev && /^[A-Z]$/.test(prev.text));
    const dotted = DOTTED_CAPITALS.test(t.text) && /^[a-z(]/.test(next.text);
    if (titleAbbrev || initial || dotted) ends.delete(e);
  }
  // Layout boundaries: the token before each hard line break ends a sentence; wink ends that fall
  // inside a wrapped line with no terminal punctuation stay as wink made them.
  const hard = lineBoundaries(text);
  if (hard.size) {
    let k = 0;
    const breaks = [...hard].sort((a, b) => a - b);
    for (let i = 0; i < tokens.length - 1; i++) {
      while (k < breaks.length && breaks[k]! < tokens[i]!.end) k++;
      if (k < breaks.length && breaks[k]! < tokens[i + 1]!.start) ends.add(i);
    }
  }
  if (tokens.length) ends.add(tokens.length - 1);
  const sentences: Span[] = [];
  const sentenceTokens: [number, number][] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!ends.has(i)) continue;
    const s = tokens[first]!;
    const e = tokens[i]!;
    sentences.push({ start: s.start, end: e.end });
    sentenceTokens.push([first, i]);
    first = i + 1;
  }
  return { tokens, sentences, sentenceTokens };
}
