/**
 * Canonicalises entity mentions across the reports of one story: countries by country, people by
 * full name with surname-only mentions, transliteration variants and small typos joined to the
 * one person they fit, organisations with their acronyms (initials, a parenthesised definition, blends
 * such as "MarAir"), short forms ("Dornvald" for "Dornvald Construction Group", "Civil Protection Agency"
 * for "Kestrian Civil Protection Agency"), spelling variants (hyphens, diacritics and their
 * transliterations: Håvik/Haavik, Ardić/Ardich) and small typos. Sets `entityId` on every mention and returns the story's entities with their variants.
 */
import { recoverInitialNames } from './initial-names.js';
import { trimNounCapitals } from './noun-capitals.js';
import type { AnnotatedDocument, EntityMention } from '../model/annotations.js';
import type { Entity } from '../model/report.js';
import { evidenceOf } from '../model/document.js';
import { nlpSettings } from '../settings/nlp.js';
import { countryByAdjective, countryByCapital, countryByName, fold } from './lexicon/countries.js';
import { joinCueNouns } from './cue-nouns.js';
import { FACILITY_CUES, FIRST_LEVEL_PLACES, IN_NOT_PLACE, ORG_CUES, PLACE_CUES } from './lexicon/words.js';

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

/** Letters that transliterate to two (Scandinavian, German, South Slavic): Håvik = Haavik, Ardić = Ardich. */
const TRANSLIT: [RegExp, string][] = [
  [/[åä]/g, 'aa'],
  [/[æ]/g, 'ae'],
  [/[öø]/g, 'oe'],
  [/[ü]/g, 'ue'],
  [/ß/g, 'ss'],
  [/[ćč]/g, 'ch'],
  [/[šş]/g, 'sh'],
  [/[žż]/g, 'zh'],
];
function transliterate(s: string): string {
  let t = s.toLowerCase();
  for (const [re, r] of TRANSLIT) t = t.replace(re, r);
  return fold(t);
}
// the German umlaut is also written "ae"/"oe"/"ue"; Scandinavian å as "aa"
const spellingCache = new Map<string, string[]>();
const spellings = (s: string): string[] => {
  let out = spellingCache.get(s);
  if (!out) {
    const a = fold(s);
    const b = transliterate(s);
    out = a === b ? [a] : [a, b];
    if (spellingCache.size > 50_000) spellingCache.clear();
    spellingCache.set(s, out);
  }
  return out;
};
const sameWord = (a: string, b: string): boolean => {
  const xs = spellings(a);
  const ys = spellings(b);
  return xs.some((x) => ys.some((y) => similarName(x, y)));
};

