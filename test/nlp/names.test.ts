/**
 * Names without a lexicon: invented names (no list knows them) resolved from how the reports of one
 * story write them: acronyms, diacritics and their transliterations, hyphens, cue words, titles.
 */
import { describe, expect, it } from 'vitest';
import { annotate, resolveEntities } from '../../src/nlp/index.js';
import type { Entity } from '../../src/model/report.js';
import { cleanDoc } from '../helpers/docs.js';
import { withSetting } from '../helpers/stories.js';
import { nlpSettings } from '../../src/settings/nlp.js';

const story = (...texts: string[]): Entity[] =>
  resolveEntities(texts.map((t, i) => annotate(cleanDoc(`d${i}`, t))));
/** The entities that hold a surface form among their name and aliases. */
const holders = (ents: Entity[], form: string) =>
  ents.filter((e) => e.name === form || e.aliases.includes(form));
const oneEntity = (ents: Entity[], ...forms: string[]) => {
  const ids = new Set(forms.flatMap((f) => holders(ents, f).map((e) => e.id)));
  for (const f of forms) expect(holders(ents, f), f).toHaveLength(1);
  expect(ids.size, forms.join(' | ')).toBe(1);
  return ents.find((e) => ids.has(e.id))!;
};

describe('acronyms tied to their expansion', () => {
  it('by a parenthesised definition, and by initials in another report', () => {
    const ents = story(
      'The Ostrava Harbour Pilots Board (OHPB) closed the channel on Monday after the collision.',
      'OHPB inspectors boarded the ship, a spokesman for the Ostrava Harbour Pilots Board said.',
      'The channel stays shut, OHPB said on Tuesday.',
    );
    const e = oneEntity(ents, 'Ostrava Harbour Pilots Board', 'OHPB');
    expect(e.type).toBe('organization');
  });

  it('by initials without any definition, skipping "of" and "and"', () => {
    const ents = story(
      'The Union of Tram and Bus Drivers called a strike for Friday.',
      'UTBD leaders said the strike would go ahead.',
    );
    oneEntity(ents, 'Union of Tram and Bus Drivers', 'UTBD');
  });

  it('dotted and undotted forms of a country-led name are one', () => {
    const ents = story(
      'The U.S. Geological Survey measured the quake at magnitude 6.1.',
      'The US Geological Survey later revised it; the United States Geological Survey said so on Friday.',
    );
    oneEntity(ents, 'U.S. Geological Survey', 'US Geological Survey', 'United States Geological Survey');
  });

  it('does not tie initials that fit two names of the story', () => {
    const ents = story(
      'The Port Safety Board and the Public Services Bureau both met on Monday.',
      'PSB officials declined to comment.',
    );
    const psb = holders(ents, 'PSB');
    expect(psb.every((e) => e.aliases.length === 1)).toBe(true);
  });
});

describe('diacritics, transliterations and typos', () => {
  it('joins a name written with and without its diacritics and in transliteration', () => {
    const ents = story(
      'Striker Nikola Ardić scored twice on Saturday.',
      'Nikola Ardic, 22, joined the club in May. Ardich was not available for comment.',
      'Coach Jonas Halvorsen praised Ardić after the match.',
    );
    const e = oneEntity(ents, 'Nikola Ardić', 'Nikola Ardic', 'Ardić', 'Ardich');
    expect(e.type).toBe('person');
  });

  it('joins Scandinavian å written as aa', () => {
    const ents = story(
      'Chief executive Ingrid Håvik announced the recall on Tuesday.',
      'Ingrid Haavik said the company was sorry. Haavik did not say what it would cost.',
    );
    oneEntity(ents, 'Ingrid Håvik', 'Ingrid Haavik', 'Haavik');
  });

  it('joins a name with a letter that decomposes into no base letter (ø, ł) written without it', () => {
    const ents = story(
      'Harbour master Mats Øberg said the ferry left on time on Saturday.',
      'Mats Oberg, who runs the harbour, told reporters the weather had been calm. Øberg declined to say more.',
    );
    oneEntity(ents, 'Mats Øberg', 'Mats Oberg', 'Øberg');
  });

  it('keeps two different people with one surname apart', () => {
    const ents = story(
      'Maria Lindqvist, the mayor, met the minister on Monday.',
      'Her brother Tomas Lindqvist, a farmer, was not at the meeting.',
    );
    expect(holders(ents, 'Maria Lindqvist')[0]!.id).not.toBe(holders(ents, 'Tomas Lindqvist')[0]!.id);
  });
});

