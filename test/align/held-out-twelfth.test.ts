/**
 * Judgement of the twelfth session, found by reading the disputes reported on the ECB+ stories nobody labelled
 * (`scripts/held-out-disputes.mjs`): each rule right for a general reason, each tested here on invented reports.
 */
import { describe, expect, it } from 'vitest';
import { tokenClasses } from '../../src/align/facts.js';
import { annotate } from '../../src/nlp/index.js';
import { cleanDoc } from '../helpers/docs.js';
import { framedReports, valuesOf } from '../helpers/stories.js';

const boss = (extra: string) =>
  `Reputed crime boss Vito Marro died in a prison hospital on Monday, his lawyer said. ${extra} He was 77.`;

describe('a figure of another instance is not a rival value', () => {
  it('"another three-year sentence" is another sentence, not another version of the 12-year one', () => {
    const r = framedReports(boss, [
      'Marro was serving a 12-year sentence for racketeering.',
      'Marro was serving a 12-year sentence for racketeering.',
      'His bribery conviction brought Marro another three-year sentence.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([]);
  });

  it('but two reports that give one sentence two lengths still disagree', () => {
    const r = framedReports(boss, [
      'Marro was serving a 12-year sentence for racketeering.',
      'Marro was serving a 12-year sentence for racketeering.',
      'Marro was serving a three-year sentence for racketeering.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([['12-year', 'three-year']]);
  });
});

describe('a place of custody left', () => {
  it('"kept him out of prison for 30 years" is no sentence served', () => {
    const r = framedReports(boss, [
      'Marro was serving a 12-year sentence for racketeering.',
      'Marro was serving a 12-year sentence for racketeering.',
      'His feigned madness kept Marro out of prison for 30 years.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([]);
  });

  it('while "in prison for 30 years" is one', () => {
    const r = framedReports(boss, [
      'Marro was serving a 12-year sentence for racketeering.',
      'Marro was serving a 12-year sentence for racketeering.',
      'Marro was sentenced to 30 years in prison for racketeering.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([['12-year', '30 years']]);
  });
});

const shooting = (extra: string) =>
  `Police in Brenford shot dead a 16-year-old boy on Saturday night after he pointed a revolver at officers, they said. ${extra} A vigil was held on Monday.`;

describe('what a participle is loaded, filled or armed with', () => {
  it('is that act\'s figure: "a gun loaded with four bullets" is not how many bullets hit', () => {
    const r = framedReports(shooting, [
      'The boy was hit by three of the seven bullets fired by the officers, an autopsy showed.',
      "Police say the boy's gun was loaded with four bullets but have not determined whether he fired it.",
      "The boy's revolver was loaded with four bullets, police said.",
    ]);
    expect(valuesOf(r, 'number')).toEqual([]);
  });

  it('while two counts of the bullets fired still disagree', () => {
    const r = framedReports(shooting, [
      'The officers fired seven bullets at the boy, an autopsy showed.',
      'Police say the officers fired four bullets at the boy.',
      'The officers fired seven bullets at the boy, police said.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([['four', 'seven']]);
  });
});

const firm = (extra: string) =>
  `A gunman shot three people at an accounting firm in Marlow on Friday morning, police said. ${extra} The wounded were taken to hospital.`;

describe('a name withheld', () => {
  it('is no denial of the name another report gives', () => {
    const r = framedReports(firm, [
      'The gunman, whom police did not identify, was arrested two hours later.',
      'The gunman, identified as Peter Lund, was arrested two hours later, police said.',
      'The gunman, identified as Peter Lund, was arrested two hours later.',
    ]);
    expect(valuesOf(r, 'polarity')).toEqual([]);
  });

  it('while the act said of the unnamed man is still set against its denial', () => {
    const r = framedReports(firm, [
      'The gunman, whom police did not identify, has not been arrested.',
      'The gunman, identified as Peter Lund, was arrested two hours later, police said.',
      'The gunman, identified as Peter Lund, was arrested two hours later.',
    ]);
    expect(valuesOf(r, 'polarity')).toHaveLength(1);
  });
});

const autopsy = (extra: string) =>
  `Police in Brenford shot dead 16-year-old Tomas Reed on Saturday night after he pointed a revolver at officers, they said. ${extra} A vigil was held on Monday.`;

describe('counts of an act on two opposite sides of one thing', () => {
  it('are two parts ("hit in the back by three" / "Two bullets struck from the front")', () => {
    const r = framedReports(autopsy, [
      'An autopsy shows that Reed was hit in the back by three of the seven bullets fired by the officers.',
      'Two bullets struck from the front, hitting his right thigh, the autopsy showed.',
      'Reed was hit by three of the bullets, police said.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([]);
  });

  it('while two counts on the same side still disagree', () => {
    const r = framedReports(autopsy, [
      'An autopsy shows that Reed was hit in the back by three of the seven bullets fired by the officers.',
      'Two bullets struck him in the back, the autopsy showed.',
      'Reed was hit by three of the bullets, police said.',
    ]);
    expect(valuesOf(r, 'number')).toEqual([['Two', 'three']]);
  });
});

describe('"run" before how something ends up', () => {
  const classesOfWord = (text: string, word: string) => {
    const tokens = annotate(cleanDoc('d', text)).sentences.flatMap((s) => s.tokens);
    return tokenClasses(tokens)[tokens.findIndex((t) => t.normal === word)];
  };

  it('is becoming, not leading ("the ceremony running short", "supplies ran low")', () => {
    expect(classesOfWord('The danger is the ceremony running short.', 'running')).not.toContain('preside');
    expect(classesOfWord('Supplies ran low on the island.', 'ran')).not.toContain('preside');
  });

  it('while "ran the company" is still leading it', () => {
    expect(classesOfWord('She ran the company for ten years.', 'ran')).toContain('preside');
  });
});