/** Matching key of a name: folded, "the" and possessives dropped, hyphens as spaces, British spellings. */
const nameKeyCache = new Map<string, string>();
function nameKey(s: string): string {
  let k = nameKeyCache.get(s);
  if (k === undefined) {
    k = nameKeyUncached(s);
    if (nameKeyCache.size > 50_000) nameKeyCache.clear();
    nameKeyCache.set(s, k);
  }
  return k;
}
function nameKeyUncached(s: string): string {
  return (
    fold(s)
      .replace(/^the /, '')
      .replace(/['’]s\b|['’](?= |$)/g, '')
      .replace(/(?<=\p{L})-(?=\p{L}|\d)|(?<=\d)-(?=\p{L})/gu, ' ')
      // "Sea Me We4" = "Sea Me We 4" (a code alone, "SMW4", stays one word)
      .replace(/(?<= \p{L}+)(?=\d+$)/u, ' ')
      .replace(/&/g, ' and ')
      .replace(/\bcentre\b/g, 'center')
      // "co-operation" = "cooperation", "co-ordinating" = "coordinating" (the hyphen is a spelling, not two words)
      .replace(/\bco (?=operat|ordinat)/g, 'co')
      // British -isation: "Organisation", "Civilisation" = "Organization", "Civilization"
      .replace(/(?<=\p{L}{3})isation(s?)\b/gu, 'ization$1')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
/** A plural name word ("Hawks", "76ers") that a report writes after a lower-case "the" with no noun or name after it
 * ("the Hawks scored", "the Hawks' coach", not "the Williams sisters" nor "the Rogers Cup"): the name of a team, a
 * band, a group, which a person's surname never is alone. */
function groupName(word: string, doc: AnnotatedDocument): boolean {
  if (!/(?:\p{Ll}|\d)s$/u.test(word) || !/\b[Tt]he /.test(doc.doc.text) || !doc.doc.text.includes(` ${word}`))
    return false;
  for (const { tokens: ts } of doc.sentences)
    for (let i = 1; i < ts.length; i++) {
      if (ts[i]!.text !== word || ts[i - 1]!.normal !== 'the') continue;
      const next = ts[i + 1];
      if (!next || (next.pos !== 'NOUN' && next.pos !== 'PROPN')) return true;
    }
  return false;
}

/** Roman numerals after a name are its number: "Aster II" = "Aster 2". */
const ROMAN: Record<string, string> = {
  ii: '2',
  iii: '3',
  iv: '4',
  v: '5',
  vi: '6',
  vii: '7',
  viii: '8',
  ix: '9',
  x: '10',
};
const numberKey = (key: string) =>
  key.replace(/ (ii|iii|iv|vi|vii|viii|ix)$/, (_, r: string) => ` ${ROMAN[r]!}`);
const GENERATIONAL = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const CONNECT = new Set([
  'of',
  'the',
  'for',
  'and',
  'in',
  'on',
  'de',
  'du',
  'la',
  'le',
  'des',
  'del',
  'a',
  'at',
  'to',
]);
/** A country's name leading a name is written by its code: "U. S. Geological Survey" = "US Geological Survey"
 * = "United States Geological Survey". */
function countryLed(key: string): string {
  const ws = key.split(' ');
  if (ws.length < 2) return key;
  for (let n = Math.min(3, ws.length - 1); n >= 1; n--) {
    const lead = ws.slice(0, n);
    const c = countryByName(lead.every((w) => w.length === 1) ? lead.join('') : lead.join(' '));
    if (c) return [c.code.toLowerCase(), ...ws.slice(n)].join(' ');
  }
  return key;
}
/** light stem so that "Democrats" and "Democratic" fall together */
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const stem = (w: string) => w.replace(/(?:ic|ics|s)$/, '');

/** The words of a person's name used to match it: generational suffixes and middle initials dropped
 * (lower case, diacritics kept so that their transliterations can be compared). */
function personWords(canonical: string): string[] {
  const ws = canonical
    .normalize('NFC')
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/['’]s$/, '')
    // "Kim Jong-un" = "Kim Jong Un"
    .replace(/(?<=\p{L})-(?=\p{L})/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);
  while (ws.length > 2 && GENERATIONAL.has(ws[ws.length - 1]!)) ws.pop();
  return ws.filter((w, i) => i === 0 || i === ws.length - 1 || w.length > 1);
}
/** Whether some member of `set` passes `test`, in the set's order (as `[...set].some(test)`, without the copy: asked of
 * every person of the story for every name read). */
function someOf<T>(set: Set<T>, test: (x: T) => boolean): boolean {
  for (const x of set) if (test(x)) return true;
  return false;
}
/** Two given names of one person: equal, a short form ("Sam"/"Samuel"), a spelling or a typo. */
function sameFirst(a: string, b: string): boolean {
  if (sameWord(a, b)) return true;
  if (a.length <= 2 || b.length <= 2) return a[0] === b[0];
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length >= 3 && l.startsWith(s)) return true;
  // a pet form in -ie or -y of the name's first syllable: "Katie"/"Kathryn", "Danny"/"Daniel", "Johnny"/"John" (the
  // full name goes on well past the stem, or is the stem: not "Marie"/"Mark")
  // ("Mary", "Henry" are names of their own: -y only after a doubled consonant, "Danny", "Tommy")
  const pet = /^(\p{L}{2,}?)(\p{L})\2(?:ie|y)$/u.exec(s) ?? /^(\p{L}{3,})()ie$/u.exec(s);
  if (pet) {
    const stems = [pet[1]! + pet[2]!, pet[1]!];
    if (stems.some((st) => st.length >= 3 && l.startsWith(st) && (l === st || l.length >= st.length + 3)))
      return true;
  }
  const d = editDistance(a, b);
  return s.length >= 4 && d <= (s.length >= 5 ? 2 : 1) && (a[0] === b[0] || d === 1);
}

interface Cluster {
  id: number;
  type: Entity['type'];
  mentions: { doc: AnnotatedDocument; m: EntityMention }[];
  /** matching key of the fullest name */
  key: string;
  /** person name words (every given name and surname seen) */
  firsts?: Set<string>;
  lasts?: Set<string>;
  parent?: Cluster;
}

/** The lower-case words of the story's texts (tokens' normal forms), built once per story. */
const lowerWordsCache = new WeakMap<AnnotatedDocument[], Set<string>>();
function lowerWords(docs: AnnotatedDocument[]): Set<string> {
  let words = lowerWordsCache.get(docs);
  if (!words) {
    words = new Set<string>();
    for (const d of docs)
      for (const s of d.sentences) for (const t of s.tokens) if (/^\p{Ll}/u.test(t.text)) words.add(t.text);
    lowerWordsCache.set(docs, words);
  }
  return words;
}

function lowerElsewhere(docs: AnnotatedDocument[], folded: string): boolean {
  if (folded.includes(' ')) {
    const re = new RegExp(`(?<![\\p{L}])${escapeRe(folded)}(?![\\p{L}])`, 'u');
    return docs.some((d) => re.test(d.doc.text));
  }
  return lowerWords(docs).has(folded);
}

const TYPE_RANK: Record<string, number> = { organization: 4, facility: 3, place: 2, person: 1, other: 0 };

/** Letters an acronym may take from a name's words: initials, a hyphenated word's parts, capitals of a code. */
function initialsOf(words: string[], withConnectors: boolean): string {
  let out = '';
  for (const w of words) {
    if (CONNECT.has(w.toLowerCase()) && !withConnectors) continue;
    const parts = w.split(/[-\s]/).filter(Boolean);
    for (const part of parts) {
      if (/^\d+$/.test(part)) out += part;
      else if (parts.length === 1 && /^(?:\p{Lu}\.?){2,3}$/u.test(part)) out += part.replace(/\./g, '');
      else out += part[0]!;
    }
  }
  return fold(out);
}
/** "MarAir" = Mar(ovian) Air(ways), "CalDairy", "LiLo": each piece starts the next word of the name. */
function blendOf(acronym: string, words: string[]): boolean {
  const pieces = acronym.match(/\p{Lu}[\p{Ll}\d]*/gu);
  if (!pieces || pieces.length < 2 || pieces.join('') !== acronym.replace(/[\s.-]/g, '')) return false;
  const content = words.map((w) => fold(w)).filter((w) => !CONNECT.has(w));
  let i = 0;
  for (const p of pieces) {
    const f = fold(p);
    if (i >= content.length || !content[i]!.startsWith(f)) return false;
    i++;
  }
  return content.slice(i).every((w) => ORG_CUES.has(w));
}
const isAcronym = (s: string) =>
  /^(?:\p{Lu}\.\s?){2,}$/u.test(s) ||
  /^[\p{Lu}\d]{2,8}$/u.test(s) ||
  (/^\p{Lu}[\p{L}\d]{1,9}$/u.test(s) && (s.match(/\p{Lu}/gu)?.length ?? 0) >= 2);

export function resolveEntities(docs: AnnotatedDocument[]): Entity[] {
  // a capital in a German report marks a noun as often as a name: only what the story names elsewhere stays a name
  trimNounCapitals(docs);
  // the names the tagger missed at the start of a sentence, known from the rest of the story
  recoverInitialNames(docs, lowerWords(docs));
  // "Qeshm island" where another report writes "Qeshm Island": one name
  joinCueNouns(docs);
  const clusters: Cluster[] = [];
  const make = (type: Entity['type'], key: string): Cluster => {
    const c: Cluster = { id: clusters.length, type, mentions: [], key };
    clusters.push(c);
    return c;
  };
  const root = (c: Cluster): Cluster => {
    while (c.parent) c = c.parent;
    return c;
  };
  const clusterOf = new Map<EntityMention, Cluster>();
  const nameOnly = new Map<EntityMention, string>();
  const union = (a: Cluster, b: Cluster): Cluster => {
    const ra = root(a);
    const rb = root(b);
    if (ra === rb) return ra;
    // the person, else the better-typed, else the longer name, absorbs the other
    const keep =
      (ra.type === 'person') !== (rb.type === 'person')
        ? ra.type === 'person'
          ? ra
          : rb
        : ra.key.split(' ').length >= rb.key.split(' ').length
          ? ra
          : rb;
    const gone = keep === ra ? rb : ra;
    gone.parent = keep;
    keep.mentions.push(...gone.mentions);
    gone.mentions = [];
    if (gone.lasts) for (const l of gone.lasts) (keep.lasts ??= new Set()).add(l);
    if (TYPE_RANK[gone.type]! > TYPE_RANK[keep.type]! && keep.type !== 'person') keep.type = gone.type;
    return keep;
  };
  const lower = lowerWords(docs);
  const samePerson = (p: Cluster, first: string, last: string) =>
    someOf(p.lasts!, (l) => sameWord(l, last)) && someOf(p.firsts!, (f) => sameFirst(f, first));
  const all = docs.flatMap((doc) => doc.entities.map((m) => ({ doc, m })));
  // a name of two or more words the story writes both as a person's and, by its context, as something else ("the
  // Varden Theatre", "in Santa Rosa") is one thing: its mentions take the type most of them have (a tie stays a
  // person's), so context in one report types it in all
  const typesOf = new Map<string, EntityMention[]>();
  for (const { m } of all) {
    if (m.role || m.type === 'country' || m.type === 'facility') continue;
    const key = nameKey(m.canonical);
    if (!key.includes(' ')) continue;
    const list = typesOf.get(key);
    if (list) list.push(m);
    else typesOf.set(key, [m]);
  }
  for (const ms of typesOf.values()) {
    if (!ms.some((m) => m.type === 'person') || ms.every((m) => m.type === 'person')) continue;
    const count = (t: string) => ms.filter((m) => m.type === t).length;
    // (an organisation, by a cue word or by acting as a group, wins a tie with a place or a thing)
    const best = (['organization', 'place', 'other'] as const).find(
      (t) =>
        count(t) > count('person') &&
        (['organization', 'place', 'other'] as const).every((u) => u === t || count(t) >= count(u)),
    );
    for (const m of ms) m.type = best ?? 'person';
  }
  // "the Indians" in a story that names the Cleveland Indians is the team, not India's people: a demonym in the plural
  // after "the" that ends exactly one longer name of the story (an organisation or a thing) is the short form of it
  const endsOf = new Map<string, Set<string>>();
  for (const { m } of all) {
    if (m.type !== 'organization' && m.type !== 'other') continue;
    const ws = m.text.replace(/^the\s+/i, '').split(/\s+/);
    if (ws.length < 2) continue;
    const last = ws[ws.length - 1]!;
    endsOf.set(last, (endsOf.get(last) ?? new Set()).add(nameKey(ws.join(' '))));
  }
  for (const { doc, m } of all)
    if (
      m.type === 'country' &&
      m.form === 'adjective' &&
      /\p{Ll}s$/u.test(m.text) &&
      endsOf.get(m.text)?.size === 1 &&
      /\b[Tt]he\s+$/.test(doc.doc.text.slice(Math.max(0, m.start - 4), m.start))
    ) {
      m.type = 'organization';
      m.form = 'name';
      m.canonical = m.text;
    }
  // a sentence's first word is capitalised whatever it is: it belongs to the name only when the story
  // also writes it as a name mid-sentence, or when without it the name is not one the story knows
  // ("Neben Athletic hatten ..." where "Athletic" is known; "Mit Ardić")
  const midWords = new Set<string>();
  const knownKeys = new Set<string>();
  for (const { m } of all) {
    const ws = nameKey(m.canonical).split(' ');
    ws.forEach((w, i) => (i > 0 || !m.initial) && midWords.add(w));
    knownKeys.add(ws.join(' '));
    knownKeys.add(ws[ws.length - 1]!);
  }
  const dropInitial = (m: EntityMention, key: string): string => {
    if (!m.initial || !key.includes(' ')) return key;
    const [first, ...rest] = key.split(' ');
    if (countryByName(first!) || countryByAdjective(first!)) return key;
    return lower.has(first!) || (!midWords.has(first!) && knownKeys.has(rest.join(' ')))
      ? rest.join(' ')
      : key;
  };
  const singles: { doc: AnnotatedDocument; m: EntityMention }[] = [];
  const byKey = new Map<string, Cluster>();
  const persons: Cluster[] = [];

  // 1. countries by country; people by full name; other names by their matching key
  for (const { doc, m } of all) {
    if (m.type === 'country') {
      const c = countryByName(m.canonical) ?? countryByAdjective(m.canonical);
      const key = `country:${c?.code ?? fold(m.canonical)}`;
      let cl = byKey.get(key);
      if (!cl) byKey.set(key, (cl = make('country', key)));
      cl.mentions.push({ doc, m });
      continue;
    }
    // two or more words all used as common words in the story are no one's name ("Dock Workers")
    if (
      m.type === 'person' &&
      !m.role &&
      nameKey(m.canonical)
        .split(' ')
        .every((w) => lower.has(w))
    )
      m.type = 'other';
    if (m.type === 'person') {
      const words = personWords(m.canonical);
      if (words.length >= 2) {
        const first = words[0]!;
        const last = words[words.length - 1]!;
        let c = persons.find((p) => samePerson(p, first, last));
        if (!c) {
          c = make('person', fold(words.join(' ')));
          c.firsts = new Set();
          c.lasts = new Set();
          persons.push(c);
        }
        c.firsts!.add(first);
        c.lasts!.add(last);
        c.mentions.push({ doc, m });
        continue;
      }
    }
    const key = countryLed(dropInitial(m, numberKey(nameKey(m.canonical))));
    if (!key) continue;
    if (!key.includes(' ') && (m.type === 'other' || m.type === 'person' || m.type === 'place')) {
      singles.push({ doc, m });
      continue;
    }
    let cl = byKey.get(`name:${key}`);
    if (!cl) byKey.set(`name:${key}`, (cl = make(m.type, key)));
    else if (TYPE_RANK[m.type]! > TYPE_RANK[cl.type]!) cl.type = m.type;
    cl.mentions.push({ doc, m });
  }

  // 2. a person named with a word before the name that is not part of it ("Actress Lindsay Lohan",
  // "Mittelstürmer Nikola Ardić"; "Mit Ardić" where "mit" is a common word of the story) is that person
  const fullNames = persons.filter((p) => p.key.split(' ').length === 2);
  for (const p of [...persons].sort((a, b) => b.key.split(' ').length - a.key.split(' ').length)) {
    if (!p.mentions.length) continue;
    const ws = personWords(p.mentions[0]!.m.canonical);
    for (let k = 1; k < ws.length - 1 || (k === 1 && ws.length === 2); k++) {
      const rest = ws.slice(k);
      const lead = ws.slice(0, k);
      const target =
        rest.length >= 2
          ? persons.filter((q) => root(q) !== root(p) && samePerson(q, rest[0]!, rest[rest.length - 1]!))
          : lead.every((w) => lower.has(fold(w)))
            ? fullNames.filter((q) => root(q) !== root(p) && someOf(q.lasts!, (l) => sameWord(l, rest[0]!)))
            : [];
      if (new Set(target.map(root)).size === 1) {
        // the name as written without the words before it is a variant too ("Nikola Ardić")
        for (const { m } of p.mentions) {
          const tail = m.text.split(/\s+/).slice(k).join(' ');
          if (tail) nameOnly.set(m, tail);
        }
        union(target[0]!, p);
        break;
      }
    }
  }

  // 3. single names: a surname joins the one person it fits (exactly, or within a small typo)
  const live = [...new Set(persons.map(root))].filter((p) => p.type === 'person');
  // the people each spelling of a surname can be (built once; a surname's fit is looked up once)
  const bySpelling = new Map<string, Cluster[]>();
  for (const p of live)
    for (const l of p.lasts!)
      for (const x of spellings(l)) {
        const list = bySpelling.get(x) ?? [];
        if (!list.includes(p)) list.push(p);
        bySpelling.set(x, list);
      }
  const fits = new Map<string, Cluster[]>();
  // of several people with one surname, the one the story is about: named in several reports where each of the others
  // is named in one at most ("Bettie Page" in every obituary, "her brother Jack Page" in one), as a report calls its
  // subject by the surname alone and a relative by the full name; two people the story names often (a coach and his
  // son the player) leave the surname alone undecided
  const principal = (people: Cluster[]): Cluster | null => {
    const reach = people.map((p) => new Set(p.mentions.map(({ doc }) => doc)).size);
    const top = Math.max(...reach);
    const k = reach.indexOf(top);
    return top >= nlpSettings.principalMinReports && reach.every((r, j) => j === k || r <= 1)
      ? people[k]!
      : null;
  };

  // the one person whose given name a word is (exactly as written; none when two people share it, or when it is a
  // surname too, a state or a capital, or a common word of the story)
  const givenOnly = (raw: string): Cluster | null => {
    if (lower.has(raw) || FIRST_LEVEL_PLACES.has(raw) || countryByCapital(raw)) return null;
    if (live.some((p) => p.lasts!.has(raw))) return null;
    const owners = live.filter((p) => p.firsts!.has(raw));
    if (owners.length !== 1) return null;
    // (nor when another person of the story shares the surname: in a family the given name is what tells its members
    // apart, and a short form the resolver cannot match — "Katie" for "Kathryn Jenkin" — may be another's)
    const lasts = owners[0]!.lasts!;
    return live.some((p) => p !== owners[0] && someOf(p.lasts!, (l) => lasts.has(l))) ? null : owners[0]!;
  };
  const givenAsPlace = (raw: string) =>
    singles.some(
      ({ doc, m }) =>
        m.canonical.toLowerCase() === raw &&
        (/\b(?:in|near|outside|at|from)\s+$/i.test(doc.doc.text.slice(Math.max(0, m.start - 8), m.start)) ||
          (m.text.length > 2 &&
            m.text === m.text.toUpperCase() &&
            /^\s*,/.test(doc.doc.text.slice(m.end, m.end + 2)))),
    );
  const placeSingle = (doc: AnnotatedDocument, m: EntityMention, key: string) => {
    if (m.initial && lowerElsewhere(docs, key)) return;
    let cl = byKey.get(`name:${key}`);
    if (!cl) byKey.set(`name:${key}`, (cl = make(m.type, key)));
    else if (TYPE_RANK[m.type]! > TYPE_RANK[cl.type]!) cl.type = m.type;
    cl.mentions.push({ doc, m });
  };
  const givenAlone: { doc: AnnotatedDocument; m: EntityMention; key: string; raw: string }[] = [];
  for (const { doc, m } of singles) {
    const key = dropInitial(m, numberKey(nameKey(m.canonical)));
    const raw = m.canonical
      .normalize('NFC')
      .toLowerCase()
      .replace(/['’]s$/, '');
    let near = fits.get(raw);
    if (!near) {
      const mine = spellings(raw);
      const exact = [...new Set(mine.flatMap((x) => bySpelling.get(x) ?? []))];
      near = exact.length ? exact : live.filter((p) => someOf(p.lasts!, (l) => sameWord(l, raw)));
      fits.set(raw, near);
    }
    const one = near.length === 1 ? near[0]! : principal(near);
    if (one) {
      one.lasts!.add(raw);
      one.mentions.push({ doc, m });
      continue;
    }
    // a given name alone: decided below, once every surname has found its person
    if (!near.length && m.type !== 'person' && givenOnly(raw)) {
      givenAlone.push({ doc, m, key, raw });
      continue;
    }
    placeSingle(doc, m, key);
  }
  // a given name alone ("gave Bettie a copy", "RIP Bettie!") is the one person of the story who has it, when it is
  // nobody's surname, the story does not use it as a place ("in Paris" where Paris Hilton is named, a dateline), and
  // the story treats the full name as a person's elsewhere (a title, an honorific, or the surname alone: "Ms Varga",
  // "Varga said"), not a firm's or a station's two capitalised words ("Coralis Orbital")
  const personLike = (p: Cluster) =>
    p.mentions.some(({ m }) => !!m.role || !/\s/.test(m.text.trim()) || m.form === 'surname');
  for (const { doc, m, key, raw } of givenAlone) {
    const given = givenOnly(raw);
    if (given && personLike(given) && !givenAsPlace(raw)) {
      m.type = 'person';
      given.mentions.push({ doc, m });
    } else placeSingle(doc, m, key);
  }

  const named = () =>
    [...new Set(clusters.map(root))].filter((c) => c.type !== 'country' && c.mentions.length);
  for (const c of clusters) for (const { m } of c.mentions) clusterOf.set(m, c);
  // a "person" named like an organisation of the story with its cue word ("Aurel Mariners" and "Aurel
  // Mariners FC", "Morningside Recovery" and "Morningside Recovery Center") is that organisation
  const orgLike = named()
    .filter((c) => c.type !== 'person' && c.key.includes(' '))
    .map((c) => ({ c, ws: c.key.split(' ').map(stem) }));
  for (const p of named().filter((c) => c.type === 'person' && c.mentions.every(({ m }) => !m.role))) {
    const keys = clusters.filter((c) => root(c) === p).map((c) => c.key.split(' ').map(stem));
    const hosts = orgLike
      .filter(({ c, ws }) => {
        if (root(c).type === 'person') return false;
        return keys.some(
          (pk) =>
            ws.length > pk.length &&
            pk.every((w, i) => w === ws[i]) &&
            ws.slice(pk.length).every((w) => ORG_CUES.has(w) || FACILITY_CUES.has(w)),
        );
      })
      .map(({ c }) => c);
    if (hosts.length === 1) {
      p.type = hosts[0]!.type;
      union(hosts[0]!, p);
    }
  }
  // 4. short and long forms of one organisation or thing
  // the distinctive words of a name: without cue words, connectors and the story's common words
  const coreOf = (key: string) =>
    key
      .split(' ')
      .filter((w) => !CONNECT.has(w) && !ORG_CUES.has(w) && !FACILITY_CUES.has(w) && !lower.has(w))
      .map(stem)
      .join(' ');
  const things = named().filter((c) => c.type !== 'person');
  const byCore = new Map<string, Cluster[]>();
  for (const c of things) {
    const core = coreOf(c.key);
    if (core && c.key.includes(' ')) byCore.set(core, [...(byCore.get(core) ?? []), c]);
  }
  // (not where the core is one word the story also writes alone as a place, "in Nordvel": names built on a place's
  // name with different words are different things of that place, "Nordvel Province", "Nordvel First", "Nordvel
  // Electoral Commission")
  const placeAlone = (core: string) => {
    if (core.includes(' ')) return false;
    const alone = new RegExp(
      `\\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]cross)\\s+${escapeRe(core[0]!.toUpperCase() + core.slice(1))}\\p{Ll}{0,3}\\b(?!\\s+\\p{Lu})`,
      'u',
    );
    return docs.some((d) => alone.test(d.doc.text));
  };
  // (there, only a name and a longer form of it join: "Valmora Athletic" and "Valmora Athletic Club", "Qeshm Island"
  // and "Island of Qeshm"; not "Qeshm Island" and "Qeshm City")
  const within = (a: Cluster, b: Cluster) => {
    const [wa, wb] = [a.key.split(' '), b.key.split(' ')];
    const [s, l] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
    return s.every((w) => CONNECT.has(w) || l.includes(w));
  };
  for (const [core, group] of byCore) {
    // (a name alone has nothing to join: its core is not looked up in the story's texts)
    if (group.length < 2) continue;
    if (!placeAlone(core)) {
      for (const c of group.slice(1)) union(group[0]!, c);
      continue;
    }
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++)
        if (within(group[i]!, group[j]!)) union(group[i]!, group[j]!);
  }
  // a name inside a longer one whose extra words are names ("Civil Protection Agency" in "Kestrian Civil
  // Protection Agency", "Democratic Party" in "Democratic Party of Turkmenistan"), or with the same first
  // and last word ("Marfin Bank", "Marfin Egnatia Bank"); one such longer name only
  const multi = named().filter((c) => c.type !== 'person' && c.key.includes(' '));
  const wordsOf = new Map(multi.map((c) => [c, c.key.split(' ')]));
  for (const a of multi) {
    const aw = wordsOf.get(a)!;
    const hosts = multi.filter((b) => {
      if (root(b) === root(a) || root(b).type === 'person') return false;
      const bw = wordsOf.get(b)!;
      if (bw.length <= aw.length) return false;
      const at = bw.join(' ').indexOf(aw.join(' '));
      if (at >= 0 && (at === 0 || bw.join(' ')[at - 1] === ' ')) {
        const i = bw.join(' ').slice(0, at).split(' ').filter(Boolean).length;
        const extra = [...bw.slice(0, i), ...bw.slice(i + aw.length)];
        // words after the shorter name only qualify it through a connector ("... Party of Turkmenistan");
        // "Kansas City Chiefs" is not "Kansas City"
        const tail = bw.slice(i + aw.length);
        if (tail.length && !CONNECT.has(tail[0]!)) return false;
        return extra.every((w) => CONNECT.has(w) || (!lower.has(w) && !ORG_CUES.has(w)));
      }
      if (bw[0] !== aw[0] || bw[bw.length - 1] !== aw[aw.length - 1]) return false;
      let j = 0;
      for (const w of bw) if (w === aw[j]) j++;
      return j === aw.length;
    });
    const roots = [...new Set(hosts.map(root))];
    // "Marfin Bank" in "Marfin Investment Bank" and "Marfin Egnatia Bank": names of one firm when they
    // share a first word that is itself a name (not "National Bank" in two national banks)
    const sameFamily =
      roots.length > 1 &&
      !lower.has(aw[0]!) &&
      !ORG_CUES.has(aw[0]!) &&
      hosts.every((b) => b.key.startsWith(`${aw[0]} `) && b.key.endsWith(` ${aw[aw.length - 1]}`));
    if (roots.length === 1 || sameFamily) for (const h of roots) union(h, a);
  }
  // spelling variants of a multi-word name, word by word ("Dornwald Construction")
  const ms = clusters.filter((c) => c.type !== 'person' && c.type !== 'country' && c.key.includes(' '));
  for (let i = 0; i < ms.length; i++)
    for (let j = i + 1; j < ms.length; j++) {
      if (root(ms[i]!) === root(ms[j]!) || root(ms[i]!).type === 'person' || root(ms[j]!).type === 'person')
        continue;
      const a = ms[i]!.key.split(' ');
      const b = ms[j]!.key.split(' ');
      if (
        a.length === b.length &&
        a.every((w, k) => w === b[k] || sameWord(w, b[k]!)) &&
        a.join() !== b.join()
      )
        union(ms[i]!, ms[j]!);
    }

  // 5. acronyms and blends: a parenthesised definition ("Kestrian Civil Protection Agency (KCPA)"), else
  // the initials or the blend of exactly one longer name of the story
  const surfaceOf = (c: Cluster) => c.mentions.map(({ m }) => m.text);
  const shortForms = named().filter((c) => !c.key.includes(' ') && surfaceOf(c).some(isAcronym));
  const longForms = named().filter((c) => c.key.includes(' '));
  // once per longer name: its initials, its words, and a definition in parentheses right after it
  const longInfo = longForms.map((c) => {
    const initials = new Set<string>();
    const wordLists: string[][] = [];
    const parens = new Set<string>();
    for (const text of new Set(c.mentions.map(({ m }) => m.text))) {
      const ws = text.replace(/^the\s+/i, '').split(/\s+/);
      wordLists.push(ws);
      initials.add(initialsOf(ws, false));
      initials.add(initialsOf(ws, true));
    }
    // (parentheses after a person's name give a party or an affiliation, "Annika Lovgren (PCP)", not the person's
    // initials)
    for (const { doc, m } of nlpSettings.personParensNoDefinition && root(c).type === 'person'
      ? []
      : c.mentions) {
      const after = /^\s?\(([^()]{2,12})\)/.exec(doc.doc.text.slice(m.end, m.end + 16));
      if (after) parens.add(after[1]!.trim());
    }
    return { c, initials, wordLists, parens };
  });
  // "the state operator known as FerroMar": the name the clause is about, earlier in its sentence
  const knownAs = new Map<string, Cluster[]>();
  if (shortForms.length)
    for (const doc of docs)
      for (const hit of doc.doc.text.matchAll(
        /\b(?:known as|called|dubbed|nicknamed)\s+(\p{Lu}[\p{L}\d.-]*)/gu,
      )) {
        const sentence = doc.sentences.find((x) => x.start <= hit.index && x.end > hit.index);
        if (!sentence) continue;
        const before = doc.entities.filter(
          (m) => m.start >= sentence.start && m.end <= hit.index && m.type !== 'country',
        );
        const host = before.length ? clusterOf.get(before[before.length - 1]!) : undefined;
        if (host && host.key.includes(' ')) knownAs.set(hit[1]!, [...(knownAs.get(hit[1]!) ?? []), host]);
      }
  for (const s of shortForms) {
    const forms = surfaceOf(s).filter(isAcronym);
    const keys = forms.map((f) => fold(f.replace(/[\s.]/g, ''))).filter((a) => a.length >= 2);
    const defined = new Set<Cluster>();
    for (const info of longInfo)
      if (root(info.c) !== root(s) && forms.some((f) => info.parens.has(f))) defined.add(root(info.c));
    for (const f of forms)
      for (const h of knownAs.get(f) ?? []) if (root(h) !== root(s)) defined.add(root(h));
    let hosts = [...defined];
    if (!hosts.length) {
      const blends = forms.filter((f) => /\p{Ll}/u.test(f));
      hosts = longInfo
        .filter(
          (info) =>
            root(info.c) !== root(s) &&
            (keys.some((a) => info.initials.has(a)) ||
              blends.some((f) => info.wordLists.some((ws) => blendOf(f, ws)))),
        )
        .map((info) => info.c);
      hosts = [...new Set(hosts.map(root))];
    }
    if (hosts.length === 1) union(hosts[0]!, s);
  }

  // a word written after "in", "near", "outside" or as a dateline in capitals names a place, not the short
  // form of an organisation that starts with it ("Kestrin" and "Kestrin Airport")
  const placeUse = ({ doc, m }: { doc: AnnotatedDocument; m: EntityMention }) =>
    (/\b(?:in|near|outside)\s+$/i.test(doc.doc.text.slice(Math.max(0, m.start - 8), m.start)) &&
      !IN_NOT_PLACE.has(
        /(\p{L}+)\s+in\s+$/iu
          .exec(doc.doc.text.slice(Math.max(0, m.start - 30), m.start))?.[1]
          ?.toLowerCase() ?? '',
      )) ||
    (m.text.length > 2 &&
      m.text === m.text.toUpperCase() &&
      /^\s*,/.test(doc.doc.text.slice(m.end, m.end + 2)));
  // (the word anywhere in the story: "in Kessow" in one report makes "its Kessow plants" in another no short form of
  // "Kessow Capital")
  const placeWords = new Set(all.filter(placeUse).map(({ m }) => nameKey(m.canonical)));
  const usedAsPlace = (c: Cluster) => placeWords.has(c.key) || c.mentions.some(placeUse);
  // 6. a single word for a longer name it starts or ends ("Dornvald", "the Mariners"): the word is no
  // common word of the story and belongs to exactly one longer name
  // every form a longer name was written in counts ("Valmora Athletic" inside "Valmora Athletic Club")
  const hostsOf = clusters.filter(
    (c) => c.type !== 'person' && c.type !== 'country' && c.key.includes(' ') && root(c).mentions.length,
  );
  for (const s of named().filter((c) => !c.key.includes(' ') && c.type !== 'person')) {
    const w = s.key;
    // a word also written in lower case is a common word, unless it is capitalised mid-sentence too
    if ((lower.has(w) && s.mentions.every(({ m }) => m.initial)) || PLACE_CUES.has(w)) continue;
    const hosts = [
      ...new Set(
        hostsOf
          .filter((c) => root(c) !== root(s) && root(c).type !== 'person')
          .filter((c) => {
            const ws = c.key.split(' ');
            if (s.type === 'place')
              return (
                // (a place is not the organisation named after it, "Tehran" / "Tehran University", where the story
                // writes it as a place: "in Tehran")
                (coreOf(c.key) === stem(w) && (root(c).type !== 'organization' || !usedAsPlace(s))) ||
                // (a place's core spelled another way is that place: "Hormuzgan" / "Hormozgan Province")
                (root(c).type === 'place' && !coreOf(c.key).includes(' ') && sameWord(coreOf(c.key), w)) ||
                (ws[ws.length - 1] === w && root(c).type !== 'place') ||
                (ws[0] === w && root(c).type === 'organization' && !usedAsPlace(s))
              );
            return (ws[0] === w && !usedAsPlace(s)) || ws[ws.length - 1] === w;
          })
          .map(root),
      ),
    ];
    if (hosts.length === 1) union(hosts[0]!, s);
  }

  // single names of the same kind that nobody's full name explains may still be one name
  // ("Zelensky" and "Zelenskyy"): join them when similar
  const loose = clusters.filter((c) => c.type !== 'person' && c.type !== 'country' && !c.key.includes(' '));
  const spelled = (c: Cluster) => (c.mentions.length ? c.mentions[0]!.m.canonical : c.key);
  const looseSp = loose.map((c) => spellings(spelled(c).toLowerCase()));
  for (let i = 0; i < loose.length; i++)
    for (let j = i + 1; j < loose.length; j++) {
      const xs = looseSp[i]!;
      const ys = looseSp[j]!;
      // cheap rejections first: a typo keeps the first letter and about the length
      if (!xs.some((x) => ys.some((y) => x[0] === y[0] && Math.abs(x.length - y.length) <= 2))) continue;
      const a = loose[i]!;
      const b = loose[j]!;
      if (root(a) === root(b) || root(a).type === 'person' || root(b).type === 'person') continue;
      if (!root(a).mentions.length || !root(b).mentions.length) continue;
      if (xs.some((x) => ys.some((y) => similarName(x, y)))) union(a, b);
    }

  // "Saparmurat Niyazov, also known as Turkmenbashi", "Eldrick Woods, known as Tiger": a name set off right after
  // another as what it is also called is that one's other name (a country is never a byname); after the
  // spelling variants above, so every spelling of the byname follows it
  for (const doc of docs)
    for (const hit of doc.doc.text.matchAll(
      /,\s*(?:also\s+|better\s+|widely\s+|popularly\s+)?(?:known\s+as|nicknamed|dubbed|a\.k\.a\.?|aka)\s+(?:the\s+)?/giu,
    )) {
      const at = hit.index;
      const host = doc.entities.find((m) => m.end === at);
      const byname = doc.entities.find((m) => m.start === at + hit[0].length);
      if (!host || !byname || host.type === 'country' || byname.type === 'country') continue;
      const [h, b] = [clusterOf.get(host), clusterOf.get(byname)];
      if (h && b && root(h) !== root(b)) union(h, b);
    }

  // a capitalised word that only ever starts a sentence is a common word when it is written lower-case
  // elsewhere, or when nothing (no type cue, no second form, no mid-sentence use) says it is a name
  for (const c of new Set(clusters.map(root)))
    if (
      c.type === 'other' &&
      c.mentions.length > 0 &&
      c.mentions.every(({ m }) => m.initial) &&
      (lowerElsewhere(docs, fold(c.mentions[0]!.m.canonical)) ||
        c.mentions.every(({ m }) => !/[\s-]/.test(m.text)))
    )
      c.mentions = [];

  // "the metalworkers' union": a lower-case qualifier and cue word naming exactly one organisation
  const anaphors = new Map<Cluster, Set<string>>();
  const pairs = new Map<string, Cluster[]>();
  for (const c of named())
    if (c.type === 'organization' && c.key.includes(' ')) {
      const ws = c.key.split(' ');
      const cue = ws[ws.length - 1]!;
      const qual = ws[ws.length - 2]!;
      if (ORG_CUES.has(cue) && !CONNECT.has(qual) && !ORG_CUES.has(qual))
        pairs.set(`${qual} ${cue}`, [...(pairs.get(`${qual} ${cue}`) ?? []), c]);
    }
  for (const [pair, cs] of pairs) {
    if (cs.length !== 1) continue;
    const [qual, cue] = pair.split(' ');
    const re = new RegExp(`\\b[Tt]he (${qual}(?:['’]s?)? ${cue})\\b`, 'g');
    for (const d of docs)
      for (const hit of d.doc.text.matchAll(re))
        (anaphors.get(cs[0]!) ?? anaphors.set(cs[0]!, new Set()).get(cs[0]!)!).add(hit[1]!);
  }

  // a name ending in a plural that a report of the story writes as "the Hawks" is a team or a group, whatever one
  // report's capitals made of it ("Marlow Hawks" read as a first and a last name where no report said "the Hawks")
  // (each last word is looked up once in the story's reports, however many mentions end with it)
  const groupWords = new Map<string, boolean>();
  const groupWord = (w: string) => {
    if (!groupWords.has(w))
      groupWords.set(
        w,
        docs.some((d) => groupName(w, d)),
      );
    return groupWords.get(w)!;
  };
  for (const c of new Set(clusters.map(root))) {
    if (c.type === 'country' || c.type === 'organization' || !c.mentions.length) continue;
    const full = c.mentions.filter(({ m }) => /\s/.test(m.text));
    if (full.length && full.every(({ m }) => groupWord(m.text.split(/\s+/).pop()!))) c.type = 'organization';
  }

  // a mention the sentence alone left untyped takes its organisation's type ("Angels" in "the Angels' offer" where
  // another report says "the Angels have made an offer"), so later stages see every mention of a team as one; not a
  // name that only qualifies the noun after it ("the Orrin league record": the league's, not the team as a party)
  const qualifies = (doc: AnnotatedDocument, m: EntityMention) => {
    const s = doc.sentences.find((x) => x.start <= m.start && x.end >= m.end);
    const next = s?.tokens.find((t) => t.start >= m.end);
    return !!next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && next.start === m.end + 1;
  };
  for (const c of new Set(clusters.map(root)))
    if (c.type === 'organization')
      for (const { doc, m } of c.mentions)
        if (m.type === 'other' && !qualifies(doc, m)) m.type = 'organization';

  const entities: Entity[] = [];
  const used = new Set<string>();
  const finals = [...new Set(clusters.map(root))].filter((c) => c.mentions.length);
  const keyOf = (c: Cluster) => `${c.type === 'country' ? 'country' : c.type}:${c.key}`;
  finals.sort((a, b) => keyOf(a).localeCompare(keyOf(b)) || a.id - b.id);
  for (const c of finals) {
    const forms = new Map<string, number>();
    for (const { m } of c.mentions) forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
    let name: string;
    const fullForms = [...forms.entries()].filter(([f]) => !isAcronym(f) || forms.size === 1);
    if (c.type === 'country')
      name = c.mentions.find(({ m }) => m.form !== 'adjective')?.m.canonical ?? c.mentions[0]!.m.canonical;
    else {
      const words = (f: string) => f.split(' ').length;
      const fullest = (xs: [string, number][]) =>
        xs.sort((a, b) => words(b[0]) - words(a[0]) || b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
      const pool = fullForms.length ? fullForms : [...forms.entries()];
      // the fullest of the forms the reports commonly use (more than a third as often as the commonest): a rare
      // longer form may hold a word that is not the name's ("The Notorious Bettie Page", a film about her); a
      // one-word name still takes the fuller form ("Radek Holm" for "Holm")
      const top = Math.max(...pool.map(([, n]) => n));
      const common = pool.filter(([, n]) => n * 3 > top);
      name = fullest(common);
      if (!name.includes(' ')) name = fullest(pool);
    }
    if (c.type === 'country') {
      const canon = countryByName(name) ?? countryByAdjective(name);
      if (canon) name = canon.name;
    }
    const aliases = new Set<string>(forms.keys());
    if (c.type === 'person') {
      const parts = personWords(name);
      const surface = name.split(' ');
      if (parts.length >= 2) {
        const last = surface.filter((w) => !GENERATIONAL.has(fold(w)));
        if (last.length >= 2) aliases.add(last[last.length - 1]!);
      }
      for (const { m } of c.mentions) if (nameOnly.has(m)) aliases.add(nameOnly.get(m)!);
      // the name as written with its title: "Colonel Anja Velkova", "Gov. Brenner"
      for (const { doc, m } of c.mentions)
        if (m.roleSpan && /^\s+$/.test(doc.doc.text.slice(m.roleSpan.end, m.start)))
          aliases.add(doc.doc.text.slice(m.roleSpan.start, m.end));
    }
    if (c.type === 'country') aliases.add(name);
    for (const a of anaphors.get(c) ?? []) aliases.add(a);
    let id = slug(name);
    while (used.has(id)) id += '-2';
    used.add(id);
    for (const { m } of c.mentions) m.entityId = id;
    entities.push({
      id,
      name,
      type: c.type,
      aliases: [...aliases].sort(),
      documents: [...new Set(c.mentions.map(({ doc }) => doc.doc.id))].sort(),
      roles: [...new Set(c.mentions.map(({ m }) => m.role).filter((r): r is string => !!r))].sort(),
      mentions: c.mentions.map(({ doc, m }) => evidenceOf(doc.doc, m)),
    });
  }
  return entities;
}
