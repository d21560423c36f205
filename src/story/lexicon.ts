import { CARDINALS } from '../nlp/lexicon/numbers.js';
/** General English word lists for story features: function words, months, weekdays, number words. */

/** Function words and reporting furniture that say nothing about which event a report is about. */
export const STOPWORDS = new Set(
  (
    'a about above after again against all almost also although am among an and another any are aren ' +
    'around as at be became because become been before being below between both but by can cannot could ' +
    'couldn did didn do does doesn doing don down during each either else ever every few for from further ' +
    'had hadn has hasn have haven having he her here hers herself him himself his how however i if in ' +
    'into is isn it its itself just least less like made make many may me might more most much must my ' +
    'myself near neither no nor not now of off often on once one only or other others our ours ourselves ' +
    'out over own per rather said same say says saying she should shouldn since so some still such than ' +
    'that the their theirs them themselves then there these they this those though through thus to too ' +
    'toward towards under until up upon us very was wasn we were weren what whatever when where whether ' +
    'which while who whom whose why will with within without won would wouldn yet you your yours yourself ' +
    'yourselves told tell tells according also already even ago later today yesterday tomorrow ' +
    'new news report reports reported reporting via mr mrs ms dr get got go going went come came ' +
    'take took put see seen know known think want well back two three four five six seven eight nine ten ' +
    'first last next year years day days week weeks month months time times people'
  ).split(/\s+/),
);

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export { WEEKDAYS } from '../nlp/lexicon/words.js';

export const NUMBER_WORDS: Record<string, number> = {
  ...CARDINALS,
  hundred: 100,
  dozen: 12,
  dozens: 24,
  hundreds: 200,
  thousand: 1000,
  thousands: 2000,
  million: 1e6,
  millions: 2e6,
  billion: 1e9,
};

/** Words that join parts of one proper name ("Bank of England", "Leonardo da Vinci"). */
export const NAME_JOINERS = new Set(['of', 'de', 'da', 'del', 'van', 'von', 'der', 'la', 'le', 'al', 'bin']);

/**
 * Tense and person words that tell a report of an event from a guide, review or explainer (features.ts
 * `eventless`). Present tense and modals: what is generally true or what to do ("it is", "you can", "you
 * should"). Past tense: what happened ("was", "had", "did"). Second person: a page that addresses its reader.
 * Event anchors: an act placed on a day ("on Tuesday", "yesterday", "last night") or someone's word reported
 * ("said", "told"); one of them and the page is not judged event-less.
 */
export const PRESENT_WORDS = new Set(
  (
    "is are can will should must may might do does need needs don't doesn't can't won't isn't aren't " +
    "it's you're they're there's we're that's"
  ).split(/\s+/),
);
export const PAST_WORDS = new Set("was were had did didn't wasn't weren't hadn't".split(/\s+/));
export const SECOND_PERSON = new Set(
  "you your yours yourself yourselves you're you'll you've you'd".split(/\s+/),
);
export const REPORTED_WORDS = new Set(['said', 'told', 'tells']);
/**
 * Before "said", words that make it no report of anyone's word: "that said", "that being said", "easier said
 * than done", "much can be said for".
 */
export const SAID_IDIOM_BEFORE = new Set(['that', 'being', 'be', 'been', 'easier']);
/** After "tells" / "told", the reader: "it tells you", "always told yourself" (no one's word reported). */
export const TOLD_READER_AFTER = new Set(['you', 'yourself']);
export const DAY_WORDS = new Set(['yesterday', 'tonight']);
export const LAST_PERIODS = new Set(['night', 'week', 'weekend', 'month']);
/** "… ago" places an act in time after these ("eight days ago"); "decades ago" is background. */
export const AGO_UNITS = new Set([
  'minute',
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'week',
  'weeks',
  'night',
  'nights',
]);
/** A weekday after these is a named day (Black Friday, Cyber Monday, Good Friday), not an event's day. */
export const NAMED_DAY_BEFORE = new Set(['black', 'cyber', 'good', 'ash', 'super', 'holy', 'easter', 'palm']);
/** A weekday beside these is a range or a schedule ("Tuesday through Sunday", "every Monday"). */
export const SCHEDULE_WORDS = new Set([
  'through',
  'thru',
  'to',
  'until',
  'and',
  'or',
  'every',
  'each',
  'from',
]);
