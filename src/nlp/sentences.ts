/**
 * Sentences and tokens as offset spans. wink-nlp tokenises and proposes sentence ends (it keeps
 * "U.S." and "Mr." inside sentences); line structure decides the rest: a blank line or a line that
 * ends a sentence is a boundary, while a long line that stops mid-clause continues on the next one.
 */
import type { Sentence, Token } from '../model/annotations.js';
import { nlpSettings } from '../settings/nlp.js';
import { wink } from './model.js';
import { boundRuns } from './guard.js';
import { PAST_FORMS, POSSESSIVES, TITLE_HEADS } from './lexicon/words.js';
import { lemmas } from './meaning.js';

/** Words a sentence cannot end on. */
const CONTINUATION_WORDS = new Set(
  'a|an|the|of|to|in|on|at|by|for|from|with|and|or|but|that|which|who|whose|as|than|into|onto|over|under|between|after|before|said|says|told'.split(
    '|',
  ),
);

const STOPWORDS = new Set(
  'a an the and or but if of at by for with about against between into through during before after above below to from up down in out on off over under again further then once here there when where why how all any both each few more most other some such no nor not only own same so than too very can will just should now is are was were be been being have has had having do does did doing i me my we our you your he him his she her it its they them their what which who whom this that these those am would could might must shall may'.split(
    ' ',
  ),
);

export function tokenize(text: string): { tokens: Token[]; sentenceEnds: Set<number> } {
  const nlp = wink();
  // wink's typings of `its` helpers are narrower than its runtime API
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const its = nlp.its as any;
  const doc = nlp.readDoc(boundRuns(text)); // no whitespace-free run wink's patterns backtrack over
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma) as string[];
  const normals = doc.tokens().out(its.normal) as string[];
  const tokens: Token[] = [];
  const byIndex: (Token | null)[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const at = value.trim() ? text.indexOf(value, cursor) : -1;
    if (at < 0 || at - cursor > nlpSettings.maxTokenGap) {
      byIndex.push(null);
      return;
    }
    const normal = normals[i] ?? value.toLowerCase();
    const t: Token = {
      start: at,
      end: at + value.length,
      text: value,
      normal,
      lemma: lemmas[i] ?? normal,
      pos: pos[i] ?? 'X',
      stop: STOPWORDS.has(normal),
    };
    tokens.push(t);
    byIndex.push(t);
    cursor = at + value.length;
  });
  const sentenceEnds = new Set<number>();
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const span = s.out(its.span) as unknown as [number, number];
    for (let k = span[1]; k >= span[0]; k--) {
      const t = byIndex[k];
      if (t) {
        sentenceEnds.add(t.end);
        break;
      }
    }
  });
  return { tokens: nlpSettings.spacedClitics ? joinSpacedClitics(text, tokens) : tokens, sentenceEnds };
}

/** Clitics written after an apostrophe: "’s", "’re", "’ve", "’ll", "’d", "’m", and the "t" of "n’t". */
const CLITICS = new Set(['s', 're', 've', 'll', 'd', 'm', 't']);
/** The verb before "n’t", by the part of it left when its "n" goes to the negation ("did", "ca" of "can't"). */
const NEGATED_VERBS: Record<string, string> = {
  did: 'do',
  does: 'do',
  do: 'do',
  was: 'be',
  were: 'be',
  is: 'be',
  are: 'be',
  has: 'have',
  have: 'have',
  had: 'have',
  ca: 'can',
  could: 'could',
  wo: 'will',
  would: 'would',
  should: 'should',
  must: 'must',
  need: 'need',
  might: 'might',
};

/**
 * Wire copy that prints its apostrophes spaced ("didn ’ t", "It ’ s", as the ECB+ texts do): the tagger reads
 * "didn", "’", "t" as three words, and no negation is found. Read them as the unspaced forms are: "did" and a
 * negation "n’t" (its span "n ’ t"), or one clitic token "’ s" (a verb after a pronoun, "It ’ s", else a possessive).
 */
function joinSpacedClitics(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const [prev, apos, next] = [out[out.length - 1], tokens[i]!, tokens[i + 1]];
    if (
      !prev ||
      !next ||
      !/^['’]$/.test(apos.text) ||
      !CLITICS.has(next.normal) ||
      text.slice(prev.end, apos.start) !== ' ' ||
      text.slice(apos.end, next.start) !== ' ' ||
      !/^\p{L}+$/u.test(prev.text)
    ) {
      out.push(apos);
      continue;
    }
    const span = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });
    if (next.normal === 't') {
      const verb = prev.normal.slice(0, -1);
      if (!prev.normal.endsWith('n') || NEGATED_VERBS[verb] === undefined) {
        out.push(apos);
        continue;
      }
      out[out.length - 1] = {
        ...span(prev.start, prev.end - 1),
        normal: verb,
        lemma: NEGATED_VERBS[verb]!,
        pos: 'AUX',
        stop: true,
      };
      out.push({ ...span(prev.end - 1, next.end), normal: "n't", lemma: 'not', pos: 'PART', stop: true });
    } else {
      const verb = prev.pos === 'PRON';
      out.push({
        ...span(apos.start, next.end),
        normal: `'${next.normal}`,
        lemma: verb
          ? ({ s: 'be', re: 'be', m: 'be', ve: 'have', ll: 'will', d: 'would' }[next.normal] ?? next.normal)
          : `'${next.normal}`,
        pos: verb ? 'AUX' : 'PART',
        stop: true,
      });
    }
    i++;
  }
  return out;
}

