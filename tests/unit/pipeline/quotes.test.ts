import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStages } from '@/pipeline/run-pipeline';
import { cleanStage } from '@/pipeline/stages/clean';
import { type Quote, quotesStage, scanQuoteMarks } from '@/pipeline/stages/quotes';
import { sentencesStage } from '@/pipeline/stages/sentences';
import { foldAccents } from '@/pipeline/text/fold-accents';
import { type FileId, goldenFiles, goldenNonQuotes, goldenQuotes } from '../../golden/seed-story.golden';

const SEEDS = join(__dirname, '../../../seeds');
const HEADLINE = 'City council approves the new river bridge plan';

function quotesOf(rawText: string, sourceFile = 'test.txt'): { text: string; quotes: Quote[] } {
  const doc = runStages([cleanStage, sentencesStage, quotesStage], { sourceFile, rawText, publishedAt: new Date('2024-03-05') });
  return { text: doc.text ?? '', quotes: doc.quotes as Quote[] };
}

/** A small article: a headline, then the given body paragraphs. */
const article = (...paragraphs: string[]) => quotesOf([HEADLINE, ...paragraphs].join('\n\n'));
const brief = (q: Quote) => ({ text: q.text, speaker: q.speakerLabel, kind: q.kind, isQuotation: q.isQuotation });

