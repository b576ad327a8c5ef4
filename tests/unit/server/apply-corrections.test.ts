import { describe, expect, it } from 'vitest';
import { applyCorrections, type CorrectionRow, groupCorrectionNotes } from '@/server/corrections/apply-corrections';
import type { ClaimGroupDto, StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';

function group(key: string, memberKeys: string[], kind: ClaimGroupDto['kind'] = 'fact'): ClaimGroupDto {
  return {
    id: 1,
    key,
    kind,
    status: memberKeys.length > 1 ? 'agreed' : 'single',
    label: key,
    score: 0.5,
    members: memberKeys.map((memberKey, index) => ({
      id: index,
      articleId: index,
      claimId: index,
      quoteId: null,
      sentenceId: null,
      key: memberKey,
      text: memberKey,
      similarity: 0.5,
    })),
    divergences: [],
  };
}

const row = (kind: CorrectionRow['kind'], keys: string[], otherKeys: string[], memberKind = 'fact'): CorrectionRow => ({
  kind,
  targetKey: keys[0],
  data: { memberKind, keys, otherKeys },
  editor: 'desk@example.org',
  createdAt: '2026-01-02T00:00:00.000Z',
});

describe('apply-corrections (splits and merges)', () => {
  const split = row('split_group', ['b@1'], ['a@1', 'c@1']);
  const merge = row('merge_groups', ['a@1'], ['d@1']);

  it("apply-corrections: after a split, the moved claim's row and the row it left are both marked", () => {
    expect(groupCorrectionNotes(group('x', ['b@1']), [split]).map((n) => n.note)).toEqual([
      'An editor moved this claim out of another row',
    ]);
    expect(groupCorrectionNotes(group('y', ['a@1', 'c@1']), [split]).map((n) => n.note)).toEqual([
      'An editor moved a claim out of this row',
    ]);
  });

  it('apply-corrections: a row that still holds both sides (the re-analysis has not run yet) is not marked', () => {
    expect(groupCorrectionNotes(group('z', ['a@1', 'b@1', 'c@1']), [split])).toEqual([]);
    expect(groupCorrectionNotes(group('a', ['a@1']), [merge])).toEqual([]);
  });

  it('apply-corrections: a merged row is marked with who merged it; other rows and quotation rows are not', () => {
    expect(groupCorrectionNotes(group('m', ['a@1', 'd@1']), [merge])).toEqual([
      { note: 'An editor merged two rows into this one', editor: 'desk@example.org', createdAt: '2026-01-02T00:00:00.000Z' },
    ]);
    expect(groupCorrectionNotes(group('q', ['a@1', 'd@1'], 'quote'), [merge])).toEqual([]);
    expect(groupCorrectionNotes(group('o', ['e@1']), [merge, split])).toEqual([]);
  });

  it('apply-corrections: a stored row with data that does not fit is ignored', () => {
    expect(groupCorrectionNotes(group('m', ['a@1', 'd@1']), [{ ...merge, data: { keys: 'a@1' } }])).toEqual([]);
  });

  it('apply-corrections: the marks reach the analysis the pages read, next to a rejected divergence', () => {
    const dto = { groups: [group('m', ['a@1', 'd@1'])], quotes: [], people: [] } as unknown as StoryAnalysisDto;
    const reject: CorrectionRow = {
      kind: 'reject_divergence',
      targetKey: 'm',
      data: { divergenceKind: 'number' },
      editor: null,
      createdAt: '2026-01-03T00:00:00.000Z',
    };
    expect(applyCorrections(dto, [merge, reject], new Map()).groups[0].corrections?.map((c) => c.note)).toEqual([
      'An editor merged two rows into this one',
      'An editor marked the number divergence as wrong',
    ]);
  });
});
