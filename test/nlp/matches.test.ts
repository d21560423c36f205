/** src/nlp/matches.ts: the matches of a global pattern, as matchAll gives them. */
import { describe, expect, it } from 'vitest';
import { matchesOf } from '../../src/nlp/matches.js';

const same = (re: RegExp, text: string) => {
  const got = matchesOf(re, text).map((m) => [m.index, [...m], m.groups]);
  const want = [...text.matchAll(re)].map((m) => [m.index, [...m], m.groups]);
  expect(got).toEqual(want);
  expect(re.lastIndex).toBe(0);
};

describe('matchesOf', () => {
  it('gives the matches matchAll gives, groups included, and leaves the pattern at 0', () => {
    same(/(?<n>\d+)\s*(km|kg)?/g, 'about 12 km and 40kg, then 7');
    same(/\bno\b/gi, 'No, not now: no');
    same(/x/g, 'none here');
  });

  it('moves past empty matches as matchAll does, by code point under u', () => {
    same(/a*/g, 'baaac');
    same(/(?:)/gu, 'a😀b');
    same(/\b/g, 'two words');
  });

  it('refuses a pattern that is not global', () => {
    expect(() => matchesOf(/a/, 'a')).toThrow(TypeError);
  });
});
