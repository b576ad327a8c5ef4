// The divergences inside one fact group: figures and dates compared member by member.
// When two members differ in both figures and dates they most likely describe different
// periods ("4,800 in March" against "5,200 since January"), which is not a conflict.
import type { DivergenceDraft } from '../types';
import { datesDiffer, describeDateDivergence } from './date';
import type { FactMemberView } from './member-view';
import { describeNumberDivergence, differingFigures, type FigurePair } from './number';

export function factDivergences(members: FactMemberView[]): DivergenceDraft[] {
  const figurePairs: FigurePair[] = [];
  const datePairs: [FactMemberView, FactMemberView][] = [];
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const figures = differingFigures(members[i], members[j]);
      const dates = datesDiffer(members[i], members[j]);
      if (figures.length > 0 && dates) continue;
      figurePairs.push(...figures);
      if (dates) datePairs.push([members[i], members[j]]);
    }
  }
  const divergences: DivergenceDraft[] = [];
  const involved = (views: FactMemberView[]) => [...new Set(views.map((view) => view.index))].sort((x, y) => x - y);
  if (figurePairs.length > 0) {
    divergences.push({
      kind: 'number',
      ...describeNumberDivergence(figurePairs),
      memberIndexes: involved(figurePairs.flatMap((p) => [p.a, p.b])),
    });
  }
  if (datePairs.length > 0) {
    divergences.push({ kind: 'date', ...describeDateDivergence(datePairs), memberIndexes: involved(datePairs.flat()) });
  }
  return divergences;
}
