import { describe, expect, it } from 'vitest';
import {
  bcubed,
  documentFeatures,
  extractFeatures,
  groupStories,
  storyTitle,
  type StoryGroup,
} from '../../src/story/index.js';
import { storySettings } from '../../src/settings/story.js';
import { skipMessage } from '../helpers/paths.js';
import { loadEcb, loadSeeds, makeDoc } from './fixtures.js';
import { scenarios } from './lookalike.js';

const ecb = loadEcb();

function labels(groups: StoryGroup[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const g of groups) for (const id of g.documents) m.set(id, g.id);
  return m;
}

describe('groupStories: edge cases', () => {
  it('returns no stories for no documents', () => {
    expect(groupStories([])).toEqual([]);
  });

  it('puts one document in one story', () => {
    expect(groupStories([makeDoc('a', 'A fire broke out in Lisbon on Monday.')])).toEqual([
      { id: 'story-1', documents: ['a'] },
    ]);
  });

  it('keeps documents with empty text, each on its own, without crashing', () => {
    const seeds = loadSeeds();
    const docs = [makeDoc('e1', ''), ...seeds, makeDoc('e2', '   \n ')];
    const groups = groupStories(docs);
    const l = labels(groups);
    expect(l.size).toBe(docs.length);
    expect(l.get('e1')).not.toBe(l.get('e2'));
    expect(l.get('e1')).not.toBe(l.get(seeds[0]!.id));
    expect(new Set(seeds.map((d) => l.get(d.id))).size).toBe(1);
  });
});

describe('groupStories: determinism', () => {
  it('gives the same groups and ids for the same input, numbered by first document, in input order', () => {
    const seeds = loadSeeds();
    const other = scenarios.flatMap((s, k) =>
      s.events.flatMap((e, j) => e.map((t, i) => makeDoc(`s${k}-e${j}-${i}`, t))),
    );
    const docs = [...other.slice(0, 4), ...seeds, ...other.slice(4)];
    const a = groupStories(docs);
    const b = groupStories(docs.map((d) => ({ ...d })));
    expect(b).toEqual(a);
    const pos = new Map(docs.map((d, i) => [d.id, i]));
    a.forEach((g, k) => {
      expect(g.id).toBe(`story-${k + 1}`);
      const p = g.documents.map((id) => pos.get(id)!);
      expect(p).toEqual([...p].sort((x, y) => x - y));
      if (k > 0) expect(p[0]!).toBeGreaterThan(pos.get(a[k - 1]!.documents[0]!)!);
    });
    expect(a.flatMap((g) => g.documents).sort()).toEqual(docs.map((d) => d.id).sort());
  });
});

describe('groupStories: one event stays one story', () => {
  it('keeps the five seed reports (one event, five outlets) in one story', () => {
    const groups = groupStories(loadSeeds());
    expect(groups).toHaveLength(1);
    expect(groups[0]!.documents).toHaveLength(5);
  });

  it('keeps one event together when one of its reports is republished many times', () => {
    const seeds = loadSeeds();
    const copies = Array.from({ length: 8 }, (_, k) => makeDoc(`wire-${k}`, seeds[0]!.text));
    const groups = groupStories([...seeds, ...copies]);
    expect(groups).toHaveLength(1);
  });

  it('titles a story after its most central report', () => {
    const seeds = loadSeeds();
    const title = storyTitle(seeds);
    expect(title.length).toBeGreaterThan(10);
    expect(seeds.some((d) => d.text.includes(title.replace(/…$/, '')))).toBe(true);
    expect(storyTitle([makeDoc('t', 'x', { title: 'Given headline' })])).toBe('Given headline');
    expect(storyTitle([])).toBe('');
  });
});

describe('groupStories: look-alike events stay apart', () => {
  for (const s of scenarios) {
    it(s.name, () => {
      const docs = s.events.flatMap((e, j) => e.map((t, i) => makeDoc(`e${j}-${i}`, t)));
      const l = labels(groupStories(docs));
      for (let j = 0; j < s.events.length; j++) {
        const mine = new Set(s.events[j]!.map((_, i) => l.get(`e${j}-${i}`)));
        expect(mine.size, `event ${j} in one story`).toBe(1);
      }
      expect(l.get('e0-0')).not.toBe(l.get('e1-0'));
    });
  }

  it('keeps all scenarios apart when they come in one batch', () => {
    const docs = scenarios.flatMap((s, k) =>
      s.events.flatMap((e, j) => e.map((t, i) => makeDoc(`s${k}-e${j}-${i}`, t))),
    );
    const gold = new Map(docs.map((d) => [d.id, d.id.replace(/-\d+$/, '')]));
    const r = bcubed(labels(groupStories(docs)), gold);
    expect(r.f1).toBeGreaterThanOrEqual(0.9);
  });
});