describe('quotes', () => {
  it.each([
    [
      'straight double marks',
      'The plan will cost less than expected. "We will open the bridge next spring," Mayor Dana Okafor said on Monday.',
      'We will open the bridge next spring,',
      'Mayor Dana Okafor',
    ],
    [
      'curly double marks',
      'The plan will cost less than expected. “We will open the bridge next spring,” said the mayor at a meeting.',
      'We will open the bridge next spring,',
      'the mayor',
    ],
    [
      'single curly marks',
      'The plan will cost less than expected. ‘We will open the bridge next spring,’ the mayor told reporters.',
      'We will open the bridge next spring,',
      'the mayor',
    ],
    [
      'single straight marks',
      "The plan will cost less than expected. 'We will open the bridge next spring,' she said.",
      'We will open the bridge next spring,',
      'she',
    ],
    [
      'curly opening, straight closing',
      'The plan will cost less than expected. Okafor said, “We will open the bridge next spring. It will carry trams."',
      'We will open the bridge next spring. It will carry trams.',
      'Okafor',
    ],
    [
      'apostrophes inside a single-quoted quote',
      "The plan will cost less than expected. 'We can't wait, and the builders' crews are ready,' Okafor said.",
      "We can't wait, and the builders' crews are ready,",
      'Okafor',
    ],
    [
      'attribution before with a colon',
      'The engineer Sam Reyes warned: "The old bridge will not last another winter."',
      'The old bridge will not last another winter.',
      'Sam Reyes',
    ],
    [
      'attribution with "said that"',
      'Reyes said that "the old bridge will not last another winter" without repairs.',
      'the old bridge will not last another winter',
      'Reyes',
    ],
    [
      'a title before the name after the verb',
      'The patient is stable. "The surgery went well," said Dr. Jane Doe, a surgeon at the clinic.',
      'The surgery went well,',
      'Dr. Jane Doe',
    ],
    [
      'British style: single marks, "said Ms X" without a full stop',
      'The patient is stable. ‘The surgery went well,’ said Ms Doe, a surgeon at the clinic.',
      'The surgery went well,',
      'Ms Doe',
    ],
    [
      'a name in apposition to a role noun',
      'The fire is out. “We did everything we could,” the fire chief, Maria Lopes, told reporters.',
      'We did everything we could,',
      'Maria Lopes',
    ],
    [
      'an age in apposition',
      'The patient is stable. "The surgery went well and she is recovering," Doe, 54, said.',
      'The surgery went well and she is recovering,',
      'Doe',
    ],
    [
      'the person told is not the speaker',
      'The mayor has not visited the site, answering critics by telling Sam Reyes, “I have read every report.”',
      'I have read every report.',
      'The mayor',
    ],
    [
      'the person asked is not the speaker',
      'Okafor, pressed on the cost, replied by asking Jane Doe, “Who will pay for the old one?”',
      'Who will pay for the old one?',
      'Okafor',
    ],
  ])('quotes: %s', (_, body, expectedText, expectedSpeaker) => {
    const { text, quotes } = article(body);
    const quote = quotes.find((q) => q.text === expectedText);
    expect(quote, JSON.stringify(quotes.map(brief))).toBeDefined();
    expect(quote!.speakerLabel).toBe(expectedSpeaker);
    expect(text.slice(quote!.start, quote!.end)).toBe(quote!.text);
    expect(quote!.isQuotation).toBe(true);
  });

  it('quotes: a quote interrupted by its attribution keeps one speaker and kind', () => {
    const { quotes } = article('“I am not going,” he said, “and nobody can make me.”');
    expect(quotes.map(brief)).toEqual([
      { text: 'I am not going,', speaker: 'he', kind: 'direct', isQuotation: true },
      { text: 'and nobody can make me.', speaker: 'he', kind: 'direct', isQuotation: true },
    ]);
  });

  it('quotes: an elided year is an apostrophe, not an opening mark', () => {
    const { quotes } = article("Bridges built in the '90s need repairs, and 'the work cannot wait,' Reyes said.");
    expect(quotes.map((q) => [q.text, q.speakerLabel])).toEqual([['the work cannot wait,', 'Reyes']]);
  });

  it('quotes: a possessive next to a single-quoted word is not a quote mark', () => {
    const { quotes } = article("Critics said the councils' plans were 'reckless', and the mayor's office disagreed.");
    expect(quotes.map((q) => q.text)).toEqual(['reckless']);
    expect(scanQuoteMarks("Okafor' remarks").length).toBe(0);
  });

  it('quotes: a quote running across paragraphs continues with the same speaker', () => {
    const { quotes } = article(
      'The mayor spoke for an hour on Tuesday evening.',
      '"The bridge will change how this city moves. Trams will cross it every five minutes," Okafor said. "Cyclists will have their own lane.',
      '"And the old ferry will become a museum for the river."',
    );
    const last = quotes.find((q) => q.text.startsWith('And the old ferry'));
    expect(last).toMatchObject({ speakerLabel: 'Okafor', kind: 'direct', isQuotation: true });
    const unclosed = quotes.find((q) => q.text.startsWith('Cyclists'));
    expect(unclosed).toMatchObject({ text: 'Cyclists will have their own lane.', speakerLabel: 'Okafor' });
  });

  it('quotes: an unclosed quote ends at the paragraph end with lower confidence', () => {
    const { quotes } = article(
      'The mayor spoke for an hour on Tuesday evening.',
      'Okafor said: "The bridge will open in the spring and trams will follow soon after.',
      'The council will vote next week.',
    );
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({
      text: 'The bridge will open in the spring and trams will follow soon after.',
      speakerLabel: 'Okafor',
    });
    expect(quotes[0].confidence).toBeLessThan(0.9);
  });

  it('quotes: transcript labels become transcript quotes', () => {
    const { quotes } = article(
      'The mayor answered questions after the vote on Tuesday.',
      'Reporter: “When will the bridge open to the public?”',
      'Interpreter: “The bridge will open in the spring. The trams will follow.”',
    );
    expect(quotes.map(brief)).toEqual([
      { text: 'When will the bridge open to the public?', speaker: 'Reporter', kind: 'transcript', isQuotation: true },
      { text: 'The bridge will open in the spring. The trams will follow.', speaker: 'Interpreter', kind: 'transcript', isQuotation: true },
    ]);
  });

  it('quotes: a floating quote inherits the previous speaker', () => {
    const { quotes } = article(
      '"We have waited twenty years for this bridge," Okafor told reporters on Tuesday.',
      '"It will connect the two halves of the city at last, and everyone will benefit from it."',
    );
    expect(quotes).toHaveLength(2);
    expect(quotes[1]).toMatchObject({ speakerLabel: 'Okafor', isQuotation: true, kind: 'direct' });
    expect(quotes[1].confidence).toBeLessThan(quotes[0].confidence);
  });

  it('quotes: scare quotes and titles are kept apart from quotations', () => {
    const { quotes } = article('The so-called "mega bridge" is part of the "Rivers First" programme that the council adopted last year.');
    expect(quotes.map((q) => [q.text, q.isQuotation])).toEqual([
      ['mega bridge', false],
      ['Rivers First', false],
    ]);
  });

  it('quotes: a so-called label is not a quotation, even in a sentence with a verb of saying', () => {
    const { quotes } = article(
      'The mayor said the so-called "bridge tax" would be dropped, and the council called it "a welcome step for drivers".',
    );
    expect(quotes.map((q) => [q.text, q.isQuotation])).toEqual([
      ['bridge tax', false],
      ['a welcome step for drivers', true],
    ]);
  });

  it('quotes: an unnamed source keeps the whole noun phrase as its label', () => {
    const { quotes } = article('"We are sorry for the delay," a spokesperson for the council said on Monday.');
    expect(quotes[0]).toMatchObject({ speakerLabel: 'a spokesperson for the council', isQuotation: true });
  });

  it('quotes: a title-case name label among interview turns is a transcript speaker', () => {
    const { quotes } = article(
      'The mayor spoke to us after the vote on Tuesday.',
      'Q: When will the bridge open?',
      'Okafor: In the spring, if the weather allows.',
      'Q: And the trams?',
      'Okafor: They will follow a year later.',
    );
    expect(quotes.map(brief)).toEqual([
      { text: 'When will the bridge open?', speaker: 'Q', kind: 'transcript', isQuotation: true },
      { text: 'In the spring, if the weather allows.', speaker: 'Okafor', kind: 'transcript', isQuotation: true },
      { text: 'And the trams?', speaker: 'Q', kind: 'transcript', isQuotation: true },
      { text: 'They will follow a year later.', speaker: 'Okafor', kind: 'transcript', isQuotation: true },
    ]);
  });

  it('quotes: a lone title-case label is not a transcript turn', () => {
    const { quotes } = article(
      'The mayor spoke for an hour on Tuesday evening.',
      'Update: The council will vote again next week.',
      'Officials said little.',
    );
    expect(quotes).toEqual([]);
  });

  it('quotes: "according to" attributes to the named source', () => {
    const { quotes } = article('The bridge will face "some serious delays in the first year," according to city engineer Sam Reyes.');
    expect(quotes[0]).toMatchObject({ speakerLabel: 'city engineer Sam Reyes', kind: 'according-to', isQuotation: true });
  });

  it('quotes: a person named after a quotation who reacts to it ("described the statement as") is not its speaker', () => {
    const { quotes } = article(
      'After the mayor told residents near the river, "stay away from the water," Councillor Sam Reyes described the statement as "alarming."',
    );
    const warning = quotes.find((q) => q.text.startsWith('stay away'));
    expect(warning?.speakerLabel).toBe('the mayor');
  });

  it("quotes: a fragment inside the writer's sentence is partial", () => {
    const { quotes } = article('Okafor called the plan "a historic step for the whole region" before the vote.');
    expect(quotes[0]).toMatchObject({ kind: 'partial', speakerLabel: 'Okafor', isQuotation: true });
  });
});

