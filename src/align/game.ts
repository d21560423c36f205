/**
 * Game time: when in a match a play happened ("with 10:03 to play in the third quarter", "late in the fourth
 * quarter", "in the second half", "in the ninth inning"). A time within a game is not a time of day: it is a period
 * of the game (its number and its kind: quarter, half, period, inning) and, where given, the game clock left in it.
 * Two independent reports that put one play (one act of one kind, by the same players, at the same score) in two
 * periods of one kind, or at two clocks of one period, take two positions: a `date` dispute, what time of the game it
 * happened.
 *
 * Read only where a report is of a game (it gives a score, "20-13") and the sentence names a play by a word of a
 * general sports lexicon (an interception, a fumble, tying the game); a period of a year ("the first quarter of
 * 2009", "the second half of the year") is no time of a game. "Early", "late", "later" in a period are loose words
 * (the same play is "early" and "late in the fourth quarter" in two reports): only the period is read from them. A
 * clock with no period ("with four minutes left") is not compared. A rounded clock ("ten minutes left") holds the
 * minute it names.
 */
import type { AnnotatedDocument, EntityMention } from '../model/annotations.js';
import { CARDINALS, ORDINAL_WORDS } from '../nlp/lexicon/numbers.js';
import { disjointSets } from './sets.js';
import type { Clause } from './clauses.js';
import {
  addPosition,
  clauseGist,
  type DisputeContext,
  type DraftDispute,
  type DraftPosition,
  idOf,
  sourceOf,
  sourcesApart,
} from './disputes.js';

/** A time of a game as a report states it. */
export interface GameTime {
  /** The period's number (the third quarter: 3) and its kind. */
  period: number;
  unit: string;
  /** Game clock left in the period, in seconds (inclusive bounds), when stated. */
  left: [number, number] | null;
  start: number;
  end: number;
}

/** The periods of a game, first to ninth (nine innings), as words or figures ("third", "3rd"). */
const ORDINALS: Record<string, number> = Object.fromEntries(
  Object.entries(ORDINAL_WORDS)
    .filter(([, n]) => n <= 9)
    .flatMap(([w, n]) => [
      [w, n],
      [`${n}${['st', 'nd', 'rd'][n - 1] ?? 'th'}`, n],
    ]),
);
/** Number words of a game clock ("with ten minutes left", "with a minute to play"). */
const NUMBER_WORDS: Record<string, number> = { ...CARDINALS, a: 1 };

/** "the third quarter", "the 4th quarter", "fourth-quarter", "the second half", "the ninth inning". */
const PERIOD = new RegExp(
  String.raw`\b(${Object.keys(ORDINALS).join('|')})[\s-]+(quarter|half|period|inning)s?\b`,
  'gi',
);
/** The words before a period that place a play in it: "in the", "during the", "early in the", "midway through the". */
const PERIOD_LEAD = /(?:\b(?:in|during)|\bmidway\s+through|\bthe\s+(?:start|end|middle)\s+of)\s+the\s+$/i;
/** What makes a period one of a year or a season, not of a game ("the first quarter of 2009", "the second half of
 * the year", "third-quarter profit"). */
const NOT_OF_A_GAME =
  /^\s+(?:of\s+(?:the\s+)?(?:year|fiscal|financial|season|century|decade|\d{4})|(?:profits?|earnings|results|sales|revenues?|growth|gdp)\b)/i;
/** A game clock left: "with 10:03 to play", "with 6:00 minutes remaining", "with ten minutes left". */
const CLOCK_LEFT = new RegExp(
  String.raw`\bwith\s+(?:(\d{1,2}):([0-5]\d)|(\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})\s+minutes?)(?:\s+minutes?)?\s+(?:to\s+play|to\s+go|left|remaining)\b`,
  'gi',
);
/** Words before a clock that make it a bound, not a reading ("just over four minutes"): not read. */
const BOUND_BEFORE = /\b(?:over|under|more\s+than|less\s+than|nearly|almost|about)\s*$/i;

