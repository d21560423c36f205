/**
 * General English lexicons for news text: titles and roles, organisation and facility cue words,
 * news organisations, reporting verbs, hedges, negation and refusal, loaded terms. None of these
 * lists is about one story; each is a class of words any news report uses.
 */
const set = (s: string): Set<string> => new Set(s.split('|'));
/** A table written "key:value|key:value": each key with its value. */
const table = (s: string): Record<string, string> =>
  Object.fromEntries(s.split('|').map((p) => p.split(':') as [string, string]));

/** Words that make up titles and roles before a name ("Deputy Foreign Minister", "Chief of the General Staff"). */
export const TITLE_WORDS = set(
  'boss|da|gov|pm|gm|qb|rb|wr|lb|cb|db|president|vice|prime|minister|deputy|foreign|defense|defence|interior|finance|justice|economy|health|education|trade|energy|secretary|state|general|chief|head|aide|presidential|adviser|advisor|spokesman|spokeswoman|spokesperson|ambassador|envoy|special|senior|former|acting|king|queen|prince|princess|emperor|pope|cardinal|bishop|archbishop|rabbi|imam|sheikh|sultan|emir|chancellor|premier|governor|mayor|senator|sen|rep|representative|congressman|congresswoman|lawmaker|mp|speaker|chairman|chairwoman|chair|ceo|cfo|coo|cto|founder|director|commissioner|commander|commodore|colonel|col|lieutenant|lt|major|maj|captain|capt|sergeant|sgt|admiral|adm|gen|marshal|officer|judge|justice|attorney|prosecutor|detective|inspector|sheriff|trooper|constable|corporal|patrolman|patrolwoman|coach|manager|executive|analyst|professor|prof|dr|mr|mrs|ms|miss|sir|dame|lord|lady|mister|first|lady|leader|chief of staff|ombudsman|negotiator|delegate|mediator|councillor|councilman|councilwoman|assemblyman|superintendent|principal|dean|rector|chancellor|pastor|reverend|rev|father|brother|sister|saint|st',
);

/** The head words of a title: a title run must contain one of these. */
export const TITLE_HEADS = set(
  'boss|da|gov|pm|gm|qb|rb|wr|lb|cb|db|officer|president|minister|secretary|chief|head|aide|adviser|advisor|spokesman|spokeswoman|spokesperson|ambassador|envoy|king|queen|prince|princess|emperor|pope|cardinal|bishop|archbishop|rabbi|imam|sheikh|sultan|emir|chancellor|premier|governor|mayor|senator|sen|rep|representative|congressman|congresswoman|lawmaker|speaker|chairman|chairwoman|chair|ceo|cfo|coo|cto|founder|director|commissioner|commander|commodore|colonel|col|lieutenant|lt|major|captain|capt|sergeant|sgt|admiral|adm|gen|general|marshal|judge|attorney|prosecutor|detective|inspector|sheriff|trooper|constable|corporal|patrolman|patrolwoman|coach|manager|executive|analyst|professor|prof|dr|mr|mrs|ms|sir|dame|lord|leader|negotiator|mediator|pastor|reverend|rev',
);

/** A name ending in one of these is an organisation ("Investigative Committee", "Security Service"). */
export const ORG_CUES = set(
  'corps|coalition|networks|polytechnic|partners|securities|investments|ventures|insurance|components|aeronautics|aerospace|electronics|chemicals|studios|pictures|entertainment|co-operative|cooperative|co-op|systems|technologies|industries|enterprises|laboratories|pharmaceuticals|telecom|communications|foods|construction|engineering|logistics|rovers|united|athletic|wanderers|sa|ag|gmbh|nv|llp|survey|railway|railroad|ministry|intelligence|committee|commission|council|service|services|agency|department|office|bureau|directorate|administration|government|parliament|congress|senate|assembly|duma|rada|court|tribunal|party|union|league|association|federation|foundation|institute|university|college|school|academy|bank|fund|company|corporation|corp|inc|ltd|llc|plc|group|holdings|airlines|airways|railways|motors|news|times|post|journal|herald|tribune|gazette|sentinel|chronicle|courier|inquirer|examiner|press|television|tv|radio|network|broadcasting|channel|army|navy|force|forces|guard|police|staff|command|brigade|battalion|regiment|alliance|organization|organisation|nato|un|eu|kremlin|pentagon|white house|cabinet|secretariat|authority|board|center|centre|hospital|clinic|church|club|team|fc|taliban|hamas|hezbollah',
);

