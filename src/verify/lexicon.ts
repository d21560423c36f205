/**
 * General lexicons of the sentence-level support test: opposite words (an antonym swapped in for a word of
 * the source turns a supported sentence into a contradicted one) and words too general to count as content.
 * English news vocabulary, not the words of any one story.
 */
import { NEGATING_WORDS } from '../nlp/lexicon/words.js';

const pairs = (s: string): [string, string][] => s.split('|').map((p) => p.split('/') as [string, string]);

/** Opposites, by lemma (either way round). */
export const ANTONYMS: [string, string][] = pairs(
  'increase/decrease|rise/fall|rise/drop|raise/lower|grow/shrink|gain/lose|win/lose|win/defeat|accept/reject|' +
    'approve/reject|allow/ban|allow/forbid|allow/prohibit|permit/ban|open/close|start/end|begin/end|start/stop|' +
    'before/after|more/less|more/fewer|higher/lower|high/low|up/down|first/last|support/oppose|guilty/innocent|' +
    'alive/dead|peaceful/violent|success/failure|succeed/fail|successful/unsuccessful|include/exclude|' +
    'agree/disagree|confirm/deny|admit/deny|arrive/depart|enter/leave|buy/sell|import/export|' +
    'profit/loss|positive/negative|strong/weak|large/small|big/small|long/short|early/late|old/new|young/old|' +
    'public/private|legal/illegal|male/female|man/woman|north/south|east/west|northern/southern|eastern/western|' +
    'victory/defeat|ally/enemy|friend/enemy|attack/defend|acquit/convict|hire/fire|join/leave|hot/cold|' +
    'maximum/minimum|majority/minority|upper/lower|inside/outside|domestic/foreign|internal/external|' +
    'ancient/modern|cheap/expensive|easy/difficult|safe/dangerous|true/false|right/wrong|right/left|' +
    'expand/reduce|expand/cut|boost/cut|strengthen/weaken|praise/criticize|praise/criticise|celebrate/protest|' +
    'celebrate/mourn|release/arrest|release/detain|free/arrest|survive/die|lift/impose|resume/suspend|' +
    'full/empty|wet/dry|light/dark|rich/poor|happy/sad|love/hate|like/dislike|always/never|all/none|' +
    'everyone/nobody|present/absent|present/past|future/past|accurate/inaccurate|possible/impossible|' +
    'likely/unlikely|able/unable|married/divorced|marry/divorce|top/bottom|best/worst|better/worse|' +
    'most/least|overestimate/underestimate|underground/overground|native/foreign|temporary/permanent|' +
    'slow/fast|slowly/quickly|slow/quick|heavy/light|deep/shallow|wide/narrow|thick/thin|sell/purchase|' +
    'lend/borrow|give/take|send/receive|push/pull|win/loss|minor/major|senior/junior|rural/urban|' +
    'offensive/defensive|shut/open|offence/defence|offense/defense|export/import|surplus/deficit|exclude/include|' +
    'increase/drop|increase/fall|increase/decline|rise/decline|grow/decline|surge/slump|surge/plunge|surge/tumble|' +
    'raise/reduce|raise/cut|' +
    // acts of a stance, a decision or a plan and their reversal; movements of an amount (ninth session)
    'back/oppose|back/reject|support/block|endorse/oppose|endorse/reject|endorse/ban|welcome/condemn|' +
    'welcome/reject|welcome/criticize|welcome/criticise|condemn/praise|condemn/applaud|applaud/criticize|' +
    'applaud/criticise|adopt/reject|adopt/abandon|adopt/scrap|launch/cancel|launch/scrap|launch/abandon|' +
    'revive/abandon|expand/scrap|pursue/abandon|grant/deny|grant/refuse|ratify/reject|veto/approve|' +
    'veto/sign|legalize/ban|legalise/ban|postpone/advance|tighten/ease|tighten/loosen|tighten/relax|' +
    'upgrade/downgrade|outperform/underperform|appreciate/depreciate|accelerate/slow|' +
    'double/halve|climb/fall|climb/drop|climb/slip|climb/decline|jump/fall|jump/drop|jump/dip|jump/slump|' +
    'rebound/slump|rebound/fall|' +
    'recover/slump|gain/fall|gain/drop|gain/decline|hike/cut|hike/lower|hike/reduce|boost/reduce|boost/lower|' +
    'deploy/withdraw|reward/punish|attract/repel|remember/forget|' +
    // rulings upheld or undone; praise and its harshest opposites; adding and taking away (tenth session)
    'uphold/overturn|uphold/quash|uphold/reverse|uphold/strike|praise/slam|praise/blast|praise/lambast|' +
    'add/remove|add/withdraw',
);

