// Attribution divergences: outlets that give one utterance to different speakers (a
// named person in one, a transcript label or another person in the other).
import { foldAccents } from '../../text/fold-accents';
import { listNames, type QuoteMemberView } from './member-view';

const identity = (speaker: string) => foldAccents(speaker).toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

export function quoteAttributionDivergence(members: QuoteMemberView[]) {
  const attributed = members.filter((member) => member.speaker !== null);
  const speakers = new Map<string, QuoteMemberView[]>();
  for (const member of attributed) {
    const key = identity(member.speaker!);
    speakers.set(key, [...(speakers.get(key) ?? []), member]);
  }
  if (speakers.size < 2) return null;
  const parts = [...speakers.values()].map((group) => `${listNames(group.map((m) => m.outlet))} to ${group[0].speaker}`);
  return {
    detail: `Attributed differently: ${parts.join('; ')}.`,
    score: 0.8,
    memberIndexes: attributed.map((member) => member.index),
    data: { speakers: attributed.map((member) => ({ articleId: member.articleId, speaker: member.speaker })) },
  };
}
