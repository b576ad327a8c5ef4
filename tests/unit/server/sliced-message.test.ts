import { describe, expect, it } from 'vitest';
import { SliceAssembler, sliceValue } from '@/server/workers/sliced-message';

describe('sliced messages between threads', () => {
  it('sliced message: long arrays at any depth are sent in slices and put back in order', () => {
    const value = {
      when: new Date('2021-06-08'),
      articles: [
        { id: 1, sentences: Array.from({ length: 23 }, (_, i) => ({ start: i, end: i + 1 })), tags: ['a'] },
        { id: 2, sentences: [] },
      ],
      people: Array.from({ length: 11 }, (_, i) => `p${i}`),
    };
    const { skeleton, slices } = sliceValue(value, 5);
    expect(slices.map((slice) => slice.items.length)).toEqual([5, 5, 5, 5, 3, 5, 5, 1]);
    expect((skeleton as typeof value).articles[0].sentences).toEqual([]);
    const assembler = new SliceAssembler(structuredClone(skeleton));
    for (const slice of slices) assembler.add(slice.path, structuredClone(slice.items));
    expect(assembler.value).toEqual(value);
    expect((assembler.value as typeof value).when).toBeInstanceOf(Date);
  });

  it('sliced message: a long array at the top and small values pass unchanged', () => {
    const long = Array.from({ length: 7 }, (_, i) => i);
    const sliced = sliceValue(long, 3);
    const assembler = new SliceAssembler(sliced.skeleton);
    for (const slice of sliced.slices) assembler.add(slice.path, slice.items);
    expect(assembler.value).toEqual(long);
    expect(sliceValue('text', 3)).toEqual({ skeleton: 'text', slices: [] });
    expect(sliceValue({ a: [1, 2] }, 3)).toEqual({ skeleton: { a: [1, 2] }, slices: [] });
  });
});
