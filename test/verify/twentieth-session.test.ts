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

  it('sets a figure against a report figure only in its place, or in a sentence that repeats the report', () => {
    const r = 'The quake flattened seven villages, killing 10 people and injuring 80, the governor said.';
    // "wounded 70 others" against "injuring 80": the verb of the same meaning governs both
    expect(verdictOf('The quake killed 10 people and wounded 70 others.', r).verdict).toBe('contradicted');
    // a figure the report has nowhere in its place is only not stated ("70 homes" is no rival of "where 10 had died")
    const d = 'Rescue teams searched 70 homes after the quake.';
    const other = 'After the quake, rescue teams searched the ruins, where 10 had died, the governor said.';
    expect(verdictOf(d, other).verdict).toBe('unsupported');
    expect(verdictWithout({ conflictInPlace: false }, d, other).verdict).toBe('contradicted');
  });

  it('reads no number as the opposite of an ordinal ("13" / "first")', () => {
    // WordNet files cardinal numbers under "cardinal" and ordinals under "ordinal", an antonym pair
    const r = 'The institute said the first cases were reported ten days ago.';
    const v = verdictOf('The institute said the cases were reported on 13 October.', r);
    expect(v.checks.some((c) => c.kind === 'antonym')).toBe(false);
  });

  it('reads a negative word negated on one side only as a conflict ("did not rule out" / "ruled out")', () => {
    const r = 'The minister ruled out invoking the emergency act to order strikers back to work.';
    const d = 'The minister did not rule out invoking the emergency act.';
    expect(verdictOf(d, r).verdict).toBe('contradicted');
    expect(verdictWithout({ doubleNegation: false }, d, r).verdict).toBe('supported');
    expect(
      verdictOf(d, 'The minister did not rule out invoking the emergency act, aides said.').verdict,
    ).toBe('supported');
  });

  it('sets a name only against one in its place, and never against one the draft itself says', () => {
    const r = "The agency launched Marovia's first Earth-observation satellite on Tuesday, officials said.";
    const d = "The agency launched Marovia's first Earth-observation satellite, MaroSat-1, on Tuesday.";
    expect(verdictOf(d, r).verdict).toBe('unsupported');
    expect(verdictWithout({ conflictInPlace: false }, d, r).verdict).toBe('contradicted');
  });

  it('shares no thing through a figure or a span of time in the test of an opposite ("30 days" / "90-day")', () => {
    const r =
      'She has just finished 30 days of treatment and moved to another clinic for her court-ordered 90-day stay.';
    const d = 'She moved to begin a 90-day court-ordered stay.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(verdictWithout({ oppositeNotByFigure: false }, d, r).verdict).toBe('contradicted');
  });

  it('reads "not … until Monday" as when the act happens, not as its negation', () => {
    const d = 'The ship will not reach the port until Monday.';
    expect(verdictOf(d, 'The ship will reach the port on Monday, officials said.').verdict).toBe('supported');
    expect(
      verdictWithout({ notUntil: false }, d, 'The ship will reach the port on Monday, officials said.')
        .verdict,
    ).toBe('contradicted');
    // "it could take until 31 December before service was restored" says the same ("until" is of "take")
    expect(
      verdictOf(
        'Normal service will not be restored before 31 December.',
        'The company said it could take until 31 December before normal service was restored.',
      ).verdict,
    ).toBe('supported');
    // against the same act "until" then, it is still the opposite ("was a threat until 1997" / "was not … until 1997")
    expect(
      verdictOf(
        'Bird flu was deemed a threat to humans until 1997.',
        'Bird flu was not deemed a threat to humans until 1997, experts said.',
      ).verdict,
    ).toBe('contradicted');
  });

  it('reads a stance adverb as no word of fact, and "nobody" after it as the subject ("Fortunately, nobody …")', () => {
    const r = 'Nobody has been killed in the fire, the fire service said.';
    // (the blanket "nobody" after an opening adverb and its comma had been read as an act affirmed: contradicted)
    expect(verdictOf('Fortunately, nobody has been killed in the fire.', r).verdict).toBe('supported');
    // "miraculously" says how the writer sees it, not what happened
    const v = verdictOf('Miraculously, nobody has been killed in the fire.', r);
    expect(v.verdict).toBe('supported');
    expect(v.missing).not.toContain('Miraculously');
  });

  it('lets no vague amount of the report state a figure its precise one contradicts ("thousands" / "more than 4,000")', () => {
    const r =
      'A wildfire tore through the forest above Sorrin on Saturday, forcing thousands of people from their homes. ' +
      'More than 4,000 people were evacuated from Sorrin and Tavel, the agency said.';
    const d = 'Between 2,000 and 2,500 people had left their homes.';
    expect(verdictOf(d, r).verdict).toBe('contradicted');
    // (the twenty-second session's `windowVagueStatesVague` lets no vague amount state a figure at all)
    expect(verdictWithout({ vagueStatesNoValue: false, windowVagueStatesVague: false }, d, r).verdict).toBe(
      'supported',
    );
    expect(verdictOf('More than 4,000 people had left their homes.', r).verdict).toBe('supported');
  });
});
