// The one wink-nlp instance of a process (sentence boundaries, parts of speech).
import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

let nlp: WinkMethods | undefined;

/** The model takes ~0.3 s to load: loaded on first use, once per process (and per analysis thread). */
export function getNlp(): WinkMethods {
  nlp ??= winkNLP(model);
  return nlp;
}
