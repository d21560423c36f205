/**
 * Predicate classes: words that state the same kind of event or state, whatever their part of speech
 * ("injured / hurt / wounded / injuries", "killed / died / dead / death toll", "resigned / stepped down").
 * Facts are aligned across outlets by class, not by shared words. These are classes of general English
 * news vocabulary, not of one story; each class is something any newspaper reports in any domain.
 */
import { alignSettings } from '../settings/align.js';

const set = (s: string) => s.split('|');

const CLASSES: Record<string, string[]> = {
  kill: set(
    'kill|die|dead|death|deaths|toll|fatality|fatalities|fatal|murder|slay|perish|victim|body|bodies',
  ),
  injure: set('injure|injured|injury|injuries|hurt|wound|wounded|wounds|casualty|casualties|harm|maim'),
  treat: set('treat|hospitalise|hospitalize|hospitalised|hospitalized|hospital|clinic|care'),
  missing: set('missing|unaccounted|disappear|disappeared'),
  evacuate: set('evacuate|evacuated|evacuation|evacuee|evacuees|flee|fled|displace|displaced|empty|emptied'),
  arrest: set('arrest|detain|detention|capture|seize|seizure|confiscate|apprehend|custody|raid'),
  charge: set('charge|indict|accuse|prosecute|indictment|prosecution'),
  convict: set('convict|conviction|guilty|find'),
  acquit: set('acquit|acquittal|clear|exonerate'),
  sentence: set('sentence|jail|imprison|imprisonment|prison|jailed'),
  preside: set('preside|chair|lead|head|direct|run|helm|oversee'),
  announce: set('announce|announcement|confirm|confirmation|unveil|reveal|publish|declare|release|statement'),
  order: set('order|instruct|command|direct'),
  recall: set('recall|withdraw|pull'),
  cost: set('cost|price|spend|worth|value|fee|charge|pay|payment|bill|sum|amount|deal|transfer|budget'),
  sign: set('sign|signing|recruit|buy|acquire|acquisition|purchase'),
  bid: set('bid|offer|approach|chase|pursue|compete|interest|rival|propose|proposal'),
  demand: set('demand|claim|seek|insist|ultimatum|want|ask'),
  win: set('win|victory|beat|defeat|triumph|secure|take|gain'),
  lose: set('lose|loss|fall|drop|decline|slip|shed|plunge|tumble|lost'),
  rise: set('rise|gain|climb|jump|rally|increase|grow|surge|soar|advance|up|higher'),
  concede: set('concede|concession|accept|acknowledge'),
  resign: set('resign|resignation|quit|depart|departure'),
  leave: set('leave|exit'),
  elect: set('elect|election|vote|ballot|poll|voter|turnout'),
  start: set('start|begin|break|erupt|outbreak|launch|open|commence|kick'),
  end: set('end|finish|conclude|close|halt|stop|cease|suspend|suspension'),
  land: set('land|landing|touch|arrive|arrival'),
  takeoff: set('launch|lift|liftoff|take-off|takeoff|depart'),
  ground: set('ground|grounding|withdraw|remove|suspend|bar'),
  strike: set('strike|walkout|stoppage|protest|demonstration|march|rally'),
  attack: set('attack|strike|hit|bomb|shell|shoot|shooting|fire|gunfire|target|raid|assault'),
  damage: set('damage|destroy|flatten|wreck|collapse|ruin|raze|burn'),
  sink: set('sink|sunk|capsize|scuttle'),
  weigh: set('weigh|weight'),
  populate: set('population|populated|inhabited|populous'),
  burn: set('burn|blaze|fire|wildfire|flame|flames'),
  meet: set('meet|meeting|talk|talks|engage|confer|consult|negotiate|negotiation|summit'),
  agree: set('agree|agreement|accept|approve|sign|endorse|consent|ratify|deal'),
  reject: set('reject|refuse|decline|rebuff|veto|oppose'),
  deny: set('deny|denial|dispute|contest'),
  rule_out: set('exclude|dismiss'),
  trigger: set('trigger|activate|invoke|exercise|use|apply'),
  test: set('test|sample|find|detect|identify|confirm|trace|link'),
  contact: set('contact|communicate|signal|telemetry|touch'),
  build: set('build|construct|manufacture|make|produce|assemble'),
  cover: set('cover|affect|include|involve|concern|hit'),
  rate: set('rate|interest|cut|lower|reduce|raise|hike|tighten|ease'),
  transport: set('take|transport|bring|airlift|ferry|move|transfer|admit'),
  marry: set('marry|married|wed|wedding|marriage'),
  employ: set('employ|hire|work|staff|worker|employee|job|jobs'),
  investigate: set('investigate|investigation|inquiry|enquiry|probe|review|inspect|inspection'),
  pay_record: set('record|eclipse|smash|break|surpass'),
  effect: set('effective|apply|applies'),
  plan: set('plan|planned|intend|intended|design|designed|schedule|scheduled|target|targeted|aim'),
  // (twenty-third session: the acts of accidents and disasters any paper reports, read on blind corpora of a ferry
  // grounding, a mine collapse and a rail crash)
  trap: set('trap|trapped|strand|stranded|entomb|entombed'),
  explode: set('explode|explosion|blast|detonate|detonation'),
  crash: set('crash|collide|collision|derail|derailment|aground'),
  collapse: set('collapse'),
  // taking what is another's, by force or by deceit ("stole three paintings", "defrauding the fund of 310 million",
  // "plundered half a billion", "embezzled"); not "fraud", the name of a charge ("a fraud trial")
  steal: set(
    'steal|stole|stolen|theft|thief|thieves|rob|robbed|robbery|embezzle|embezzled|embezzlement|defraud|defrauded|plunder|plundered|loot|looted|siphon|siphoned|misappropriate|misappropriated|misappropriation|swindle|swindled|pilfer|fleece',
  ),
};

