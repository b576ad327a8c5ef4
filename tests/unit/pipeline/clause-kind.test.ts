import { describe, expect, it } from 'vitest';
import { isFragment } from '@/pipeline/cross-article/clause-kind';

describe('clause-kind', () => {
  it.each([
    ['an added noun phrase', 'as well as people from three northern provinces'],
    ['an item of a list', 'and dealing with the causes of the floods in the valley'],
    [
      'a subject cut from its verb, with a participle before its noun',
      'But the minister, in her role dealing with increased rainfall in the valley',
    ],
    ['a source', 'according to preliminary figures from the port authority'],
  ])('clause-kind: %s is a fragment', (_, text) => {
    expect(isFragment(text)).toBe(true);
  });

  it.each([
    ['a clause with a finite verb', 'The minister met the mayor of the port city'],
    ['a relative clause', 'where she met the governor of the province'],
    ['a participial clause', 'capping her first foreign trip with a visit to the port'],
    ['a passive', 'the budget was approved by the council'],
  ])('clause-kind: %s states a fact', (_, text) => {
    expect(isFragment(text)).toBe(false);
  });
});
