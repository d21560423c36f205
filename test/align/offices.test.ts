/**
 * Who holds a post of an organisation: two reports naming two different people for one post of one organisation
 * disagree; a former, deputy or acting holder, a post of a part of the organisation, or a report that names both,
 * do not; and what rank a person holds. Invented sentences (a museum), none from the development corpora.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { expectExactEvidence } from '../helpers/evidence.js';
import { framedReports } from '../helpers/stories.js';

const frame = (extra: string) =>
  `A storm flooded the basement of the Velby Maritime Museum on Monday, destroying part of its archive. ${extra} The museum will stay closed until March.`;
const reports = (...texts: string[]) => framedReports(frame, texts, '2026-02-10T18:00:00+01:00');
const offices = (r: Report) =>
  r.stories.flatMap((s) => s.disputes).filter((d) => d.kind === 'entity' && /^who is the /.test(d.about));

describe('who holds a post', () => {
  it('two people named for one post of one organisation are two positions', () => {
    const r = reports(
      '"We lost maps from three centuries," said Dr Ana Lind, director of the Velby Maritime Museum.',
      'The Velby Maritime Museum, whose director, Dr Ole Berg, led the clean-up, had moved some maps upstairs.',
      "Volunteers carried the wet boxes out, the museum's director, Ana Lind, said.",
    );
    const [d] = offices(r);
    expect(d?.about).toBe('who is the director of Velby Maritime Museum');
    expect(d?.positions.map((p) => p.value).sort()).toEqual(['Ana Lind', 'Ole Berg']);
    expectExactEvidence(r);
  });

  it('a former or deputy holder, a post of a part of it, or one report naming both, are no rival holders', () => {
    const none = [
      reports(
        '"We lost maps," said Dr Ana Lind, director of the Velby Maritime Museum.',
        'Dr Ole Berg, former director of the Velby Maritime Museum, called it a disaster.',
      ),
      reports(
        '"We lost maps," said Dr Ana Lind, director of the Velby Maritime Museum.',
        'Dr Ole Berg, deputy director of the Velby Maritime Museum, called it a disaster.',
      ),
      reports(
        '"We lost maps," said Dr Ana Lind, director of the Velby Maritime Museum.',
        "Dr Ole Berg, director of the Velby Maritime Museum's archive, called it a disaster.",
      ),
      reports(
        '"We lost maps," said Dr Ana Lind, director of the Velby Maritime Museum.',
        'Dr Ole Berg, director of the Velby Maritime Museum, and Dr Ana Lind, director of the Velby Maritime Museum, spoke.',
      ),
    ];
    // a museum has had many former directors
    none.push(
      reports(
        'Dr Ana Lind, former director of the Velby Maritime Museum, called it a disaster.',
        '"Nobody moved the charts in time," said Dr Ole Berg, former director of the Velby Maritime Museum.',
      ),
    );
    for (const r of none) expect(offices(r)).toEqual([]);
  });
});

describe('what rank a person holds', () => {
  const ranks = (r: Report) =>
    r.stories.flatMap((s) => s.disputes).filter((d) => d.kind === 'entity' && /^what rank /.test(d.about));

  it('two reports giving one person two ranks are two positions', () => {
    const r = reports(
      'The harbour master, Captain Ana Lind, said the charts were lost.',
      '"The water came in within minutes," Major Ana Lind told reporters.',
    );
    expect(ranks(r).map((d) => d.positions.map((p) => p.value).sort())).toEqual([['Captain', 'Major']]);
  });

  it('one rank said in full and in short, or a former rank, is no dispute', () => {
    expect(
      ranks(
        reports(
          'Rear Admiral Ana Lind said the charts were lost.',
          '"The water came in within minutes," Admiral Ana Lind told reporters.',
        ),
      ),
    ).toEqual([]);
    expect(
      ranks(
        reports(
          'Captain Ana Lind said the charts were lost.',
          '"The water came in within minutes," former Major Ana Lind told reporters.',
        ),
      ),
    ).toEqual([]);
  });
});