/** Lemma/normal form -> its predicate classes. A word may name more than one ("strike", "launch"). */
const INDEX = new Map<string, string[]>();
for (const [cls, words] of Object.entries(CLASSES))
  for (const w of words) INDEX.set(w, [...(INDEX.get(w) ?? []), cls]);

/** Phrasal predicates: a verb lemma and the particle or noun that must follow within a few tokens. */
const PHRASES: [verb: string, next: string, cls: string][] = [
  ['rule', 'out', 'rule_out'],
  ['step', 'down', 'resign'],
  // "leave" alone is a motion ("will leave rehab on Saturday", "left the building"); with a post, or the body one
  // belongs to, it is a resignation ("left office", "leave the club")
  ...'office|post|job|position|government|cabinet|club|team|company|firm|party|board'
    .split('|')
    .map((w): [string, string, string] => ['leave', w, 'resign']),
  ['leave', 'home', 'evacuate'],
  ['leave', 'homes', 'evacuate'],
  ['lose', 'life', 'kill'],
  ['lose', 'lives', 'kill'],
  ['touch', 'down', 'land'],
  ['lift', 'off', 'takeoff'],
  ['break', 'out', 'start'],
  ['take', 'over', 'preside'],
  ['hand', 'down', 'sentence'],
  ['walk', 'out', 'strike'],
  ['take', 'streets', 'strike'],
  ['take', 'street', 'strike'],
  ['turn', 'out', 'elect'],
  ['cast', 'ballot', 'elect'],
  ['cast', 'ballots', 'elect'],
  ['stay', 'away', 'strike'],
  ['take', 'effect', 'effect'],
  ['come', 'force', 'effect'],
  // "held talks", "will hold its first session", "holds a meeting": meeting, as "met" is
  ['hold', 'talks', 'meet'],
  ['hold', 'meeting', 'meet'],
  ['hold', 'session', 'meet'],
  ['give', 'way', 'collapse'],
  ['cave', 'in', 'collapse'],
  ['blow', 'up', 'explode'],
  ['cut', 'off', 'trap'],
  ['run', 'aground', 'crash'],
  ['come', 'rails', 'crash'],
];

/** Verbs that, before "from" and a home, say people were made to leave it ("forced from their homes", "taken from
 * their homes", "driven from their homes"): evacuation, whatever the verb ("took home the trophy" is no leaving). */
const FROM_HOMES = new Set(set('force|take|drive|move|chase|order|remove|evict|rescue|pluck|lift'));
const HOMES = new Set(set('home|homes|house|houses'));

const PHRASE_VERBS = new Set([...PHRASES.map(([verb]) => verb), ...FROM_HOMES]);

export function classesOf(lemma: string, normal = lemma): string[] {
  return INDEX.get(lemma) ?? INDEX.get(normal) ?? [];
}

