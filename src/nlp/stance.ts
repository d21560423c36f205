/**
 * Who says it and how sure: attribution ("according to X", "X said"), hedges, negation and
 * refusal, and direct quotes with their speakers. Operates on one sentence with its entity mentions.
 */
import type { Attribution, EntityMention, Sentence } from '../model/annotations.js';
import type { Span } from '../model/document.js';
import { HEDGES, NEGATIONS, REPORTING_VERBS } from './lexicon/words.js';
import { matchesOf } from './matches.js';
import { nlpSettings } from '../settings/nlp.js';

const phraseRe = (list: string[]) =>
  new RegExp(
    `(?<![\\p{L}'’])(?:${list.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]")).join('|')})(?![\\p{L}])`,
    'giu',
  );
const HEDGE_RE = phraseRe(HEDGES.filter((h) => h !== 'according to'));
const NEG_RE = phraseRe(NEGATIONS.filter((n) => n !== "n't"));

function spansOf(re: RegExp, s: Sentence): Span[] {
  const out: Span[] = [];
  for (const m of matchesOf(re, s.text))
    out.push({ start: s.start + m.index!, end: s.start + m.index! + m[0].length });
  return out;
}

export function findHedges(s: Sentence): Span[] {
  return spansOf(HEDGE_RE, s);
}

export function findNegations(s: Sentence): Span[] {
  const out = spansOf(NEG_RE, s);
  // (and a negation printed with a spaced apostrophe, "didn ’ t": its token's normal form is "n't")
  for (const t of s.tokens)
    if (/^n['’]t$/i.test(t.text) || t.normal === "n't") out.push({ start: t.start, end: t.end });
  return out.sort((a, b) => a.start - b.start);
}

const QUOTE_RE = /"([^"]{3,})"|“([^”]{3,})”|(?<![\p{L}])'([^']{8,})'(?![\p{L}])|«([^»]{3,})»/gu;

/** Who a sentence's statement is attributed to, if anyone. */
export function findAttribution(doc: string, s: Sentence, mentions: EntityMention[]): Attribution | null {
  const inS = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
  // "according to X" / "as per X"
  const acc = /\b(according to|as per|citing|cited by)\s+/i.exec(s.text);
  if (acc) {
    const from = s.start + acc.index + acc[0].length;
    const cueSpan = { start: s.start + acc.index, end: s.start + acc.index + acc[1]!.length };
    const m = inS.find((x) => x.start >= from && x.start - from <= 4);
    if (m)
      return {
        source: m.text,
        sourceSpan: { start: m.start, end: m.end },
        cue: acc[1]!.toLowerCase(),
        cueSpan,
      };
    const np = /^(?:the\s+)?[\p{L}\p{N}'’\- ]{2,60}?(?=[,.;]|\s+(?:who|which|that)\b|$)/iu.exec(
      doc.slice(from, s.end),
    );
    if (np)
      return {
        source: np[0],
        sourceSpan: { start: from, end: from + np[0].length },
        cue: acc[1]!.toLowerCase(),
        cueSpan,
      };
  }
  // "X said", "said X", "X, ..., said"
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (t.pos !== 'VERB' || !REPORTING_VERBS.has(t.lemma)) continue;
    const cueSpan = { start: t.start, end: t.end };
    // ", said DA spokesman Gregg Miliote": after a comma, "said" puts its speaker after it, a title between ("told"
    // puts whom it was told to there: ", told CNN")
    // (the name before the comma is what was said: "… an apartment on Independent Street, said …")
    // (only a title between, "prison spokesman", not "said in an ABC interview"; and not where a person or an
    // organisation stands right before the comma: "Trump's envoy, Keith Kellogg, said …" is Kellogg's)
    const namedBeforeComma = () => {
      const m = inS.filter((x) => x.end <= t.start).pop();
      return (
        !!m &&
        (m.type === 'person' || m.type === 'organization') &&
        /^\s*,\s*$/.test(doc.slice(m.end, t.start))
      );
    };
    if (
      nlpSettings.saidAfterComma &&
      t.lemma === 'say' &&
      s.tokens[i - 1]?.text === ',' &&
      !namedBeforeComma()
    ) {
      const speaker = inS.find(
        (m) =>
          m.start >= t.end &&
          m.start - t.end <= 40 &&
          (m.type === 'person' || m.type === 'organization') &&
          s.tokens
            .filter((x) => x.start >= t.end && x.end <= m.start)
            .every(
              (x) =>
                // (an abbreviated title the tagger takes for a determiner, "DA", is a title)
                !/^(?:ADP|DET|VERB|AUX|PRON|CCONJ|SCONJ|PUNCT)$/.test(x.pos) ||
                x.text === '.' ||
                (x.pos === 'DET' && /^\p{Lu}{2,}$/u.test(x.text)),
            ),
      );
      // (the title is part of who says it: "Sgt. Marty Earley")
      const from = s.tokens.find((x) => x.start >= t.end);
      if (speaker)
        return {
          source: speaker.text,
          sourceSpan: { start: Math.min(from?.start ?? speaker.start, speaker.start), end: speaker.end },
          cue: t.lemma,
          cueSpan,
        };
    }
    const before = inS.filter((m) => m.end <= t.start && m.type !== 'country' && t.start - m.end <= 60).pop();
    const subjectCountry = inS.filter((m) => m.end <= t.start && t.start - m.end <= 25).pop();
    const src = before ?? subjectCountry;
    if (src)
      return { source: src.text, sourceSpan: { start: src.start, end: src.end }, cue: t.lemma, cueSpan };
    const after = inS.find((m) => m.start >= t.end && m.start - t.end <= 3);
    if (after)
      return {
        source: after.text,
        sourceSpan: { start: after.start, end: after.end },
        cue: t.lemma,
        cueSpan,
      };
    // a common-noun source: "officials said", "the ministry said"
    const prev = s.tokens[i - 1];
    if (prev && (prev.pos === 'NOUN' || prev.pos === 'PRON') && !prev.stop)
      return { source: prev.text, sourceSpan: { start: prev.start, end: prev.end }, cue: t.lemma, cueSpan };
  }
  return null;
}

export function findQuotes(
  s: Sentence,
  attribution: Attribution | null,
): { span: Span; speaker: string | null }[] {
  const out: { span: Span; speaker: string | null }[] = [];
  for (const m of matchesOf(QUOTE_RE, s.text)) {
    const start = s.start + m.index!;
    out.push({ span: { start, end: start + m[0].length }, speaker: attribution?.source ?? null });
  }
  return out;
}
