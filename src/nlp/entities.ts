/**
 * A lexicon-driven named-entity recogniser: capitalised token runs (with name connectors), titles and
 * roles split off, typed by country/capital lexicons, organisation/facility cue words, news agencies and
 * person cues (a title before, a reporting verb after).
 */
import type { EntityMention, EntityType, Sentence, Token } from '../model/annotations.js';
import { nlpSettings } from '../settings/nlp.js';
import { REPORTING_VERBS } from './attribution.js';
import {
  CONNECTORS,
  FACILITY_CUES,
  NEWS_AGENCIES,
  NOT_NAMES,
  ORG_CUES,
  PLACE_CUES,
  ROLES,
  ROLE_WORDS,
  capitalOf,
  countryForm,
} from './lexicons.js';

/** A piece of a token (tokens like "U.S.-mediated" or "Russia-Ukraine" hold several words). */
interface Piece {
  start: number;
  end: number;
  text: string;
  token: Token;
  index: number;
}

const isCapWord = (s: string) => /^\p{Lu}/u.test(s) && /\p{L}/u.test(s);

function pieces(text: string, tokens: Token[]): Piece[] {
  const out: Piece[] = [];
  tokens.forEach((t, index) => {
    if (t.text.includes('-') && t.text.length > 2 && !/^-|-$/.test(t.text)) {
      let at = t.start;
      for (const part of t.text.split('-')) {
        if (part) out.push({ start: at, end: at + part.length, text: part, token: t, index });
        at += part.length + 1;
      }
    } else out.push({ start: t.start, end: t.end, text: text.slice(t.start, t.end), token: t, index });
  });
  return out;
}

function mention(
  text: string,
  start: number,
  end: number,
  type: EntityType,
  form: EntityMention['form'],
  canonical: string,
  role: { text: string; start: number; end: number } | null = null,
): EntityMention {
  return {
    start,
    end,
    text: text.slice(start, end),
    type,
    form,
    canonical,
    role: role ? role.text : null,
    roleSpan: role ? { start: role.start, end: role.end } : null,
  };
}

const PREPOSITIONS = new Set([
  'in',
  'at',
  'to',
  'from',
  'near',
  'outside',
  'inside',
  'into',
  'across',
  'via',
  'around',
  'toward',
  'towards',
]);

export function findEntities(text: string, sentences: Sentence[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const s of sentences) recognise(text, s, out);
  return out;
}

