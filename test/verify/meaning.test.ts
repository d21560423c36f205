/** Word meaning in the sentence-level support test (src/verify/support.ts with src/nlp/meaning.ts, WordNet) on
 * invented sentences: each rule with the case it was made for, and the same case with the rule turned off, so each
 * test shows what its rule changes. */
import { describe, expect, it } from 'vitest';
import { verdictOf, verdictWithout } from '../helpers/verify.js';

// (verdictWithout restores the settings it changes)
const without = verdictWithout;

describe('verify: word meaning', () => {
  it('counts a synonym of the report word as the same word', () => {
    const d = 'The council approved a big increase in mooring fees on Tuesday.';
    const r = 'On Tuesday the council approved a large increase in mooring fees.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(without({ meaningSame: [] }, d, r).verdict).toBe('unsupported');
  });

  it('counts a derivation of the report word as the same word ("hostile" / "hostility", "closure" / "closed")', () => {
    const cases: [string, string][] = [
      [
        'The hostile crowd gathered outside the town hall after the vote.',
        'After the vote, a crowd gathered outside the town hall, its hostility plain.',
      ],
      [
        'The mayor was angry about the closure of the swimming pool.',
        'The mayor voiced anger after officials closed the swimming pool.',
      ],
    ];
    for (const [d, r] of cases) {
      expect(verdictOf(d, r).verdict).toBe('supported');
      expect(without({ meaningSame: ['same', 'synonym'] }, d, r).verdict).toBe('unsupported');
    }
  });

  it('lets a report word stand for one draft word only', () => {
    // "culpable" is a synonym of "guilty", which the draft says too: the report does not say "culpable"
    const d = 'The ferry captain was found guilty of culpable negligence over the collision.';
    const r = 'The ferry captain was found guilty of negligence over the collision, the court ruled.';
    expect(verdictOf(d, r).verdict).toBe('unsupported');
    expect(without({ meaningOneToOne: false }, d, r).verdict).toBe('supported');
  });

  it('reads an antonym WordNet lists as an opposite ("honest" / "dishonest", "widen" / "narrow")', () => {
    const cases: [string, string][] = [
      ['The ferry company was honest about the delays.', 'The ferry company was dishonest about the delays.'],
      [
        'The council voted to widen the coastal road next spring.',
        'The council voted to narrow the coastal road next spring.',
      ],
    ];
    for (const [d, r] of cases) {
      const s = verdictOf(d, r);
      expect(s.verdict).toBe('contradicted');
      expect(s.checks.some((c) => c.kind === 'antonym')).toBe(true);
      expect(without({ meaningAntonyms: false }, d, r).checks.some((c) => c.kind === 'antonym')).toBe(false);
    }
  });

  it('reads a noun in the place of another kind of the same thing as another thing, in a reworded sentence', () => {
    // "beach" and "cliff" are both kinds of geological formation: the draft names another place. Two words differ
    // ("volunteers", "beach"), so the rule for a sentence that otherwise repeats the report does not reach it
    const d =
      'The injured hiker was rescued by volunteers from a beach near the lighthouse after a long search.';
    const r = 'Rescuers found the injured hiker on a cliff near the lighthouse after a long search.';
    const s = verdictOf(d, r);
    expect(s.verdict).toBe('unsupported');
    expect(s.checks).toContainEqual({ kind: 'coverage', draft: 'beach', source: 'cliff' });
    expect(without({ meaningChange: [] }, d, r).verdict).toBe('supported');
  });

  it('reads a more general noun in the place of the report noun as rewording, a more specific one not', () => {
    // a threat is a kind of danger: the draft's "danger" says less than the report's "threat", and is stated
    const d = 'The old pier was seen as a danger to small boats during the winter storms.';
    const r = 'During the winter storms the old pier was seen as a threat to small boats.';
    expect(verdictOf(d, r).verdict).toBe('supported');
    expect(without({ meaningRewording: [] }, d, r).verdict).toBe('unsupported');
    // the other way round the draft says more than the report
    expect(verdictOf(d.replace('danger', 'threat'), r.replace('threat', 'danger')).verdict).toBe(
      'unsupported',
    );
  });

  it('does not take a word of a different meaning for a synonym', () => {
    const s = verdictOf(
      'The harbour authority confirmed a shortage of diesel at the docks.',
      'The harbour authority confirmed a surplus of diesel at the docks.',
    );
    expect(s.verdict).not.toBe('supported');
  });
});
