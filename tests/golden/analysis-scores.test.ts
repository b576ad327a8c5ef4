/**
 * The analysis measured against the hand-built golden set (seed-story.golden.ts):
 * speakers of the direct quotations, multi-outlet facts grouped, the April figures
 * flagged as a number divergence, the May and June meetings kept apart as events, and
 * pairs that look like conflicts but are not left unflagged. Figures are printed.
 */
import { describe, expect, it } from 'vitest';
import { foldAccents } from '@/pipeline/text/fold-accents';
import { goldenStories, scoreAlignment } from './golden-stories';
import { analyseSeedStory } from './seed-analysis';
import { type FileId, goldenNotDivergences, goldenPeople, goldenQuotes, speakerLabels } from './seed-story.golden';

const norm = (s: string) => s.replace(/[\u00a0\s]+/g, ' ').trim();
const words = (s: string) =>
  new Set(
    foldAccents(s)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [],
  );
function sameQuote(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)];
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / Math.min(x.size, y.size || 1) >= 0.9 || shared / (x.size + y.size - shared || 1) >= 0.6;
}

const { input, analysis, fileOf, articleOf } = analyseSeedStory();
const articleFor = (file: FileId) => input.articles[articleOf(file) - 1];
const claimsWith = (file: FileId, text: string) =>
  articleFor(file).claims.filter((claim) => norm(claim.text).includes(norm(text)) || norm(text).includes(norm(claim.text)));
const groupsOfClaim = (claimId: number) => analysis.groups.filter((group) => group.members.some((member) => member.claimId === claimId));

