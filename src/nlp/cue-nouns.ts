/**
 * A name written with its kind in lower case ("Qeshm island", "the Hudson river", "the Kraft plant") is the name
 * another report of the story writes capitalised ("Qeshm Island"): the capital is a house style, not another thing.
 * The entity finder ends the first mention at the name ("Qeshm"), so the two would resolve apart and the figures said
 * of the island ("home to 120,000 people" / "home to 200,000 people") would be about different places. Across one
 * story the question has an answer: where the story names "X Island" (its last word a place or site cue word), a
 * mention "X" followed by "island", or after "the island of", is that name; so is "the Island of X".
 * Runs before resolution, in place: the mention keeps its span and text ("Qeshm", quoted as written) and takes the
 * longer name as its canonical name and type; running it twice changes nothing more.
 */
import type { AnnotatedDocument, EntityMention } from '../model/annotations.js';
import { fold } from './lexicon/countries.js';
import { FACILITY_CUES, PLACE_CUES } from './lexicon/words.js';

const keyOf = (s: string) => fold(s).replace(/^the /, '').replace(/\s+/g, ' ').trim();

// (places and sites only: "Vancouver police" names the city's police, which a report may call "Vancouver Police";
// but a place's name before a body's word is as often a description, "the Nordvel party", as that body's name)
const isCue = (w: string) => PLACE_CUES.has(w) || FACILITY_CUES.has(w);

/** The lower-case word right after a mention ("Qeshm| island, home to"). */
const NEXT_WORD = /^ (\p{Ll}+)\b/u;
/** The kind word and "of" right before a mention ("the island of |Qeshm", "the Island of |Qeshm"). */
const PREV_KIND = /(?<!\p{L})(\p{Ll}+) of $/u;
/** A name written as its kind, "of" and its own name ("Island of Qeshm"). */
const OF_NAME = /^(?:[Tt]he )?(\p{Lu}\p{Ll}+) of (\p{Lu}[\p{L}\s'’-]*)$/u;

export function joinCueNouns(docs: AnnotatedDocument[]): void {
  // the story's names of two words or more that end in a capitalised cue word ("Qeshm Island", "Kraft Plant")
  const named = new Map<string, EntityMention>();
  for (const d of docs)
    for (const m of d.entities) {
      if (m.type === 'country' || m.form !== 'name') continue;
      const ws = m.text.trim().split(/\s+/);
      const last = ws[ws.length - 1]!;
      if (ws.length < 2 || !/^\p{Lu}\p{Ll}/u.test(last) || !isCue(last.toLowerCase())) continue;
      const key = keyOf(m.canonical);
      if (!named.has(key)) named.set(key, m);
    }
  if (!named.size) return;
  for (const d of docs)
    for (const m of d.entities) {
      if (m.type === 'country' || m.form !== 'name' || m.role) continue;
      // the name written the other way round, "the Island of Qeshm": the same name, its span as it is
      const turned = OF_NAME.exec(m.text);
      if (turned && isCue(turned[1]!.toLowerCase())) {
        const host = named.get(keyOf(`${turned[2]} ${turned[1]}`));
        if (host && host !== m) {
          m.canonical = host.canonical;
          m.type = host.type;
        }
        continue;
      }
      const next = NEXT_WORD.exec(d.doc.text.slice(m.end, m.end + 40));
      // (or before it, with "of": "the island of Qeshm", "the city of Bandar Abbas")
      const prev = PREV_KIND.exec(d.doc.text.slice(Math.max(0, m.start - 40), m.start));
      const after = next && isCue(next[1]!) ? named.get(keyOf(`${m.canonical} ${next[1]}`)) : undefined;
      const before =
        !after && prev && isCue(prev[1]!) ? named.get(keyOf(`${m.canonical} ${prev[1]}`)) : undefined;
      const host = after ?? before;
      if (!host) continue;
      m.canonical = host.canonical;
      m.type = host.type;
    }
}
