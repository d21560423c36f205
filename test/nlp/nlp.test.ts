import { describe, expect, it } from 'vitest';
import { annotate, resolveEntities } from '../../src/nlp/index.js';
import { splitSentences } from '../../src/nlp/sentences.js';
import { findQuantities, findDurations } from '../../src/nlp/quantities.js';
import { findTimes } from '../../src/nlp/times.js';
import { cleanDoc } from '../helpers/docs.js';

const doc = (id: string, text: string, published: string | null = null) => cleanDoc(id, text, { published });
const whole = (text: string) => [{ start: 0, end: text.length }];

describe('sentences', () => {
  it('keeps abbreviations and wrapped lines inside one sentence, and headings apart', () => {
    const text =
      'Trade Talks Resume\nThe talks resumed in Geneva under pressure from U.S. Trade Representative\nKatherine Tai, who said no deal was near. Dr. Smith disagreed.';
    const s = splitSentences(text).map((x) => x.text);
    expect(s).toEqual([
      'Trade Talks Resume',
      'The talks resumed in Geneva under pressure from U.S. Trade Representative\nKatherine Tai, who said no deal was near.',
      'Dr. Smith disagreed.',
    ]);
  });

  it('a figure written with a space after its point ("magnitude-6. 4", tokenised text) ends no sentence', () => {
    const text =
      'A magnitude-6. 4 quake hit the valley town of Orsk. Shares fell 3. 9 percent. 12 people were hurt.';
    expect(splitSentences(text).map((x) => x.text)).toEqual([
      'A magnitude-6. 4 quake hit the valley town of Orsk.',
      'Shares fell 3. 9 percent.',
      '12 people were hurt.',
    ]);
  });
});

describe('verbs the tagger misses', () => {
  const tag = (text: string, word: string) =>
    splitSentences(text)
      .flatMap((s) => s.tokens)
      .filter((t) => t.text === word)
      .map((t) => [t.pos, t.lemma]);
  it('a clause with no verb takes a past tense that is also a noun as its verb ("the index rose 2.1%")', () => {
    expect(tag('Markets: the Orlen 20 rose 2.1% on the day, and the crown weakened.', 'rose')).toEqual([
      ['VERB', 'rise'],
    ]);
    // a clause that has its verb, or a noun before another noun, keeps the tagger's reading
    expect(tag('The rose garden opened on Monday.', 'rose')[0]![0]).not.toBe('VERB');
    expect(tag('She planted a rose in May.', 'rose')[0]![0]).not.toBe('VERB');
  });
});