/** Prepositions that carry the fact, and their opposites: a vote, a campaign or a fight for or against something, an
 * act before or after another, with or without something. "in favour of" is "for". Placed by the words on both sides
 * (src/verify/support.ts `prepositionSwaps`). Tenth session (known wrong verdicts). */
export const PREPOSITION_OPPOSITES: [string, string][] = pairs('for/against|before/after|with/without');

/** Prepositions written in three words, as the one word they stand for ("in favour of" / "for"). */
export const PREPOSITION_PHRASES: [string[], string][] = [
  [['in', 'favour', 'of'], 'for'],
  [['in', 'favor', 'of'], 'for'],
];

/** The opposite prepositions of a preposition (PREPOSITION_OPPOSITES). */
export function prepositionOpposites(word: string): string[] {
  return PREPOSITION_OPPOSITES.flatMap(([a, b]) => (a === word ? [b] : b === word ? [a] : []));
}

/** Movements of an amount, up and down: every word of one side is an opposite of every word of the other ("prices
 * decreased" / "prices rose", "exports fell" / "exports grew", "slashed funding" / "increased funding"). The lists
 * pair only what the pairs above name one by one; a verb with a common sense of another kind is left out ("mount",
 * "shed", "sink", "contract"). Tenth session. */
export const AMOUNT_UP =
  'increase|rise|grow|climb|gain|jump|surge|soar|raise|hike|boost|expand|double|triple|rebound|swell|spike|' +
  'rocket|skyrocket|escalate';
export const AMOUNT_DOWN =
  'decrease|fall|drop|decline|shrink|lower|reduce|cut|slash|slump|plunge|tumble|slip|dip|plummet|halve|dwindle|' +
  'diminish|trim';
const amountPairs = (): [string, string][] =>
  AMOUNT_UP.split('|').flatMap((u) => AMOUNT_DOWN.split('|').map((d) => [u, d] as [string, string]));

const index = (ps: [string, string][]) => {
  const m = new Map<string, Set<string>>();
  for (const [a, b] of ps) {
    m.set(a, (m.get(a) ?? new Set()).add(b));
    m.set(b, (m.get(b) ?? new Set()).add(a));
  }
  return m;
};
const byWord = index(ANTONYMS);
const byAmount = index(amountPairs());

/** The opposites of a lemma (empty when none is listed). */
export function opposites(lemma: string): Set<string> {
  return byWord.get(lemma) ?? new Set();
}

/** The opposite movements of an amount a lemma names (AMOUNT_UP / AMOUNT_DOWN; empty when it names none). Said of
 * the same thing only: "raising prices" and "a drop in profit" move two amounts. */
export function amountOpposites(lemma: string): Set<string> {
  return byAmount.get(lemma) ?? new Set();
}

/** The direction in which a lemma moves an amount (AMOUNT_UP / AMOUNT_DOWN; null when it names no movement). */
export function amountDirection(lemma: string): 'up' | 'down' | null {
  return UP_WORDS.has(lemma) ? 'up' : DOWN_WORDS.has(lemma) ? 'down' : null;
}
const UP_WORDS = new Set(AMOUNT_UP.split('|'));
const DOWN_WORDS = new Set(AMOUNT_DOWN.split('|'));

/** Words that carry no fact of their own: auxiliaries and light verbs ("make", "get"), reporting verbs in their
 * reporting forms ("said", "reported", "stated", "claimed"), discourse words, vague quantifiers ("many", "several"),
 * titles. Their presence or absence says nothing about support. Matched by lemma or by the word's own form, so a form
 * listed alone ("reported") leaves out that form only: the lemma's other forms may carry a fact ("a report", "the
 * state", "a claim", "a peace accord") and stay content words, as do "new" (an opposite of "old"), "include" (of
 * "exclude"), "total" and "recent". Every word is its own entry (split on "|"; until the seventh session the string
 * itself was given to the Set, a set of its letters, and no word was ever left out). */
export const VERIFY_GENERIC = new Set(
  (
    'be|have|do|say|says|said|also|make|get|go|would|could|will|may|might|can|should|must|such|other|so-called|' +
    'however|meanwhile|additionally|moreover|according|reported|tell|told|stated|add|added|note|noted|explain|' +
    'describe|claimed|there|here|very|just|only|even|still|yet|already|now|then|thus|further|furthermore|' +
    'including|well|many|much|several|various|certain|recently|overall|etc|way|thing|things|lot|part|kind|type|' +
    'number|amount|some|any|each|every|both|own|same|mr|mrs|ms|dr|news|article|story|source|sources|' +
    // the writer's stance on what is said, no fact of it ("Miraculously, nobody has been killed")
    'fortunately|unfortunately|luckily|miraculously|sadly|tragically|thankfully|remarkably|surprisingly|' +
    'ironically|interestingly|notably|incredibly|astonishingly|happily|unsurprisingly'
  ).split('|'),
);

