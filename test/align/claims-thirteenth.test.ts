/**
 * Corroborated claims found by meaning (thirteenth session): two reports that state one fact in other words are one
 * claim — a subject with a noun phrase in apposition still starts a clause of its own, "for the first time" answers
 * "first", a phrasal predicate is the act of its class ("held talks" / "met"), a noun of an act that is the subject of
 * "be" and a time states that act ("the next meeting is on 9 April" / "next meets on 9 April"), and a comparison
 * ("earlier than planned") places nothing in a series. Invented reports of other domains than the corpora's.
 */
import { describe, expect, it } from 'vitest';
import { framedReports, joined } from '../helpers/stories.js';

const ferry = (extra: string) =>
  `The ferry Lys Amber ran aground off the island of Korra on Tuesday night, the coastguard said. ${extra} Divers will inspect the hull on Friday.`;
const council = (extra: string) =>
  `Voters in the Tessel district elected a new council on Sunday, officials said. ${extra} Turnout was the highest in a decade.`;
const plant = (extra: string) =>
  `A cooling fault forced the Varn paper mill to stop production on Monday, the company said. ${extra} Workers were sent home early.`;

describe('a subject with a noun phrase in apposition starts a clause of its own', () => {
  it('", and one sailor, a 40-year-old man from Osta, is missing" is a clause apart from what comes before', () => {
    const r = framedReports(ferry, [
      'Nine crew members were rescued by a fishing boat, and one sailor, a 40-year-old man from Osta, is missing.',
      'Nine crew members were rescued by a fishing boat that was passing the reef.',
      'Search teams were still looking for a crew member who fell overboard.',
    ]);
    expect(joined(r)).toContainEqual([
      'Nine crew members were rescued by a fishing boat',
      'Nine crew members were rescued by a fishing boat that was passing the reef.',
    ]);
  });

  it('but "The bodies of A, 58, and B, 20, were found" is one subject, a list, and stays one clause', () => {
    const r = framedReports(ferry, [
      'The bodies of Ilse Moran, 58, and Petra Moran, 20, were found in a cabin on Wednesday.',
      'The bodies of Ilse Moran, 58, and Petra Moran, 20, were found in a lower-deck cabin on Wednesday morning.',
      'Two passengers died.',
    ]);
    const quotes = joined(r).flat();
    expect(quotes).toContain(
      'The bodies of Ilse Moran, 58, and Petra Moran, 20, were found in a cabin on Wednesday.',
    );
  });
});

describe('"for the first time" answers "first"', () => {
  it('"meets for the first time on 12 May" / "will hold its first session on 12 May" are one claim', () => {
    const r = framedReports(council, [
      'The new council meets for the first time on 12 May.',
      'The new council will hold its first session on 12 May.',
      'Four parties won seats.',
    ]);
    expect(joined(r)).toContainEqual([
      'The new council meets for the first time on 12 May.',
      'The new council will hold its first session on 12 May.',
    ]);
  });
});

describe('a phrasal predicate is the act of its class', () => {
  it('"held talks" is meeting ("held talks in Sella on Tuesday" / "met in Sella on Tuesday")', () => {
    const r = framedReports(council, [
      'Leaders of the two largest parties held talks in Sella on Tuesday.',
      'Leaders of the two largest parties met in Sella on Tuesday.',
      'No coalition has been agreed.',
    ]);
    expect(joined(r)).toContainEqual([
      'Leaders of the two largest parties held talks in Sella on Tuesday.',
      'Leaders of the two largest parties met in Sella on Tuesday.',
    ]);
  });

  it('"stepped down" is resigning, as the verb of the clause', () => {
    const r = framedReports(plant, [
      'The mill director, Anna Kell, stepped down on Tuesday after the fault.',
      'The mill director, Anna Kell, resigned on Tuesday after the fault.',
      'The union welcomed the news.',
    ]);
    expect(joined(r)).toContainEqual([
      'The mill director, Anna Kell, stepped down on Tuesday after the fault.',
      'The mill director, Anna Kell, resigned on Tuesday after the fault.',
    ]);
  });
});

describe('a noun of an act, the subject of "be" and a time, states that act', () => {
  it('"The board\'s next scheduled meeting is on 9 April" / "The board next meets on 9 April" are one claim', () => {
    const r = framedReports(plant, [
      "The company's board next meets on 9 April.",
      "The company board's next scheduled meeting is on 9 April.",
      'Shares fell 3 percent.',
    ]);
    expect(joined(r)).toContainEqual([
      "The company's board next meets on 9 April.",
      "The company board's next scheduled meeting is on 9 April.",
    ]);
  });
});

describe('a comparison is neither a place in a series nor an expectation', () => {
  it('"later than scheduled" places nothing in a series ("left port later than scheduled" / "left port late")', () => {
    const r = framedReports(ferry, [
      'The Lys Amber had left the port of Sella later than scheduled on Tuesday evening.',
      'The Lys Amber had left the port of Sella late on Tuesday evening.',
      'It carried 212 passengers.',
    ]);
    expect(joined(r)).toContainEqual([
      'The Lys Amber had left the port of Sella later than scheduled on Tuesday evening.',
      'The Lys Amber had left the port of Sella late on Tuesday evening.',
    ]);
  });

  it('"shut down earlier than planned" states the shutdown, as "shut down early" does', () => {
    const r = framedReports(plant, [
      'The main turbine shut down earlier than planned, flooding the boiler room.',
      'The main turbine shut down early, flooding the boiler room.',
      'Nobody was hurt.',
    ]);
    expect(joined(r)).toContainEqual([
      'The main turbine shut down earlier than planned, flooding the boiler room.',
      'The main turbine shut down early, flooding the boiler room.',
    ]);
  });
});
