/**
 * Facts, not sentences: values of one slot of one fact meet across outlets however they are worded, and
 * look-alikes (another moment, another thing, a plan, another person) do not. Small stories in several
 * domains, each rule checked both ways.
 */
import { describe, expect, it } from 'vitest';
import { timesOfDay } from '../../src/align/clock.js';
import { analyzeDocuments } from '../../src/pipeline/analyze.js';
import type { Report } from '../../src/model/report.js';
import { rawDoc } from '../helpers/docs.js';
import { expectExactEvidence } from '../helpers/evidence.js';

const raw = (id: string, text: string, source: string, published = '2025-08-10T09:00:00+02:00') =>
  rawDoc(id, text, { source, published, language: 'en' });

const disputes = (r: Report) => r.stories.flatMap((s) => s.disputes);
const kinds = (r: Report) =>
  disputes(r)
    .map((d) => d.kind)
    .sort();

const exact = expectExactEvidence;

const fire = (extra: string) =>
  `A wildfire tore through pine forest above the town of Sorrin in the Marren Valley. ${extra} Firefighters fought the blaze through the night.`;

describe('counts worded differently', () => {
  it('meet on the predicate class: evacuated / left their homes', () => {
    const r = analyzeDocuments([
      raw('a', fire('More than 4,000 people were evacuated from Sorrin and nearby villages.'), 'Wire A'),
      raw('b', fire('Between 2,000 and 2,500 people had left their homes across the valley.'), 'Paper B'),
    ]);
    expect(kinds(r)).toEqual(['number']);
    const values = disputes(r)[0]!
      .positions.map((p) => p.value)
      .sort();
    expect(values).toEqual(['Between 2,000 and 2,500', 'More than 4,000']);
    exact(r);
  });

  it('do not conflict when the intervals overlap, nor when each is stamped with another day', () => {
    const r = analyzeDocuments([
      raw(
        'a',
        fire(
          'About 4,000 people were evacuated from Sorrin. At least 12 people were unaccounted for late on Saturday.',
        ),
        'Wire A',
      ),
      raw(
        'b',
        fire(
          'Some 4,300 people were evacuated from Sorrin. Seven people were still unaccounted for on Monday morning.',
        ),
        'Paper B',
        '2025-08-11T10:00:00+02:00',
      ),
    ]);
    expect(disputes(r)).toEqual([]);
  });
});

describe('dates with the time of day', () => {
  it('"shortly after 2 p.m. on Saturday" and "late on Friday night" are two times', () => {
    const r = analyzeDocuments([
      raw('a', fire('The fire broke out shortly after 2 p.m. on Saturday in the Kaldor Forest.'), 'Wire A'),
      raw(
        'b',
        fire('The blaze broke out late on Friday night in the Kaldor Forest, locals said.'),
        'Paper B',
      ),
    ]);
    expect(kinds(r)).toEqual(['date']);
    exact(r);
  });

  it('"late Thursday night" and "early Friday, around 1:30 a.m." can be the same night', () => {
    const r = analyzeDocuments([
      raw(
        'a',
        'The actress checked into the Betty Ford Center late on Thursday night, her lawyer said.',
        'A',
        '2013-05-04T12:00:00Z',
      ),
      raw(
        'b',
        'The actress checked into the Betty Ford Center early on Friday, around 1:30 a.m., her lawyer said.',
        'B',
        '2013-05-04T12:00:00Z',
      ),
    ]);
    expect(disputes(r).filter((d) => d.kind === 'date')).toEqual([]);
  });

  it('times in two zones meet in UTC; 18:24 and 18:42 do not', () => {
    const plane = (t: string) =>
      `A Marovian Airways jet made an emergency landing at Kestrin on Tuesday. ${t}`;
    const sameTime = analyzeDocuments([
      raw(
        'a',
        plane('The aircraft landed at Kestrin at 18:42 on Tuesday.'),
        'Local',
        '2025-10-15T09:00:00+02:00',
      ),
      raw(
        'b',
        plane('The aircraft landed at Kestrin at 16:42 UTC on Tuesday.'),
        'Monitor',
        '2025-10-15T07:00:00Z',
      ),
    ]);
    expect(disputes(sameTime).filter((d) => d.kind === 'date')).toEqual([]);
    const twoTimes = analyzeDocuments([
      raw(
        'a',
        plane('The aircraft landed at Kestrin at 18:42 on Tuesday.'),
        'Local',
        '2025-10-15T09:00:00+02:00',
      ),
      raw(
        'b',
        plane('The aircraft landed at Kestrin at 6.24pm on Tuesday.'),
        'Courier',
        '2025-10-15T08:00:00+02:00',
      ),
    ]);
    expect(kinds(twoTimes)).toContain('date');
  });

  it('reads clock times, zones and midnights', () => {
    const [gmt] = timesOfDay('announced the transfer at 19:40 GMT on 1 September', 0, 120);
    expect(gmt!.low).toBe(21 * 60 + 40);
    // hours 20-23 are hours, not a 2 followed by something: 22:47 GMT is 00:47 the next day at +02:00
    const [late] = timesOfDay('lifted off at 22:47 GMT on Monday', 0, 120);
    expect(late!.low).toBe(24 * 60 + 47);
    const [pm] = timesOfDay('shortly after 2 p.m. on Saturday', 0, null);
    expect([pm!.low, pm!.high]).toEqual([14 * 60, 14 * 60 + 45]);
    const [before] = timesOfDay('just before midnight on Sunday', 0, null);
    expect([before!.low, before!.high]).toEqual([23 * 60, 24 * 60]);
    expect(timesOfDay('turnout was 58.3 percent', 0, null)).toEqual([]);
  });
});

