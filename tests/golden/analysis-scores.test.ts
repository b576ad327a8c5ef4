/**
 * The analysis measured against the hand-built golden set (seed-story.golden.ts):
 * speakers of the direct quotations, multi-outlet facts grouped, the April figures
 * flagged as a number divergence, the May and June meetings kept apart as events, and
 * pairs that look like conflicts but are not left unflagged. Figures are printed.
 */
import { describe, expect, it } from 'vitest';
import { foldAccents } from '@/pipeline/text/fold-accents';
import { analyseSeedStory } from './seed-analysis';
import { goldenNotDivergences, goldenPeople, goldenQuotes, goldenSharedFacts, speakerLabels, type FileId } from './seed-story.golden';

const norm = (s: string) => s.replace(/[\u00a0\s]+/g, ' ').trim();
const words = (s: string) => new Set(foldAccents(s).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
function sameQuote(a: string, b: string): boolean {
  const [x, y] = [words(a), words(b)];
  const shared = [...x].filter((w) => y.has(w)).length;
  return shared / Math.min(x.size, y.size || 1) >= 0.9 || shared / (x.size + y.size - shared || 1) >= 0.6;
}

const { input, analysis, fileOf, articleOf } = analyseSeedStory();
const articleFor = (file: FileId) => input.articles[articleOf(file) - 1];
const claimsWith = (file: FileId, text: string) => articleFor(file).claims.filter((claim) => norm(claim.text).includes(norm(text)) || norm(text).includes(norm(claim.text)));
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
      const goldenNames = [golden.speaker, golden.onBehalfOf ?? '', ...(goldenPeople.find((p) => p.name === golden.speaker)?.aliases ?? [])];
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

  // The product target is "most"; lexical alignment reaches about a third on this golden set,
  // whose facts are mostly paraphrases inside long multi-fact sentences (see the README of
  // tests/golden). This floor guards the measured level against regressions.
  it('golden: a third or more of the facts reported by two or more outlets are grouped', () => {
    let grouped = 0;
    let complete = 0;
    const missed: string[] = [];
    const facts = goldenSharedFacts.filter((fact) => new Set(fact.sources.map((s) => s.file)).size >= 2);
    for (const fact of facts) {
      const groupFiles = new Map<string, Set<FileId>>();
      for (const source of fact.sources) {
        for (const claim of claimsWith(source.file, source.text)) {
          for (const group of groupsOfClaim(claim.id)) {
            groupFiles.set(group.key, (groupFiles.get(group.key) ?? new Set()).add(source.file));
          }
        }
      }
      const best = Math.max(0, ...[...groupFiles.values()].map((files) => files.size));
      if (best >= 2) grouped++;
      else missed.push(fact.id);
      if (best === new Set(fact.sources.map((s) => s.file)).size) complete++;
    }
    console.log(`shared facts: ${grouped}/${facts.length} grouped (two or more of their outlets in one group), ${complete} with every outlet; missed: ${missed.join(', ')}`);
    expect(grouped / facts.length).toBeGreaterThanOrEqual(0.3);
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
      const quoteIds = pair.members.flatMap((member) => articleFor(member.file).quotes.filter((q) => sameQuote(q.text, member.text)).map((q) => q.id));
      for (const group of analysis.groups) {
        const involved = group.members.filter((m) => (m.claimId && claimIds.includes(m.claimId)) || (m.quoteId && quoteIds.includes(m.quoteId)));
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
