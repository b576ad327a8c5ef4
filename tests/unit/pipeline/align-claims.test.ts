import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type AlignableClaim, alignClaims, datesConflict, figureBonus } from '@/pipeline/cross-article/align-claims';
import { anchorsDuration } from '@/pipeline/cross-article/unit-similarity';
import { analyseArticle } from '@/pipeline/stages';
import type { Claim } from '@/pipeline/stages/claims';
import { parsePublishedAt } from '@/server/services/import/manifest';

function claim(articleId: number, text: string, extra: Partial<AlignableClaim> = {}): AlignableClaim {
  return { articleId, text, personKeys: [], quantities: [], dates: [], ...extra };
}

describe('align-claims', () => {
  it('align-claims: groups the same fact worded differently by two articles, and leaves unrelated claims single', () => {
    const claims = [
      claim(1, 'The council approved the new harbour bridge budget after a long debate.'),
      claim(2, 'After a lengthy debate the council approved the budget for the harbour bridge.'),
      claim(1, 'Fishermen protested outside the town hall.'),
      claim(2, 'The mayor will travel abroad next month.'),
    ];
    const groups = alignClaims(claims);
    expect(groups.find((g) => g.members.includes(0))?.members).toEqual([0, 1]);
    expect(
      groups
        .filter((g) => g.members.length === 1)
        .map((g) => g.members[0])
        .sort(),
    ).toEqual([2, 3]);
  });

  it('align-claims: a group never holds two claims of one article', () => {
    const claims = [
      claim(1, 'The council approved the harbour bridge budget.'),
      claim(1, 'The council approved the harbour bridge budget on appeal.'),
      claim(2, 'The council approved the harbour bridge budget.'),
    ];
    for (const group of alignClaims(claims)) {
      const articles = group.members.map((m) => claims[m].articleId);
      expect(new Set(articles).size).toBe(articles.length);
    }
  });

  it('align-claims: the same large figure at different precision counts as evidence; small numbers do not', () => {
    const a = claim(1, 'x', { quantities: [{ value: 170000, unit: 'arrests', kind: 'count' }] });
    const b = claim(2, 'y', { quantities: [{ value: 178120, unit: 'people', kind: 'count' }] });
    const c = claim(3, 'z', { quantities: [{ value: 250000, unit: 'arrests', kind: 'count' }] });
    expect(figureBonus(a, b)).toBeGreaterThan(0.2);
    expect(figureBonus(a, c)).toBe(0);
    expect(
      figureBonus(
        claim(1, 'x', { quantities: [{ value: 3, unit: 'days', kind: 'count' }] }),
        claim(2, 'y', { quantities: [{ value: 3, unit: 'days', kind: 'count' }] }),
      ),
    ).toBe(0);
  });

  it('align-claims: a date dates only its own clause: different days or months apart are different events, undated clauses are not gated', () => {
    const may = claim(1, 'a', { dates: [{ date: '2021-05-07', precision: 'day' }] });
    const june = claim(2, 'b', { dates: [{ date: '2021-06-08', precision: 'day' }] });
    const juneMonth = claim(3, 'c', { dates: [{ date: '2021-06', precision: 'month' }] });
    const undated = claim(4, 'd', { referenceDate: '2021-06-09' });
    expect(datesConflict(may, june)).toBe(true);
    expect(datesConflict(may, juneMonth)).toBe(true);
    expect(datesConflict(june, juneMonth)).toBe(false);
    // An undated clause is not held to its article's date: a background fact can be shared across weeks.
    expect(datesConflict(may, undated)).toBe(false);
    expect(datesConflict(claim(5, 'e'), claim(6, 'f'))).toBe(false);
  });

  it('align-claims: a sentence that states two facts joins the row of each', () => {
    const claims = [
      claim(
        1,
        'The council approved the harbour bridge budget on Monday, and the mayor resigned after a corruption inquiry into the port contracts.',
      ),
      claim(2, 'Councillors approved the budget for the harbour bridge.'),
      claim(3, 'The mayor resigned after a corruption inquiry into port contracts.'),
    ];
    const groups = alignClaims(claims);
    const rowsOf = (index: number) => groups.filter((g) => g.members.includes(index) && g.members.length > 1);
    expect(
      rowsOf(0)
        .map((g) => g.members)
        .sort(),
    ).toEqual([
      [0, 1],
      [0, 2],
    ]);
    expect(rowsOf(0).every((g) => g.confidence === 'confident')).toBe(true);
  });

  it('align-claims: an undated clause against a dated one weeks away is only possibly the same fact', () => {
    const claims = [
      claim(1, 'The two leaders held talks on migration and trade at the palace.', {
        dates: [{ date: '2021-05-07', precision: 'day' }],
        referenceDate: '2021-05-08',
      }),
      claim(2, 'The two leaders held talks on migration and trade at the palace.', { referenceDate: '2021-06-08' }),
    ];
    const [row] = alignClaims(claims).filter((g) => g.members.length > 1);
    expect(row.members).toEqual([0, 1]);
    expect(row.confidence).toBe('possible');
  });

  it('align-claims: figures that cannot both be true, dated differently, are never one confident fact', () => {
    const claims = [
      claim(1, 'Border agents stopped 20,000 unaccompanied children since January.', {
        quantities: [{ value: 20000, unit: 'children', kind: 'count' }],
        dates: [{ date: '2021-01', precision: 'month' }],
      }),
      claim(2, 'Border agents stopped 19,000 unaccompanied children in March.', {
        quantities: [{ value: 19000, unit: 'children', kind: 'count' }],
        dates: [{ date: '2021-03', precision: 'month' }],
      }),
    ];
    expect(alignClaims(claims).every((g) => g.members.length === 1 || g.confidence === 'possible')).toBe(true);
  });

  it('align-claims: two exact figures a few percent apart for the same month are one count reported differently, on one confident row', () => {
    // Two wire rewrites and a third outlet: the closest pair must not keep the third out of the row.
    const claims = [
      claim(1, 'Customs and Border Protection said agents detained 178,120 migrants at the southern border in April.', {
        quantities: [{ value: 178120, unit: 'migrants', kind: 'count' }],
        dates: [{ date: '2021-04', precision: 'month' }],
      }),
      claim(2, 'According to Customs and Border Protection, 180,034 migrants were encountered at the border in April.', {
        quantities: [{ value: 180034, unit: 'migrants', kind: 'count' }],
        dates: [{ date: '2021-04', precision: 'month' }],
      }),
      claim(3, 'Customs and Border Protection recorded more than 170,000 encounters at the border in April.', {
        quantities: [{ value: 170000, unit: 'encounters', kind: 'count', qualifier: 'more than' }],
        dates: [{ date: '2021-04', precision: 'month' }],
      }),
      claim(1, 'The governor opened a new bridge over the river on Saturday.'),
      claim(2, 'Farmers in the valley expect a late harvest this year.'),
    ];
    const row = alignClaims(claims).find((g) => g.members.includes(0))!;
    expect(row.members).toEqual([0, 1, 2]);
    expect(row.confidence).toBe('confident');
    // Far apart (178,120 against 120,000) the figures count different things: never one confident row.
    const far = alignClaims([claims[0], { ...claims[1], quantities: [{ value: 120000, unit: 'migrants', kind: 'count' }] }]);
    expect(far.every((g) => g.members.length === 1 || g.confidence === 'possible')).toBe(true);
  });

  it('align-claims: a date that only bounds a period ("since January") gates no event, but still dates the figures it bounds', () => {
    expect(anchorsDuration('her first trip abroad since taking office in ')).toBe(true);
    expect(anchorsDuration('more than 20,000 children have crossed since ')).toBe(true);
    expect(anchorsDuration('the programme runs until ')).toBe(true);
    expect(anchorsDuration('the two leaders met in ')).toBe(false);
    expect(anchorsDuration('Since the vote, the leaders met on ')).toBe(false);

    const spanned = (articleId: number, text: string, dates: { word: string; date: string; precision: 'day' | 'month' }[], extra = {}) =>
      claim(articleId, text, {
        start: 0,
        end: text.length,
        dates: dates.map((d) => ({
          date: d.date,
          precision: d.precision,
          start: text.indexOf(d.word),
          end: text.indexOf(d.word) + d.word.length,
        })),
        ...extra,
      });
    // One fact: the trip is the first since January; the January date does not make it a January event.
    const trip = [
      spanned(1, 'The visit was the minister’s first foreign trip since taking office in January.', [
        { word: 'January', date: '2021-01', precision: 'month' },
      ]),
      spanned(2, 'The visit on Tuesday was the minister’s first foreign trip since taking office.', [
        { word: 'Tuesday', date: '2021-06-08', precision: 'day' },
      ]),
      // Other sentences of the two articles, so that rarity means something.
      claim(1, 'Farmers blocked the northern highway with tractors.'),
      claim(2, 'The central bank left interest rates unchanged.'),
      claim(1, 'Heavy rain flooded several coastal villages.'),
    ];
    const [row] = alignClaims(trip).filter((g) => g.members.length > 1);
    expect(row?.members).toEqual([0, 1]);
    expect(row?.confidence).toBe('confident');

    // Two periods: "since January" and "in March" count different spans, so the clashing figures are never one confident fact.
    const figures = [
      spanned(
        1,
        'Border agents stopped 20,000 unaccompanied children since January.',
        [{ word: 'January', date: '2021-01', precision: 'month' }],
        {
          quantities: [{ value: 20000, unit: 'children', kind: 'count' }],
        },
      ),
      spanned(
        2,
        'Border agents stopped 19,000 unaccompanied children in March.',
        [{ word: 'March', date: '2021-03', precision: 'month' }],
        {
          quantities: [{ value: 19000, unit: 'children', kind: 'count' }],
        },
      ),
    ];
    expect(alignClaims(figures).every((g) => g.members.length === 1 || g.confidence === 'possible')).toBe(true);
  });

  it('align-claims: two clauses that share one word and no person are not related at all, not even possibly', () => {
    const claims = [
      claim(1, '“Do not come,” the mayor said.'),
      claim(2, 'The mayor warned of floods coming down the valley.'),
      claim(1, 'The harbour bridge reopened after repairs.'),
      claim(2, 'The harbour bridge reopened after its repairs.'),
    ];
    const rows = alignClaims(claims).filter((g) => g.members.length > 1);
    expect(rows.map((row) => row.members)).toEqual([[2, 3]]);
  });

  it('align-claims: one shared word with the same figure at another precision is one fact', () => {
    const claims = [
      claim(1, 'A record 41,372 visitors came to the harbour festival.', {
        quantities: [{ value: 41372, unit: 'visitors', kind: 'count' }],
      }),
      claim(2, 'About 40,000 people attended the esplanade festival.', { quantities: [{ value: 40000, unit: 'people', kind: 'count' }] }),
      claim(1, 'Farmers blocked the southern highway with tractors.'),
      claim(2, 'The central bank left interest rates unchanged.'),
    ];
    expect(alignClaims(claims).find((g) => g.members.includes(0))?.members).toEqual([0, 1]);
  });

  it('align-claims: a piece of a clause that only mentions what another sentence reports is at most possibly the same fact', () => {
    const claims = [
      claim(1, 'The council approved the flood plan on Monday, as well as new homes for families from three northern provinces.'),
      claim(2, 'Families from three northern provinces moved into new homes built by the army.'),
      claim(1, 'Farmers blocked the southern highway with tractors.'),
      claim(2, 'The central bank left interest rates unchanged.'),
    ];
    const rows = alignClaims(claims).filter((g) => g.members.length > 1);
    expect(rows.map((row) => [row.members, row.confidence])).toEqual([[[0, 1], 'possible']]);
  });

  it('align-claims: a quotation aligned on its own is left out of the sentence, so the utterance is not also a fact row', () => {
    const text = '"We will rebuild every school destroyed by the floods," the minister said.';
    const quotation = { start: 1, end: text.indexOf(',"') };
    const claims = [
      claim(1, text, { start: 0, end: text.length, quotations: [quotation] }),
      claim(2, 'The minister promised to rebuild every school destroyed by the floods.'),
    ];
    // What is left of the first sentence ("the minister said") states no fact of its own.
    expect(alignClaims(claims).some((g) => g.members.includes(0))).toBe(false);
  });

  it('align-claims: on the seed story, the April border figures are one fact and the May talks stay apart from the June meeting', () => {
    const manifest = JSON.parse(readFileSync('seeds/manifest.json', 'utf8')) as { articles: { file: string; publishedAt: string }[] };
    const claims: (AlignableClaim & { file: string })[] = [];
    manifest.articles.forEach((entry, articleId) => {
      const publishedAt = parsePublishedAt(entry.publishedAt)!;
      const doc = analyseArticle({ sourceFile: entry.file, rawText: readFileSync(`seeds/${entry.file}`, 'utf8'), publishedAt });
      for (const c of doc.claims as Claim[]) {
        claims.push({ ...c, articleId, file: entry.file.slice(0, 3), referenceDate: entry.publishedAt.slice(0, 10) });
      }
    });
    const groups = alignClaims(claims);
    const groupOf = (file: string, words: string) =>
      groups.find((g) => g.members.some((m) => claims[m].file === file && claims[m].text.includes(words)));
    // 000: "more than 170,000 encounters on the border in April"; 002: "178,120 illegal immigrants were detained last April".
    const april = groupOf('000', '170,000 encounters');
    expect(april?.members.map((m) => claims[m].file)).toContain('002');
    expect(april?.members.some((m) => claims[m].text.includes('178,120'))).toBe(true);
    // 003 reports the virtual talks of 7 May; 001 the meeting of Tuesday 8 June.
    const june = groupOf('001', 'met with President Andres Manuel Lopez Obrador of Mexico on Tuesday');
    expect(june?.members.map((m) => claims[m].file)).not.toContain('003');
    expect(june?.members.length).toBeGreaterThanOrEqual(2);
  });
});
