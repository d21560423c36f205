/** A draft that restates one report, checked against several (the digest round trip's case): another report contradicts
 * it only where the reports themselves disagree, by the judgement that finds disputes between them. */
import { describe, expect, it } from 'vitest';
import { verify } from '../../src/verify/index.js';
import { rawDoc } from '../helpers/docs.js';

const raw = (id: string, source: string, text: string) => rawDoc(id, text, { source, language: 'en' });

const reports = [
  raw(
    'a',
    'Harbour Gazette',
    "Harbour Rovers signed the striker Pavel Dorn for a record fee of €20m on Monday. The fee comfortably beats the previous league record, Tomas Reiner's €12m move to Drevsk City in 2021. The transfer caps a record summer: clubs in the league spent 96 million euros in total.",
  ),
  raw(
    'b',
    'Coast Wire',
    'Harbour Rovers signed the striker Pavel Dorn for a record fee of €20m on Monday. The fee smashes the old record of €12m that Athletic paid for Ivo Lasko in 2019. Clubs in the league spent a record 96 million euros in the summer window, the federation said.',
  ),
  raw(
    'c',
    'Valley FM',
    'Harbour Rovers paid €20m for the striker Pavel Dorn on Monday, a league record. The fee smashes the old record of €12m that Athletic paid for Ivo Lasko in 2019.',
  ),
];

const verdict = (draft: string) => verify({ id: 'd', text: draft }, reports).sentences[0]!;

describe('a draft that restates what one report says', () => {
  it('is not contradicted by another figure the reports do not set against it', () => {
    // (one report's €20m fee is no rival of the summer's 96 million in all, which two reports state)
    const v = verdict(
      'The transfer caps a record summer: clubs in the league spent 96 million euros in total.',
    );
    expect(v.verdict).toBe('supported');
  });

  it('and a figure no report states is still contradicted', () => {
    const v = verify(
      { id: 'd', text: 'Harbour Rovers signed the striker Pavel Dorn for a fee of €25m on Monday.' },
      reports,
    ).sentences[0]!;
    expect(v.verdict).toBe('contradicted');
  });
});
