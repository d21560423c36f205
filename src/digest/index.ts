/**
 * src/digest: a story told in a few paragraphs from the reports' own clauses, every sentence cited. It stands on
 * the analysis (the report contract: align's claims and disputes), not on a judgement of its own: corroborated
 * claims first (by how many independent outlets state them), every dispute stated as a dispute with its
 * positions, single-source claims marked as such. No language model: the words of a fact are a report's words
 * (a clause, trimmed of attribution where safe); only the frame ("Outlets differ on …", "Only X reports that")
 * is ours. Pure.
 */
import type { Claim, Dispute, Report, ReportDocument, Story } from '../model/report.js';
import { outletNamer } from '../report/outlets.js';
import {
  DIGEST_SCHEMA_ID,
  type Digest,
  type DigestEvidence,
  type DigestSentence,
  type DigestSource,
  type DigestStory,
} from './schema.js';

export * from './schema.js';

export interface DigestOptions {
  /** Stories to digest (default all). */
  stories?: string[];
  /** About how many words a story's digest runs to; disputes are always stated (default 250). */
  words?: number;
}

/** Corroborated facts in the opening paragraph, before the disputes. */
const LEAD_FACTS = 3;
/** Single-source facts stated at most. */
const MAX_SINGLE = 4;
/** A clause shorter than this many words is too thin to stand as a sentence. */
const MIN_WORDS = 5;
/** A clause longer than this many characters is too long to read as one sentence of a digest. */
const MAX_CHARS = 320;
/** A sentence this share of whose words (and all its figures) one already told says is that sentence again. */
const REPEATED_SHARE = 0.8;

const ANAPHORIC = /^(?:this|that|these|those|it|its|he|she|they|his|her|their|him|them|such)\b/i;

const wordsOf = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;

interface Span {
  document: string;
  start: number;
  end: number;
}

/** The part of a clause that states the fact: attribution ("according to X,", ", X said") and a leading
 * conjunction trimmed off where what is left still reads as a clause. Offsets stay exact. */