/** Character offsets where a line break ends a sentence (blank lines, finished lines, short headings). */
function lineBoundaries(text: string): number[] {
  const cuts: number[] = [];
  const lines = text.split('\n');
  let offset = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const end = offset + line.length;
    const trimmed = line.trim();
    // a short unfinished line is a heading, unless it visibly stops mid-clause: on a function word or a
    // title ("… from U.S. President\nDonald Trump"), or the next line goes on in lower case
    // (?<!\p{L}): a match starts only where a letter run starts, which keeps it linear on long runs
    const lastWord = /(?<!\p{L})(\p{L}+)\W*$/u.exec(trimmed)?.[1]?.toLowerCase() ?? '';
    const midClause =
      CONTINUATION_WORDS.has(lastWord) || TITLE_HEADS.has(lastWord) || /^\s*\p{Ll}/u.test(next ?? '');
    const continues =
      next !== undefined &&
      next.trim() !== '' &&
      (trimmed.length >= nlpSettings.wrappedLineMinChars || midClause) &&
      !/[.!?:;"”’')\]]$/.test(trimmed) &&
      /^\s*[\p{L}\p{N}]/u.test(next);
    if (!continues) cuts.push(end);
    offset = end + 1;
  }
  return cuts;
}

/**
 * A clause (between commas, semicolons or a sentence's ends) needs a verb. Where the tagger found none and a word
 * is a past tense that is also a noun (or a past in "-ed" it read as an adjective), right after what can end a
 * subject and before its object or a figure ("the MVX 40 rose 2.1%", "Shares fell 3%"), the word is the verb.
 */
function repairVerbs(tokens: Token[]): void {
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !/^[,;:]$/.test(tokens[i]!.text)) continue;
    const part = tokens.slice(from, i);
    from = i + 1;
    if (part.some((t) => t.pos === 'VERB' || t.pos === 'AUX')) continue;
    for (let k = 1; k < part.length - 1; k++) {
      const t = part[k]!;
      const verb = PAST_FORMS[t.normal] ?? pastOfVerb(t);
      if (!verb || t.pos === 'VERB' || t.pos === 'AUX') continue;
      if (
        !/^(?:NUM|PROPN|NOUN)$/.test(part[k - 1]!.pos) ||
        !/^(?:NUM|DET|ADP|ADV|PRON)$/.test(part[k + 1]!.pos)
      )
        continue;
      t.pos = 'VERB';
      t.lemma = verb;
      break;
    }
  }
}

/** A word in "-ed" the tagger took for an adjective, whose stem English knows as a verb ("Vehlmann plundered 500
 * million", "plundered" read as an adjective): the verb's base form; null otherwise. */
function pastOfVerb(t: Token): string | null {
  if (!nlpSettings.edVerbs || t.pos !== 'ADJ' || !/^[a-z]{4,}ed$/.test(t.normal)) return null;
  return lemmas(t.normal, 'verb').find((l) => l !== t.normal) ?? null;
}

/**
 * "his left knee", "her left hand": after a possessive determiner and before a noun, "left" is the side, an adjective,
 * not the verb "leave" the tagger makes of it (a possessive is followed by a noun phrase, never by a verb).
 */
function repairSides(tokens: Token[]): void {
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (t.normal !== 'left' || t.pos !== 'VERB') continue;
    if (!POSSESSIVES.has(tokens[i - 1]!.normal) || tokens[i + 1]!.pos !== 'NOUN') continue;
    t.pos = 'ADJ';
    t.lemma = 'left';
  }
}

/** Splits `text` into sentences with their tokens. Empty input gives no sentences. */
export function splitSentences(text: string): Sentence[] {
  const { tokens, sentenceEnds } = tokenize(text);
  const cuts = lineBoundaries(text);
  const sentences: Sentence[] = [];
  let current: Token[] = [];
  let cutIndex = 0;
  const flush = () => {
    if (!current.length) return;
    repairVerbs(current);
    repairSides(current);
    const start = current[0]!.start;
    const end = current[current.length - 1]!.end;
    sentences.push({
      index: sentences.length,
      start,
      end,
      text: text.slice(start, end),
      tokens: current,
      attribution: null,
      hedges: [],
      negations: [],
      quotes: [],
    });
    current = [];
  };
  // a figure's point with a space after it ("a magnitude-6. 4 temblor", text tokenised by another tool) ends no
  // sentence: no sentence starts with a digit right after one that ended on one
  const decimal = (i: number) => {
    const [t, next] = [tokens[i]!, tokens[i + 1]];
    if (!next || !/^\d/.test(next.text) || next.start - t.end > 1) return false;
    if (/^\d+\.$/.test(t.text)) return true;
    const prev = tokens[i - 1];
    return t.text === '.' && !!prev && prev.end === t.start && /\d$/.test(prev.text);
  };
  tokens.forEach((t, i) => {
    while (cutIndex < cuts.length && cuts[cutIndex]! <= t.start) {
      flush();
      cutIndex++;
    }
    if (current.length && t.end - current[0]!.start > nlpSettings.maxSentenceChars) flush(); // guard
    current.push(t);
    if (sentenceEnds.has(t.end) && !/^[A-Z]\.?$/.test(t.text) && !decimal(i)) flush();
  });
  flush();
  return sentences;
}
