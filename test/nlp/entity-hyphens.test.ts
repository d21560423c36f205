/**
 * A hyphen after a name (thirteenth session): a dash typed as a hyphen ("Ortiz-who") or a compound made of the name
 * ("Oscar-winning") ends the name; a prefix ("Co-operative", "Ex-minister") and a capital letter with a word
 * ("A-list", "T-shirts") are not names cut short. Invented names.
 */
import { describe, expect, it } from 'vitest';
import { annotate, resolveEntities } from '../../src/nlp/index.js';
import { cleanDoc } from '../helpers/docs.js';

const names = (text: string) => annotate(cleanDoc('d0', text)).entities.map((m) => m.text);
const story = (...texts: string[]) =>
  resolveEntities(texts.map((t, i) => annotate(cleanDoc(`d${i}`, t)))).map((e) =>
    [e.name, ...e.aliases].join(' | '),
  );

describe('a name joined by a hyphen to a lower-case word ends at the hyphen', () => {
  it('a dash typed as a hyphen before a function word', () => {
    const ns = names('Police questioned Marta Velden-who had left the bar-and her brother Teo Velden.');
    expect(ns).toContain('Marta Velden');
    expect(ns.some((n) => /-who/.test(n))).toBe(false);
    expect(names('The Orland Comets-the league leaders-lost on Sunday.').some((n) => /-the/.test(n))).toBe(
      false,
    );
  });
  it('a compound made of a name: the name is the part before', () => {
    const ns = names('The Varden Prize-winning author moved to a Tamsby-area farm.');
    expect(ns.some((n) => /-winning|-area/.test(n))).toBe(false);
    expect(ns).toContain('Tamsby');
  });
  it('the cut name is the same person as the bare one across reports', () => {
    const es = story(
      'Officials said Carl Imrie-who had served for ten years-was shot on Friday.',
      'Carl Imrie was shot on Friday, officials said.',
    );
    expect(es.filter((e) => /Imrie/.test(e))).toHaveLength(1);
  });
});

describe('what a hyphen does not cut', () => {
  it('the syllables of a given name ("Jae-in", "Il-sung", "Xiao-ping")', () => {
    const ns = names('Officials said Lee Seo-in met Han Il-sung and Deng Xiao-ping on Monday.');
    expect(ns).toEqual(expect.arrayContaining(['Lee Seo-in', 'Han Il-sung', 'Deng Xiao-ping']));
  });
  it('a word with a prefix, a particle inside a name', () => {
    expect(names('The Varden Dairy Co-operative said milk prices rose.').join(' ')).toMatch(
      /Varden Dairy Co-operative/,
    );
    expect(names('Ex-minister Holmgard denied the claim.').join(' ')).toMatch(/Holmgard/);
    expect(names('Ships crossed the Bab-el-Kastra strait.')).toContain('Bab-el-Kastra');
  });
  it('a capital letter and a word are one common word, not a name', () => {
    expect(names('She sold Lina Sorvik T-shirts at the fair.')).not.toContain('Lina Sorvik T-shirts');
    expect(names('An A-list crowd came to see Lina Sorvik.')).not.toContain('A-list');
  });
});