describe('groupStories: the headline says what a report is about', () => {
  it("counts a headline's terms more than the lede's", () => {
    const f = extractFeatures(
      'Crews cleared the glazier yard on Monday.',
      'Kiln fire in Ostrava',
      storySettings,
    );
    expect(f.counts.get('w:kiln')!).toBeGreaterThan(f.counts.get('w:glazier')!);
  });

  it('keeps background features with the news of their event when their headlines name it', () => {
    // three news reports of a ferry grounding, and three features under headlines about that grounding
    // whose ledes tell the reef's history (shared among them, absent from the news)
    const news = [
      [
        'Ferry Northern Light runs aground off Skellig Point',
        'The ferry Northern Light ran aground off Skellig Point on Tuesday night with 212 passengers on board, the coastguard said.\nLifeboats from Carrow and Dunmere took passengers ashore. Nobody was hurt.',
      ],
      [
        'Northern Light ferry aground at Skellig Point, passengers rescued',
        'All 212 passengers of the Northern Light were brought ashore after the ferry struck rocks off Skellig Point late on Tuesday.\nThe coastguard said the hull was breached but the vessel was stable.',
      ],
      [
        'Coastguard rescues 212 from Northern Light aground off Skellig Point',
        'Rescuers worked through the night after the Northern Light went aground near Skellig Point.\nThe ferry operator Westline said an inquiry would begin on Wednesday.',
      ],
    ];
    const features = [
      [
        'Northern Light aground: Skellig Point ferry grounding',
        "The Carrow Fishermen's Association and its chairman Aldo Brenn warned Minister Ilse Varga in 2019 that the Dunmere Sound buoys were poorly lit.\nBrenn said the Admiralty charts of Dunmere Sound date from 1962 and the Halvard Reef has sunk eleven trawlers.",
      ],
      [
        'After Northern Light ran aground off Skellig Point, questions for Westline',
        "Aldo Brenn of the Carrow Fishermen's Association wrote to Minister Ilse Varga in 2019 about the Halvard Reef and the poorly lit buoys of Dunmere Sound.\nEleven trawlers were lost on the Halvard Reef, and the Admiralty charts date from 1962, Brenn said.",
      ],
      [
        'Skellig Point: how the Northern Light ferry ran aground',
        "The Halvard Reef in Dunmere Sound has sunk eleven trawlers, says Aldo Brenn, chairman of the Carrow Fishermen's Association.\nIn 2019 he wrote to Minister Ilse Varga that the buoys were poorly lit and that the Admiralty charts dated from 1962.",
      ],
    ];
    const docs = [...news, ...features].map(([title, text], i) => makeDoc(`r${i}`, text!, { title: title! }));
    expect(groupStories(docs)).toEqual([{ id: 'story-1', documents: docs.map((d) => d.id) }]);
  });

  it('keeps two look-alike events apart under word-for-word the same headlines', () => {
    const heads = [
      'Ferry runs aground, passengers rescued',
      'Ferry aground, all passengers safe',
      'Coastguard rescues passengers after ferry runs aground',
    ];
    const a = [
      'The ferry Northern Light ran aground off Skellig Point on Tuesday night with 212 passengers on board, the coastguard said.\nLifeboats from Carrow and Dunmere took passengers ashore.',
      'All 212 passengers of the Northern Light were brought ashore after the ferry struck rocks off Skellig Point late on Tuesday.\nThe coastguard at Carrow said the hull was breached.',
      'Rescuers from Carrow worked through the night after the Northern Light went aground near Skellig Point with 212 people aboard.\nThe operator Westline opened an inquiry.',
    ];
    const b = [
      'The ferry Baltic Star ran aground in the Oresund fog on Saturday morning with 640 passengers, the Danish maritime authority said.\nTugs from Helsingor pulled it free by noon.',
      'The Baltic Star, carrying 640 passengers, grounded on a sandbank near Helsingor on Saturday in thick fog.\nNo one was injured, the operator Nordlink said.',
      'Helsingor tugs freed the Baltic Star on Saturday after the ferry with 640 people on board ran aground in fog in the Oresund.\nNordlink said the hull was undamaged.',
    ];
    const docs = [...a, ...b].map((text, i) => makeDoc(`f${i}`, text, { title: heads[i % 3]! }));
    expect(groupStories(docs).map((g) => g.documents)).toEqual([
      ['f0', 'f1', 'f2'],
      ['f3', 'f4', 'f5'],
    ]);
  });
});

describe('bcubed', () => {
  it('scores a perfect clustering 1 and a lumped one below 1', () => {
    const gold = new Map([
      ['a', 'x'],
      ['b', 'x'],
      ['c', 'y'],
      ['d', 'y'],
    ]);
    expect(bcubed(gold, gold).f1).toBe(1);
    const lumped = new Map([...gold.keys()].map((k) => [k, 'one']));
    const r = bcubed(lumped, gold);
    expect(r.recall).toBe(1);
    expect(r.precision).toBe(0.5);
  });
});

