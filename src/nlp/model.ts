/** The wink-nlp English model, loaded once on first use (about 0.2 s). */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | null = null;

/**
 * The model with its custom-entity machines read once. wink-eng-lite-web-model's `metaCER()` replaces its
 * module-level machines by `JSON.stringify(machines)` on every call: the first instance gets the JSON, each
 * later one that JSON stringified again (custom entities lost, and the string doubling in size until
 * `RangeError: Invalid string length` after some 25 instances: every analysis after that failed in a
 * long-running process: ingest, watch, a queue worker).
 */
let stable: typeof model | null = null;
function stableModel(): typeof model {
  if (!stable) {
    const read = (model as unknown as { metaCER: () => unknown }).metaCER;
    const cer = read();
    stable = { ...model, metaCER: () => cer } as typeof model;
  }
  return stable;
}

export function wink(): Wink {
  if (!instance) instance = winkNLP(stableModel());
  return instance;
}

/**
 * A fresh tokenizer. wink-nlp adds every new word it reads to its lexicon cache, and what it has read before
 * changes how it later splits some tokens ("Reid's" one token or two). Each analysis starts from a fresh
 * instance (about 0.1 s) so that its result depends on its own input only, not on what the process read before.
 */
export function resetWink(): void {
  instance = null;
}
