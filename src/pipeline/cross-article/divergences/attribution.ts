// Attribution divergences: outlets that give one utterance to different speakers (a
// named person in one, a transcript label or another person in the other). A pronoun the
// pipeline could not resolve ("he"), or a role it could not tie to a person ("the
// minister"), says nothing certain about who spoke, and a shorter form of
// the other outlet's name ("Okafor" for "Dana Okafor") is the same speaker.

import { isPronounLabel } from '../../quotes/attribution';
import { foldAccents } from '../../text/fold-accents';
import { isShorterFormOf } from '../resolve-people';
import { listNames, type QuoteMemberView } from './member-view';

const identity = (speaker: string) =>
  foldAccents(speaker)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Speakers by identity, a shorter form joined to the one fuller name it fits. */
function speakersOf(members: QuoteMemberView[]): Map<string, QuoteMemberView[]> {
  const byIdentity = new Map<string, QuoteMemberView[]>();
  for (const member of members) {
    const key = identity(member.speaker!);
    byIdentity.set(key, [...(byIdentity.get(key) ?? []), member]);
  }
  for (const key of [...byIdentity.keys()]) {
    const fuller = [...byIdentity.keys()].filter((other) => isShorterFormOf(key, other));
    if (fuller.length !== 1) continue;
    byIdentity.set(fuller[0], [...byIdentity.get(fuller[0])!, ...byIdentity.get(key)!]);
    byIdentity.delete(key);
  }
  return byIdentity;
}

/**
 * A role the pipeline could not tie to a person ("the vice president", "a spokesperson")
 * may well be the person another outlet names: like a pronoun, it is not a second speaker.
 */
const unresolvedRole = (member: QuoteMemberView) =>
  member.quote.speakerKey === null && /^(?:the|a|an|his|her|their|its|our|this|that)\s/i.test(member.speaker ?? '');

export function quoteAttributionDivergence(members: QuoteMemberView[]) {
  const attributed = members.filter(
    (member) => member.speaker !== null && identity(member.speaker) !== '' && !isPronounLabel(member.speaker) && !unresolvedRole(member),
  );
  const speakers = speakersOf(attributed);
  if (speakers.size < 2) return null;
  const parts = [...speakers.values()].map((group) => `${listNames(group.map((m) => m.outlet))} to ${group[0].speaker}`);
  return {
    detail: `Attributed differently: ${parts.join('; ')}.`,
    score: 0.8,
    memberIndexes: attributed.map((member) => member.index),
    data: { speakers: attributed.map((member) => ({ articleId: member.articleId, speaker: member.speaker })) },
  };
}