describe('hyphens, "the", possessives and short forms', () => {
  it('treats a hyphenated and an unhyphenated form of a name as one', () => {
    const ents = story(
      'The Vireo-7 rocket lifted off from the coast on Tuesday.',
      'Vireo 7 placed the satellite in orbit, the agency said.',
    );
    oneEntity(ents, 'Vireo-7', 'Vireo 7');
  });

  it("treats a leader's name with and without its hyphen as one person", () => {
    const ents = story(
      'North Korean leader Kim Jong-un met the envoys on Monday.',
      'Kim Jong Un said the talks had gone well, state media reported.',
    );
    const kim = oneEntity(ents, 'Kim Jong-un', 'Kim Jong Un');
    expect(kim.type).toBe('person');
    expect(holders(ents, 'North Korean')[0]!.type).toBe('country');
  });

  it('reads "the X", "X" and "X\'s" as one organisation, and a short form of its name', () => {
    const ents = story(
      "Dornvald Construction Group won the contract. The company's chairman said Dornvald would hire 200 people.",
      "Dornvald Construction's bid was the lowest, the ministry said.",
    );
    oneEntity(ents, 'Dornvald Construction Group', 'Dornvald Construction', 'Dornvald');
  });
});

describe('British and American spellings of one name (eighth session)', () => {
  it('"Organisation for Harbour Co-operation" and "Organization for Harbour Cooperation" are one organisation', () => {
    const ents = story(
      'The Kestrian Organisation for Harbour Co-operation sent a team to the port on Monday.',
      'A team from the Kestrian Organization for Harbour Cooperation arrived at the port.',
      'The Kestrian Organization for Harbour Coordination is a different body; it sent nobody.',
    );
    oneEntity(
      ents,
      'Kestrian Organisation for Harbour Co-operation',
      'Kestrian Organization for Harbour Cooperation',
    );
    // another word after "co-" is another name
    expect(holders(ents, 'Kestrian Organization for Harbour Coordination')[0]!.id).not.toBe(
      holders(ents, 'Kestrian Organization for Harbour Cooperation')[0]!.id,
    );
  });
});

describe('teams and groups named by a plural (eighth session)', () => {
  it('"Marlow Hawks" is an organisation where the report writes "the Hawks"; "Sam Rogers" stays a person', () => {
    const ents = story(
      'The Marlow Hawks beat the Kent Owls 20-13. The Hawks scored twice in the last quarter, coach Sam Rogers said.',
      'Rogers said the Hawks would rest three players. The Rogers Cup is next month.',
    );
    expect(holders(ents, 'Marlow Hawks')[0]!.type).toBe('organization');
    expect(holders(ents, 'Sam Rogers')[0]!.type).toBe('person');
    // "the Williams sisters": a plural with a noun after it names no group of that name
    const sisters = story(
      'Venus Williams won on Sunday.',
      'It was the eighth final between the Williams sisters.',
    );
    expect(holders(sisters, 'Venus Williams')[0]!.type).toBe('person');
  });
});

describe('types from cue words and titles', () => {
  it('types unknown organisations by their cue word, not as people', () => {
    const ents = story(
      'Officials at Calvena Dairy Co-operative recalled the cheese. Brennholt Rovers lost 2-0 on Sunday.',
      'Karsk Federation of Rail Workers called a strike.',
    );
    expect(holders(ents, 'Calvena Dairy Co-operative')[0]!.type).toBe('organization');
    expect(holders(ents, 'Brennholt Rovers')[0]!.type).toBe('organization');
  });

  it('keeps a title as written before the name, lower-case words included', () => {
    const ents = story(
      'Former Transport Minister Radek Holm was jailed on Tuesday.',
      'The court heard that former Transport Minister Radek Holm took bribes. Holm denied it.',
      'Gov. Holm, as he was then, signed the deal. Regional premier Sofia Lindahl said nothing.',
    );
    const holm = oneEntity(ents, 'Radek Holm', 'Holm', 'former Transport Minister Radek Holm');
    expect(holm.type).toBe('person');
    oneEntity(ents, 'Sofia Lindahl', 'Regional premier Sofia Lindahl');
  });

  it('splits a person from the organisation named after "of"', () => {
    const ents = story("Boris Hale of the Kestrian Metalworkers' Union said jobs were safe.");
    expect(holders(ents, 'Boris Hale')[0]!.type).toBe('person');
    expect(holders(ents, "Kestrian Metalworkers' Union")[0]!.type).toBe('organization');
  });
});