function recognise(text: string, s: Sentence, out: EntityMention[]): void {
  const ps = pieces(text, s.tokens);
  let i = 0;
  while (i < ps.length) {
    const p = ps[i]!;
    if (!isCapWord(p.text) || NOT_NAMES.has(p.text.toLowerCase())) {
      i++;
      continue;
    }
    // Extend the run over capitalised pieces and connectors followed by a capitalised piece.
    let j = i;
    while (j + 1 < ps.length) {
      const n = ps[j + 1]!;
      const gap = text.slice(ps[j]!.end, n.start);
      if (gap.includes('\n') || gap.length > 1 || (gap === '' && n.token !== ps[j]!.token)) {
        if (!(gap === '' && /^[.'’]/.test(n.text))) break;
      }
      if (isCapWord(n.text) && !NOT_NAMES.has(n.text.toLowerCase())) j++;
      else if (
        CONNECTORS.has(n.text.toLowerCase()) &&
        ps[j + 2] &&
        isCapWord(ps[j + 2]!.text) &&
        text.slice(n.end, ps[j + 2]!.start).length <= 1 &&
        !text.slice(n.end, ps[j + 2]!.start).includes('\n')
      )
        j += 2;
      else break;
    }
    handleRun(text, s, ps, i, j, out);
    i = j + 1;
  }
}

function matchRole(ps: Piece[], a: number, b: number): number {
  // Longest role starting at a (case-insensitive), returns the index after it, or a when none.
  for (const r of ROLES) {
    if (a + r.length - 1 > b) continue;
    let ok = true;
    for (let k = 0; k < r.length; k++) {
      if (ps[a + k]!.text.toLowerCase() !== r[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return a + r.length;
  }
  return a;
}

function handleRun(text: string, s: Sentence, ps: Piece[], a: number, b: number, out: EntityMention[]): void {
  const sentenceStartIdx = 0;
  // Sentence-initial capital: drop a leading word that is a stop word or not a proper noun.
  while (a <= b && a === sentenceStartIdx) {
    const t = ps[a]!;
    if (countryForm(t.text) || capitalOf(t.text) || NEWS_AGENCIES.has(t.text)) break;
    if (
      t.token.stop ||
      (t.token.pos !== 'PROPN' && matchRole(ps, a, b) === a && (a === b || t.token.pos !== 'NOUN'))
    )
      a++;
    else break;
  }
  if (a > b) return;
  // Country adjectives/names before a role or institution: "Turkish Foreign Minister", "U.S. President".
  let role: { text: string; start: number; end: number } | null = null;
  let k = a;
  while (k <= b) {
    const c = countryForm(ps[k]!.text);
    const after = matchRole(ps, k + 1, b);
    if (c && (after > k + 1 || (k < b && ORG_CUES.has(ps[k + 1]!.text.toLowerCase())) || k === b)) {
      if (k === b && c.form === 'adjective') {
        // A bare adjective ("Russian delegation", "Ukrainian forces") stands for the country before a noun.
        const next = s.tokens[ps[k]!.index + 1];
        if (!next || next.pos !== 'NOUN') break;
      }
      const form = c.form === 'adjective' ? 'adjective' : c.form;
      out.push(mention(text, ps[k]!.start, ps[k]!.end, 'country', form, c.canonical));
      k++;
      continue;
    }
    break;
  }
  if (k > b) return;
  const roleEnd = matchRole(ps, k, b);
  if (roleEnd > k) {
    role = {
      text: text.slice(ps[k]!.start, ps[roleEnd - 1]!.end),
      start: ps[k]!.start,
      end: ps[roleEnd - 1]!.end,
    };
    k = roleEnd;
    if (k > b) return;
  }
  if (b - k + 1 > nlpSettings.maxNameTokens) return;
  const start = ps[k]!.start;
  const end = ps[b]!.end;
  const name = text.slice(start, end);
  const flat = name.replace(/\s+/g, ' ');
  const last = ps[b]!.text.toLowerCase();
  // Lower-case role just before the name: "defense minister Rustem Umerov", "spokesman Dmitry Peskov".
  if (!role) {
    const prev = s.tokens[ps[k]!.index - 1];
    if (prev && ROLE_WORDS.has(prev.normal) && ps[k]!.index > 0 && prev.end <= start) {
      let r0 = ps[k]!.index - 1;
      while (r0 - 1 >= 0 && ROLE_WORDS.has(s.tokens[r0 - 1]!.normal)) r0--;
      role = { text: text.slice(s.tokens[r0]!.start, prev.end), start: s.tokens[r0]!.start, end: prev.end };
    }
  }
  const c = countryForm(flat);
  if (c && !role) {
    out.push(mention(text, start, end, 'country', c.form, c.canonical));
    return;
  }
  if (NEWS_AGENCIES.has(flat)) {
    out.push(mention(text, start, end, 'organization', 'name', flat));
    return;
  }
  const cap = capitalOf(flat);
  if (cap && !role) {
    // A capital as the agent of a verb stands for its government ("Moscow has pressed for"); after a
    // preposition or elsewhere it is the place ("talks in Istanbul").
    const prevTok = s.tokens[ps[k]!.index - 1];
    const nextTok = s.tokens[ps[b]!.index + 1];
    const agent =
      (!prevTok || !PREPOSITIONS.has(prevTok.normal)) &&
      !!nextTok &&
      (nextTok.pos === 'AUX' || (nextTok.pos === 'VERB' && nextTok.normal !== 'talks'));
    if (agent) {
      const m = mention(text, start, end, 'country', 'name', cap);
      m.metonymy = 'capital';
      out.push(m);
    } else out.push(mention(text, start, end, 'place', 'name', flat));
    return;
  }
  let type: EntityType = 'other';
  if (FACILITY_CUES.has(last)) type = 'facility';
  else if (ps.slice(k, b + 1).some((p) => ORG_CUES.has(p.text.toLowerCase()))) type = 'organization';
  else if (PLACE_CUES.has(last)) type = 'place';
  else if (role) type = 'person';
  else {
    const nextTok = s.tokens[ps[b]!.index + 1];
    const next2 = s.tokens[ps[b]!.index + 2];
    const prevTok = s.tokens[ps[k]!.index - 1];
    if (
      prevTok &&
      (prevTok.normal === 'according' ||
        (prevTok.normal === 'to' && s.tokens[ps[k]!.index - 2]?.normal === 'according'))
    ) {
      type = b > k ? 'person' : 'other';
    } else if (nextTok && (nextTok.normal === 'reported' || nextTok.normal === 'reports') && b === k)
      type = 'organization';
    else if (nextTok && REPORTING_VERBS.has(nextTok.lemma) && nextTok.pos === 'VERB') type = 'person';
    else if (nextTok && nextTok.pos === 'AUX' && next2 && REPORTING_VERBS.has(next2.lemma)) type = 'person';
    else if (b > k && b - k <= 3 && ps.slice(k, b + 1).every((p) => p.token.pos === 'PROPN')) type = 'person';
  }
  // A single lower-information capital word that is not a proper noun is left out (headline words).
  if (type === 'other' && b === k && ps[k]!.token.pos !== 'PROPN') return;
  const form: EntityMention['form'] =
    type === 'person' && b === k ? 'surname' : /^[A-Z.]{2,}$/.test(flat) ? 'abbreviation' : 'name';
  out.push(mention(text, start, end, type, form, flat, role));
}