describe('yes and no', () => {
  it('"ruled out arson" against "refused to rule out arson"', () => {
    const r = analyzeDocuments([
      raw('a', fire('Investigators have ruled out arson as the cause of the fire.'), 'Ledger'),
      raw('b', fire('Police last night refused to rule out arson as the cause of the fire.'), 'Clarion'),
    ]);
    expect(kinds(r)).toEqual(['polarity']);
    expect(
      disputes(r)[0]!
        .positions.map((p) => p.normalized)
        .sort(),
    ).toEqual(['false', 'true']);
  });

  it('an expectation or "not only" is not a denial', () => {
    const r = analyzeDocuments([
      raw(
        'a',
        'The death toll from the quake on Qeshm island rose to ten on Monday, the governor said.',
        'A',
      ),
      raw(
        'b',
        'The governor said the death toll from the quake on Qeshm island was not expected to rise further.',
        'B',
      ),
    ]);
    expect(disputes(r).filter((d) => d.kind === 'polarity')).toEqual([]);
  });
});

describe('lists and who did it', () => {
  it('lists sharing a name but not all are a dispute; the same names in another order are not', () => {
    const r = analyzeDocuments([
      raw(
        'a',
        'Aurelis Motors is recalling its cars over a brake fault. The recall covers the Vento, Strada and Lumo models.',
        'Wire',
      ),
      raw(
        'b',
        'Aurelis Motors is recalling its cars over a brake fault. The recall covers the Vento, Terra and Strada models.',
        'Tabloid',
      ),
      raw(
        'c',
        'Aurelis Motors is recalling its cars over a brake fault. The recall covers the Lumo, the Vento and the Strada models.',
        'Business',
      ),
    ]);
    const lists = disputes(r).filter((d) => d.kind === 'list');
    expect(lists).toHaveLength(1);
    const docs = lists[0]!.positions.map((p) =>
      p.evidence
        .map((e) => e.document)
        .sort()
        .join(','),
    );
    expect(docs.sort()).toEqual(['a,c', 'b'].sort());
  });

  it('two people ordering the one evacuation conflict', () => {
    const r = analyzeDocuments([
      raw('a', fire('Governor Tomas Brenner ordered the evacuation of Sorrin on Saturday.'), 'Wire'),
      raw('b', fire('Mayor Petra Lind ordered the evacuation of Sorrin on Saturday.'), 'Gazette'),
    ]);
    expect(kinds(r)).toContain('entity');
  });
});

describe('corroborated means the same fact', () => {
  it('"convicted" and "acquitted" never corroborate each other', () => {
    const text = (s: string) =>
      `A court in Valmora sentenced former minister Radek Holm to six years in prison for bribery. ${s}`;
    const r = analyzeDocuments([
      raw('a', text('His former chief of staff Lena Oster was also convicted by the court.'), 'Wire'),
      raw('b', text('His former chief of staff Lena Oster was acquitted by the court.'), 'Ledger'),
    ]);
    const oster = r.stories
      .flatMap((s) => s.claims)
      .filter((c) => c.evidence.some((e) => e.quote.includes('Oster')));
    expect(oster.every((c) => c.status !== 'corroborated')).toBe(true);
  });

  it('two outlets stating one fact corroborate it; one outlet twice does not', () => {
    const fact = 'The railway operator said 14 carriages left the track after a signal failure near Tarn.';
    const two = analyzeDocuments([
      raw('a', `A train derailed near Tarn on Monday. ${fact}`, 'Wire'),
      raw(
        'b',
        `A passenger train came off the rails near Tarn on Monday. The operator said 14 carriages left the track after a signal failure.`,
        'Paper',
      ),
    ]);
    expect(
      two.stories
        .flatMap((s) => s.claims)
        .some((c) => c.status === 'corroborated' && c.evidence.length === 2),
    ).toBe(true);
    const same = analyzeDocuments([
      raw('a', `A train derailed near Tarn on Monday. ${fact}`, 'Wire'),
      raw(
        'b',
        `A passenger train came off the rails near Tarn on Monday. The operator said 14 carriages left the track after a signal failure.`,
        'Wire',
      ),
    ]);
    expect(same.stories.flatMap((s) => s.claims).every((c) => c.status !== 'corroborated')).toBe(true);
  });
});
