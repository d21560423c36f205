import { describe, expect, it } from 'vitest';
import { extractFeatures } from '../../src/story/index.js';
import { splitCluster } from '../../src/story/split.js';
import { storySettings } from '../../src/settings/story.js';

const all = [0, 1, 2, 3, 4, 5];

describe('splitCluster: one event dated to one year stays one', () => {
  // one art theft: three reports name the suspect and the painting, three speak of "a 58-year-old man"
  // and the attic where the canvas was found; every lede dates the theft to 1994
  const texts = [
    'Prosecutors charged Henrik Sollberg on Friday with the 1994 theft of Anna Ancher\'s "Girl in the Kitchen" from the Lund Art Museum.\nSollberg, a former night guard, denies the charge, his lawyer Maja Rehn said.',
    'Henrik Sollberg, once a night guard at the Lund Art Museum, was charged with taking Anna Ancher\'s "Girl in the Kitchen" in 1994.\nHis lawyer, Maja Rehn, said Sollberg would plead not guilty.',
    'The former night guard Henrik Sollberg faces charges over the 1994 disappearance of Anna Ancher\'s "Girl in the Kitchen", prosecutors said.\nMaja Rehn, for Sollberg, called the case thin.',
    'A 58-year-old man has been charged over a painting stolen from a museum in 1994, police said, after officers found the canvas wrapped in blankets in an attic.\nDetectives traced it through an auction listing.',
    'Police found a painting stolen in 1994 in an attic, wrapped in old blankets, and charged a 58-year-old man.\nAn auction listing put detectives on the trail, officers said.',
    'Officers charged a man, 58, after a canvas taken from a museum in 1994 turned up in an attic under blankets.\nDetectives said an online auction listing led them to the house.',
  ];
  const features = texts.map((t) => extractFeatures(t, null, storySettings));

  it('keeps reports that name the suspect and reports that do not together when all date the event to 1994', () => {
    expect(splitCluster(all, features, storySettings)).toEqual([all]);
  });

  it('needs the rule: without it the two wordings are cut apart', () => {
    expect(splitCluster(all, features, { ...storySettings, splitSameYearShare: 0 })).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
  });

  it('still parts look-alike events of different years', () => {
    const other = texts.map((t, i) => (i >= 3 ? t.replace('1994', '2003') : t));
    const f = other.map((t) => extractFeatures(t, null, storySettings));
    expect(splitCluster(all, f, storySettings)).toEqual([
      [0, 1, 2],
      [3, 4, 5],
    ]);
  });
});