/** The game times of a sentence's text (`base`: its offset in the document). */
export function gameTimesIn(text: string, base: number): GameTime[] {
  const periods: GameTime[] = [];
  for (const m of text.matchAll(PERIOD)) {
    const end = m.index! + m[0].length;
    if (NOT_OF_A_GAME.test(text.slice(end, end + 24))) continue;
    // a time in the period ("in the third quarter", "late in the fourth quarter"), not one it leads up to ("heading
    // into the fourth quarter") nor a kind of play ("fourth-quarter comebacks", "his second quarter score")
    if (!PERIOD_LEAD.test(text.slice(Math.max(0, m.index! - 20), m.index!)) || /-/.test(m[0])) continue;
    periods.push({
      period: ORDINALS[m[1]!.toLowerCase()]!,
      unit: m[2]!.toLowerCase(),
      left: null,
      start: base + m.index!,
      end: base + end,
    });
  }
  // a clock belongs to the period named right after it ("with 10:03 to play in the third quarter")
  for (const m of text.matchAll(CLOCK_LEFT)) {
    const end = base + m.index! + m[0].length;
    const p = periods.find(
      (x) => x.start >= end && /^\s+(?:in|of)\s+the\s+$/i.test(text.slice(end - base, x.start - base)),
    );
    if (!p || BOUND_BEFORE.test(text.slice(Math.max(0, m.index! - 14), m.index!))) continue;
    if (m[1]) {
      const s = Number(m[1]) * 60 + Number(m[2]);
      // a clock read to the second may be the snap or the end of the play
      p.left = [s - 30, s + 30];
    } else {
      const n = /^\d/.test(m[3]!) ? Number(m[3]) : NUMBER_WORDS[m[3]!.toLowerCase()]!;
      p.left = [n * 60 - 30, n * 60 + 59];
    }
    p.start = base + m.index!;
  }
  return periods;
}

/** Plays a sentence can name, by a general sports lexicon: the kind of play, read from its words. */
const PLAYS: [RegExp, string][] = [
  [/\b(?:intercept(?:s|ed|ion|ions)?|picked\s+off|pick-six)\b/i, 'intercept'],
  [/\bfumbl(?:e|es|ed|ing)\b/i, 'fumble'],
  [
    /\b(?:tie[sd]?|tying|level(?:l?ed)?)\s+(?:the\s+)?(?:game|score|match)\b|\bequali[sz](?:e[sd]?|er|ing)\b/i,
    'tie',
  ],
];
/** Ordinals before a play's word ("Quinn's second interception"): one play of a series. */
const SERIES_BEFORE = /\b(first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)\s+(?:\S+\s+)?$/i;
/** A score said with the play ("tied the game at 13-13", "at 13 apiece", "at 13"). */
const SCORE_AT = /\bat\s+(\d{1,3})(?:\s*-\s*(\d{1,3})|\s+apiece|\s+all)?\b/i;
/** A score anywhere in a report ("20-13", "a 13-3 halftime lead"): the report is of a game. */
const SCORE = /\b\d{1,3}\s*-\s*\d{1,3}\b/;
/** Words of a game report. */
const GAME_WORDS = /\b(?:game|match|quarter|inning|halftime|half-time|touchdown|goal)\b/i;

/** What a report's text has: a word of a game, and a score too (read once per report, not once per clause). */
const gameReadings = new WeakMap<AnnotatedDocument, { words: boolean; report: boolean }>();
function gameReading(d: AnnotatedDocument): { words: boolean; report: boolean } {
  let v = gameReadings.get(d);
  if (!v) {
    const words = GAME_WORDS.test(d.doc.text);
    gameReadings.set(d, (v = { words, report: words && SCORE.test(d.doc.text) }));
  }
  return v;
}
/** A report of a game: a score and a word of a game in its text. */
const gameReport = (d: AnnotatedDocument): boolean => gameReading(d).report;

/** How far (characters) a time of the game may stand from the play's word in its clause. */
const NEAR_PLAY = 100;
/** Words that open another act with its own subject ("and they stuffed", "but he"). */
const NEW_ACT = /\b(?:and|but|before|after|when|while)\s+(?:he|she|they|it|we|then)\b/i;

interface Play {
  clause: Clause;
  kind: string;
  time: GameTime;
  /** Where the play's word is (for the series ordinal). */
  series: string | null;
  score: number | null;
  people: Set<string>;
  teams: Set<string>;
}

/** Names that are a side or a place, not a player ("the Chiefs", "Kansas City"); a name of no known type ("Quinn"
 * alone) is taken for a player. */
const TEAMISH = new Set(['organization', 'place', 'country']);