/** The states of the United States, the provinces and territories of Canada and the states and territories of
 * Australia: places, not people ("a suburban Maryland newspaper", "the Alabama governor"). Folded, lower case. */
export const FIRST_LEVEL_PLACES = set(
  'alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming|alberta|british columbia|manitoba|new brunswick|newfoundland|nova scotia|ontario|prince edward island|quebec|saskatchewan|yukon|nunavut|new south wales|queensland|south australia|tasmania|western australia|northern territory',
);

/** A name ending in one of these is a facility or site. */
export const FACILITY_CUES = set(
  'palace|airport|spaceport|cosmodrome|dome|coliseum|colosseum|ballpark|speedway|raceway|racecourse|velodrome|hotel|stadium|arena|bridge|square|station|tower|base|port|harbour|harbor|cathedral|mosque|temple|museum|prison|plant|factory|mine|dam|building|hall|house|castle|park|garden|center|centre|mall|market|hospital|embassy|consulate|camp|airfield|refinery|terminal',
);

/** A name ending in one of these is a place. */
export const PLACE_CUES = set(
  'region|province|oblast|state|county|district|city|town|village|island|islands|river|lake|sea|ocean|mountain|mountains|valley|bay|coast|peninsula|strait|gulf|desert|forest|republic|street|road|avenue|ave|boulevard|blvd|highway|freeway|expressway|parkway',
);

/** Words that name an administrative area after its name ("Kolmar Province", "Tarvesk City", "Orange County"): the
 * area is the place the bare name names ("a Kolmar hillside"). */
export const ADMIN_AREA_WORDS = set(
  'region|province|oblast|state|county|district|city|municipality|prefecture|canton|governorate|department|borough|parish|shire|territory|voivodeship|krai|okrug',
);

/** Compass directions, as bearings in degrees (written without a hyphen: "southwest" for "south-west"). */
export const COMPASS_DEGREES: Readonly<Record<string, number>> = {
  north: 0,
  northeast: 45,
  east: 90,
  southeast: 135,
  south: 180,
  southwest: 225,
  west: 270,
  northwest: 315,
};

/** The last word of a news outlet's name ("The Marlow Post", "Daily Herald", "Channel 4 News"). */
export const NEWS_NAME_WORDS = set(
  'news|times|post|journal|herald|tribune|gazette|sentinel|chronicle|courier|inquirer|examiner|telegraph|observer|dispatch|press|daily|magazine|tv|radio|television|broadcasting|newspaper|wire',
);

/** News organisations and wire services: they report, they are not people. */
export const NEWS_ORGS = set(
  'reuters|ap|associated press|afp|agence france-presse|tass|ria novosti|ria|interfax|xinhua|bloomberg|bbc|cnn|abc|nbc|cbs|fox news|msnbc|npr|pbs|al jazeera|anadolu|anadolu agency|dpa|efe|ansa|kyodo|yonhap|ukrinform|unian|rbc|kommersant|izvestia|rt|sputnik|itar-tass|bernama|pti|ani|the guardian|the new york times|the washington post|the wall street journal|financial times|the economist|politico|axios|the times|the telegraph|le monde|der spiegel|suspilne|rfe/rl|radio free europe|voa|voice of america|kyiv independent|meduza|novaya gazeta|tvn24|haaretz|times of israel',
);

/** Nouns for a country's collective agents: "the Ukrainian delegation" stands for Ukraine. */
export const GROUP_NOUNS = set(
  'delegation|delegations|team|side|government|officials|official|authorities|forces|troops|army|military|navy|leadership|leader|president|ministry|negotiators|diplomats|representatives|administration|regime|state|people|counterpart|counterparts|parliament|embassy',
);

/** Verbs that report speech or claims, by lemma. */
export const REPORTING_VERBS = set(
  'say|said|says|state|tell|told|claim|report|note|add|announce|confirm|deny|write|wrote|indicate|mention|express|emphasize|emphasise|assert|suggest|insist|argue|warn|explain|declare|acknowledge|admit|allege|stress|tweet|post|comment|reiterate|predict|estimate|describe|quote|cite|testify|reply|respond|maintain|recall',
);

