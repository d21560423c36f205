/**
 * Claims that rest on one figure or date stated alike (twelfth session): two clauses that share no close wording
 * still corroborate each other where the fact judge lines up one figure or date of each, of one act and the same
 * doers, with one value stated alike — never a vague amount, a bound against a figure, or two different figures.
 */
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { framedReports } from '../helpers/stories.js';

/** The statements of the claims that two or more reports make. */
const multiReport = (r: Report) =>
  r.stories
    .flatMap((s) => s.claims)
    .filter((c) => new Set(c.evidence.map((e) => e.document)).size > 1)
    .map((c) => c.statement);

const strike = (extra: string) =>
  `Dock and rail workers in Sella began a 48-hour strike on Monday, their unions said. ${extra} Talks are due to resume on Thursday.`;
const quake = (extra: string) =>
  `A strong earthquake struck the Veska valley on Sunday, officials said. ${extra} Rescue teams reached the valley on Monday.`;
const game = (extra: string) =>
  `Marlow forward Jonas Hansen became the club's all-time leading scorer on Friday in a 91-73 win over Tarn. ${extra} Marlow play Osta on Tuesday.`;

describe('a figure stated alike in two differently worded clauses', () => {
  it('makes them one corroborated claim ("Thirty-one vessels were waiting" / "31 ships were waiting")', () => {
    const r = framedReports(strike, [
      'Thirty-one vessels were waiting at anchor off Porto Sella on Tuesday morning as the strike entered its second day.',
      'Cargo piled up on the quays, and by the evening 31 ships were waiting at anchor off the port.',
      'The harbour master said the queue of ships was the longest in a decade.',
    ]);
    expect(multiReport(r)).toContain(
      'Thirty-one vessels were waiting at anchor off Porto Sella on Tuesday morning as the strike entered its second day.',
    );
  });

  it('but two figures written in full are one only when equal ("2,301 points" / "2,302 points")', () => {
    const r = framedReports(game, [
      'Hansen now has 2,301 career points for Marlow.',
      'Officials stopped the game when Hansen, who now has 2,302 points, made the record-setting basket.',
      'Hansen scored 20 points in the game.',
    ]);
    expect(multiReport(r).filter((s) => /2,30[12]/.test(s))).toEqual([]);
  });
});

describe('two bounds the same way of one count', () => {
  it('are two figures, however alike the clauses ("more than 26,000" / "more than 31,000" killed)', () => {
    const r = framedReports(quake, [
      'A 1998 quake killed more than 26,000 people in the old city of Tarn.',
      'Many still remember 1998, when more than 31,000 people were killed in the old city of Tarn.',
      'Rescuers said the old city of Tarn was spared this time.',
    ]);
    expect(multiReport(r).filter((s) => /Tarn/.test(s))).toEqual([]);
  });
});

const fire = (extra: string) =>
  `A forest fire spread through the Osta valley on Saturday, forcing hundreds of people from their homes. ${extra} Firefighters expect to contain it by Tuesday.`;

describe('one act denied of anyone at all', () => {
  it('is one fact of the story however little else the clauses say ("No deaths have been reported" / "No one has died")', () => {
    const r = framedReports(fire, [
      'No deaths have been reported.',
      'The mayor praised the volunteers.',
      'No one has died in the fire, officials said.',
    ]);
    expect(multiReport(r)).toContain('No deaths have been reported.');
  });

  it('but two acts denied are two facts ("No deaths have been reported" / "No arrests have been made")', () => {
    const r = framedReports(fire, [
      'No deaths have been reported.',
      'The mayor praised the volunteers.',
      'No arrests have been made in the fire, officials said.',
    ]);
    expect(multiReport(r)).not.toContain('No deaths have been reported.');
  });
});

describe('one act denied of anyone, said of two different things', () => {
  it('is two facts ("no charges … over the traffic stop" / "No charges have been filed in the shooting")', () => {
    const r = framedReports(
      (extra: string) =>
        `A police officer shot a driver in Osta on April 28 after a traffic stop, police said. ${extra} The officer is on leave.`,
      [
        'No charges have been filed in the shooting and the investigation remains open.',
        'The driver was taken to hospital.',
        '"I don\'t think any charges will be filed as a result of the traffic stop," the lawyer said.',
      ],
    );
    expect(multiReport(r)).not.toContain(
      'No charges have been filed in the shooting and the investigation remains open.',
    );
  });
});

const rehab = (extra: string) =>
  `Actress Nora Vell checked into a rehab clinic in Marlow on Thursday, her lawyer said. ${extra} A judge had ordered 90 days of treatment.`;

describe('one verb outside the lexicon, done to one name', () => {
  it('is an act two clauses share ("re-hired longtime attorney Mara Jovic" / "has re-hired attorney Mara Jovic")', () => {
    const r = framedReports(rehab, [
      'The actress re-hired longtime attorney Mara Jovic to handle her case.',
      'The Marlow Post says Vell has re-hired attorney Mara Jovic.',
      'Vell arrived at the clinic in a black car.',
    ]);
    expect(multiReport(r)).toContain('The actress re-hired longtime attorney Mara Jovic to handle her case.');
  });
});

const sailor = (extra: string) =>
  `Veteran sailor Ina Morrow, who crossed the Atlantic alone three times, has died in Marlow at the age of 85, her agent said on Friday. ${extra} She is survived by a son.`;

describe('two clauses in the first person (quotations)', () => {
  it('are two statements unless they give the same words ("I want to be remembered as …" / "I want people to remember me as I was")', () => {
    const r = framedReports(sailor, [
      'In a 1998 interview she said: "I want to be remembered as the woman who changed how people saw the sea."',
      '"I want people to remember me as I was," she said in an interview in 1998.',
      'Her agent called her a legend.',
    ]);
    expect(multiReport(r).filter((s) => /remember/.test(s))).toEqual([]);
  });

  it('while one quotation with other words of narration around it is one statement', () => {
    const r = framedReports(sailor, [
      'In typical fashion she told the paper: "I want people to remember me as I was at sea."',
      '"I want people to remember me as I was at sea," she said in an interview in 1998.',
      'Her agent called her a legend.',
    ]);
    expect(multiReport(r).filter((s) => /remember/.test(s))).toHaveLength(1);
  });
});

const verdict = (extra: string) =>
  `A jury in Marlow on Tuesday convicted Tomas Reed of murdering a sheriff's deputy in 2021, prosecutors said. ${extra} Sentencing is set for March.`;

describe('being charged and being found guilty', () => {
  it('are two events, not two accounts of one ("is charged with …" / "Jurors also found true …")', () => {
    const r = framedReports(verdict, [
      'Reed is charged with one count of murder of a peace officer with the special circumstances of lying in wait and murder to avoid arrest.',
      'Jurors also found true the special circumstance allegations of murder of a peace officer, lying in wait and murder to avoid arrest.',
      "The deputy's widow wept as the verdict was read.",
    ]);
    expect(multiReport(r).filter((s) => /special circumstance/.test(s))).toEqual([]);
  });
});
