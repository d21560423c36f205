/** The ninth session's rules of the sentence-level support test (src/verify/support.ts) on invented sentences: each
 * rule with the case it was made for, the same case with the rule turned off, and the case it must not let through. */
import { describe, expect, it } from 'vitest';
import { verifySettings } from '../../src/settings/verify.js';
import { verify } from '../../src/verify/index.js';
import { report, verdictOf, verdictWithout } from '../helpers/verify.js';

describe('verify: a figure or a date written differently (ninth session)', () => {
  const bus = 'Two people were killed and 14 were injured when a bus overturned near Tarlow on Monday.';

  it('finds a figure the report writes in words where the draft writes digits, and back ("2" / "Two")', () => {
    const d = 'A bus overturned near Tarlow on Monday, killing 2 people and injuring fourteen.';
    expect(verdictOf(d, bus).verdict).toBe('supported');
    // (the twenty-second session's `cardinalForms` finds "2" by "two" word by word too)
    expect(verdictWithout({ figureByValue: false, cardinalForms: false }, d, bus).verdict).toBe(
      'unsupported',
    );
  });

  it('finds an amount written with another unit word ("$1.8bn" / "$1.8 billion")', () => {
    const r = 'The council spent $1.8 billion on new bridges in the province last year, officials said.';
    const d = 'The council spent $1.8bn on new bridges in the province.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(verdictWithout({ figureByValue: false }, d, r).verdict).toBe('unsupported');
  });

  it('still holds another figure, and a bound the report does not state ("less than 870" / "870")', () => {
    expect(
      verdictOf('A bus overturned near Tarlow on Monday, killing 3 people and injuring fourteen.', bus)
        .verdict,
    ).not.toBe('supported');
    const r = 'In total, 870 people worldwide have been infected with the virus, the agency said.';
    expect(
      verdictOf('In total, less than 870 people worldwide have been infected with the virus.', r).verdict,
    ).toBe('unsupported');
  });

  it('reads a month abbreviation as the month ("Feb. 22" / "February 22"), not another month', () => {
    const r = 'The Velmar port authority said on February 22 that traffic had fallen by a fifth.';
    const d = 'The Velmar port authority said on Feb. 22 that traffic had fallen by a fifth.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(verdictWithout({ monthAbbreviations: false }, d, r).verdict).toBe('unsupported');
    expect(
      verdictOf('The Velmar port authority said on Mar. 22 that traffic had fallen by a fifth.', r).verdict,
    ).not.toBe('supported');
  });

  it('finds a date the report states as the same day, however named, in a dated report', () => {
    const dated = {
      ...report('The ferry service between Velmar and Tarlow resumed on Friday after the storm.'),
      published: '2024-03-12T09:00:00Z',
    };
    const run = (draft: string) => verify({ id: 'd', text: draft }, [dated]).sentences[0]!;
    // Friday before Tuesday 12 March 2024 is 8 March
    const d = 'The ferry service between Velmar and Tarlow resumed on 8 March after the storm.';
    expect(run(d).verdict).toBe('supported');
    const saved = { ...verifySettings };
    Object.assign(verifySettings, { dateByValue: false });
    try {
      expect(run(d).verdict).toBe('unsupported');
    } finally {
      Object.assign(verifySettings, saved);
    }
    expect(
      run('The ferry service between Velmar and Tarlow resumed on 9 March after the storm.').verdict,
    ).not.toBe('supported');
  });
});