describe('a byname given right after a name', () => {
  it('"X, also known as Y" makes Y another name of X, with every spelling of Y', () => {
    const ents = story(
      'The orchestra was founded by Ludovica Brenner, also known as Maestrina, in 1961.',
      'Brenner, who liked to be called Maestrina by her players, died on Sunday.',
      'Tributes were paid to Ludovica Brenner, whom critics dubbed the Maestrinna of Salzach.',
    );
    const e = oneEntity(ents, 'Ludovica Brenner', 'Maestrina');
    expect(e.type).toBe('person');
  });

  it('a name after "known as" that is not set off right after another name stays apart', () => {
    const ents = story(
      'The delegation met Ludovica Brenner in a hall known as Maestrina House on Sunday.',
      'Ludovica Brenner spoke for an hour.',
    );
    const b = holders(ents, 'Ludovica Brenner');
    expect(b).toHaveLength(1);
    expect(b[0]!.aliases).not.toContain('Maestrina House');
  });
});

describe('initials', () => {
  it('after "to" or "in" initials name a place; before a surname they are a person\'s', () => {
    const ents = story('The singer flew to L. A. on Friday, a day after meeting J. R. Hollis in Boston.');
    expect(holders(ents, 'L. A.')[0]?.type).toBe('place');
    expect(holders(ents, 'J. R. Hollis')[0]?.type).toBe('person');
  });
});

describe('the name an entity is shown by (eighth session)', () => {
  it('is the fullest form the reports commonly use, not a rare longer one; a surname takes the full name', () => {
    const ents = story(
      'Tributes were paid to Mira Lenz on Sunday. Lenz died at 85.',
      'Mira Lenz, the singer, died on Saturday. Lenz recorded 30 albums.',
      'Mira Lenz was born in 1940. The film The Forgotten Mira Lenz told her story. Mira Lenz sang until 2001.',
      'Jonas Fell, her manager, said Fell would speak later.',
    );
    expect(holders(ents, 'Mira Lenz')[0]!.name).toBe('Mira Lenz');
    expect(holders(ents, 'Fell')[0]!.name).toBe('Jonas Fell');
  });
});

describe('a name at the start of a sentence that the tagger takes for another word (ninth session)', () => {
  it('is a name where the story writes it as one mid-sentence, and a common word where it writes it in lower case', () => {
    const known = 'The Hawks were led by quarterback Lee Banning on Sunday.';
    const ents = story(known, 'Banning finished with 20 points. The crowd cheered.');
    const lee = holders(ents, 'Lee Banning')[0]!;
    expect(lee.aliases).toContain('Banning');
    expect(lee.documents).toEqual(['d0', 'd1']);
    // a story that also writes "banning" in lower case leaves the first word alone
    const common = story(known, 'Banning finished with 20 points.', 'The league is banning the drills.');
    expect(holders(common, 'Lee Banning')[0]!.documents).toEqual(['d0']);
  });

  it('a first word kept untyped takes the type the story gives the name elsewhere', () => {
    const docs = ['Coach Ann Rivers praised the defence.', 'Rivers scored twice before the break.'].map(
      (t, i) => annotate(cleanDoc(`d${i}`, t)),
    );
    expect(docs[1]!.entities.find((m) => m.text === 'Rivers')?.type).toBe('other');
    resolveEntities(docs);
    expect(docs[1]!.entities.find((m) => m.text === 'Rivers')?.type).toBe('person');
  });
});

describe('an honorific (ninth session)', () => {
  it('says the name after it is a person\'s: "Mr. LaRue", "Ms. Banning"', () => {
    const a = annotate(cleanDoc('d', 'Mr. LaRue was known as the courier. Ms. Banning left early.'));
    expect(a.entities.map((m) => [m.text, m.type])).toEqual([
      ['LaRue', 'person'],
      ['Banning', 'person'],
    ]);
  });
});