/** Words that state a negation by their meaning, beside the annotated cues ("not", "no", "refused", "lack of"):
 * "a ceasefire remains elusive" says there is no ceasefire, "were unable to find" that it was not found. The
 * negation check counts them on both sides, so a draft's "found no evidence" matches a report's "were unable to
 * find evidence". General English, not the words of one story. */
export const IMPLICIT_NEGATIVES = new Set(['elusive', 'unable', 'absent', 'unsuccessful', 'inability']);

/** Phrasal verbs that state a negation of what follows them, as a verb with its particle (lemma, particle): "ruled out
 * resigning" says she will not resign, "ruled out a deal" that there will be none. General English. */
export const PHRASAL_NEGATIVES: readonly (readonly [string, string])[] = [['rule', 'out']];

/** Nouns after "without" in set phrases of manner, which negate no event ("arrested without incident", "without fail",
 * "without a doubt", "without question", "without exception"). General English. */
export const WITHOUT_IDIOMS = new Set(['incident', 'fail', 'doubt', 'question', 'exception']);

/** Verbs of refusal (lemmas) that nlp reads as negation cues ("refused to comment", "denied that …"); with a noun
 * object they state an act of their own ("rejected the appeal", "denied bail"). */
export const REFUSAL_VERBS = new Set(['refuse', 'decline', 'deny', 'reject', 'rebuff']);

/** Verbs that deny a claim named by its noun ("denied reports that …", "dismissed concerns that …", "rejected claims
 * that …"): with such a noun and its "that" clause, a negation of the clause. General English. */
export const DENIAL_VERBS = new Set(['deny', 'reject', 'dismiss', 'refute', 'rebut', 'dispute']);
/** Nouns that name a claim, a report or a fear whose content a "that" clause gives. General English. */
export const CLAIM_NOUNS = new Set([
  'claim',
  'report',
  'suggestion',
  'concern',
  'fear',
  'allegation',
  'accusation',
  'charge',
  'rumour',
  'rumor',
  'speculation',
  'assertion',
  'idea',
  'notion',
]);

/** Verbs of telling and knowing: negated before a question word ("did not say why he was suspended", "would not
 * reveal how much was paid"), the negation is of the telling, not of what the question is about. General English. */
export const TELLING_VERBS = new Set([
  'say',
  'tell',
  'explain',
  'reveal',
  'disclose',
  'specify',
  'confirm',
  'know',
  'comment',
  'elaborate',
  'indicate',
]);
/** Question words that open the complement of a verb of telling or knowing. */
export const QUESTION_WORDS = new Set([
  'why',
  'how',
  'whether',
  'what',
  'when',
  'where',
  'who',
  'which',
  'if',
]);

/** Words whose only meaning is a negation of what stands after them (the per-word negation check places them). */
export const NEGATORS = new Set(NEGATING_WORDS);

/** Ordinal words: figures the quantity reader does not take ("for a second straight session"). */
export const ORDINALS = new Set(
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|last'.split('|'),
);

/** Title abbreviations and the words they stand for ("CEO" / "chief executive", "chief executive officer"): one role
 * written two ways. Each abbreviation with its spelled-out forms, longest first. */
export const TITLE_ABBREVIATIONS: Record<string, readonly string[]> = {
  ceo: ['chief executive officer', 'chief executive'],
  cfo: ['chief financial officer'],
  coo: ['chief operating officer'],
  cto: ['chief technology officer'],
  pm: ['prime minister'],
  mp: ['member of parliament'],
};

/** Ordinal words of the days of a month ("the third of March", "March third"). */
export const DAY_ORDINALS: readonly string[] = (
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|' +
  'fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first|twenty-second|twenty-third|' +
  'twenty-fourth|twenty-fifth|twenty-sixth|twenty-seventh|twenty-eighth|twenty-ninth|thirtieth|thirty-first'
).split('|');

/** The first words of prepositions of cause written in two words with "to" ("due to", "owing to", "thanks to"): words
 * of no fact of their own before a noun phrase, as "because of" is. */
export const CAUSE_CONNECTIVES = new Set(['due', 'owing', 'thanks']);
