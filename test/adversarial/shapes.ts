/**
 * Inputs for the adversarial-shapes test and bench: ordinary prose (generated, every sentence different,
 * so cleaning does not fold it as repeats) and one hostile shape per pattern family that used to be
 * quadratic, each of about `size` characters on one line.
 */

/** Deterministic pseudo-random numbers (a linear congruential generator), so a failure reproduces. */
function rng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

const PEOPLE = ['Maria Lopez', 'John Carter', 'Ahmed Hassan', 'Olena Petrenko', 'Kenji Sato', 'Anna Schmidt'];
const PLACES = ['Istanbul', 'Geneva', 'the port city', 'the capital', 'Lagos', 'the northern province'];
const ORGS = ['the ministry', 'the city council', 'the United Nations', 'the company', 'the rescue service'];
const VERBS = ['said', 'announced', 'reported', 'confirmed', 'denied', 'estimated'];
const THINGS = [
  'people were evacuated',
  'homes were damaged',
  'workers joined the strike',
  'flights were cancelled',
  'prisoners were exchanged',
  'trucks delivered aid',
];
const WHEN = [
  'on Monday',
  'last week',
  'early on Tuesday',
  'by the end of June',
  'a day earlier',
  'this morning',
];

export function prose(size: number, seed = 7): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const paragraphs: string[] = [];
  let length = 0;
  while (length < size) {
    const sentences: string[] = [];
    for (let k = 0; k < 4; k++) {
      const n = 10 + Math.floor(r() * 9000);
      sentences.push(
        `${pick(PEOPLE)} of ${pick(ORGS)} ${pick(VERBS)} ${pick(WHEN)} that at least ${n.toLocaleString('en-US')} ${pick(THINGS)} in ${pick(PLACES)}, while ${pick(ORGS)} put the figure at about ${n + Math.floor(r() * 500)}.`,
      );
    }
    const p = sentences.join(' ');
    paragraphs.push(p);
    length += p.length + 2;
  }
  return paragraphs.join('\n\n').slice(0, size);
}

/** One line of each shape that drove a regular expression or a scan quadratic (issue 12). */
export function hostileShapes(size: number): Record<string, string> {
  return {
    'letters then a digit (sentences: line boundaries)': 'a'.repeat(size - 1) + '1',
    'a run of digits (quantities: X for X)': '1'.repeat(size),
    'a chain of thousands groups (quantities)': '1' + ', 000'.repeat(Math.floor(size / 5)),
    'spaces then a letter (clean: furniture lines)': 'x' + ' '.repeat(size - 2) + 'a',
    'a; a; … (align: clauses)': 'a; '.repeat(Math.floor(size / 3)),
    'a long URL (wink-nlp URL and e-mail patterns)': 'http://' + 'a'.repeat(size - 7),
    'a long word with no dot (wink-nlp abbreviation test)': 'b'.repeat(size),
  };
}