describe('entities', () => {
  it('splits titles off names, types organisations and places, and resolves variants across reports', () => {
    const a = annotate(
      doc(
        'a',
        'German Chancellor Olaf Scholz met the Transport Ministry in São Paulo on Monday. Scholz said the UK would join.',
      ),
    );
    const b = annotate(
      doc(
        'b',
        'Chancellor Olaf Scholtz spoke in Sao Paulo, where Britain and the United Kingdom trade team were present.',
      ),
    );
    const person = a.entities.find((e) => e.text === 'Olaf Scholz')!;
    expect(person.type).toBe('person');
    expect(person.role).toBe('Chancellor');
    expect(a.entities.find((e) => e.text === 'German')?.canonical).toBe('Germany');
    expect(a.entities.find((e) => e.text === 'Transport Ministry')?.type).toBe('organization');
    const entities = resolveEntities([a, b]);
    const scholz = entities.find((e) => e.aliases.includes('Olaf Scholz'))!;
    expect(scholz.aliases).toEqual(expect.arrayContaining(['Scholz', 'Olaf Scholtz']));
    const uk = entities.find((e) => e.name === 'United Kingdom')!;
    expect(uk.aliases).toEqual(expect.arrayContaining(['UK', 'Britain', 'United Kingdom']));
    const sp = entities.find((e) => e.aliases.includes('São Paulo'))!;
    expect(sp.aliases).toContain('Sao Paulo');
    for (const d of [a, b]) for (const m of d.entities) expect(d.doc.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('does not merge different people who share a first name', () => {
    const a = annotate(doc('a', 'Mark Carney spoke first. Mark Rutte answered him.'));
    const entities = resolveEntities([a]);
    expect(
      entities
        .filter((e) => e.type === 'person')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Mark Carney', 'Mark Rutte']);
  });

  it('"and" joins two names when the first already ends in its cue word; inside one name it does not', () => {
    const names = (text: string) => annotate(doc('a', text)).entities.map((e) => e.text);
    expect(names('Talks between Norberg City and Halden Rovers broke down on Friday.')).toEqual(
      expect.arrayContaining(['Norberg City', 'Halden Rovers']),
    );
    expect(names('Orders fell at Brixley Motor Company and Ostvik Motors last month.')).toEqual(
      expect.arrayContaining(['Brixley Motor Company', 'Ostvik Motors']),
    );
    // one organisation whose name has "and" in it
    expect(names('The Union of Port and Dock Workers called a strike.')).toContain(
      'Union of Port and Dock Workers',
    );
  });
});

describe('attribution, hedges, negation', () => {
  it('finds who says it and how sure', () => {
    const a = annotate(
      doc(
        'a',
        'The factory allegedly dumped waste, according to Reuters. The company did not comment. Police said two men were arrested.',
      ),
    );
    const [s1, s2, s3] = a.sentences;
    expect(s1!.attribution?.source).toBe('Reuters');
    expect(s1!.hedges.length).toBeGreaterThan(0);
    expect(s2!.negations.map((n) => a.doc.text.slice(n.start, n.end))).toContain('not');
    expect(s3!.attribution?.source).toBe('Police');
  });
});

describe('quantities', () => {
  it('a point with a space after it inside a sentence is a decimal point ("a 6. 1-magnitude quake")', () => {
    const qs = (t: string) => findQuantities(t, [{ start: 0, end: t.length }]).map((q) => [q.text, q.value]);
    expect(qs('A 6. 1-magnitude quake hit the valley.')).toEqual([['6. 1', 6.1]]);
    expect(qs('Shares fell 3. 9 percent.')).toEqual([['3. 9', 3.9]]);
  });

  it('a figure with thousands and decimals is one figure ("$1,200.50"), and a comma after it ends it', () => {
    const qs = (t: string) => findQuantities(t, [{ start: 0, end: t.length }]).map((q) => [q.text, q.value]);
    expect(qs('The fine was 1,200.50 dollars.')).toEqual([['1,200.50', 1200.5]]);
    expect(qs('Police said 12,000, not 20,000 people.')).toEqual([
      ['12,000', 12000],
      ['20,000', 20000],
    ]);
  });
  const q = (text: string) => findQuantities(text, splitSentences(text));
  it('reads qualifiers, vague amounts, units and currencies as intervals', () => {
    const [dead, injured] = q('At least 12 people died and dozens of passengers were injured.');
    expect([dead!.low, dead!.high, dead!.qualifier, dead!.counted]).toEqual([
      12,
      Infinity,
      'at-least',
      'people',
    ]);
    expect([injured!.low, injured!.high, injured!.counted]).toEqual([24, 99, 'passenger']);
    const [money] = q('The company paid $3.2 billion for the rival.');
    expect([money!.value, money!.unit]).toEqual([3.2e9, 'USD']);
    const [dist] = q('The train ran 300 miles without stopping.');
    expect(dist!.unit).toBe('km');
    expect(dist!.value).toBeCloseTo(482.8, 1);
    const [nearly] = q('Nearly 300 passengers were on board.');
    expect(nearly!.high).toBe(300);
    expect(nearly!.low).toBeLessThan(300);
  });

  it('knows per-party amounts and totals', () => {
    const [swap] = q('The sides agreed a 500-for-500 swap of detainees.');
    expect([swap!.value, swap!.distribution, swap!.parties]).toEqual([500, 'each', 2]);
    const [each] = q('Both clubs will receive 40 tickets from each allocation on each side.');
    expect(each!.distribution).toBe('each');
    const [total] = q('A total of 90 flights were cancelled.');
    expect(total!.distribution).toBe('total');
  });

  it('does not count dates, years, ages, ordinals, citations or scores', () => {
    expect(q('On March 3, 2024, the 45-year-old won 3-1 in the second round [2].')).toEqual([]);
  });

  it('reads durations as second intervals', () => {
    const text = 'The meeting lasted approximately an hour. The outage lasted just over an hour.';
    const [a, b] = findDurations(text, splitSentences(text));
    expect(a!.low).toBeLessThan(3600);
    expect(a!.high).toBeGreaterThan(3600);
    expect([b!.low, b!.high]).toEqual([3600, 5400]);
  });

  it('reads a half written as a fraction: "a 4-1/2-month term", "3 1/2 years", "6½ weeks"; not "41/2 months"', () => {
    const text =
      'He served a 4-1/2-month term. She got 3 1/2 years. It took 6½ weeks. They served 41/2 months.';
    const ds = findDurations(text, splitSentences(text)).map((d) => [d.text, d.low]);
    const month = 2629800;
    expect(ds.map(([t]) => t)).toEqual(['4-1/2-month', '3 1/2 years', '6½ weeks']);
    expect((ds[0]![1] as number) / month).toBeCloseTo(4.5, 1);
  });
});

describe('times', () => {
  const ref = new Date('2024-03-10T12:00:00Z');
  const t = (text: string) => findTimes(text, whole(text), ref).map((x) => [x.text, x.from, x.to]);
  it('resolves explicit and relative dates and periods against the reference', () => {
    expect(t('The strike began last month.')).toEqual([['last month', '2024-02-01', '2024-02-29']]);
    expect(t('Talks opened in mid-February.')).toEqual([['mid-February', '2024-02-11', '2024-02-20']]);
    expect(t('A vote is due between March 20 and March 30.')).toEqual([
      ['between March 20 and March 30', '2024-03-20', '2024-03-30'],
    ]);
    expect(t('The bridge was closed a day earlier.')).toEqual([
      ['a day earlier', '2024-03-09', '2024-03-09'],
    ]);
    const [end] = findTimes(
      'A deal is expected by the end of March.',
      whole('A deal is expected by the end of March.'),
      ref,
    );
    expect(end!.to).toBe('2024-03-31');
    expect(end!.from <= '2024-03-20').toBe(true);
    expect(t('The ferry sank on January 5, 2023.')).toEqual([
      ['January 5, 2023', '2023-01-05', '2023-01-05'],
    ]);
  });

  it('reads a bare weekday as the last one, or the next one when the sentence looks ahead', () => {
    expect(t('The strike began on Tuesday.')).toEqual([['on Tuesday', '2024-03-05', '2024-03-05']]);
    expect(t('Talks will resume on Tuesday.')).toEqual([['on Tuesday', '2024-03-12', '2024-03-12']]);
  });

  it('reads relative periods alike on every call (their patterns are shared module constants)', () => {
    const text = 'Prices rose last week and again this week, after a fall last year.';
    const first = t(text);
    expect(first).toEqual([
      ['last week', '2024-02-26', '2024-03-03'],
      ['this week', '2024-03-04', '2024-03-10'],
      ['last year', '2023-01-01', '2023-12-31'],
    ]);
    // two sentences in a row, then the first again: no pattern's position carries over
    expect(t('This week the plant reopened. Last week it was shut.')).toEqual([
      ['This week', '2024-03-04', '2024-03-10'],
      ['Last week', '2024-02-26', '2024-03-03'],
    ]);
    expect(t(text)).toEqual(first);
  });

  it('needs a reference for dates without a year', () => {
    expect(findTimes('It happened on May 4.', whole('It happened on May 4.'), null)).toEqual([]);
  });
});
