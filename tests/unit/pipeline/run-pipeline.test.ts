import { describe, expect, it } from 'vitest';
import { checkStageOrder, PipelineOrderError, runStages } from '@/pipeline/run-pipeline';
import type { Stage } from '@/pipeline/types';

const input = { sourceFile: 'a.txt', rawText: 'Hello.', publishedAt: new Date('2021-06-08') };
const upper: Stage = { name: 'upper', requires: [], assigns: ['text'], run: (d) => ({ text: d.input.rawText.toUpperCase() }) };
const count: Stage = { name: 'count', requires: ['text'], assigns: ['length'], run: (d) => ({ length: (d.text as string).length }) };

describe('run-pipeline', () => {
  it('run-pipeline: runs stages in order, each seeing the fields of the earlier ones', () => {
    const doc = runStages([upper, count], input);
    expect(doc.text).toBe('HELLO.');
    expect(doc.length).toBe(6);
  });
  it('run-pipeline: refuses a stage whose requirement nobody assigns first', () => {
    expect(() => checkStageOrder([count, upper])).toThrow(PipelineOrderError);
    expect(() => checkStageOrder([count, upper])).toThrow(/"count" requires text/);
  });
  it('run-pipeline: refuses a stage that assigns an undeclared field', () => {
    const sneaky: Stage = { name: 'sneaky', requires: [], assigns: [], run: () => ({ text: 'x' }) };
    expect(() => runStages([sneaky], input)).toThrow(/without declaring/);
  });
  it('run-pipeline: skips English-only stages for another language, recording why', () => {
    const lang: Stage = { name: 'lang', requires: [], assigns: ['language'], run: () => ({ language: 'es' }) };
    const quotes: Stage = { name: 'quotes', requires: [], assigns: ['quotes'], englishOnly: true, run: () => ({ quotes: ['x'] }) };
    const doc = runStages([lang, quotes], input);
    expect(doc.quotes).toEqual([]);
    expect(doc.skipped).toEqual([{ stage: 'quotes', reason: expect.stringContaining('"es"') }]);
  });
});
