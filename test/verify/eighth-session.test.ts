/** The eighth session's rules of the sentence-level support test (src/verify/support.ts) on invented sentences: each
 * rule with the case it was made for, and the same case with the rule turned off, so each test shows what its rule
 * changes. */
import { describe, expect, it } from 'vitest';
import { verdictOf, verdictWithout } from '../helpers/verify.js';

describe('verify: opposed acts (eighth session)', () => {
  const r = 'Ticket sales at the harbour festival plunged after the organisers moved it to the old airfield.';

  it('reads two verbs as opposites when the acts they are manners of are opposed ("soared" / "plunged")', () => {
    const d =
      'Ticket sales at the harbour festival soared after the organisers moved it to the old airfield.';
    const v = verdictOf(d, r);
    expect(v.verdict).toBe('contradicted');
    expect(v.conflicts[0]!.sourceValue).toBe('plunged');
    // WordNet files no antonym between "soar" and "plunge": without the rule the sentence passes
    expect(verdictWithout({ meaningMannerAntonyms: false, amountMovements: false }, d, r).verdict).toBe(
      'supported',
    );
  });

  it('leaves two manners of one act alone ("tumbled" / "plunged")', () => {
    const d =
      'Ticket sales at the harbour festival tumbled after the organisers moved it to the old airfield.';
    expect(verdictOf(d, r).verdict).toBe('supported');
  });

  it('takes an opposed act only of the same thing ("profits soared as fuel prices plunged")', () => {
    const report = "Fuel prices plunged in May, and the airline's quarterly profits rose sharply.";
    const d = "The airline's quarterly profits soared as fuel prices plunged in May.";
    expect(verdictOf(d, report).verdict).toBe('supported');
  });
});

describe('verify: a title is a role, not a name (eighth session)', () => {
  const d = 'Harbour board CEO Anna Berg said mooring fees would rise by ten per cent in May.';

  it('does not hold a title word the tagger takes for a name as a name the report must repeat', () => {
    const r =
      'Anna Berg, chief executive of the harbour board, said mooring fees would rise by ten per cent in May.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    // (the twelfth session's title abbreviations also find "CEO" by "chief executive": both off)
    expect(verdictWithout({ titleIsRole: false, titleAbbreviations: false }, d, r).verdict).toBe(
      'unsupported',
    );
  });

  it('still reads a role put in the place of another as another role', () => {
    const r = 'Harbour board chairman Anna Berg said mooring fees would rise by ten per cent in May.';
    expect(verdictOf(d, r).verdict).toBe('unsupported');
  });
});
