// Whether a fact unit can state a fact by itself. Cutting sentences into clauses leaves
// some pieces that are only part of another clause's fact: an item of a list ("and dealing
// with the flood damage"), an added noun phrase ("as well as people from three countries"),
// a subject cut from its verb ("But the minister, in her role as envoy"). Two such pieces
// that share words both mention something; they do not report one fact, so a pair with
// one can be at most "possibly" the same fact.
import { getNlp } from '../text/wink';

/**
 * True when the unit has no finite verb (a verb or auxiliary that is not an -ing form, an
 * infinitive after "to" or a participle before its noun) and is not a participial clause ("capping her first trip",
 * which states what its sentence's subject did).
 */
export function isFragment(text: string): boolean {
  const { its, readDoc } = getNlp();
  const doc = readDoc(text);
  const words = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const gerund = (index: number) => /ing$/i.test(words[index]);
  // "according to" is a preposition, not a participle.
  if (tags[0] === 'VERB' && gerund(0) && words[0].toLowerCase() !== 'according') return false;
  // A participle before its noun is an adjective: "increased migration", "the signed agreement".
  const attributive = (index: number) =>
    /ed$/i.test(words[index]) && ['NOUN', 'PROPN', 'ADJ'].includes(tags[index + 1]) && !['NOUN', 'PROPN', 'PRON'].includes(tags[index - 1]);
  return !tags.some(
    (tag, index) => (tag === 'VERB' || tag === 'AUX') && !gerund(index) && !attributive(index) && words[index - 1]?.toLowerCase() !== 'to',
  );
}
