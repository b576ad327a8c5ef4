// The two hand-read golden stories in one shape, for the alignment scores: each story's
// analysis, its shared facts (sources by file and substring) and its known pairs of
// sentences that share words but report different facts.

import type { StoryAnalysis, StoryClaim, StoryInput } from '@/pipeline/cross-article/types';
import { foldAccents } from '@/pipeline/text/fold-accents';
import { analyseCoverageStory } from './coverage-analysis';
import { coverageDifferentFactPairs, coverageSharedFacts } from './coverage-story.golden';
import { analyseSeedStory } from './seed-analysis';
import { goldenSharedFacts } from './seed-story.golden';

export interface GoldenSource {
  file: string;
  text: string;
}
export interface GoldenStory {
  name: string;
  input: StoryInput;
  analysis: StoryAnalysis;
  fileOf: (articleId: number) => string;
  facts: { id: string; sources: GoldenSource[] }[];
  differentPairs: { id: string; a: GoldenSource; b: GoldenSource }[];
  /** The claims of a file whose sentence holds (or lies inside) the text. */
  claimsWith: (source: GoldenSource) => StoryClaim[];
}

const norm = (s: string) =>
  foldAccents(
    s
      .replace(/[\u00a0\s]+/g, ' ')
      .replace(/[’´‘]/g, "'")
      .replace(/[“”]/g, '"'),
  )
    .trim()
    .toLowerCase();

function story(
  name: string,
  input: StoryInput,
  analysis: StoryAnalysis,
  fileOf: (id: number) => string,
  facts: GoldenStory['facts'],
  differentPairs: GoldenStory['differentPairs'],
): GoldenStory {
  const claimsWith = (source: GoldenSource) =>
    input.articles
      .filter((a) => fileOf(a.id) === source.file)
      .flatMap((a) => a.claims)
      .filter((c) => norm(c.text).includes(norm(source.text)) || norm(source.text).includes(norm(c.text)));
  return {
    name,
    input,
    analysis,
    fileOf,
    facts: facts.filter((f) => new Set(f.sources.map((s) => s.file)).size >= 2),
    differentPairs,
    claimsWith,
  };
}

export function goldenStories(): GoldenStory[] {
  const seed = analyseSeedStory();
  const coverage = analyseCoverageStory();
  return [
    story('seed', seed.input, seed.analysis, seed.fileOf, goldenSharedFacts, []),
    story('coverage', coverage.input, coverage.analysis, coverage.fileOf, coverageSharedFacts, coverageDifferentFactPairs),
  ];
}

export interface AlignmentScores {
  facts: number;
  /** Facts with two or more of their outlets on one confident row. */
  grouped: number;
  /** Facts with two or more of their outlets on a possible row only. */
  possible: number;
  missed: string[];
  /** Known different-fact pairs found together on a confident row. */
  wronglyGrouped: string[];
  /**
   * Pairs of sentences on one confident fact row that the golden facts both cite: how many
   * share a golden fact, and how many are cited only by different facts (a proxy for
   * precision; pairs the golden set does not cite are left for reading by hand).
   */
  labelledPairs: { same: number; different: number };
}

/** Scores a story's rows against its golden facts and different-fact pairs. */
export function scoreAlignment(golden: GoldenStory): AlignmentScores {
  const quotes = new Map(golden.input.articles.flatMap((a) => a.quotes).map((q) => [q.id, q]));
  // A source is on a row that holds its sentence, or a quotation inside its sentence.
  const rowsOf = (source: GoldenSource) => {
    const claims = golden.claimsWith(source);
    const ids = new Set(claims.map((c) => c.id));
    const carries = (quoteId: number) => {
      const quote = quotes.get(quoteId)!;
      if (claims.some((c) => c.articleId === quote.articleId && quote.start < c.end && quote.end > c.start)) return true;
      // A sentence that is all quotation is no claim: the source is then the quotation itself.
      const quoted = norm(quote.text).replace(/^\W+|\W+$/g, '');
      const cited = norm(source.text).replace(/^\W+|\W+$/g, '');
      return golden.fileOf(quote.articleId) === source.file && quoted.length > 0 && (cited.includes(quoted) || quoted.includes(cited));
    };
    return golden.analysis.groups.filter((g) =>
      g.members.some((m) => (m.claimId !== undefined && ids.has(m.claimId)) || (m.quoteId !== undefined && carries(m.quoteId))),
    );
  };
  let grouped = 0;
  let possible = 0;
  const missed: string[] = [];
  for (const fact of golden.facts) {
    const files = new Map<string, { confidence: string; files: Set<string> }>();
    for (const source of fact.sources) {
      for (const g of rowsOf(source)) {
        const entry = files.get(g.key) ?? { confidence: g.status === 'possible' ? 'possible' : 'confident', files: new Set<string>() };
        entry.files.add(source.file);
        files.set(g.key, entry);
      }
    }
    const best = (level?: string) =>
      Math.max(0, ...[...files.values()].filter((e) => !level || e.confidence === level).map((e) => e.files.size));
    if (best('confident') >= 2) grouped++;
    else if (best() >= 2) possible++;
    else missed.push(fact.id);
  }
  const wronglyGrouped = golden.differentPairs
    .filter((pair) => {
      const a = new Set(
        rowsOf(pair.a)
          .filter((g) => g.status !== 'possible')
          .map((g) => g.key),
      );
      return rowsOf(pair.b).some((g) => g.status !== 'possible' && a.has(g.key));
    })
    .map((pair) => pair.id);
  const factsOf = new Map<number, Set<string>>();
  for (const fact of golden.facts)
    for (const source of fact.sources)
      for (const c of golden.claimsWith(source)) factsOf.set(c.id, (factsOf.get(c.id) ?? new Set()).add(fact.id));
  const labelledPairs = { same: 0, different: 0 };
  for (const g of golden.analysis.groups.filter((x) => x.kind === 'fact' && x.status !== 'possible' && x.status !== 'single')) {
    const ids = g.members.map((m) => m.claimId!).filter((id) => factsOf.has(id));
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const shared = [...factsOf.get(ids[i])!].some((f) => factsOf.get(ids[j])!.has(f));
        labelledPairs[shared ? 'same' : 'different']++;
      }
    }
  }
  return { facts: golden.facts.length, grouped, possible, missed, wronglyGrouped, labelledPairs };
}
