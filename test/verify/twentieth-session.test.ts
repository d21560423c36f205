/** The twentieth session's rules of the sentence-level support test (src/verify/support.ts) on invented sentences:
 * each rule with the case it was made for, and the same case with the rule turned off. */
import { describe, expect, it } from 'vitest';
import { verdictOf, verdictWithout } from '../helpers/verify.js';

const report =
  'A tunnel under construction caved in near the Peruvian town of Calca on Tuesday, killing at least four ' +
  'workers and leaving more than 20 missing, officials said.';

describe('verify: country words, what a figure is said of, the head of the subject (twentieth session)', () => {
  it('reads a country adjective the entity reader left as a word as stated where the report names the country', () => {
    // "Peruvian" of the report is a word; a draft that says "in Peru" names it (countryWordsStated), and a draft
    // that says "Peruvian" where the report says "in Peru" names it too
    const r =
      'A tunnel under construction caved in near Calca in Peru on Tuesday, killing at least four workers.';
    const d =
      'A Peruvian tunnel under construction caved in near Calca on Tuesday, killing at least four workers.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(verdictWithout({ draftCountryWordStated: false }, d, r).verdict).toBe('unsupported');
    // another country is not stated by it
    expect(
      verdictOf(
        'A Bolivian tunnel under construction caved in near Calca on Tuesday, killing at least four workers.',
        r,
      ).verdict,
    ).not.toBe('supported');
  });

  it('holds a figure said of another outcome for people as not stated ("injured 20" / "leaving 20 missing")', () => {
    const d =
      'A tunnel under construction caved in near Calca on Tuesday, killing at least four workers and injuring more than 20.';
    expect(verdictOf(d, report).verdict).not.toBe('supported');
    expect(verdictWithout({ figurePredicateStrict: false }, d, report).verdict).toBe('supported');
    // the same outcome, worded otherwise, is stated
    expect(
      verdictOf(
        'A tunnel under construction caved in near Calca on Tuesday, killing at least four workers and leaving more than 20 unaccounted for.',
        report,
      ).verdict,
    ).toBe('supported');
  });

  it('holds a figure said of an outcome that follows from the report\'s as stated ("hurt" / "taken to hospital")', () => {
    // injured people are taken to hospital: "treat" is no outcome that excludes "injure"
    const r =
      'Three workers were taken to hospital after a fire at a chemical plant in Tarlow on Sunday night.';
    const d = 'Three workers were hurt after a fire at a chemical plant in Tarlow on Sunday night.';
    expect(verdictOf(d, r).checks.some((c) => c.draft === 'hurt')).toBe(false);
  });

  it('holds a head of the subject unrelated to every report word as another thing ("a tunnel explosion killed")', () => {
    const report =
      'A tunnel under construction collapsed near the Peruvian town of Calca on Tuesday, killing at least four ' +
      'workers and leaving more than 20 missing, officials said.';
    const d =
      'A Peruvian tunnel explosion near the town of Calca on Tuesday killed at least four workers and left more than 20 missing.';
    expect(verdictOf(d, report).verdict).not.toBe('supported');
    expect(verdictWithout({ subjectHeadStrict: false }, d, report).verdict).toBe('supported');
    // a more general word or a kind of the same thing is rewording ("accident" for a cave-in)
    expect(
      verdictOf(
        'A Peruvian tunnel accident near the town of Calca on Tuesday killed at least four workers and left more than 20 missing.',
        report,
      ).verdict,
    ).toBe('supported');
  });

  it('holds a noun of the report put in the place of another of its nouns as another thing ("a threat to birds")', () => {
    const r =
      'Avian influenza usually spreads through poultry, and was not deemed to be a threat to humans until a 1997 ' +
      'outbreak in Hong Kong, with most cases involving contact with infected birds.';
    const d = 'Avian influenza was not deemed to be a threat to birds until a 1997 outbreak in Hong Kong.';
    const v = verdictOf(d, r);
    expect(v.verdict).not.toBe('supported');
    expect(v.checks).toContainEqual({ kind: 'coverage', draft: 'birds', source: 'humans' });
    expect(verdictWithout({ foundNounSubstitution: false }, d, r).verdict).toBe('supported');
    // the report's own words in their place are stated
    expect(verdictOf(d.replace('birds', 'humans'), r).verdict).toBe('supported');
  });
});