/** The plays of a clause with the time of the game they happened at. */
export function playsOf(c: Clause, typeOf: (m: EntityMention) => string = (m) => m.type): Play[] {
  const text = c.doc.doc.text;
  if (!gameReport(c.doc)) return [];
  const s = c.sentence;
  const out: Play[] = [];
  for (const [re, kind] of PLAYS) {
    const m = re.exec(c.text);
    if (!m) continue;
    const at = c.start + m.index;
    // the clause's own time of the game; else one the sentence set before it, where it names one only ("later in
    // the third quarter, but Quinn was picked off": narration carries a time forward, not back to an earlier clause)
    // (the one nearest the play's word, where no other act with its own subject stands between: "Butler's
    // interception return opened the scoring and they stuffed Quinn ... early in the fourth quarter")
    const inClause = gameTimesIn(c.text, c.start)
      .filter((t) => {
        const between = text.slice(Math.min(t.end, at), Math.max(t.start, at));
        return between.length <= NEAR_PLAY && !NEW_ACT.test(between);
      })
      .sort((x, y) => Math.abs(x.start - at) - Math.abs(y.start - at))
      .slice(0, 1);
    const inSentence = inClause.length ? [] : gameTimesIn(text.slice(s.start, c.start), s.start);
    const times = inClause.length ? inClause : inSentence.length === 1 ? inSentence : [];
    if (times.length !== 1) continue;
    const names = c.doc.entities.filter(
      (e) => e.start >= s.start && e.end <= s.end && e.form !== 'adjective',
    );
    // a side: a name of an organisation or a place, or a plural name after "the" ("the Otters", "the Chiefs")
    const side = (e: EntityMention) =>
      TEAMISH.has(typeOf(e)) ||
      (/s$/.test(e.text) && /\bthe\s+$/i.test(text.slice(Math.max(0, e.start - 5), e.start)));
    const score = SCORE_AT.exec(c.text.slice(m.index));
    out.push({
      clause: c,
      kind,
      time: times[0]!,
      series: SERIES_BEFORE.exec(text.slice(Math.max(s.start, at - 30), at))?.[1]?.toLowerCase() ?? null,
      score: kind === 'tie' && score ? Number(score[1]) : null,
      people: new Set(names.filter((e) => !side(e)).map(idOf)),
      teams: new Set(names.filter(side).map(idOf)),
    });
  }
  return out;
}

/** Plays a game has few of, told apart by the score they leave (the game is tied at 7 and again at 13): one report
 * may name the team, the other the player. Others (interceptions, fumbles: a team makes several) are one play only
 * where both reports name a player of it, and a player in common. */
const TOLD_BY_SCORE = new Set(['tie']);

/** Two plays of two reports are one play: one kind, the same players (where both name one), the same team (where
 * both name only teams), the same score and place in a series where both give them. */
function samePlay(a: Play, b: Play): boolean {
  if (a.kind !== b.kind || a.time.unit !== b.time.unit) return false;
  const meet = (x: Set<string>, y: Set<string>) => [...x].some((v) => y.has(v));
  if (a.people.size && b.people.size) {
    if (!meet(a.people, b.people)) return false;
  } else if (!TOLD_BY_SCORE.has(a.kind)) return false;
  else if (!a.people.size && !b.people.size && a.teams.size && b.teams.size && !meet(a.teams, b.teams))
    return false;
  if (a.score != null && b.score != null && a.score !== b.score) return false;
  if (a.series && b.series && a.series !== b.series) return false;
  return true;
}

/** Two times of one game meet: one period, and clocks that overlap where both give one. */
const sameTime = (a: GameTime, b: GameTime): boolean =>
  a.period === b.period &&
  a.unit === b.unit &&
  (!a.left || !b.left || (a.left[0] <= b.left[1] && b.left[0] <= a.left[1]));

/** A period's ordinal word ("third"). */
const ORDINAL_NAMES = Object.keys(ORDINAL_WORDS);
function timeText(t: GameTime): string {
  const period = `${ORDINAL_NAMES[t.period - 1] ?? t.period} ${t.unit}`;
  if (!t.left) return period;
  const mid = Math.round((t.left[0] + t.left[1]) / 2);
  return `${Math.floor(mid / 60)}:${String(mid % 60).padStart(2, '0')} left in the ${period}`;
}

