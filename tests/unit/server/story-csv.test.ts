import { describe, expect, it } from 'vitest';
import type { StoryAnalysisDto } from '@/server/data/stories/get-story-analysis';
import { neutraliseFormula } from '@/server/export/csv-cell';
import { claimsCsv, quotesCsv } from '@/server/export/story-csv';

// A hand-built story whose outlet, article and speaker texts start like spreadsheet formulas.
const outlet = { slug: 'sum-outlet', name: '=SUM(A1:A9)' };
const dto = {
  story: { id: 1, slug: 's', title: 'S', revision: 1, analysed: true },
  outlets: [outlet],
  articles: [
    {
      id: 1,
      sourceFile: 'a.txt',
      outlet,
      headline: 'H',
      publishedAt: '2021-06-08T12:00:00.000Z',
      url: null,
      language: 'en',
      wordCount: 9,
      familyKey: null,
      skippedStages: [],
    },
  ],
  people: [{ id: 1, key: 'p', name: '@HYPERLINK("http://evil.example")', role: null, aliases: [] }],
  quotes: [
    {
      id: 1,
      articleId: 1,
      sentenceId: 1,
      text: "+cmd|' /C calc'!A0",
      speakerId: 1,
      speakerLabel: '-2+3',
      verb: 'said',
      kind: 'direct',
      confidence: 1,
    },
  ],
  groups: [
    {
      id: 1,
      key: 'g1',
      kind: 'fact',
      status: 'single',
      label: '\tlabel with a tab',
      score: 1,
      members: [{ id: 1, articleId: 1, claimId: 1, quoteId: null, sentenceId: 1, text: '\r=1+1', similarity: 1 }],
      divergences: [],
    },
  ],
  events: [],
  framing: [],
  mentionCounts: [],
  annotations: [],
} satisfies StoryAnalysisDto;

/** The rows of an RFC 4180 CSV (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i += 1) {
    const char = csv[i];
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
    } else cell += char;
  }
  return rows;
}
const formulaCells = (csv: string) =>
  parseCsv(csv)
    .flat()
    .filter((cell) => /^[=+\-@\t\r]/.test(cell));

describe('story-csv', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['plain text', 'plain text'],
    ['a = b', 'a = b'],
    ['', ''],
  ])('story-csv: the cell %j is written as %j', (cell, expected) => {
    expect(neutraliseFormula(cell)).toBe(expected);
  });

  it('story-csv: outlet names in the claims header and article text in its cells cannot start a formula', () => {
    const [header, row] = parseCsv(claimsCsv(dto));
    expect(header.slice(6)).toEqual(["'=SUM(A1:A9)", "'=SUM(A1:A9) (text)"]);
    expect(row).toEqual(['g1', 'fact', 'single', "'\tlabel with a tab", 1, '', 'reported', "'\r=1+1"].map(String));
    expect(formulaCells(claimsCsv(dto))).toEqual([]);
  });

  it('story-csv: quotes, speakers and outlets cannot start a formula; numbers stay numbers', () => {
    const [, row] = parseCsv(quotesCsv(dto));
    expect(row).toEqual([
      '1',
      '1',
      "'=SUM(A1:A9)",
      '2021-06-08',
      `'@HYPERLINK("http://evil.example")`,
      "'-2+3",
      'direct',
      'said',
      "'+cmd|' /C calc'!A0",
      '',
      "'=SUM(A1:A9)",
    ]);
    expect(formulaCells(quotesCsv(dto))).toEqual([]);
  });

  it("story-csv: claim rows come in the overview grid's default order: most outlets first, then by label", () => {
    const second = { slug: 'herald', name: 'Herald' };
    const member = (id: number, articleId: number) => ({
      id,
      articleId,
      claimId: id,
      quoteId: null,
      sentenceId: id,
      text: `t${id}`,
      similarity: 1,
    });
    const group = (id: number, key: string, label: string, articleIds: number[]) => ({
      id,
      key,
      kind: 'fact' as const,
      status: articleIds.length > 1 ? ('agreed' as const) : ('single' as const),
      label,
      score: 1,
      members: articleIds.map((articleId, index) => member(id * 10 + index, articleId)),
      divergences: [],
    });
    const story = {
      ...dto,
      outlets: [outlet, second],
      articles: [...dto.articles, { ...dto.articles[0], id: 2, sourceFile: 'b.txt', outlet: second }],
      // Stored in hash-like key order: the single-outlet rows first.
      groups: [
        group(1, '0a1', 'Zebra crossing', [1]),
        group(2, '1b2', 'Bridge opens', [1, 2]),
        group(3, '2c3', 'Anchor dropped', [2]),
        group(4, '3d4', 'Approved', [1, 2]),
      ],
    } satisfies StoryAnalysisDto;
    const labels = parseCsv(claimsCsv(story))
      .slice(1)
      .filter((row) => row.length > 1)
      .map((row) => row[3]);
    expect(labels).toEqual(['Approved', 'Bridge opens', 'Anchor dropped', 'Zebra crossing']);
  });
});
