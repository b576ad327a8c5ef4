import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStageOrder } from '@/pipeline/run-pipeline';
import { analyseArticle, articleStages } from '@/pipeline/stages';
import { sentenceSpans, splitSentences } from '@/pipeline/stages/sentences';
import { expectValidSentenceSpans } from './article-assertions';

const SEEDS = join(__dirname, '../../../seeds');
const split = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('sentences', () => {
  it.each([
    [
      'abbreviations do not end sentences',
      'Mr. Okafor met Ms. Roe and Gen. Diaz in the U.S. capital on Tuesday. They talked.',
      ['Mr. Okafor met Ms. Roe and Gen. Diaz in the U.S. capital on Tuesday.', 'They talked.'],
    ],
    [
      'a closing quote after the full stop belongs to the sentence',
      'He said, "It is over." She agreed.',
      ['He said, "It is over."', 'She agreed.'],
    ],
    ['curly quotes too', '“We will build it,” Okafor said. “Soon.”', ['“We will build it,” Okafor said.', '“Soon.”']],
    ['a question mark ends a sentence', 'Will it open? Nobody knows.', ['Will it open?', 'Nobody knows.']],
    [
      'decimal numbers and times stay inside',
      'She arrived at 9.59 local time (14.59 GMT). Then she left.',
      ['She arrived at 9.59 local time (14.59 GMT).', 'Then she left.'],
    ],
    [
      'a web address stays inside',
      'He said so in a statement to Example.com. Nobody replied.',
      ['He said so in a statement to Example.com.', 'Nobody replied.'],
    ],
    ['surrounding spaces are trimmed', '  One sentence here.   Another one.  ', ['One sentence here.', 'Another one.']],
    ['empty text has no sentences', '   ', []],
  ])('sentences: %s', (_, text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('sentences: never cross a paragraph boundary, even without final punctuation', () => {
    const text = 'A headline without a stop\n\nThe body starts here. It goes on';
    const paragraphs = [
      { kind: 'headline' as const, start: 0, end: 25 },
      { kind: 'body' as const, start: 27, end: text.length },
    ];
    const sentences = sentenceSpans(text, paragraphs);
    expect(sentences.map((s) => [s.paragraphIndex, text.slice(s.start, s.end)])).toEqual([
      [0, 'A headline without a stop'],
      [1, 'The body starts here.'],
      [1, 'It goes on'],
    ]);
  });

  it('sentences: spans point at the right text in every seed article', () => {
    for (const file of readdirSync(SEEDS).filter((name) => name.endsWith('.txt'))) {
      const doc = analyseArticle({
        sourceFile: file,
        rawText: readFileSync(join(SEEDS, file), 'utf8'),
        publishedAt: new Date('2021-06-08'),
      });
      expectValidSentenceSpans(doc.text!, doc.paragraphs!, doc.sentences!);
    }
  });

  it('sentences: a 1 MB article is analysed in bounded time', () => {
    const paragraph = (i: number) =>
      `In item ${i}, Mr. Okafor told reporters in the U.S. capital that the bridge would cost $${i} million. “It is worth it,” he said.`;
    const raw = Array.from({ length: 8000 }, (_, i) => paragraph(i)).join('\n\n');
    expect(raw.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    const doc = analyseArticle({ sourceFile: 'big.txt', rawText: raw, publishedAt: new Date('2021-06-08') });
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(doc.sentences!.length).toBe(16_000);
    // The test's own bound, not vitest's 5 s default: these machines are shared.
  }, 20_000);

  it('sentences: the article stages are in a valid order', () => {
    expect(() => checkStageOrder(articleStages)).not.toThrow();
    expect(articleStages.map((stage) => stage.name).slice(0, 3)).toEqual(['clean', 'language', 'sentences']);
  });
});