// ----- measurement over the five seed articles -----

const tokens = (s: string) =>
  new Set(
    foldAccents(s)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );
const sharedCount = (x: Set<string>, y: Set<string>) => [...x].filter((t) => y.has(t)).length;
function jaccard(a: string, b: string): number {
  const [x, y] = [tokens(a), tokens(b)];
  const shared = sharedCount(x, y);
  return shared / (x.size + y.size - shared || 1);
}
/** Same quote: normalised-token Jaccard ≥ 0.6, or one almost wholly contained in the other. */
function overlaps(a: string, b: string): boolean {
  const [x, y] = [tokens(a), tokens(b)];
  if (x.size === 0 || y.size === 0) return false;
  return jaccard(a, b) >= 0.6 || sharedCount(x, y) / Math.min(x.size, y.size) >= 0.9;
}

describe('quotes: measured on the seed articles', () => {
  it('quotes: recall and precision against the golden quotes', () => {
    let wanted = 0;
    let recalled = 0;
    let extracted = 0;
    let correct = 0;
    let named = 0;
    let namedRight = 0;
    const missed: string[] = [];
    const wrong: string[] = [];
    const wrongSpeaker: string[] = [];
    let exact = 0;
    let kindRight = 0;
    for (const [file, meta] of Object.entries(goldenFiles) as [FileId, { sourceFile: string }][]) {
      const { quotes } = quotesOf(readFileSync(join(SEEDS, meta.sourceFile), 'utf8'), meta.sourceFile);
      const golden = goldenQuotes.filter((g) => g.file === file);
      const quotations = quotes.filter((q) => q.isQuotation);
      for (const g of golden.filter((g) => g.words >= 5 && !g.optional)) {
        wanted++;
        if (quotations.some((q) => overlaps(q.text, g.text))) recalled++;
        if (quotations.some((q) => q.text === g.text)) exact++;
        else missed.push(`${file}: ${g.text}`);
      }
      for (const non of goldenNonQuotes.filter((n) => n.file === file)) {
        expect(
          quotations.map((q) => q.text),
          non.why,
        ).not.toContain(non.text);
      }
      for (const q of quotations) {
        extracted++;
        const match = golden.filter((g) => overlaps(q.text, g.text)).sort((a, b) => jaccard(q.text, b.text) - jaccard(q.text, a.text))[0];
        if (match) correct++;
        if (match) kindRight += Number((q.kind === 'according-to' ? 'partial' : q.kind) === match.kind);
        else wrong.push(`${file}: ${q.text}`);
        // Speaker labels that are names (not pronouns or role nouns): does the name fit?
        if (match && q.speakerLabel && /^\p{Lu}/u.test(q.speakerLabel) && !/^(?:He|She|They|The|His|Her)\b/.test(q.speakerLabel)) {
          named++;
          if ([...tokens(q.speakerLabel)].some((t) => tokens(match.speaker).has(t))) namedRight++;
          else wrongSpeaker.push(`${file}: ${q.speakerLabel} ≠ ${match.speaker}: ${q.text.slice(0, 50)}`);
        }
      }
    }
    const recall = recalled / wanted;
    const precision = correct / extracted;
    console.log(
      `quotes: recall ${recalled}/${wanted} = ${recall.toFixed(3)}; precision ${correct}/${extracted} = ${precision.toFixed(3)}; exact text ${exact}/${wanted}; named speaker labels fitting ${namedRight}/${named}; kind agrees ${kindRight}/${correct}`,
    );
    if (missed.length) console.log(`missed:\n${missed.join('\n')}`);
    if (wrong.length) console.log(`unmatched:\n${wrong.join('\n')}`);
    if (wrongSpeaker.length) console.log(`speaker labels that do not fit:\n${wrongSpeaker.join('\n')}`);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.85);
  });
});