/** Plays put at two incompatible times of the game by two independent reports. */
export function gameTimeDisputes(ctx: DisputeContext): DraftDispute[] {
  // (a name's type is the story's: "Quinn" alone may be read as some other name where the story knows the person)
  const typeOf = (m: EntityMention) => ctx.entities.get(idOf(m))?.type ?? m.type;
  const plays = ctx.clauses.flatMap((c) => playsOf(c, typeOf));
  const out: DraftDispute[] = [];
  const links: [Play, Play][] = [];
  for (let i = 0; i < plays.length; i++)
    for (let j = i + 1; j < plays.length; j++) {
      const [a, b] = [plays[i]!, plays[j]!];
      if (sourceOf(ctx, a.clause) !== sourceOf(ctx, b.clause) && samePlay(a, b)) links.push([a, b]);
    }
  // the plays in conflict, and those one with one of them and agreeing with it (one step, no chains)
  const conflicts = links.filter(([a, b]) => !sameTime(a.time, b.time));
  const linked = new Set<Play>(conflicts.flat());
  for (const [a, b] of links)
    if (sameTime(a.time, b.time) && (linked.has(a) || linked.has(b))) {
      linked.add(a);
      linked.add(b);
    }
  const { find, join } = disjointSets<Play>();
  for (const [a, b] of links) if (linked.has(a) && linked.has(b)) join(a, b);
  const done = new Set<Play>();
  for (const [a] of conflicts) {
    const root = find(a);
    if (done.has(root)) continue;
    done.add(root);
    // positions founded on the most precise times (a clock before a bare period); a vaguer time that fits two
    // positions ("late in the third quarter" against 10:03 and 6:00 left in it) takes no side
    const members = [...linked]
      .filter((p) => find(p) === root)
      .sort((x, y) => Number(!!y.time.left) - Number(!!x.time.left) || x.time.start - y.time.start);
    const founders: Play[] = [];
    for (const p of members) if (!founders.some((f) => sameTime(f.time, p.time))) founders.push(p);
    if (founders.length < 2) continue;
    const positions = new Map<string, DraftPosition>();
    for (const p of members) {
      const fits = founders.filter((f) => sameTime(f.time, p.time));
      if (fits.length !== 1) continue;
      const f = fits[0]!;
      const text = p.clause.doc.doc.text.slice(p.time.start, p.time.end);
      addPosition(positions, timeText(f.time), text, timeText(f.time), p.clause);
    }
    const named = [...positions].flatMap(([k, p]) =>
      p.spans.map((s): [string, string] => [sourceOf(ctx, s.clause), k]),
    );
    if (positions.size < 2 || !sourcesApart(named)) continue;
    out.push({
      kind: 'date',
      about: `when in the game: ${clauseGist(a.clause)}`,
      key: `game:${a.kind}:${a.clause.id}`,
      positions: [...positions.values()],
    });
  }
  return out;
}

// ---------- where a game is played: which side is at home
/** Days a game is named by in a report ("Saturday's game", "on Saturday night"). */
const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;

/** One report's word on which side is at home for a game on a day. */
export interface Venue {
  clause: Clause;
  day: string;
  host: EntityMention;
  /** The side named as the visitor ("Philadelphia host the Washington Wizards"), where the words say it. */
  visitor: EntityMention | null;
}

/** "A host(s) B" (a verb, the two sides around it), "A play(s) at home … against B", "A … at home", "the host
 * B": the host and, where named, the visitor. "the game at B", "on the road at B", "visit(s) B": B is the host (the
 * other side is not read: the place of a game may be an arena, not a side). */
const HOST_VERB = /^\s+(?:will\s+|were\s+to\s+|are\s+to\s+|to\s+)?host(?:s|ed|ing)?\s+(?:the\s+)?$/i;
const AT_HOME = /\b(?:play(?:s|ed|ing)?|are|were|is|was|be|beaten|lost|won)\s+at\s+home\b/i;
const HOST_BEFORE = /\bthe\s+host(?:ing)?\s+$/i;
const GAME_AT_BEFORE =
  /\b(?:game|match|contest|matchup)\s+(?:at|in)\s+(?:the\s+)?$|\bon\s+the\s+road\s+(?:at|in)\s+(?:the\s+)?$|\bvisit(?:s|ed|ing)?\s+(?:the\s+)?$/i;

/** What a side of a game is named by: an organisation (a team), a place (its city), a country. */
const SIDE_TYPES = new Set(['organization', 'place', 'country']);

