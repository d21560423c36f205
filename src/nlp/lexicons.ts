/** General lexicons: countries (world-countries), titles and roles, organisation/facility cues, news agencies. */
import { createRequire } from 'node:module';

interface CountryRecord {
  name: { common: string };
  independent?: boolean;
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  capital?: string[];
}

export interface CountryEntry {
  canonical: string;
  form: 'name' | 'abbreviation' | 'adjective';
}

let countryForms: Map<string, CountryEntry> | null = null;
let capitals: Map<string, string> | null = null;

/** Common English names that differ from world-countries' `name.common`. */
const COMMON_EXTRA: Record<string, string[]> = {
  'United States': ['U.S.', 'U.S', 'US', 'USA', 'U.S.A.', 'America', 'United States of America'],
  'United Kingdom': ['U.K.', 'UK', 'Britain', 'Great Britain'],
  Türkiye: ['Turkey'],
  Russia: ['Russian Federation'],
  'United Arab Emirates': ['UAE', 'U.A.E.'],
  'South Korea': ['Republic of Korea'],
  'North Korea': ['DPRK'],
  Czechia: ['Czech Republic'],
  'DR Congo': ['Democratic Republic of the Congo', 'DRC'],
  'Ivory Coast': ["Côte d'Ivoire"],
  Myanmar: ['Burma'],
};
/** Preferred canonical names where world-countries uses a less common English name. */
const CANONICAL_OVERRIDE: Record<string, string> = { Türkiye: 'Turkey' };

