/**
 * Yes/no judgement of the tenth session, found by reading the disputes reported on the ECB+ stories nobody labelled
 * (`scripts/held-out-disputes.mjs`): each rule right for a general reason, each tested here on invented reports.
 */
import { describe, expect, it } from 'vitest';
import { framedReports, valuesOf } from '../helpers/stories.js';

const mine = (extra: string) =>
  `The Orlen copper mine in the north of Veska was closed on Monday after a flood in its lower shafts. ${extra} Miners' families gathered at the gate.`;
const software = (extra: string) =>
  `Halden Systems issued an emergency patch on Wednesday for a flaw in its office software. ${extra} The flaw was found by a student.`;

describe('an act that is not asserted', () => {
  it('a relative clause that only says which ones are meant states no act: "customers who have applied the patch"', () => {
    const r = framedReports(software, [
      'Customers who have applied the patch are safe from the attacks, the company said.',
      'Customers that have not applied the patch remain exposed to the attacks, the company said.',
    ]);
    expect(valuesOf(r, 'polarity')).toEqual([]);
  });

  it('but an act said of someone is: "the company has not applied" / "applied"', () => {
    const r = framedReports(software, [
      'The city council applied the patch to its computers on Thursday, officials said.',
      'The city council has not applied the patch to its computers, officials said.',
    ]);
    expect(valuesOf(r, 'polarity')).toHaveLength(1);
  });

  it('a that-clause of a verb of asking is an act asked for: "recommended that he resign"', () => {
    const r = framedReports(mine, [
      'The inspectors recommended that Karl Brenn resign from the board of the mine.',
      'Karl Brenn has not resigned from the board of the mine, a spokesman said.',
    ]);
    expect(valuesOf(r, 'polarity')).toEqual([]);
  });

  it('the means of an act only aimed at: "needs to win back trust by making decisions openly"', () => {
    const r = framedReports(mine, [
      'The ministry needs to win back trust by making decisions openly, the union leader said.',
      'The ministry said no decision had yet been made on reopening the mine.',
    ]);
    expect(valuesOf(r, 'polarity')).toEqual([]);
  });
});

describe('how far a negation reaches', () => {
  it('a refusal does not reach past "but": "would not comment … but confirmed"', () => {
    const r = framedReports(mine, [
      'The owner refused to comment on Monday but confirmed the mine had been closed.',
      'The owner confirmed the mine had been closed until further notice.',
    ]);
    expect(valuesOf(r, 'polarity')).toEqual([]);
  });

  it('"no" opening the subject denies the act: "no one was injured" agrees with "no one was injured"', () => {
    const r = framedReports(mine, [
      'Rescuers reached the lower shafts, but no one was injured in the flood.',
      'No one is believed to have been injured in the flood, the fire service said.',
      'No-one was injured in the flood, a spokesman for the owner said.',
    ]);
    expect(valuesOf(r, 'polarity')).toEqual([]);
  });

  it('and is a dispute with one who says the act happened', () => {
    const r = framedReports(mine, [
      'No one was injured in the flood, a spokesman for the owner said.',
      'Two miners were injured in the flood, the fire service said.',
    ]);
    expect(valuesOf(r, 'polarity')).toHaveLength(1);
  });

  it('"no" on the object denies the act: "ran no trains" agrees with "no trains ran"', () => {
    const r = framedReports(mine, [
      'The railway ran no ore trains on Monday, leaving copper stacked at the mine.',
      'No ore trains ran on Monday, the railway said.',
    ]);
    expect(valuesOf(r, 'polarity')).toEqual([]);
  });
});

describe('what was made known', () => {
  it('a question left open is not a thing made known: "did not reveal what" / "confirmed that"', () => {
    const r = framedReports(mine, [
      'The owner did not reveal what had caused the flood in the lower shafts.',
      'The owner confirmed that the mine had been closed on Monday.',
    ]);
    expect(valuesOf(r, 'polarity')).toEqual([]);
  });

  it('a that-clause is about what it says: "confirmed that it had made an offer" / "the figures are not confirmed"', () => {
    const r = framedReports(mine, [
      'The owner confirmed that a buyer had made a five-year offer for the mine.',
      'While the figures are not confirmed, the offer is believed to be worth $20 million.',
    ]);
    expect(valuesOf(r, 'polarity')).toEqual([]);
  });
});