describe('analysis scored against the golden set', () => {
  it('golden: at least 90% of direct quotations of five words or more get the right speaker', () => {
    const people = new Map(input.people.map((person) => [person.key, person.name]));
    let found = 0;
    let right = 0;
    const wrong: string[] = [];
    for (const golden of goldenQuotes.filter((quote) => quote.words >= 5 && !quote.optional)) {
      const quote = articleFor(golden.file).quotes.find((q) => sameQuote(q.text, golden.text));
      if (!quote) continue;
      found++;
      const isLabel = (speakerLabels as readonly string[]).includes(golden.speaker);
      const goldenNames = [
        golden.speaker,
        golden.onBehalfOf ?? '',
        ...(goldenPeople.find((p) => p.name === golden.speaker)?.aliases ?? []),
      ];
      const name = quote.speakerKey ? people.get(quote.speakerKey)! : null;
      const ok = isLabel
        ? name === null || (golden.onBehalfOf !== undefined && [...words(name)].some((w) => words(golden.onBehalfOf!).has(w)))
        : name !== null && goldenNames.some((alias) => [...words(alias)].filter((w) => w.length > 2).some((w) => words(name).has(w)));
      if (ok) right++;
      else wrong.push(`${golden.file} ${golden.speaker} ≠ ${name ?? quote.speakerLabel ?? 'none'}: ${golden.text.slice(0, 50)}`);
    }
    console.log(`speakers: ${right}/${found} right (${((100 * right) / found).toFixed(1)}%)\n  ${wrong.join('\n  ')}`);
    expect(found).toBeGreaterThan(40);
    expect(right / found).toBeGreaterThanOrEqual(0.9);
  });

  // Issue 11's target is 70% of golden facts on confident rows at pair precision 0.9. Lexical
  // alignment reaches about 30% at the precision chosen (0.93 by reading the rows; 40% at
  // 0.8), see docs/decisions/006-fact-units-and-confidence.md. These floors guard the
  // measured level, and precision is guarded harder than recall: a wrong "Agreed" costs more
  // trust than a missing one.
  for (const golden of goldenStories()) {
    it(`golden (${golden.name}): a quarter or more of the facts two or more outlets report share a confident row`, () => {
      const scores = scoreAlignment(golden);
      console.log(
        `${golden.name}: ${scores.grouped}/${scores.facts} golden facts on confident rows, ${scores.possible} more on possible rows; missed ${scores.missed.join(', ')}`,
      );
      expect(scores.grouped / scores.facts).toBeGreaterThanOrEqual(0.25);
      expect((scores.grouped + scores.possible) / scores.facts).toBeGreaterThanOrEqual(0.35);
    });

    it(`golden (${golden.name}): no known different-fact pair shares a confident row, and few golden-labelled pairs on confident rows are different facts`, () => {
      const scores = scoreAlignment(golden);
      expect(scores.wronglyGrouped).toEqual([]);
      const { same, different } = scores.labelledPairs;
      console.log(`${golden.name}: labelled pairs on confident rows ${same} same fact, ${different} different`);
      expect(same / (same + different)).toBeGreaterThanOrEqual(0.9);
    });
  }

  it('golden: different facts that share words are never on one confident row (figures of different periods, the two meetings, a remark and an arrival)', () => {
    const together = (a: [FileId, string], b: [FileId, string]) => {
      const [x] = claimsWith(...a);
      const [y] = claimsWith(...b);
      return analysis.groups.some(
        (g) => g.status !== 'possible' && g.members.some((m) => m.claimId === x.id) && g.members.some((m) => m.claimId === y.id),
      );
    };
    // 000: "nearly 19,000 unaccompanied children in March"; 003: "more than 20,000 ... since January".
    expect(together(['000', 'nearly 19,000 unaccompanied children in March'], ['003', 'more than 20,000 unaccompanied children'])).toBe(
      false,
    );
    // 000: Harris's remark about neighbours on Monday night; 002: her landing in Mexico City that night.
    expect(together(['000', 'Other than Canada, we are the closest neighbors'], ['002', 'landed in Mexico City on Monday night'])).toBe(
      false,
    );
    // 003: the virtual talks of 7 May; 001: the meeting of Tuesday 8 June.
    expect(
      together(['003', 'during virtual immigration talks'], ['001', 'met with President Andres Manuel Lopez Obrador of Mexico on Tuesday']),
    ).toBe(false);
  });

  it('golden: a quotation several outlets carry is one row, not also a fact row of the sentences carrying it', () => {
    const quoteRows = analysis.groups.filter((g) => g.kind === 'quote');
    const quoted = input.articles.flatMap((a) => a.quotes).filter((q) => quoteRows.some((g) => g.members.some((m) => m.quoteId === q.id)));
    // A sentence that is nothing but such a quotation has no fact row of its own.
    let checked = 0;
    for (const quote of quoted.filter((q) => q.text.split(/\s+/).length >= 6)) {
      const claim = articleFor(fileOf(quote.articleId)).claims.find(
        (c) =>
          c.start <= quote.start &&
          c.end >= quote.end &&
          c.text.replace(/[“”"'‘’,.\s]/g, '').length <= quote.text.replace(/[“”"'‘’,.\s]/g, '').length + 2,
      );
      if (!claim) continue;
      checked++;
      expect(groupsOfClaim(claim.id)).toEqual([]);
    }
    // The seed story has such sentences (a whole-sentence quotation carried by two outlets): the loop checked some.
    expect(checked).toBeGreaterThan(0);
  });

  it('golden: the April border figures are flagged as a number divergence between the two outlets', () => {
    const [claim] = claimsWith('000', 'more than 170,000 encounters on the border in April');
    const group = groupsOfClaim(claim.id).find((g) => g.kind === 'fact')!;
    const divergence = group.divergences.find((d) => d.kind === 'number');
    expect(divergence?.detail).toMatch(/170,000/);
    expect(divergence?.detail).toMatch(/178,120/);
    expect(divergence!.memberIndexes.map((index) => fileOf(group.members[index].articleId)).sort()).toEqual(['000', '002']);
    expect(group.status).toBe('diverged');
  });

  it('golden: the May virtual meeting and the June meeting are separate dated events', () => {
    const may = analysis.events.find((event) => event.date === '2021-05-07' && event.sources.some((s) => fileOf(s.articleId) === '003'));
    const june = analysis.events.find(
      (event) => event.date === '2021-06-08' && new Set(event.sources.map((s) => fileOf(s.articleId))).size >= 2,
    );
    expect(may).toBeDefined();
    expect(june).toBeDefined();
    expect(may!.key).not.toBe(june!.key);
    expect(june!.sources.map((s) => fileOf(s.articleId))).not.toContain('003');
    const dates = analysis.events.map((event) => event.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('golden: pairs that look like conflicts but are not are not flagged as number or wording divergences', () => {
    const flagged: string[] = [];
    for (const pair of goldenNotDivergences) {
      const claimIds = pair.members.flatMap((member) => claimsWith(member.file, member.text).map((claim) => claim.id));
      const quoteIds = pair.members.flatMap((member) =>
        articleFor(member.file)
          .quotes.filter((q) => sameQuote(q.text, member.text))
          .map((q) => q.id),
      );
      for (const group of analysis.groups) {
        const involved = group.members.filter(
          (m) => (m.claimId && claimIds.includes(m.claimId)) || (m.quoteId && quoteIds.includes(m.quoteId)),
        );
        if (involved.length < 2) continue;
        for (const divergence of group.divergences.filter((d) => d.kind === 'number' || d.kind === 'wording' || d.kind === 'date')) {
          const indexes = divergence.memberIndexes.map((index) => group.members[index]);
          if (involved.filter((m) => indexes.includes(m)).length >= 2) flagged.push(`${pair.id}: ${divergence.kind} ${divergence.detail}`);
        }
      }
    }
    expect(flagged).toEqual([]);
  });
});