function load(): void {
  if (countryForms) return;
  const forms = new Map<string, CountryEntry>();
  const caps = new Map<string, string>();
  const all = createRequire(import.meta.url)('world-countries/countries.json') as CountryRecord[];
  // Sovereign states first: a demonym shared with a territory ("French") names the state.
  const countries = [...all.filter((c) => c.independent), ...all.filter((c) => !c.independent)];
  for (const c of countries) {
    const canonical = CANONICAL_OVERRIDE[c.name.common] ?? c.name.common;
    const add = (s: string, form: CountryEntry['form']) => {
      if (!s || forms.has(s)) return;
      forms.set(s, { canonical, form });
    };
    add(c.name.common, 'name');
    add(canonical, 'name');
    for (const alt of c.altSpellings) {
      // Two-letter ISO codes collide with words and initials ("IN", "IT", "ME"): only the extra list adds codes.
      if (alt.length <= 3 && /^[A-Z]+$/.test(alt)) continue;
      if (!/^[\p{L} .'-]+$/u.test(alt) || /[^\u0000-\u024f]/.test(alt)) continue;
      add(alt, 'name');
    }
    for (const extra of COMMON_EXTRA[c.name.common] ?? [])
      add(extra, /^[A-Z.]+$/.test(extra) ? 'abbreviation' : 'name');
    const dem = c.demonyms?.eng;
    if (dem) {
      add(dem.m, 'adjective');
      add(dem.f, 'adjective');
    }
    for (const cap of c.capital ?? []) if (!caps.has(cap)) caps.set(cap, canonical);
  }
  // Capital city names that are also country names (Singapore, Kuwait...) stay countries.
  for (const k of [...caps.keys()]) if (forms.has(k)) caps.delete(k);
  countryForms = forms;
  capitals = caps;
}

export function countryForm(s: string): CountryEntry | undefined {
  load();
  return countryForms!.get(s);
}
export function capitalOf(s: string): string | undefined {
  load();
  return capitals!.get(s);
}

/** Titles and roles (lower-case token sequences) that precede a name. */
const ROLE_LIST = [
  'president',
  'vice president',
  'prime minister',
  'deputy prime minister',
  'minister',
  'foreign minister',
  'defense minister',
  'defence minister',
  'interior minister',
  'finance minister',
  'justice minister',
  'health minister',
  'deputy foreign minister',
  'deputy defense minister',
  'secretary of state',
  'secretary',
  'secretary-general',
  'secretary general',
  'chancellor',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'senator',
  'sen.',
  'rep.',
  'representative',
  'congressman',
  'congresswoman',
  'governor',
  'gov.',
  'mayor',
  'ambassador',
  'envoy',
  'special envoy',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'aide',
  'adviser',
  'advisor',
  'presidential aide',
  'national security adviser',
  'general',
  'gen.',
  'lt.',
  'col.',
  'colonel',
  'major',
  'captain',
  'capt.',
  'admiral',
  'sergeant',
  'commander',
  'chief',
  'chief executive',
  'ceo',
  'chairman',
  'chairwoman',
  'chair',
  'director',
  'head',
  'leader',
  'judge',
  'justice',
  'attorney general',
  'prosecutor',
  'attorney',
  'lawyer',
  'district attorney',
  'police chief',
  'fire chief',
  'dr.',
  'dr',
  'doctor',
  'professor',
  'prof.',
  'mr.',
  'mr',
  'mrs.',
  'mrs',
  'ms.',
  'ms',
  'sir',
  'lord',
  'lady',
  'coach',
  'officer',
  'detective',
  'sheriff',
  'inspector',
  'superintendent',
  'archbishop',
  'bishop',
  'cardinal',
  'rabbi',
  'imam',
  'reverend',
  'rev.',
  'founder',
  'co-founder',
  'delegation head',
  'negotiator',
  'chief negotiator',
  'speaker',
  'actor',
  'actress',
  'singer',
  'star',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'manager',
  'analyst',
  'economist',
  'correspondent',
  'reporter',
  'editor',
];
export const ROLES: string[][] = ROLE_LIST.map((r) => r.split(' ')).sort((a, b) => b.length - a.length);
/** Single words that introduce roles ("spokesman", "head") — used for "X's spokesman" and lower-case roles. */
export const ROLE_WORDS = new Set(ROLE_LIST.flatMap((r) => r.split(' ')));

/** Last words of organisation names. */
export const ORG_CUES = new Set(
  'ministry committee service agency council party inc inc. corp corp. corporation co co. company ltd ltd. llc plc bank university college school institute news times post journal herald tribune press telegraph guardian gazette network channel tv radio group association federation union commission court parliament senate congress assembly army navy force forces guard police department office administration government cabinet kremlin pentagon foundation fund organization organisation society club fc league authority board bureau airlines airways motors holdings partners capital media agency centre center hospital church'.split(
    ' ',
  ),
);
/** Last words of facility names. */
export const FACILITY_CUES = new Set(
  'palace airport hotel stadium bridge arena tower square hall station port harbour harbor castle mosque cathedral temple museum building plaza base prison dam tunnel highway street avenue road park mall theatre theater'.split(
    ' ',
  ),
);
/** Words that name places when they end a name (geographic features). */
export const PLACE_CUES = new Set(
  'river lake mountain mountains mount island islands sea ocean bay gulf valley desert province region state county district city'.split(
    ' ',
  ),
);

/** News agencies and outlets with no organisation cue word in their name (a general list of wires). */
export const NEWS_AGENCIES = new Set(
  [
    'Reuters',
    'AFP',
    'Agence France-Presse',
    'AP',
    'Associated Press',
    'Bloomberg',
    'TASS',
    'Interfax',
    'RIA Novosti',
    'RIA',
    'Xinhua',
    'Kyodo',
    'Yonhap',
    'Anadolu',
    'ANSA',
    'EFE',
    'dpa',
    'DPA',
    'Ukrinform',
    'Suspilne',
    'UNIAN',
    'Sputnik',
    'RT',
    'BBC',
    'CNN',
    'NPR',
    'Al Jazeera',
    'Axios',
    'Politico',
    'Fox',
    'NBC',
    'CBS',
    'ABC',
    'Kommersant',
    'Izvestia',
    'Meduza',
    'Euronews',
    'Deutsche Welle',
    'DW',
    'PTI',
    'IANS',
  ].map((s) => s),
);

/** Capitalised words that are never names by themselves. */
export const NOT_NAMES = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december i mr mrs ms'.split(
    ' ',
  ),
);

/** Name connectors that may join capitalised parts ("Bank of England", "bin Salman", "de la Cruz"). */
export const CONNECTORS = new Set([
  'of',
  'de',
  'la',
  'del',
  'da',
  'di',
  'du',
  'van',
  'von',
  'der',
  'bin',
  'ibn',
  'al',
  'al-',
  'el',
  'le',
  '&',
]);