describe('places and newspapers by general lexicon (tenth session)', () => {
  it('a state or province is a place: "a suburban Maryland newspaper", "the Alabama governor", "New Jersey"', () => {
    const a = annotate(
      cleanDoc(
        'd',
        'He worked for a suburban Maryland newspaper. The Alabama governor spoke. He was indicted in New Jersey.',
      ),
    );
    expect(a.entities.map((m) => [m.text, m.type])).toEqual([
      ['Maryland', 'place'],
      ['Alabama', 'place'],
      ['New Jersey', 'place'],
    ]);
  });

  it('a name ending in a newspaper word is an organisation: "the Montgomery County Sentinel"', () => {
    const a = annotate(
      cleanDoc('d', 'He was a cub reporter at the Montgomery County Sentinel before the war.'),
    );
    expect(a.entities.map((m) => [m.text, m.type])).toEqual([['Montgomery County Sentinel', 'organization']]);
  });

  it('a name the sentence goes on to call a place is a place: "Hawaiian Gardens, a working-class city"', () => {
    const a = annotate(
      cleanDoc(
        'd',
        'The shooting happened in Hawaiian Gardens, a working-class city near the coast. Dale Mercer, a resident of the city, saw it.',
      ),
    );
    expect(a.entities.map((m) => [m.text, m.type])).toEqual([
      ['Hawaiian Gardens', 'place'],
      ['Dale Mercer', 'person'],
    ]);
  });
});

describe('a demonym in the plural (eleventh session)', () => {
  it('names the country\'s people, not a person or a body: "68 per cent of Greeks", "Iranians"', () => {
    const ad = annotate(
      cleanDoc('d', 'A poll found that 68 per cent of Greeks and most Iranians in the city backed the plan.'),
    );
    const of = (text: string) => ad.entities.find((m) => m.text === text);
    expect(of('Greeks')?.type).toBe('country');
    expect(of('Iranians')?.type).toBe('country');
  });

  it('but a name that only ends in "s" is left alone', () => {
    const ad = annotate(cleanDoc('d', 'The poll was run by the pollster Andreas Markos on Sunday.'));
    expect(ad.entities.find((m) => m.text === 'Andreas Markos')?.type).toBe('person');
  });
});

describe('a person who works for an organisation (eleventh session)', () => {
  it('is not one name with it: "Andreas Markos for the Harbour Times"', () => {
    const ad = annotate(cleanDoc('d', 'The poll was run by Andreas Markos for the Harbour Times on Sunday.'));
    const of = (text: string) => ad.entities.find((m) => m.text === text);
    expect(of('Andreas Markos')?.type).toBe('person');
    expect(of('Harbour Times')?.type).toBe('organization');
  });

  it('while a body named "for" something stays whole: "the Committee for the Protection of Reporters"', () => {
    const ad = annotate(cleanDoc('d', 'The Committee for the Protection of Reporters condemned the arrest.'));
    expect(ad.entities.map((m) => m.text)).toContain('Committee for the Protection of Reporters');
  });
});

describe('names with a possessive plural, and parentheses after a person (twenty-fourth session)', () => {
  it('reads "the Municipal Workers\' Pension Fund (MWPF)" as one organisation its acronym names', () => {
    const text = [
      "Konrad Vehlmann, the former chief executive of the Municipal Workers' Pension Fund (MWPF), was sentenced.",
      'The MWPF said it would seek damages.',
    ];
    const e = oneEntity(story(...text), "Municipal Workers' Pension Fund", 'MWPF');
    expect(e.type).toBe('organization');
    withSetting(nlpSettings, 'possessiveNameToCue', false, () =>
      expect(holders(story(...text), "Municipal Workers' Pension Fund")).toHaveLength(0),
    );
  });
  it('keeps a country apart from the body its possessive names ("the Philippines\' National Police")', () => {
    const ents = story("Officers of the Philippines' National Police arrested him.");
    expect(holders(ents, 'National Police')).toHaveLength(1);
  });
  it('ties an acronym to the party it defines, not to a candidate listed with it in parentheses', () => {
    const text = [
      "Annika Lövgren of the Progressive Citizens' Party (PCP) won the election by 317 votes.",
      'Annika Lovgren (PCP): 48,906 votes. Gert Mollander (CU): 48,589 votes.',
    ];
    oneEntity(story(...text), "Progressive Citizens' Party", 'PCP');
    withSetting(nlpSettings, 'personParensNoDefinition', false, () =>
      expect(holders(story(...text), 'PCP')[0]?.aliases ?? []).not.toContain("Progressive Citizens' Party"),
    );
  });
});
