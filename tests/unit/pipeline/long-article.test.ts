// The steps that were quadratic in article length, each on a small case of the behaviour it
// must keep and on a long input where the old form would take far too long.
import { describe, expect, it } from 'vitest';
import { buildLargeArticle, defaultLargeArticleFolders, readSentences } from '@/cli/bench/large-article';
import { scanQuoteMarks } from '@/pipeline/quotes/marks';
import type { Quote } from '@/pipeline/quotes/model';
import { analyseArticle } from '@/pipeline/stages';
import type { Person } from '@/pipeline/stages/people';
import { resolveSpeakers } from '@/pipeline/stages/speakers';

const publishedAt = new Date('2024-03-05');
const quotesOf = (rawText: string) => analyseArticle({ sourceFile: 'a.txt', rawText, publishedAt }).quotes as Quote[];

function quote(speakerLabel: string, start = 0): Quote {
  return {
    start,
    end: start + 5,
    text: 'words',
    speakerLabel,
    verb: 'said',
    kind: 'direct',
    confidence: 0.9,
    sentenceIndex: 0,
    isQuotation: true,
  };
}

describe('long articles', () => {
  it('quotes: a floating quote takes the speaker of the latest attributed quote before it', () => {
    const text = [
      'Harbour bridge approved',
      '"We have waited for this bridge for years," said Jo Grant.',
      '"It will open next spring and carry trains as well as cars."',
      '"The cost is too high for a town of this size," said Sam Reyes.',
      '"Nobody asked the people who live by the water what they think."',
    ].join('\n\n');
    expect(quotesOf(text).map((q) => q.speakerLabel)).toEqual(['Jo Grant', 'Jo Grant', 'Sam Reyes', 'Sam Reyes']);
  });

  it('quotes: a possessive inside a single-quoted quote does not close it, in a paragraph of any length', () => {
    expect(scanQuoteMarks("'The leaders' talks went well,' she said.").map((s) => [s.open, s.close, s.closed])).toEqual([[0, 30, true]]);
    const long = Array.from({ length: 4000 }, () => "the ministers' talks").join(' ');
    const started = performance.now();
    const spans = scanQuoteMarks(`'${long} ended,' she said.`);
    expect(spans).toHaveLength(1);
    expect(spans[0].closed).toBe(true);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it.each([
    ['Jane Doe', 'jane doe'],
    ['Finance Minister Jane Doe', 'jane doe'],
    ['Doe', 'jane doe'],
    ['Roe', null],
    ['Mr Smith', null],
  ])('speakers: the label "%s" matches a person by an alias it is or ends with', (label, expected) => {
    const people: Person[] = [
      { key: 'jane doe', name: 'Jane Doe', aliases: ['Jane Doe', 'Doe'] },
      { key: 'john roe', name: 'John Roe', aliases: ['John Roe', 'Roe'] },
      { key: 'ann roe', name: 'Ann Roe', aliases: ['Ann Roe', 'Roe'] },
    ];
    expect(resolveSpeakers('', [quote(label)], people, [])).toEqual([expected]);
  });

  it('people: a role noun goes to the holder named most recently', () => {
    const text = [
      'Two ministers meet',
      'Finance Minister Jane Doe met Trade Minister John Roe on Tuesday.',
      'Mr Roe spoke first. Then Ms Doe answered. The minister said the talks had gone well.',
    ].join('\n\n');
    const doc = analyseArticle({ sourceFile: 'a.txt', rawText: text, publishedAt });
    const role = (doc.mentions as { kind: string; personKey: string }[]).filter((m) => m.kind === 'role');
    expect(role.map((m) => m.personKey)).toEqual(['jane doe']);
  });

  it('long article: doubling the length of a varied article about doubles the analysis time', () => {
    const sentences = readSentences(defaultLargeArticleFolders());
    const time = (bytes: number) => {
      const rawText = buildLargeArticle(sentences, bytes);
      let best = Infinity;
      for (let round = 0; round < 2; round++) {
        const started = performance.now();
        analyseArticle({ sourceFile: 'long.txt', rawText, publishedAt });
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    time(20_000); // warm up
    const small = time(150_000);
    const large = time(300_000);
    // Linear growth gives 2; the quadratic steps gave 4 and more. Generous for noisy machines.
    expect(large / small).toBeLessThan(3.2);
  }, 120_000);
});
