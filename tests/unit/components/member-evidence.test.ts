import { describe, expect, it } from 'vitest';
import { evidenceInOutletOrder } from '@/components/ui/member-evidence';
import type { GroupMemberDto } from '@/server/data/stories/get-story-analysis';

const member = (id: number, articleId: number, sentenceId: number, text: string): GroupMemberDto => ({
  id,
  articleId,
  sentenceId,
  claimId: id,
  quoteId: null,
  text,
  similarity: 0.5,
});

describe('evidenceInOutletOrder', () => {
  it("evidence: in the page's outlet order, then by sentence, each naming its outlet and linking its sentence", () => {
    const columns = new Map([
      [7, 0],
      [3, 1],
    ]);
    const names = new Map([
      [7, 'Herald'],
      [3, 'Times'],
    ]);
    const items = evidenceInOutletOrder([member(1, 3, 40, 'times late'), member(2, 7, 9, 'herald'), member(3, 3, 12, 'times early')], {
      columnOf: (articleId) => columns.get(articleId)!,
      outletName: (articleId) => names.get(articleId),
      slug: 'harbour',
    });
    expect(items.map((item) => [item.outlet, item.text])).toEqual([
      ['Herald', 'herald'],
      ['Times', 'times early'],
      ['Times', 'times late'],
    ]);
    expect(items[0].href).toContain('/stories/harbour/articles/7');
  });
});
