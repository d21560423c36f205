/**
 * Countries with their names, abbreviations, demonyms/adjectives and capitals, from the
 * `world-countries` package plus the English exonyms news writing uses (Turkey, Britain, America).
 * Keys are folded (lower-case, no diacritics, no dots).
 */
import { createRequire } from 'node:module';

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
  capital?: string[];
  unMember?: boolean;
  independent?: boolean;
}

const require = createRequire(import.meta.url);
// UN members first, so a shared demonym ("American", "French") goes to the sovereign country
const WORLD = (require('world-countries') as WorldCountry[])
  .slice()
  .sort((a, b) => Number(!!b.unMember) - Number(!!a.unMember) || a.cca2.localeCompare(b.cca2));

export interface Country {
  code: string;
  name: string;
}

/** English names used in news where the package's common name differs. */
const CANONICAL: Record<string, string> = {
  TR: 'Turkey',
  CZ: 'Czech Republic',
  MM: 'Myanmar',
  CI: 'Ivory Coast',
  CV: 'Cape Verde',
  SZ: 'Eswatini',
  VA: 'Vatican City',
  PS: 'Palestine',
  KR: 'South Korea',
  KP: 'North Korea',
  CD: 'Democratic Republic of the Congo',
  CG: 'Republic of the Congo',
};

/** Further names and adjectives by country code: common English usage missing from the package. */
const EXTRA_NAMES: Record<string, string[]> = {
  GB: ['Britain', 'U.K.', 'UK', 'United Kingdom', 'Great Britain', 'England'],
  US: ['U.S.', 'US', 'U.S.A.', 'USA', 'America', 'United States', 'United States of America'],
  TR: ['Turkey', 'Turkiye', 'Türkiye'],
  RU: ['Russian Federation'],
  KR: ['Korea'],
  CN: ["People's Republic of China", 'PRC'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  NL: ['Holland'],
  CZ: ['Czechia'],
};
const EXTRA_ADJECTIVES: Record<string, string[]> = {
  GB: ['British', 'English'],
  US: ['American', 'U.S.', 'US'],
  NL: ['Dutch'],
  CH: ['Swiss'],
  PH: ['Filipino', 'Philippine'],
  UA: ['Ukrainian'],
  RU: ['Russian'],
  TR: ['Turkish'],
  IL: ['Israeli'],
  PS: ['Palestinian'],
  KR: ['South Korean'],
  KP: ['North Korean'],
  AE: ['Emirati'],
  SA: ['Saudi'],
  NZ: ['New Zealand'],
};

const foldCache = new Map<string, string>();
/** Folded form for matching names: no diacritics, no dots, lower-case (memoised: names repeat). */
export function fold(s: string): string {
  if (plainLower(s)) return s;
  let f = foldCache.get(s);
  if (f === undefined) {
    f = foldUncached(s);
    if (foldCache.size > 100_000) foldCache.clear();
    foldCache.set(s, f);
  }
  return f;
}

/** Lower-case ASCII letters only (most words of a text): already folded, no look-up needed. */
function plainLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

const foldUncached = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ı/g, 'i')
    // letters that decompose into no base letter and a mark: Øberg is Oberg, Łódź Lodz, Đoković Djokovic's Dokovic
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐðÐ]/g, 'd')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe')
    .replace(/ß/g, 'ss')
    .replace(/[þÞ]/g, 'th')
    .replace(/[’']/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

const byName = new Map<string, Country>();
const byAdjective = new Map<string, Country>();
const byCapital = new Map<string, Country>();

for (const [code, adjectives] of Object.entries(EXTRA_ADJECTIVES)) {
  const c = WORLD.find((w) => w.cca2 === code);
  if (c)
    for (const a of adjectives) byAdjective.set(fold(a), { code, name: CANONICAL[code] ?? c.name.common });
}
const EXTRA_CAPITALS: Record<string, string[]> = { UA: ['Kiev'], US: ['Washington'], IN: ['Delhi'] };
for (const c of WORLD) {
  for (const cap of EXTRA_CAPITALS[c.cca2] ?? [])
    byCapital.set(fold(cap), { code: c.cca2, name: CANONICAL[c.cca2] ?? c.name.common });
  const country: Country = { code: c.cca2, name: CANONICAL[c.cca2] ?? c.name.common };
  const names = [c.name.common, country.name, ...(EXTRA_NAMES[c.cca2] ?? [])];
  if (c.name.official.split(' ').length <= 6) names.push(c.name.official);
  for (const alt of c.altSpellings) if (alt.length > 3 && /^\p{Lu}\p{Ll}/u.test(alt)) names.push(alt);
  for (const n of names) if (!byName.has(fold(n))) byName.set(fold(n), country);
  const adjectives = [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(EXTRA_ADJECTIVES[c.cca2] ?? [])].filter(
    (x): x is string => !!x,
  );
  for (const a of adjectives) if (!byAdjective.has(fold(a))) byAdjective.set(fold(a), country);
  for (const cap of c.capital ?? []) if (!byCapital.has(fold(cap))) byCapital.set(fold(cap), country);
}
// two-letter codes only where they are the usual English abbreviation
for (const [abbr, code] of [
  ['uk', 'GB'],
  ['us', 'US'],
  ['usa', 'US'],
  ['uae', 'AE'],
  ['prc', 'CN'],
  ['drc', 'CD'],
] as const) {
  const c = WORLD.find((w) => w.cca2 === code);
  if (c) byName.set(abbr, { code, name: CANONICAL[code] ?? c.name.common });
}

export function countryByName(name: string): Country | null {
  return byName.get(fold(name.replace(/^the\s+/i, ''))) ?? null;
}
export function countryByAdjective(word: string): Country | null {
  return byAdjective.get(fold(word)) ?? null;
}
export function countryByCapital(name: string): Country | null {
  return byCapital.get(fold(name)) ?? null;
}
