// Pages that report no event (a guide, a review, an explainer) join no story by their words: shared
// topic words are no shared event (docs/decisions.md, "Pages that report no event (thirteenth session)").
// Every page below is invented.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Incremental } from '../../src/incremental/index.js';
import { openSqliteStore } from '../../src/store/index.js';
import { rawDoc } from '../helpers/docs.js';
import { extractFeatures, groupStories, type StoryGroup } from '../../src/story/index.js';
import { storySettings } from '../../src/settings/story.js';
import { makeDoc } from './fixtures.js';

const off = { ...storySettings, eventlessMinPresent: Number.POSITIVE_INFINITY };

function together(groups: StoryGroup[], a: string, b: string): boolean {
  return groups.some((g) => g.documents.includes(a) && g.documents.includes(b));
}

const GUIDE_CAGE = [
  'How to Choose a Cage for Your Pet Axolotl',
  'An axolotl tank is the first thing you need, and the size of the tank matters more than anything else.',
  'A single axolotl needs at least a forty litre tank, and you should add ten litres for each extra axolotl.',
  'Axolotls are sensitive to warm water, so your tank must stay below eighteen degrees.',
  'If you can, choose a long tank rather than a tall one: axolotls walk on the bottom and do not swim much.',
  'Sand is the safest floor for an axolotl tank, because gravel can block the gut of a young axolotl.',
  'A gentle filter is a good idea, and you will want to test the water of the tank every week.',
  'Plants are welcome in an axolotl tank, but you should avoid sharp rocks and ornaments.',
].join('\n');

const GUIDE_FEEDING = [
  'What to Feed Your Axolotl: A Beginner Guide',
  'Feeding an axolotl is simple once you know what it likes, and the tank stays cleaner when you feed less.',
  'An adult axolotl needs food every two or three days, while a young axolotl should eat every day.',
  'Earthworms are the best food for an axolotl, and you can cut them into pieces for a small axolotl.',
  'Pellets are fine too, but they must sink to the bottom of the tank, where the axolotl looks for food.',
  'Remove any food the axolotl does not eat, because old food in the tank is bad for the water.',
  'If your axolotl refuses food, check the temperature of the tank: warm water is a common cause.',
  'Never feed an axolotl mammal meat, which it cannot digest.',
].join('\n');

const NEWS_A = [
  'Rare axolotls stolen from Tarnholm aquarium',
  'Thieves broke into the Tarnholm city aquarium on Tuesday night and took eleven rare golden axolotls, police said.',
  'The axolotls were in a tank in the back room, which the thieves reached through a roof window, a police spokeswoman told reporters.',
  'The aquarium director, Ilse Varnhagen, said the animals were worth about 9,000 euros.',
  'Staff found the empty tank on Wednesday morning when they came to feed the axolotls.',
].join('\n');

const NEWS_B = [
  'Eleven golden axolotls taken in Tarnholm aquarium break-in',
  'Eleven golden axolotls were stolen from the Tarnholm aquarium on Tuesday night, police said on Wednesday.',
  'The thieves climbed onto the roof and entered through a window above the tank room, the police said.',
  'Director Ilse Varnhagen said the axolotls, bred at the aquarium, were worth some 9,000 euros.',
  'Keepers discovered the empty tank when they arrived to feed the animals on Wednesday.',
].join('\n');