/** Hedge words and phrases (lower-case; multi-word phrases are matched on the text). */
export const HEDGES = [
  'allegedly',
  'reportedly',
  'purportedly',
  'supposedly',
  'apparently',
  'possibly',
  'probably',
  'likely',
  'unlikely',
  'perhaps',
  'may have',
  'might have',
  'could have',
  'may be',
  'might be',
  'appears to',
  'appeared to',
  'seems to',
  'seemed to',
  'is said to',
  'are said to',
  'was said to',
  'were said to',
  'is believed to',
  'are believed to',
  'unconfirmed',
  'unverified',
  'claimed',
  'claims',
  'claiming',
  'alleged',
  'suspected',
  'rumored',
  'rumoured',
  'according to',
  'it is unclear',
  'not clear',
  'remain unclear',
  'remains unclear',
  'so-called',
];

/** Words whose only meaning is a negation of what stands after them ("not", "no", "without"). */
export const NEGATING_WORDS = [
  'not',
  "n't",
  'no',
  'never',
  'none',
  'nobody',
  'nothing',
  'neither',
  'nor',
  'without',
];

/** Negation and refusal cues (lower-case tokens or phrases): the negating words, and verbs and nouns of refusal. */
export const NEGATIONS = [
  ...NEGATING_WORDS,
  'refused',
  'refuses',
  'refuse',
  'refusal',
  'declined',
  'declines',
  'decline',
  'denied',
  'denies',
  'deny',
  'failed to',
  'fails to',
  'failure to',
  'rejected',
  'rejects',
  'reject',
  // the present participles of refusal ("rejecting calls for early elections"; not "declining", which is a falling
  // amount as often as a refusal), and "rebuff" (twenty-second session)
  'refusing',
  'denying',
  'rejecting',
  'rebuffed',
  'rebuffs',
  'rebuff',
  'rebuffing',
  'lack of',
  'absence of',
];

/** Words that signal an unrealised act: intention, plan, future, condition. */
export const IRREALIS = set(
  'would|will|shall|could|might|may|should|plan|plans|planned|planning|intend|intends|intended|want|wants|wanted|hope|hopes|hoped|expect|expects|expected|ready|prepared|aim|aims|aimed|going|if|unless|whether|wish|wishes|desire|proposal|proposed|propose|proposes|promise|promised|vow|vowed|threaten|threatened|seek|seeks|sought|try|tried|attempt',
);

/** Verbs (lemmas) whose infinitive is an act asked for, wanted, planned or tried, not one said to have happened:
 * "urged the ministers to rescind", "plans to close", "attempted to escape". (Not "forced to", "managed to",
 * "decided to", which say or imply it was done.) */
export const WANTING = set(
  'urge|ask|call|demand|request|want|wish|hope|plan|intend|seek|try|attempt|propose|threaten|vow|promise|pledge|expect|aim|prepare|press|push|encourage|invite|advise|recommend|appeal|beg|lobby|petition|campaign|need|mean|offer|agree|refuse|fail|decline|tell|order|instruct|direct|warn|remind|require',
);

/** Words before an act that say it was kept from happening or only could happen: "to avoid killing", "the
 * potential for killing", "the risk of flooding". The act after them is not stated. */
export const AVERTED = set(
  'avoid|avoids|avoided|avoiding|prevent|prevents|prevented|preventing|avert|averts|averted|averting|potential|risk|risks|threat|threats|fear|fears|danger|dangers|chance|chances|possibility|possibilities|prospect|prospects|likelihood',
);

/** Month names, with and without their abbreviations ("Sept."), and the days of the week. */
/** The months' full names, in calendar order (index 0 is January). */
export const MONTHS_IN_ORDER =
  'january|february|march|april|may|june|july|august|september|october|november|december'.split('|');
const FULL_MONTHS = new Set(MONTHS_IN_ORDER);
export const MONTH_NAMES = new Set([
  ...FULL_MONTHS,
  ...set('jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec'),
]);
export const WEEKDAYS = set('monday|tuesday|wednesday|thursday|friday|saturday|sunday');
/** Possessive determiners: a noun phrase follows them, never a verb. */
export const POSSESSIVES: ReadonlySet<string> = set('my|your|his|her|its|our|their');
/** Each weekday's number as `Date.getUTCDay` gives it (Sunday 0). */
export const WEEKDAY_NUMBER: ReadonlyMap<string, number> = new Map(
  [...WEEKDAYS].map((w, k) => [w, (k + 1) % 7]),
);