export function trimClause(text: string, start: number, end: number): { start: number; end: number } {
  let a = start;
  let b = end;
  const s = () => text.slice(a, b);
  const lead = /^(?:and|but|while|whereas|although|meanwhile|however|also)[,\s]+/i.exec(s());
  if (lead) a += lead[0].length;
  const acc = /^according to [^,]{1,60},\s+/i.exec(s());
  if (acc && wordsOf(s().slice(acc[0].length)) >= MIN_WORDS) a += acc[0].length;
  const tail =
    /,?\s+(?:according to [^,.;]{1,60}|(?:the\s+)?[\p{Lu}][^,.;]{0,60}\s+(?:said|says|reported|reports|told [^,.;]{1,40}|added|stated)|(?:he|she|they|it|officials)\s+(?:said|says|added))[.]?$/u.exec(
      s(),
    );
  if (tail && wordsOf(s().slice(0, tail.index)) >= MIN_WORDS) b = a + tail.index;
  while (b > a && /[\s,;:–—]/.test(text[b - 1]!)) b--;
  // a closing quotation mark whose opening one is not in the clause
  if (/[”"’]$/.test(text.slice(a, b)) && !/[“"‘]/.test(text.slice(a, b - 1))) {
    b--;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
  }
  while (a < b && /[\s"“”'‘’]/.test(text[a]!)) a++;
  // an opening quotation mark whose closing one stands just past the clause: take it in
  const q = text.slice(a, b);
  const open =
    (q.match(/"/g)?.length ?? 0) % 2 === 1 || (q.match(/“/g)?.length ?? 0) > (q.match(/”/g)?.length ?? 0);
  const close = /^[.,]?["”]/.exec(text.slice(b, b + 2));
  if (open && close) b += close[0].length;
  return { start: a, end: b };
}

/** Whether an evidence clause was cut off before ", and …" (where a list's last item and its verb may have stayed
 * behind: "as much as 55 percent of traffic in A, 52 percent in B" + ", and 82 percent in C was out of service"). */
function cutBeforeAnd(text: string, end: number): boolean {
  return /^[\s"”’']*,\s+and\b/.test(text.slice(end, end + 12));
}

/** A fact's words as a sentence: its first letter capitalised, a full stop at the end. */
function asSentence(quote: string, prefix: string): string {
  const body = prefix ? quote : quote.charAt(0).toUpperCase() + quote.slice(1);
  return `${prefix}${body}${/[.!?]["”’)]?$/.test(body) ? '' : '.'}`;
}

/** "Only" sentences go on with the clause lower-cased when its first word is a common word: one of the usual
 * sentence openers, or a word its report also writes in lower case ("Negotiations between …"). */
function continuing(quote: string, text: string): string {
  const first = /^[\p{Lu}][\p{Ll}]+\b/u.exec(quote)?.[0];
  if (!first) return quote;
  const lower = first.toLowerCase();
  const common =
    /^(?:the|a|an|it|its|they|their|there|this|these|those|he|she|his|her)$/.test(lower) ||
    new RegExp(`(?<![\\p{L}])${lower}(?![\\p{L}])`, 'u').test(text);
  return common ? lower + quote.slice(first.length) : quote;
}

export function digestReport(report: Report, opts: DigestOptions = {}): Digest {
  const docs = new Map(report.documents.map((d) => [d.id, d]));
  const outlet = outletNamer(report.documents);
  const stories = report.stories.filter((s) => !opts.stories?.length || opts.stories.includes(s.id));
  return {
    schema: DIGEST_SCHEMA_ID,
    stories: stories.map((s) => digestStory(s, docs, outlet, opts.words ?? 250)),
  };
}

function digestStory(
  story: Story,
  docs: Map<string, ReportDocument>,
  outlet: (id: string) => string,
  budget: number,
): DigestStory {
  const sources: DigestSource[] = [];
  const numberOf = (id: string): number => {
    let s = sources.find((x) => x.document === id);
    if (!s) {
      const d = docs.get(id);
      s = {
        n: sources.length + 1,
        document: id,
        outlet: outlet(id),
        title: d?.title ?? null,
        url: d?.url ?? null,
        published: d?.published ?? null,
      };
      sources.push(s);
    }
    return s.n;
  };
  const ev = (e: { document: string; start: number; end: number }): DigestEvidence => {
    const text = docs.get(e.document)?.text ?? '';
    return {
      document: e.document,
      quote: text.slice(e.start, e.end),
      start: e.start,
      end: e.end,
      outlet: outlet(e.document),
      source: numberOf(e.document),
    };
  };
  // the independent outlet a document counts as (a copy counts as its original)
  const rootOf = (id: string): string => {
    const seen = new Set<string>();
    let d = docs.get(id);
    while (d?.copyOf && !seen.has(d.id)) {
      seen.add(d.id);
      d = docs.get(d.copyOf) ?? d;
      if (d.id === id) break;
    }
    return (d?.source ?? d?.id ?? id).trim().toLowerCase();
  };
  const used: Span[] = [];
  const overlapsUsed = (x: Span) =>
    used.some((u) => u.document === x.document && u.start < x.end && x.start < u.end);
  // the words of the sentences already told: a quote nearly all of whose words one of them already says, every figure
  // among them, is said twice ("The warship immediately altered (its direction) towards the suspicious vessels and
  // challenged them." after the same words with "the officer said, adding …" from another report)
  const told: Set<string>[] = [];
  const wordsIn = (q: string) => new Set(q.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const toldAlready = (q: string) => {
    const w = [...wordsIn(q)];
    return told.some(
      (t) =>
        w.filter((x) => t.has(x)).length >= REPEATED_SHARE * w.length &&
        w.every((x) => !/\d/.test(x) || t.has(x)),
    );
  };

  const cutShort = (e: { document: string; end: number }) =>
    cutBeforeAnd(docs.get(e.document)?.text ?? '', e.end);
  /** A claim as a fact sentence: the best-written of its quotes, trimmed. */
  function factSentence(c: Claim, kind: 'corroborated' | 'single-source'): DigestSentence | null {
    const cands = c.evidence
      .map((e) => {
        const text = docs.get(e.document)?.text ?? '';
        const t = trimClause(text, e.start, e.end);
        return { e, t, quote: text.slice(t.start, t.end) };
      })
      .filter((x) => wordsOf(x.quote) >= MIN_WORDS && x.quote.length <= MAX_CHARS && !/\?\s*$/.test(x.quote))
      // a clause that opens on a pronoun ("This includes …", "He said …") leans on a sentence the digest does not have
      .filter((x) => !ANAPHORIC.test(x.quote))
      .filter((x) => !overlapsUsed({ document: x.e.document, ...x.t }) && !toldAlready(x.quote))
      // a clause that starts a sentence, then one not cut off before ", and …" (it may be a list without its verb), from
      // an original, reads best; then the shorter
      .sort(
        (x, y) =>
          Number(/^[\p{Lu}"“]/u.test(y.quote)) - Number(/^[\p{Lu}"“]/u.test(x.quote)) ||
          Number(cutShort(x.e)) - Number(cutShort(y.e)) ||
          Number(!!docs.get(x.e.document)?.copyOf) - Number(!!docs.get(y.e.document)?.copyOf) ||
          x.quote.length - y.quote.length,
      );
    const best = cands[0];
    if (!best) return null;
    used.push({ document: best.e.document, ...best.t });
    told.push(wordsIn(best.quote));
    const others = c.evidence.filter((e) => e !== best.e);
    const evidence = [ev({ document: best.e.document, ...best.t }), ...others.map(ev)];
    const outlets = [...new Set(evidence.map((e) => rootOf(e.document)))];
    const prefix = kind === 'single-source' ? `Only ${outlet(best.e.document)} reports that ` : '';
    const quote =
      kind === 'single-source' ? continuing(best.quote, docs.get(best.e.document)?.text ?? '') : best.quote;
    return {
      kind,
      text: asSentence(quote, prefix),
      sources: [...new Set(evidence.map((e) => e.source))].sort((a, b) => a - b),
      evidence,
      at: prefix.length,
      independentOutlets: outlets.length,
    };
  }

  function disputeSentence(d: Dispute): DigestSentence {
    const positions = d.positions.map((p) => {
      const evidence = p.evidence.map(ev);
      return { value: p.value, outlets: [...new Set(evidence.map((e) => e.outlet))], evidence };
    });
    const say = positions
      .map((p) => `${joinNames(p.outlets)} ${p.outlets.length > 1 ? 'say' : 'says'} ${quoteValue(p.value)}`)
      .join('; ');
    const evidence = positions.flatMap((p) => p.evidence);
    return {
      kind: 'dispute',
      text: `Outlets differ on ${aboutText(d)}: ${say}.`,
      sources: [...new Set(evidence.map((e) => e.source))].sort((a, b) => a - b),
      evidence,
      positions,
      independentOutlets: new Set(evidence.map((e) => rootOf(e.document))).size,
    };
  }

  // (a fact claim's clauses say more than the fact the outlets agree on: the digest tells statements)
  const corroborated = story.claims
    .filter((c) => c.status === 'corroborated' && c.scope !== 'fact')
    .map((c) => ({ c, n: c.independentOutlets ?? new Set(c.evidence.map((e) => rootOf(e.document))).size }))
    .sort((a, b) => b.n - a.n || b.c.evidence.length - a.c.evidence.length);
  const single = story.claims.filter((c) => c.status === 'single-source');

  let words = 0;
  const lead: DigestSentence[] = [];
  const more: DigestSentence[] = [];
  for (const { c } of corroborated) {
    if (words >= budget && lead.length) break;
    const s = factSentence(c, 'corroborated');
    if (!s) continue;
    (lead.length < LEAD_FACTS ? lead : more).push(s);
    words += wordsOf(s.text);
  }
  const disputes = story.disputes.map(disputeSentence);
  words += disputes.reduce((n, s) => n + wordsOf(s.text), 0);
  const only: DigestSentence[] = [];
  for (const c of single) {
    if (only.length >= MAX_SINGLE || (words >= budget && (lead.length || only.length))) break;
    const s = factSentence(c, 'single-source');
    if (!s) continue;
    only.push(s);
    words += wordsOf(s.text);
  }
  // timeline order where it helps: facts the timeline dates are told in time order within their paragraph
  for (const x of [...lead, ...more, ...only]) {
    const d = story.timeline
      .filter((t) =>
        t.evidence.some((e) =>
          x.evidence.some((y) => y.document === e.document && y.start < e.end && e.start < y.end),
        ),
      )
      .map((t) => t.date)
      .sort()[0];
    if (d) x.date = d;
  }
  const inTime = (p: DigestSentence[]) =>
    p.filter((x) => x.date).length >= 2
      ? p
          .map((x, k) => ({ x, k }))
          .sort((a, b) => cmp(a.x.date ?? '~', b.x.date ?? '~') || a.k - b.k)
          .map((a) => a.x)
      : p;
  const paragraphs = [inTime(lead), disputes, inTime(more), only].filter((p) => p.length);
  // sources listed in order of first citation
  const cited = new Set(paragraphs.flat().flatMap((s) => s.sources));
  return {
    id: story.id,
    title: story.title,
    paragraphs,
    sources: sources.filter((s) => cited.has(s.n)),
    words,
  };
}

/** Code-unit order (ISO dates; '~' after every digit), not the locale's. */
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? 'one outlet';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function quoteValue(v: string): string {
  const one = v.replace(/\s+/g, ' ').trim();
  return `“${one.length > 160 ? one.slice(0, 159) + '…' : one}”`;
}

/** What a dispute is about, as the object of "Outlets differ on …". */
function aboutText(d: Dispute): string {
  const many = /^how many [^(:]+/.exec(d.about);
  if (many) return many[0].trim();
  if (/^who was the /.test(d.about) || /^whom /.test(d.about)) return d.about.split(':')[0]!;
  // a dispute that names its own question ("what rank Nirad Sinha holds", "which way from aden", "on which block of
  // 223rd street") is stated by it; the generic ones ("the figure (cost)", "when", "whether", "which", "who (kill)")
  // by the kind's own words below
  const own = d.about.split(':')[0]!.trim();
  if (own && !/^(?:the figure\b|when$|whether$|which$|who \()/.test(own)) return own;
  switch (d.kind) {
    case 'number':
      return 'a figure';
    case 'date':
      return 'when it happened';
    case 'entity':
      return 'who did it';
    case 'polarity':
      return 'whether it happened';
    case 'list':
      return 'who or what was involved';
    default:
      return 'this';
  }
}