describe('pages that report no event', () => {
  it('reads a guide that addresses its reader in the present tense as event-less, a news report not', () => {
    expect(extractFeatures(GUIDE_CAGE).eventless).toBe(true);
    expect(extractFeatures(GUIDE_FEEDING).eventless).toBe(true);
    expect(extractFeatures(NEWS_A).eventless).toBe(false);
    expect(extractFeatures(NEWS_B).eventless).toBe(false);
  });

  it('keeps two guides of one topic apart, and two reports of one event together', () => {
    const docs = [
      makeDoc('cage', GUIDE_CAGE),
      makeDoc('feeding', GUIDE_FEEDING),
      makeDoc('news-a', NEWS_A),
      makeDoc('news-b', NEWS_B),
    ];
    // without the rule, the two guides are one "story" by their topic words
    expect(together(groupStories(docs, { settings: off }), 'cage', 'feeding')).toBe(true);
    const groups = groupStories(docs);
    expect(together(groups, 'cage', 'feeding')).toBe(false);
    expect(together(groups, 'news-a', 'news-b')).toBe(true);
    expect(together(groups, 'cage', 'news-a')).toBe(false);
    expect(groups.map((g) => g.documents.length).sort()).toEqual([1, 1, 2]);
  });

  it("keeps a guide's near-copy beside it", () => {
    const copy = `${GUIDE_CAGE}\nShare this guide with a friend who keeps axolotls.`;
    const groups = groupStories([makeDoc('cage', GUIDE_CAGE), makeDoc('cage-copy', copy)]);
    expect(together(groups, 'cage', 'cage-copy')).toBe(true);
  });

  it('reads a present-tense report that does not address its reader as an event', () => {
    const reveal = [
      'Velmora Motors reveals its first electric estate car at the Oslo motor show.',
      'The Velmora Strand is the seventh model on the new platform, and it is due in showrooms next spring.',
      'The company says the car can drive 540 kilometres on one charge.',
      'It is the first Velmora with a heat pump, and the battery can charge to 80 per cent in 22 minutes.',
      'Prices are not yet public, but the car will cost less than the Velmora Fjell, the brand says.',
      'The estate is longer than the saloon, and its boot is the largest in its class.',
      'The interior is made of recycled wool, and the front seats are heated.',
      'Velmora is the fourth maker to show an electric estate this year.',
    ].join('\n');
    expect(extractFeatures(reveal).eventless).toBe(false);
  });

  it('a word reported, a day named or an act days ago makes a page a report; idioms and schedules do not', () => {
    const base = GUIDE_FEEDING;
    const add = (line: string): boolean | undefined => extractFeatures(`${base}\n${line}`).eventless;
    // anchors: an event
    expect(add('The breeder Tomas Quell said the shortage began after the floods.')).toBe(false);
    expect(add('The Lindqvist pet shop closed its axolotl section on Thursday.')).toBe(false);
    expect(add('A shipment of axolotls reached the port eight days ago.')).toBe(false);
    expect(add('Breeders met in Tarnholm yesterday.')).toBe(false);
    // no anchors: still a guide
    expect(add('That said, every axolotl is different.')).toBe(true);
    expect(add('Feeding is easier said than done with a shy axolotl.')).toBe(true);
    expect(add('The water test tells you when to change the water.')).toBe(true);
    expect(add('Most pet shops sell worms at a discount on Black Friday.')).toBe(true);
    expect(add('Shops are open Tuesday through Sunday, and you can order worms every Monday.')).toBe(true);
    expect(add('Axolotls were first kept as pets decades ago.')).toBe(true);
    expect(add('The Sunday Market in Tarnholm sells frozen worms.')).toBe(true);
  });

  it('judges only with enough tense words, and not a page told in the past tense', () => {
    expect(extractFeatures('Your axolotl needs cool water. You can feed it worms.').eventless).toBe(false);
    const past = [
      'You may remember the spring the Tarnholm river left its banks.',
      'The water was in the streets for three weeks, and the shops were shut.',
      'The school was closed, the bridge was under water, and the buses were stopped.',
      'Farmers had no way to reach the town, and the mayor was in a boat for days.',
      'The aquarium was flooded, and its axolotls were carried to the hills in buckets.',
      'Most of them were found again, but the old tank room was lost.',
      'It is a story the town still remembers, and it is why the new aquarium is on a hill.',
      'The river is calm now, but the marks on the walls are there for you to see.',
      'The town is proud of its axolotls, and they are the first thing a visitor can see.',
      'You will find the flood museum next to the station, and it is free.',
    ].join('\n');
    expect(extractFeatures(past).eventless).toBe(false);
  });

  it('holds as reports arrive one at a time (src/incremental places by the same rule)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-eventless-'));
    const store = openSqliteStore(path.join(dir, 'c.db'));
    try {
      const inc = new Incremental(store);
      const placed = [];
      for (const [id, text] of [
        ['news-a', NEWS_A],
        ['cage', GUIDE_CAGE],
        ['feeding', GUIDE_FEEDING],
        ['news-b', NEWS_B],
      ] as const)
        placed.push(await inc.add(rawDoc(id, text)));
      const [newsA, cage, feeding, newsB] = placed.map((p) => p.storyId);
      expect(newsB).toBe(newsA);
      expect(new Set([newsA, cage, feeding]).size).toBe(3);
    } finally {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
