/**
 * Canonicalises entity mentions across the reports of one story: countries by country, people by
 * full name with surname-only mentions, transliteration variants and small typos joined to the
 * one person they fit, organisations with their acronyms, places and facilities with diacritics
 * folded. Sets `entityId` on every mention and returns the story's entities with their variants.
 */
import type { AnnotatedDocument, EntityMention } from '../model/annotations.js';
import type { Entity } from '../model/report.js';
import { evidenceOf } from '../model/document.js';
import { nlpSettings } from '../settings/nlp.js';
import { countryByAdjective, countryByName, fold } from './lexicon/countries.js';

/** Damerau-Levenshtein (optimal string alignment) distance. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}

const similarName = (a: string, b: string): boolean => {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  if (n < nlpSettings.typoMinLength) return false;
  if (Math.abs(a.length - b.length) > nlpSettings.typoMaxDistance || a[0] !== b[0]) return false;
  return editDistance(a, b) <= (n >= 9 ? nlpSettings.typoMaxDistance : 1);
};

const slug = (s: string) =>
  fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'entity';

interface Cluster {
  key: string;
  type: Entity['type'];
  mentions: { doc: AnnotatedDocument; m: EntityMention }[];
  /** folded tokens of the fullest person name */
  first?: string;
  last?: string;
  /** every folded surname seen for this person (transliterations, typos) */
  lasts?: Set<string>;
}

/** The lower-case words of the story's texts (tokens' normal forms), built once per story. */
const lowerWordsCache = new WeakMap<AnnotatedDocument[], Set<string>>();

