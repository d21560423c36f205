/** The wink-nlp English model, loaded once on first use (about 0.2 s). */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | null = null;

export function wink(): Wink {
  if (!instance) instance = winkNLP(model);
  return instance;
}
