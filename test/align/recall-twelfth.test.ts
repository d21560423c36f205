/**
 * Dispute recall on real news (twelfth session): facts that were never read, each rule on invented sentences (a
 * volleyball league that does not exist), none from the development corpora. Each test fails with its rule switched
 * off.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { expectExactEvidence } from '../helpers/evidence.js';
import { framedReports, valuesOf } from '../helpers/stories.js';

const reports = (frame: (extra: string) => string, ...texts: string[]) => framedReports(frame, texts);
const numberValues = (r: Report) => valuesOf(r, 'number');

describe("a side's standing after the game the report tells (twelfth session)", () => {
  const volley = (extra: string) =>
    `The Tarnby Hawks beat the Kell Rovers 3-1 in Saturday's match to reach the volleyball league final. ${extra} The final will be played in Orrin.`;

  it('"This gave the Hawks a 11-4 season" and "the Hawks stand at 12-4" disagree', () => {
    const r = reports(
      volley,
      'Ines Vidal served 14 aces. This gave the Hawks a 11-4 season and a place in the final.',
      'After sixteen games the Hawks stand at 12-4 and in the final.',
    );
    expect(numberValues(r)).toEqual([['11-4', '12-4']]);
    expect(r.stories[0]!.disputes[0]!.about).toMatch(/^the standing of .*Hawks after the game$/);
    expectExactEvidence(r);
    // "improved to" and "fell to" give the standing the game took a side to
    expect(
      numberValues(
        reports(
          volley,
          "By beating the Rovers, the Hawks' record improved to 11-4.",
          'The Hawks improved to 12-4 with the win.',
        ),
      ),
    ).toEqual([['11-4', '12-4']]);
    // the same standing twice is no dispute
    expect(
      numberValues(
        reports(volley, 'This gave the Hawks a 12-4 season.', 'The Hawks improved to 12-4 with the win.'),
      ),
    ).toEqual([]);
  });

  it('a standing of another moment, a split of it or a record with draws is not the standing after the game', () => {
    const after = 'The Hawks improved to 12-4 with the win.';
    for (const other of [
      // a game still to come: the standing before it
      'The Hawks stand at 11-4 and will host the final.',
      'Heading into the final, the Hawks stand at 11-4.',
      // another time
      'Last season the Hawks improved to 11-4 in March before a slump.',
      // a split of the standing: at home, on the road, in the division
      'The Hawks improved to 11-4 at home.',
      'The Hawks moved to 6-2 in league games.',
      'The Hawks improved to 3-1 in the playoffs.',
      'The Hawks improved to 8-3 all-time against the Rovers.',
      'The Hawks improved to 11-4 in the northern group.',
      // a record with draws is another count
      'The Hawks improved to 11-4-1.',
      // the bare record after a name: a preview gives it before the game, a round-up after another one
      'Ines Vidal served 14 aces for the Hawks (11-4).',
    ])
      expect(numberValues(reports(volley, after, other)), other).toEqual([]);
  });

  it('a split of voters in a poll is no standing: a standing is read in a report of games and results', () => {
    const poll = (extra: string) =>
      `A new poll of Orrin voters was published on Monday, a month before the mayoral election. ${extra} The poll asked 1,200 voters.`;
    expect(
      numberValues(reports(poll, 'Lena Ames now stands at 48-45.', 'Lena Ames now stands at 50-41.')),
    ).toEqual([]);
  });
});
