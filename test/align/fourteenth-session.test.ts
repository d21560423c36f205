/**
 * Fourteenth session: lengths read as lengths ("fell about 200m down a gully" is 200 metres, not 200 million; a
 * length's unit word is no counted thing), a report that gives one fact two rival values in two statements takes no
 * side (it speaks of two things of that kind), and the opening or closing minutes of an event are a part of it.
 * Invented reports of other domains than the corpora's.
 */
import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/nlp/quantities.js';
import { framedReports, joined, valuesOf } from '../helpers/stories.js';

const q = (text: string) =>
  findQuantities(text, [{ start: 0, end: text.length }]).map((x) => ({
    value: Math.round(x.value * 100) / 100,
    unit: x.unit,
    counted: x.counted,
  }));

describe('a figure with "m" is a length where a word of place or size follows it', () => {
  it('"fell about 200m down a gully", "a cliff 60m high" are metres', () => {
    expect(q('He slipped and fell about 200m down a steep gully.')).toEqual([
      { value: 200, unit: 'm', counted: null },
    ]);
    expect(q('The cliff is 60m high.')).toEqual([{ value: 60, unit: 'm', counted: null }]);
  });
  it('"£60m", "5m people" and "raised 5m." stay millions', () => {
    expect(q('The club paid £60m for him.')[0]).toMatchObject({ value: 60_000_000, unit: 'GBP' });
    expect(q('Some 5m people voted.')[0]).toMatchObject({ value: 5_000_000, unit: null, counted: 'people' });
    expect(q('The charity raised 5m.')[0]).toMatchObject({ value: 5_000_000, unit: null });
  });
  it('the unit word is what a length is measured in, not what it counts: "200ft from" and "60 metres from" compare', () => {
    expect(q('She fell about 200ft from a ledge.')).toEqual([{ value: 60.96, unit: 'm', counted: null }]);
    expect(q('She fell about 60 metres from a ledge.')).toEqual([{ value: 60, unit: 'm', counted: null }]);
    expect(q('a 200 foot drop')[0]).toMatchObject({ value: 60.96, unit: 'm' });
    // (a thing measured after the unit still is counted: "a 600-kilometre orbit")
    expect(q('its intended 600-kilometre orbit')[0]).toMatchObject({
      value: 600,
      unit: 'km',
      counted: 'orbit',
    });
  });
});

const climb = (extra: string) =>
  `A hiker died in the Varn Mountains on Friday, rescuers said. ${extra} The trail was closed on Saturday.`;

describe('lengths in two units are compared', () => {
  it('"fell about 200ft from a ledge" and "fell about 200m from a ledge" are no corroboration', () => {
    const r = framedReports(climb, [
      'The 41-year-old hiker slipped and fell about 200ft from a ledge near the summit.',
      'The 41-year-old hiker slipped and fell about 200m from a ledge near the summit.',
      'The hiker slipped and fell about 60 metres from a ledge near the summit.',
    ]);
    const claims = joined(r);
    expect(claims.some((c) => c.some((x) => x.includes('200ft')) && c.some((x) => x.includes('200m')))).toBe(
      false,
    );
    expect(
      claims.some((c) => c.some((x) => x.includes('200ft')) && c.some((x) => x.includes('60 metres'))),
    ).toBe(true);
  });
});

const storm = (extra: string) =>
  `A storm swept across the Orrin coast on Sunday, officials said. ${extra} Schools will reopen on Wednesday.`;

describe('a report that gives one fact two rival values takes no side', () => {
  it('"one boat sank 40 km off the coast" and "another boat sank 12 km off the coast" in one report: neither is a position', () => {
    const r = framedReports(storm, [
      'One fishing boat sank about 40 km off the coast, the coastguard said. A second fishing boat sank about 12 km off the coast.',
      'A fishing boat sank about 25 km off the coast.',
      'A fishing boat sank some 25 km off the coast.',
    ]);
    const sank = valuesOf(r, 'number').filter((vs) => vs.some((v) => /25/.test(v)));
    expect(sank.filter((vs) => vs.some((v) => /40|12/.test(v)))).toEqual([]);
  });
});

const game = (extra: string) =>
  `The Orrin Owls beat the Valley Hawks 81-70 on Saturday night. ${extra} The Owls play again on Tuesday.`;

describe('the opening or closing minutes of an event are a part of it', () => {
  it('"had 10 points in the first 8 minutes" is no rival of "now has 1,510 points"', () => {
    const r = framedReports(game, [
      'Pia Lund now has 1,510 points in 96 games for the Owls.',
      'Pia Lund had 10 points in the first 8 minutes of the game.',
      'Lund, a senior, now has 1,510 points.',
    ]);
    expect(valuesOf(r, 'number').filter((vs) => vs.some((v) => /1,510/.test(v)))).toEqual([]);
  });
});

const raid = (extra: string) =>
  `Customs officers raided a warehouse in the port of Osta on Tuesday, the agency said. ${extra} The owner was questioned.`;

describe('a quality and its opposite are two accounts, not one claim', () => {
  it('"found the guard standing naked in the yard" / "found the guard standing in the yard, fully clothed" are not joined', () => {
    const r = framedReports(raid, [
      'Officers found the night guard standing naked in the yard, holding a lantern.',
      'Officers found the night guard standing in the yard, fully clothed, holding a lantern.',
      'Officers found the night guard standing naked in the yard, holding a lantern, the agency said.',
    ]);
    const claims = joined(r);
    expect(
      claims.some((c) => c.some((x) => x.includes('naked')) && c.some((x) => x.includes('clothed'))),
    ).toBe(false);
    expect(claims.some((c) => c.filter((x) => x.includes('naked')).length === 2)).toBe(true);
  });

  it('but a comparison ("the larger boat" / "two small boats") and a verb ("who lived nearby" / "was pronounced dead") oppose nothing', () => {
    const r = framedReports(raid, [
      'Officers boarded the larger fishing boat, seizing nine crew members and a cache of cigarettes.',
      'In addition to the nine crew members, officers seized two small fishing boats and a cache of cigarettes.',
      'A clerk who lived nearby was rushed to Osta Hospital, where she was later pronounced dead.',
      'A clerk was rushed to Osta Hospital, where she later died.',
    ]);
    const claims = joined(r);
    expect(
      claims.some((c) => c.some((x) => x.includes('larger')) && c.some((x) => x.includes('small'))),
    ).toBe(true);
    expect(
      claims.some(
        (c) => c.some((x) => x.includes('lived nearby')) && c.some((x) => x.includes('later died')),
      ),
    ).toBe(true);
  });
});

const release = (extra: string) =>
  `The city council published its new recycling rules on Monday, the council said. ${extra} The rules take effect in May.`;

describe('an instruction to the reader states nothing to corroborate', () => {
  it('"To read the rules, click the link below" in two reports is no claim, but "Residents can read the rules online" is', () => {
    const r = framedReports(release, [
      'To read the rules, click the link below. Residents can read the rules online at the council website.',
      'To read the rules, click the link below. Residents can read the new rules online at the council website.',
      'Please call the council hotline with questions.',
      'Please call the council hotline with any questions.',
    ]);
    const claims = joined(r);
    expect(claims.some((c) => c.some((x) => x.includes('click')))).toBe(false);
    expect(claims.some((c) => c.some((x) => x.includes('hotline')))).toBe(false);
    expect(claims.some((c) => c.filter((x) => x.includes('can read')).length === 2)).toBe(true);
  });
});