/** Classes of a phrasal predicate starting at token i, or null. */
export function phraseClass(tokens: { lemma: string; normal: string }[], i: number): string | null {
  const t = tokens[i]!;
  if (!PHRASE_VERBS.has(t.lemma) && !PHRASE_VERBS.has(t.normal)) return null;
  if (
    alignSettings.displacedFromHomes &&
    (FROM_HOMES.has(t.lemma) || FROM_HOMES.has(t.normal)) &&
    tokens[i + 1]?.normal === 'from' &&
    tokens.slice(i + 2, i + 5).some((x) => HOMES.has(x.normal) || HOMES.has(x.lemma))
  )
    return 'evacuate';
  for (const [verb, next, cls] of PHRASES) {
    if (t.lemma !== verb && t.normal !== verb) continue;
    for (let k = i + 1; k < Math.min(tokens.length, i + 4); k++)
      if (tokens[k]!.normal === next || tokens[k]!.lemma === next) return cls;
  }
  return null;
}

/** Nouns that count people, whatever the wording: "4,300 people", "4,000 residents". */
export const PERSON_NOUNS = new Set(
  set(
    'people|person|persons|resident|residents|inhabitant|inhabitants|individual|individuals|civilian|civilians|villager|villagers|citizen|citizens|man|men|woman|women|adult|adults|human|humans|soul|souls',
  ),
);

/** People of one sex or age: a count of them is a part of a count of people ("two women and a man died" /
 * "three people died"), not a rival figure for it. */
export const PERSON_PARTS = new Set(
  set(
    'man|men|woman|women|child|children|boy|boys|girl|girls|adult|adults|teenager|teenagers|baby|babies|minor|minors',
  ),
);

/** Classes of events that happen at a moment (a date or a time of day dates them); states ("missing",
 * "burned 3,500 hectares by Monday") and amounts are dated by when they were reported, not contradicted by it. */
export const EVENT_CLASSES = new Set(
  'kill|injure|evacuate|arrest|charge|convict|acquit|sentence|announce|order|recall|sign|bid|win|concede|resign|elect|start|end|land|takeoff|ground|strike|attack|meet|agree|reject|deny|rule_out|trigger|contact|test|transport|investigate|rate|lose|rise|effect|build|marry|sink|trap|explode|crash|collapse|steal'.split(
    '|',
  ),
);

/** Classes that state the opposite of each other about one participant: "convicted" / "acquitted",
 * "rose" / "fell". A claim never joins one with the other. */
export const OPPOSITE_CLASSES: [string, string][] = [
  ['convict', 'acquit'],
  ['rise', 'lose'],
  ['agree', 'reject'],
  ['confirm', 'deny'],
  ['win', 'lose'],
  // taking part in talks and leaving them ("the sequel is in negotiations" / "Ross pulled out of negotiations")
  ['meet', 'pull_out'],
];

/** Two stages of one case that are two events, not two accounts of one: being charged and being found guilty. */
export const STAGES: [string, string][] = [['charge', 'convict']];

/** Two sides of a negotiation: what one party demands and what the other offers are two positions, not two
 * accounts of one figure ("unions demand 9%" / "the government's offer of 4.5%"). */
export const NEGOTIATION_SIDES: [string, string] = ['demand', 'bid'];

/** Verbs that report speech: many people say things; who said it is attribution, not a disputed role. */
export const SPEECH_CLASSES = new Set(['announce']);

/** Nouns that count one kind of thing, whatever the wording: "142,000 vehicles", "180,000 motors". */
const COUNT_CLASSES: Record<string, string[]> = {
  person: [...PERSON_NOUNS],
  vehicle: set('vehicle|vehicles|car|cars|motor|motors|automobile|automobiles|model|models|unit|units'),
  aircraft: set('aircraft|plane|planes|jet|jets|airliner|airliners'),
  vessel: set('vessel|vessels|ship|ships|boat|boats'),
  building: set('building|buildings|house|houses|home|homes|dwelling|dwellings'),
};
const COUNT_INDEX = new Map<string, string>();
for (const [cls, words] of Object.entries(COUNT_CLASSES)) for (const w of words) COUNT_INDEX.set(w, cls);

export function countClass(counted: string): string {
  return COUNT_INDEX.get(counted) ?? counted;
}