/** Words that say when or how long, not who or what: a time is no participant of an act. */
export const TIME_NOUNS = new Set([
  ...set(
    'today|yesterday|tomorrow|tonight|now|day|days|week|weeks|weekend|month|months|year|years|morning|afternoon|evening|night|hour|hours|minute|minutes|time|times',
  ),
  ...WEEKDAYS,
  ...FULL_MONTHS,
]);

/** Loaded or emotive terms that frame an event (general, across topics). */
export const LOADED_TERMS = [
  'aggressor',
  'aggression',
  'regime',
  'terrorist',
  'terrorists',
  'terror',
  'massacre',
  'slaughter',
  'atrocity',
  'atrocities',
  'brutal',
  'barbaric',
  'genocide',
  'invasion',
  'invaders',
  'occupiers',
  'occupied',
  'liberated',
  'liberation',
  'puppet',
  'propaganda',
  'so-called',
  'illegal',
  'illegally',
  'unprovoked',
  'heroic',
  'brilliant',
  'disaster',
  'catastrophe',
  'catastrophic',
  'chaos',
  'crisis',
  'slammed',
  'blasted',
  'lashed out',
  'stalemate',
  'humiliating',
  'shocking',
  'outrage',
  'outrageous',
  'extremist',
  'radical',
  'militants',
  'thugs',
  'crackdown',
  'junta',
  'dictator',
  'warmonger',
  'provocation',
  'provocative',
  'sham',
  'fake',
  'hoax',
  'deadliest',
  'devastating',
  'unpalatable',
  'depressingly',
  'ambitious',
  'elusive',
  'marred',
];

/** Irregular past tenses that are also nouns or adjectives ("rose", "fell", "left"), with their verb: the tagger
 * reads "the index rose 2.1%" as a rose when nothing else in the clause is a verb. */
export const PAST_FORMS: Record<string, string> = table(
  'rose:rise|fell:fall|left:leave|found:find|saw:see|lay:lie|bore:bear|wound:wind|ground:grind|sank:sink|rang:ring|flew:fly|drew:draw|grew:grow|led:lead|fled:flee|won:win|spent:spend|sent:send|lost:lose|struck:strike|stood:stand|took:take|shot:shoot|hit:hit|cut:cut|set:set|put:put|cost:cost|quit:quit|spread:spread|hurt:hurt|shut:shut|slid:slide|sprang:spring|swung:swing|beat:beat|broke:break|fought:fight|sold:sell|bought:buy|paid:pay|held:hold|met:meet|told:tell|dove:dive|slumped:slump|plunged:plunge|soared:soar|jumped:jump|climbed:climb|dropped:drop|gained:gain|slipped:slip|surged:surge|tumbled:tumble',
);

/** What a player's own figures in a game or a season count ("20 points", "716 yards rushing", "six blocks",
 * "nine rebounds"): the statistics of sport as a class, by lemma ("shots" and "punches" are fired and thrown outside
 * sport too). */
export const STAT_NOUNS = set(
  'point|yard|touchdown|td|rebound|assist|goal|carry|catch|reception|pass|completion|sack|tackle|interception|block|steal|turnover|foul|run|homer|hit|rbi|strikeout|walk|save|wicket|basket|three-pointer|pointer|lap|start|appearance|score|board',
);

/** Spans of time a total is counted over ("in a season", "during the quarter", "a single-game record"): two figures
 * over two of them are two totals, not rival counts of one. */
export const PERIOD_NOUNS = set(
  'day|week|weekend|month|quarter|half|year|decade|century|season|game|match|race|tournament|career|term|tenure|lifetime',
);

/** The ISO code of a currency named by its noun (singular): "dollar" USD, "euro" EUR. */
export const CURRENCY_CODE_OF_NOUN: Record<string, string> = {
  dollar: 'USD',
  euro: 'EUR',
  pound: 'GBP',
  sterling: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rupee: 'INR',
  ruble: 'RUB',
  rouble: 'RUB',
  hryvnia: 'UAH',
};