/** The venues one clause states, with the day its sentence names (one day only). */
export function venuesOf(c: Clause, typeOf: (m: EntityMention) => string = (m) => m.type): Venue[] {
  const text = c.doc.doc.text;
  // a report of a game, or a clause that says a side plays ("were to play at home")
  const game = gameReading(c.doc).words;
  if (!game && !/\bplay(?:s|ed|ing)?\s+at\s+home\b/i.test(c.text)) return [];
  const s = c.sentence;
  const days = new Set([...text.slice(s.start, s.end).matchAll(WEEKDAY)].map((m) => m[1]!.toLowerCase()));
  if (days.size !== 1) return [];
  const day = [...days][0]!;
  const sides = c.entities.filter((e) => e.form !== 'adjective' && SIDE_TYPES.has(typeOf(e)));
  const out: Venue[] = [];
  for (let i = 0; i < (game ? sides.length : 0); i++) {
    const e = sides[i]!;
    const next = sides[i + 1];
    // "Philadelphia host the Washington Wizards"
    if (next && HOST_VERB.test(text.slice(e.end, next.start)))
      out.push({ clause: c, day, host: e, visitor: next });
    // "the host Jaguars", "Saturday's game at Washington", "on the road at Detroit"
    const before = text.slice(Math.max(c.start, e.start - 30), e.start);
    if (HOST_BEFORE.test(before) || GAME_AT_BEFORE.test(before))
      out.push({ clause: c, day, host: e, visitor: null });
  }
  // "the 76ers were to play at home Saturday night, with DiLeo making his debut against Washington"
  const home = AT_HOME.exec(c.text);
  if (home) {
    const at = c.start + home.index;
    // (the subject: a team's name the tagger may not type, "the 76ers", but no person)
    const host = c.entities
      .filter((e) => e.form !== 'adjective' && typeOf(e) !== 'person' && e.end <= at)
      .filter((e) => !/[,;]/.test(text.slice(e.end, at)))
      .pop();
    const against = /\bagainst\s+(?:the\s+)?$/i;
    const visitor =
      c.doc.entities.find(
        (e) =>
          e.start >= at &&
          e.end <= s.end &&
          e.form !== 'adjective' &&
          typeOf(e) !== 'person' &&
          against.test(text.slice(Math.max(s.start, e.start - 14), e.start)),
      ) ?? null;
    if (host) out.push({ clause: c, day, host, visitor });
  }
  return out;
}

/** Two names of one side: one entity, or the words of one inside the other's ("Washington" / "Washington Wizards"). */
function sameSide(a: EntityMention, b: EntityMention): boolean {
  if (idOf(a) === idOf(b)) return true;
  const words = (m: EntityMention) => m.canonical.toLowerCase().split(/\s+/);
  const [x, y] = [words(a), words(b)];
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((w) => long.includes(w));
}

/** Two independent reports put one game (a day, a side in common) at two sides' homes: one report has the side at
 * home, the other names it the visitor. An `other` dispute, where the game was played: the side at home, or away. */
export function venueDisputes(ctx: DisputeContext): DraftDispute[] {
  const typeOf = (m: EntityMention) => ctx.entities.get(idOf(m))?.type ?? m.type;
  const venues = ctx.clauses.flatMap((c) => venuesOf(c, typeOf));
  const out: DraftDispute[] = [];
  const done: { day: string; side: EntityMention }[] = [];
  for (const a of venues)
    for (const b of venues) {
      // a has the side at home, b names it the visitor (with another side at home)
      if (a.day !== b.day || !b.visitor || sourceOf(ctx, a.clause) === sourceOf(ctx, b.clause)) continue;
      if (!sameSide(a.host, b.visitor) || sameSide(a.host, b.host)) continue;
      const side = a.host;
      if (done.some((d) => d.day === a.day && sameSide(d.side, side))) continue;
      done.push({ day: a.day, side });
      // (the side as this report names it: a story's entity may carry another name, "Eddie Jordan of Washington")
      const name = side.canonical;
      const positions = new Map<string, DraftPosition>();
      for (const v of venues) {
        if (v.day !== a.day) continue;
        const home = sameSide(v.host, side);
        const away = !!v.visitor && sameSide(v.visitor, side) && !home;
        if (home) addPosition(positions, 'home', `at ${name}`, `${name} at home`, v.clause);
        else if (away) addPosition(positions, 'away', `${name} away`, `${name} away`, v.clause);
      }
      const named = [...positions].flatMap(([k, p]) =>
        p.spans.map((sp): [string, string] => [sourceOf(ctx, sp.clause), k]),
      );
      if (positions.size < 2 || !sourcesApart(named)) continue;
      out.push({
        kind: 'other',
        about: `where ${name}'s ${a.day.replace(/^./, (x) => x.toUpperCase())} game was played`,
        key: `venue:${a.day}:${idOf(side)}`,
        positions: [...positions.values()],
      });
    }
  return out;
}