describe('verify: an opposite the draft adds beside the report word it keeps (ninth session)', () => {
  it('does not read a word added beside the report word as a swap ("evacuated after the river flooded")', () => {
    const r = 'Residents of Velmar were evacuated after the river burst its banks on Thursday.';
    const d = 'Velmar residents were evacuated after the river flooded on Thursday.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    // WordNet makes "flood" a manner of "fill", the opposite of "evacuate" (empty): without the rule, contradicted
    // (since the twenty-first session "were evacuated", which acts on its subject, and "flooded", which here takes no
    // object, are no manner opposites either: `mannerSameValency` is turned off too to see this rule alone)
    expect(verdictWithout({ oppositeKeptWord: false, mannerSameValency: false }, d, r).verdict).toBe(
      'contradicted',
    );
    expect(verdictWithout({ oppositeKeptWord: false }, d, r).verdict).toBe('supported');
  });

  it('still reads two opposites swapped with each other as a swap (each side has both words)', () => {
    const r =
      'Ticket sales at the harbour festival plunged in May, while hotel bookings across the whole region of Velmar soared in June.';
    const d =
      'Ticket sales at the harbour festival soared in May, while hotel bookings across the whole region of Velmar plunged in June.';
    expect(verdictOf(d, r).verdict).toBe('contradicted');
  });
});

describe('verify: prepositions of cause written in two words (ninth session)', () => {
  const r = 'The airline cancelled hundreds of flights on Monday because of the strike by baggage handlers.';

  it('reads "due to" before a noun phrase as "because of", not as an adjective the report lacks', () => {
    const d =
      'Hundreds of flights were cancelled by the airline on Monday due to the strike by baggage handlers.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(verdictWithout({ causeConnectives: false }, d, r).verdict).toBe('unsupported');
  });

  it('keeps "due" a word of fact before a verb ("due to resume")', () => {
    const d = 'Flights cancelled by the airline on Monday because of the strike are due to resume.';
    expect(verdictOf(d, r).missing).toContain('due');
  });
});

describe('verify: opposites of stance, decision and movement (ninth session lexicon)', () => {
  const r = (w: string) =>
    `The regional council said on Tuesday that it had ${w} the plan to build a new ferry terminal in Velmar.`;

  it('reads a stance or a decision reversed as an opposite ("backed" / "opposed", "launched" / "cancelled")', () => {
    for (const [a, b] of <[string, string][]>[
      ['backed', 'opposed'],
      ['welcomed', 'condemned'],
      ['launched', 'cancelled'],
      ['expanded', 'scrapped'],
    ])
      expect(verdictOf(r(b), r(a)).verdict).toBe('contradicted');
  });

  it('reads a movement reversed as an opposite ("climbed" / "slipped", "doubled" / "halved")', () => {
    const q = (w: string) =>
      `Passenger numbers at Velmar airport ${w} in the first quarter, the operator said.`;
    for (const [a, b] of <[string, string][]>[
      ['climbed', 'slipped'],
      ['jumped', 'dipped'],
      ['doubled', 'halved'],
      ['recovered', 'slumped'],
    ])
      expect(verdictOf(q(b), q(a)).verdict).toBe('contradicted');
  });

  it('leaves a movement said of each of two things alone', () => {
    const report = 'Exports from Velmar climbed 5% in May while imports fell 2%, the statistics office said.';
    expect(verdictOf('Imports to Velmar slipped 2% in May while exports jumped 5%.', report).verdict).toBe(
      'supported',
    );
  });
});

describe('verify: a sentence merged from three report sentences (ninth session)', () => {
  const art =
    'A fire broke out at a chemical plant in the northern city of Tarlow on Sunday night. Firefighters battled the ' +
    'blaze for six hours before bringing it under control. Three workers were taken to hospital with burns, the fire ' +
    'service said. The plant, owned by Ostra Chemicals, makes fertiliser and employs 400 people.';
  const d =
    'Firefighters needed six hours to control a blaze at a chemical plant in Tarlow, where three workers were hurt.';

  it('joins a third report sentence that adds as much as a second must', () => {
    expect(verdictOf(d, art).verdict).toBe('supported');
    expect(verdictWithout({ windowSentences: 2 }, d, art).verdict).toBe('unsupported');
  });

  it('still holds a figure none of them states', () => {
    const wrong =
      'Firefighters needed six hours to control a blaze at a chemical plant in Tarlow, where five workers were hurt.';
    expect(verdictOf(wrong, art).verdict).not.toBe('supported');
  });
});