/** Names of currencies (singular, and the plurals a lemma does not undo), for an amount counted in one ("45 million ducats"): money in two currencies is
 * not known to agree where the text gives no rate. */
/** Nouns only or mostly written in the plural, which modify a noun after them as they are ("sales executives", "arms
 * dealers", "savings accounts", "news conference"): a general list of English pluralia tantum. */
export const PLURAL_ONLY = set(
  'sales|arms|goods|news|savings|customs|clothes|earnings|species|series|headquarters|means|works|physics|economics|politics|athletics|gymnastics|electronics|logistics|mathematics|statistics|operations|communications|affairs|services|systems|sports|games|rights|drugs|weapons|jobs|talks|arts|securities|awards|finals|playoffs|honors|honours|olympics|belongings|premises|proceeds|remains|surroundings|thanks',
);
export const CURRENCY_NOUNS = set(
  'dollar|euro|pound|sterling|yen|yuan|renminbi|rupee|ruble|rouble|hryvnia|franc|krona|kronor|krone|kroner|lire|reais|zloty|lira|peso|real|rand|dinar|dirham|riyal|rial|shekel|won|baht|ringgit|rupiah|forint|koruna|lev|leu|kuna|dong|naira|shilling|cedi|kwacha|taka|ducat|florin|guilder|mark|crown|tenge|manat|lari|dram|som|sum|somoni|afghani|kyat|kip|riel|tugrik|bolivar|sol|colon|quetzal|lempira|cordoba|balboa|guarani|boliviano',
);

/** Nouns for a ship or boat: a name written right after one ("the cruise liner Aurelia", "the tanker Sirena") is the
 * vessel's, not a person's. ("carrier" only with what it carries: "oil carrier", "aircraft carrier"; alone it is as
 * often an airline or a telephone company.) */
export const VESSEL_NOUNS = set(
  'ship|vessel|tanker|supertanker|freighter|frigate|destroyer|cruiser|liner|yacht|superyacht|ferry|trawler|warship|submarine|steamer|steamship|schooner|dhow|tugboat|tug|barge|corvette|gunboat|dredger|icebreaker|catamaran|sloop|containership|boat',
);
/** What a carrier carries when the carrier is a ship ("oil carrier", "aircraft carrier", "bulk carrier"). */
export const CARRIER_CARGO = set(
  'oil|aircraft|bulk|gas|chemical|ore|car|crude|lng|lpg|cargo|container|helicopter',
);
/** Prefixes that name a ship ("HMS", "USS", "MV"): these are never written before a person's name. */
export const SHIP_PREFIXES = set('hms|uss|ins|mv|rms|hmas|hmcs|hmnzs|usns|uscgc|pns|hmt');
/** Prefixes that name a ship only where the text says it is one (after a vessel noun, "the" or "aboard"): "MS" and
 * "SS" are also an honorific and other things. */
export const SHIP_PREFIXES_WEAK = set('ms|ss|mt|fv|rv|sv|mts');

/** Words that make a name before them and a hyphen an adjective ("Chiefs-like", "Kyiv-based", "Soviet-era"). */
export const NAME_ADJECTIVE_SUFFIXES = set(
  'like|based|born|led|backed|owned|style|era|made|flagged|registered',
);

/** English prefixes written with a hyphen ("co-operative", "ex-minister", "non-aligned"): a capitalised one begins a
 * word, not a name. */
export const WORD_PREFIXES = set(
  'a|all|anti|bi|co|counter|de|e|ex|extra|half|hyper|inter|intra|mid|mini|multi|neo|non|off|on|over|pan|post|pre|pro|re|self|semi|sub|super|trans|tri|ultra|un|under|vice|well',
);

/** Function words a dash typed as a hyphen leaves glued to a name ("Ortiz-who had", "Wizards-the Sixers"); not "in",
 * "on", "an", "do" (syllables of given names: "Moon Jae-in"). */
export const DASHED_FUNCTION_WORDS = set(
  "the|a|who|whom|whose|which|that|was|were|is|are|and|but|or|where|when|while|had|has|have|not|don't|didn't|will|would|could|with|from|for|of|at|by",
);
/** Heads of compounds made of a name ("Seattle-area", "Delhi-class", "Gold Glove-caliber", "Broadway-esque"). */
export const COMPOUND_HEADS = set(
  'area|class|caliber|calibre|esque|wise|wide|type|style|size|sized|level|best|worst|friendly|specific|centric|minded|bound|proof|free',
);