function lowerElsewhere(docs: AnnotatedDocument[], folded: string): boolean {
  if (folded.includes(' ')) {
    const re = new RegExp(`(?<![\\p{L}])${folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u');
    return docs.some((d) => re.test(d.doc.text));
  }
  let words = lowerWordsCache.get(docs);
  if (!words) {
    words = new Set<string>();
    for (const d of docs)
      for (const s of d.sentences) for (const t of s.tokens) if (/^\p{Ll}/u.test(t.text)) words.add(t.text);
    lowerWordsCache.set(docs, words);
  }
  return words.has(folded);
}

export function resolveEntities(docs: AnnotatedDocument[]): Entity[] {
  const clusters = new Map<string, Cluster>();
  const add = (key: string, type: string, doc: AnnotatedDocument, m: EntityMention) => {
    let c = clusters.get(key);
    if (!c) clusters.set(key, (c = { key, type, mentions: [] }));
    c.mentions.push({ doc, m });
    return c;
  };
  const all = docs.flatMap((doc) => doc.entities.map((m) => ({ doc, m })));
  const singles: { doc: AnnotatedDocument; m: EntityMention }[] = [];
  // 1. countries, multi-word names, organisations, places
  for (const { doc, m } of all) {
    if (m.type === 'country') {
      const c = countryByName(m.canonical) ?? countryByAdjective(m.canonical);
      add(`country:${c?.code ?? fold(m.canonical)}`, 'country', doc, m);
      continue;
    }
    const words = fold(m.canonical).split(' ');
    if (m.type === 'person' && words.length >= 2) {
      const first = words[0]!;
      const last = words[words.length - 1]!;
      const match = [...clusters.values()].find(
        (c) =>
          c.type === 'person' &&
          c.lasts &&
          [...c.lasts].some((l) => similarName(l, last)) &&
          c.first &&
          (similarName(c.first, first) ||
            (c.first[0] === first[0] && (c.first.length <= 2 || first.length <= 2))),
      );
      const c = match ?? add(`person:${fold(m.canonical)}`, 'person', doc, m);
      if (match) match.mentions.push({ doc, m });
      c.first ??= first;
      c.last ??= last;
      (c.lasts ??= new Set()).add(last);
      continue;
    }
    if (words.length === 1 && (m.type === 'other' || m.type === 'person' || m.type === 'place')) {
      singles.push({ doc, m });
      continue;
    }
    add(`${m.type}:${fold(m.canonical)}`, m.type, doc, m);
  }
  // 2. single names: a surname joins the one person it fits (exactly, or within a small typo)
  const persons = [...clusters.values()].filter((c) => c.type === 'person');
  for (const { doc, m } of singles) {
    const key = fold(m.canonical);
    const exact = persons.filter((p) => p.lasts?.has(key));
    const near = exact.length
      ? exact
      : persons.filter((p) => p.lasts && [...p.lasts].some((l) => similarName(l, key)));
    if (near.length === 1) near[0]!.lasts!.add(key);
    if (near.length === 1) near[0]!.mentions.push({ doc, m });
    else if (m.initial && lowerElsewhere(docs, key)) continue;
    else {
      const existing = [...clusters.values()].find((c) => c.key.endsWith(`:${key}`) && c.type !== 'person');
      if (existing) existing.mentions.push({ doc, m });
      else add(`${m.type}:${key}`, m.type, doc, m);
    }
  }
  // single names of the same kind that nobody's full name explains may still be one person
  // ("Zelensky" and "Zelenskyy"): join their clusters when similar
  const loose = [...clusters.values()].filter(
    (c) => c.type !== 'person' && c.type !== 'country' && !c.key.includes(' '),
  );
  for (let i = 0; i < loose.length; i++)
    for (let j = i + 1; j < loose.length; j++) {
      const a = loose[i]!;
      const b = loose[j]!;
      if (!a.mentions.length || !b.mentions.length) continue;
      if (similarName(a.key.split(':')[1]!, b.key.split(':')[1]!)) {
        a.mentions.push(...b.mentions);
        b.mentions = [];
      }
    }

  // a capitalised word that only ever starts a sentence is a common word when it is written lower-case
  // elsewhere, or when nothing (no type cue, no second form, no mid-sentence use) says it is a name
  for (const c of clusters.values())
    if (
      c.type === 'other' &&
      c.mentions.length > 0 &&
      c.mentions.every(({ m }) => m.initial) &&
      (lowerElsewhere(docs, fold(c.mentions[0]!.m.canonical)) ||
        c.mentions.every(({ m }) => !/[\s-]/.test(m.text)))
    )
      c.mentions = [];
  const entities: Entity[] = [];
  const used = new Set<string>();
  const ordered = [...clusters.values()]
    .filter((c) => c.mentions.length)
    .sort((a, b) => a.key.localeCompare(b.key));
  for (const c of ordered) {
    const forms = new Map<string, number>();
    for (const { m } of c.mentions) forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
    let name: string;
    if (c.type === 'country')
      name = c.mentions.find(({ m }) => m.form !== 'adjective')?.m.canonical ?? c.mentions[0]!.m.canonical;
    else
      name = [...forms.entries()].sort(
        (a, b) => b[0].split(' ').length - a[0].split(' ').length || b[1] - a[1] || a[0].localeCompare(b[0]),
      )[0]![0];
    if (c.type === 'country') {
      const canon = countryByName(name) ?? countryByAdjective(name);
      if (canon) name = canon.name;
    }
    const aliases = new Set<string>(forms.keys());
    if (c.type === 'person') {
      const parts = name.split(' ');
      if (parts.length >= 2) aliases.add(parts[parts.length - 1]!);
    }
    if (c.type === 'country') aliases.add(name);
    let id = slug(name);
    while (used.has(id)) id += '-2';
    used.add(id);
    for (const { m } of c.mentions) m.entityId = id;
    const type = c.type === 'other' && c.mentions.length > 0 ? 'other' : c.type;
    entities.push({
      id,
      name,
      type,
      aliases: [...aliases].sort(),
      documents: [...new Set(c.mentions.map(({ doc }) => doc.doc.id))].sort(),
      roles: [...new Set(c.mentions.map(({ m }) => m.role).filter((r): r is string => !!r))].sort(),
      mentions: c.mentions.map(({ doc, m }) => evidenceOf(doc.doc, m)),
    });
  }
  return entities;
}