describe.skipIf(!ecb)('groupStories on ECB+ (look-alike events per topic)', () => {
  it('reaches BCubed F1 >= 0.93 against the gold stories, from text alone', () => {
    const docs = ecb!.map((d) => makeDoc(d.id, d.text));
    const r = bcubed(labels(groupStories(docs)), new Map(ecb!.map((d) => [d.id, d.story])));
    console.log(
      `ECB+ dev (${docs.length} docs): BCubed F1 ${r.f1.toFixed(4)} P ${r.precision.toFixed(4)} R ${r.recall.toFixed(4)}`,
    );
    expect(r.f1).toBeGreaterThanOrEqual(0.945);
  });

  it('scores as well when every report comes five times (verbatim republications)', () => {
    const some = ecb!.filter((d) => d.topic <= 6);
    const gold = new Map<string, string>();
    const docs = [0, 1, 2, 3, 4].flatMap((k) =>
      some.map((d) => {
        gold.set(`${d.id}#${k}`, d.story);
        return makeDoc(`${d.id}#${k}`, d.text);
      }),
    );
    const once = bcubed(
      labels(groupStories(some.map((d) => makeDoc(`${d.id}#0`, d.text)))),
      new Map(some.map((d) => [`${d.id}#0`, d.story])),
    );
    const five = bcubed(labels(groupStories(docs)), gold);
    expect(five.f1).toBeGreaterThanOrEqual(once.f1 - 0.02);
  });

  it('uses publication dates: look-alike events years apart separate when reports carry dates', () => {
    // Topic 27: two emergency Internet Explorer patches (2008, 2013), near-identical wording.
    const topic = ecb!.filter((d) => d.topic === 27);
    const dated = topic.map((d) =>
      makeDoc(d.id, d.text, {
        published: d.story.endsWith('ecbplus') ? '2013-09-18T12:00:00Z' : '2008-12-17T12:00:00Z',
      }),
    );
    const r = bcubed(labels(groupStories(dated)), new Map(topic.map((d) => [d.id, d.story])));
    expect(r.f1).toBeGreaterThanOrEqual(0.9);
  });

  it('keeps the seeds together and apart from ECB+ reports in a mixed batch', () => {
    const seeds = loadSeeds();
    const docs = [...ecb!.slice(0, 300), ...seeds, ...ecb!.slice(300)];
    const groups = groupStories(docs);
    const withSeeds = groups.filter((g) => g.documents.some((id) => id.endsWith('.txt')));
    expect(withSeeds).toHaveLength(1);
    expect([...withSeeds[0]!.documents].sort()).toEqual(seeds.map((d) => d.id).sort());
  });
});
if (!ecb) console.log(skipMessage('ECB+ story grouping'));

describe('groupStories: the year a report was published is a year it speaks of', () => {
  // one night train derails twice near one town: this week's reports carry their publication date and
  // name no year ("on Sunday"); the others tell of the 2009 derailment and carry no date
  const now = [
    'The Rhone Express night train derailed near Valence on Sunday, injuring 31 passengers, the rail operator SNCF said.\nInvestigators from the BEA-TT were examining a broken rail.',
    'Thirty-one people were hurt when a night train derailed outside Valence on Sunday, SNCF said.\nThe BEA-TT opened an inquiry into the track.',
    'A night train on the Rhone Express line left the rails near Valence on Sunday; 31 passengers were injured.\nSNCF blamed a broken rail, pending the BEA-TT inquiry.',
  ];
  const then = [
    'The Rhone Express night train came off the tracks near Valence in 2009, and 12 travellers were hurt.\nThe BEA-TT blamed a signal fault.',
    'Twelve travellers were hurt when the night train came off the tracks outside Valence in 2009.\nA faulty signal was to blame, the BEA-TT found.',
    'In 2009 the Rhone Express night train came off the tracks near Valence; 12 travellers were hurt.\nInvestigators pointed to a signal fault.',
  ];
  const docs = [
    ...now.map((text, i) => makeDoc(`now${i}`, text, { published: '2024-03-11T08:00:00Z' })),
    ...then.map((text, i) => makeDoc(`then${i}`, text)),
  ];

  it('dates a report that names no year by its publication', () => {
    const [f] = documentFeatures([docs[0]!]);
    expect([...f!.years]).toEqual([2024]);
  });

  it('keeps a derailment reported this week apart from the same line’s derailment of 2009', () => {
    expect(groupStories(docs).map((g) => g.documents)).toEqual([
      ['now0', 'now1', 'now2'],
      ['then0', 'then1', 'then2'],
    ]);
  });
});
