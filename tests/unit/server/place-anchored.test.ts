import { describe, expect, it } from 'vitest';
import { AnchorIndex } from '@/server/corrections/place-anchored';

// place-anchored: a note or correction goes to the target that holds most of its anchors.
const index = new AnchorIndex([
  { key: 'fact-a', anchors: ['a.txt@10', 'b.txt@20', 'c.txt@30'] },
  { key: 'fact-b', anchors: ['d.txt@5'] },
  { key: 'fact-c', anchors: ['e.txt@7', 'f.txt@9'] },
  { key: 'fact-d', anchors: ['e.txt@7', 'g.txt@1'] },
]);

describe('place-anchored', () => {
  it.each([
    ['the same key when nothing changed', { targetKey: 'fact-a', anchors: ['a.txt@10', 'b.txt@20', 'c.txt@30'] }, 'fact-a'],
    ['a new key after a new member changed it', { targetKey: 'fact-old', anchors: ['a.txt@10', 'b.txt@20'] }, 'fact-a'],
    ['after a split, the row holding most anchors', { targetKey: 'fact-old', anchors: ['a.txt@10', 'b.txt@20', 'd.txt@5'] }, 'fact-a'],
    ['after a merge, the merged row', { targetKey: 'fact-gone', anchors: ['c.txt@30'] }, 'fact-a'],
    ['on a tie, the target with the old key', { targetKey: 'fact-d', anchors: ['e.txt@7'] }, 'fact-d'],
    [
      'on a tie without the old key, the target with fewer other anchors, then key order',
      { targetKey: 'x', anchors: ['e.txt@7'] },
      'fact-c',
    ],
    ['no anchors kept (an older note): its key while it exists', { targetKey: 'fact-b', anchors: [] }, 'fact-b'],
    ['anchors gone but the key still exists (the sentence moved)', { targetKey: 'fact-b', anchors: ['z.txt@1'] }, 'fact-b'],
    ['nothing holds it: detached', { targetKey: 'fact-gone', anchors: ['z.txt@1'] }, null],
    ['no anchors and an unknown key: detached', { targetKey: 'fact-gone', anchors: [] }, null],
  ])('place-anchored: %s', (_name, item, expected) => {
    expect(index.place(item)).toBe(expected);
  });

  it('place-anchored: counts a repeated anchor once', () => {
    const repeated = new AnchorIndex([
      { key: 'one', anchors: ['a@1', 'a@1', 'a@1'] },
      { key: 'two', anchors: ['a@1', 'b@2'] },
    ]);
    expect(repeated.place({ targetKey: 'x', anchors: ['a@1', 'a@1', 'b@2'] })).toBe('two');
  });
});