/** The postal abbreviations of the states of the United States as newspapers write them after a town ("Northfield,
 * Ill.", "Old Tappan, N. J."), with the state each stands for. Folded, lower case, without dots or spaces. */
export const STATE_ABBREVIATIONS: Record<string, string> = table(
  'ala:Alabama|ariz:Arizona|ark:Arkansas|calif:California|cal:California|colo:Colorado|conn:Connecticut|' +
    'del:Delaware|fla:Florida|ga:Georgia|ill:Illinois|ind:Indiana|kan:Kansas|kans:Kansas|ky:Kentucky|' +
    'la:Louisiana|md:Maryland|mass:Massachusetts|mich:Michigan|minn:Minnesota|miss:Mississippi|mo:Missouri|' +
    'mont:Montana|neb:Nebraska|nebr:Nebraska|nev:Nevada|nh:New Hampshire|nj:New Jersey|nm:New Mexico|' +
    'ny:New York|nc:North Carolina|nd:North Dakota|okla:Oklahoma|ore:Oregon|pa:Pennsylvania|' +
    'ri:Rhode Island|sc:South Carolina|sd:South Dakota|tenn:Tennessee|tex:Texas|vt:Vermont|va:Virginia|' +
    'wash:Washington|wva:West Virginia|wis:Wisconsin|wisc:Wisconsin|wyo:Wyoming|dc:District of Columbia',
);

/** The first word of a place's name in many languages: a saint ("San", "Santa", "São"), a port, a point, a fort, a
 * mount ("Punta Ferra", "Porto Alegre", "Fort Worth", "Mount Sefton"). A name it opens is no person's. */
export const PLACE_PREFIXES = set(
  'san|santa|santo|sao|porto|puerto|port|punta|ciudad|cabo|villa|fort|mount|mt|lake|cape',
);
/** The first word of a square's name ("Piazza Lunga", "Plaza Mayor"): a site, as "Constitution Square" is. */
export const SQUARE_PREFIXES = set('piazza|plaza|praca|largo|platz');

/** Time zones and the halves of the clock, written in capitals after a time ("1:30 AM EST", "10:10 AM PDT"). */
export const TIME_ZONES = set(
  'am|pm|a.m|p.m|est|edt|cst|cdt|mst|mdt|pst|pdt|akst|akdt|hst|gmt|utc|bst|cet|cest|eet|eest|wet|west|ist|jst|aest|aedt|msk',
);

/** Words after which "in" takes what one holds or believes, not a place: "shares in Aurelis", "confidence in Kip". */
export const IN_NOT_PLACE = set(
  'share|shares|stake|stakes|holding|holdings|investment|investments|invest|invests|invested|investing|interest|interests|confidence|trust|faith|belief|believe|believes|believed|role|involvement|participation',
);

/** The two-letter postal codes of the states of the United States, written in capitals after a town ("Fountain
 * Valley, CA"), with the state each stands for. */
export const STATE_CODES: Record<string, string> = table(
  'al:Alabama|ak:Alaska|az:Arizona|ar:Arkansas|ca:California|co:Colorado|ct:Connecticut|de:Delaware|fl:Florida|' +
    'ga:Georgia|hi:Hawaii|id:Idaho|il:Illinois|in:Indiana|ia:Iowa|ks:Kansas|ky:Kentucky|la:Louisiana|me:Maine|' +
    'md:Maryland|ma:Massachusetts|mi:Michigan|mn:Minnesota|ms:Mississippi|mo:Missouri|mt:Montana|ne:Nebraska|' +
    'nv:Nevada|nh:New Hampshire|nj:New Jersey|nm:New Mexico|ny:New York|nc:North Carolina|nd:North Dakota|' +
    'oh:Ohio|ok:Oklahoma|or:Oregon|pa:Pennsylvania|ri:Rhode Island|sc:South Carolina|sd:South Dakota|' +
    'tn:Tennessee|tx:Texas|ut:Utah|vt:Vermont|va:Virginia|wa:Washington|wv:West Virginia|wi:Wisconsin|' +
    'wy:Wyoming|dc:District of Columbia',
);
