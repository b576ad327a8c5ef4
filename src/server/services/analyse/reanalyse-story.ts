import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { countRows, type RowCounts } from '@/lib/row-counts';
import { analyseStoryInWorker } from '../../workers/analysis-pool';
import { loadStoryInput } from './load-story-input';
import { mergeStoryPeople } from './merge-story-people';
import { persistStoryAnalysis } from './persist-story-analysis';

type Tx = Prisma.TransactionClient;

export interface AnalysisSummary {
  articles: number;
  groups: RowCounts;
  divergences: Record<string, number>;
  events: number;
  families: number;
  ms: number;
  timings: { stage: string; ms: number }[];
}

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/**
 * Recomputes a story's cross-article analysis from its stored articles and replaces the
 * previous one, inside the caller's transaction: readers see the old analysis until the
 * transaction commits, never a half-written one. Records the run and its figures.
 */
export async function reanalyseStory(
  tx: Tx,
  storyId: number,
  options: { runId?: number; onPhase?: (phase: 'aligning' | 'saving') => void } = {},
): Promise<AnalysisSummary> {
  const startedAt = new Date();
  const started = performance.now();
  await mergeStoryPeople(tx, storyId);
  const input = await loadStoryInput(tx, storyId);
  options.onPhase?.('aligning');
  // On an analysis thread: a large story takes seconds, during which pages keep answering.
  const analysis = await analyseStoryInWorker(input);
  options.onPhase?.('saving');
  await persistStoryAnalysis(tx, storyId, analysis);
  const summary: AnalysisSummary = {
    articles: input.articles.length,
    groups: countRows(analysis.groups),
    divergences: countBy(
      analysis.groups.flatMap((group) => group.divergences),
      (divergence) => divergence.kind,
    ),
    events: analysis.events.length,
    families: analysis.families.length,
    ms: Math.round(performance.now() - started),
    timings: analysis.timings,
  };
  const story = await tx.story.findUniqueOrThrow({ where: { id: storyId }, select: { revision: true } });
  await tx.story.update({ where: { id: storyId }, data: { analysedRevision: story.revision } });
  const stats = summary as unknown as Prisma.InputJsonValue;
  // A run started in the background (an article added from the browser) is completed here, in the same
  // transaction, with the figures of the analysis it replaces, so the banner can say what changed.
  if (options.runId) {
    const before = await tx.analysisRun.findFirst({
      where: { storyId, status: 'complete', id: { not: options.runId } },
      orderBy: { id: 'desc' },
      select: { stats: true },
    });
    const run = await tx.analysisRun.findUniqueOrThrow({ where: { id: options.runId }, select: { stats: true } });
    const { phase: _phase, ...request } = (run.stats ?? {}) as Record<string, unknown>;
    const previous = (before?.stats ?? null) as Partial<AnalysisSummary> | null;
    const done = {
      ...request,
      ...summary,
      previous: previous?.groups ? { groups: previous.groups, divergences: previous.divergences ?? {} } : null,
    } as unknown as Prisma.InputJsonValue;
    await tx.analysisRun.update({ where: { id: options.runId }, data: { status: 'complete', finishedAt: new Date(), stats: done } });
  } else await tx.analysisRun.create({ data: { storyId, status: 'complete', startedAt, finishedAt: new Date(), stats } });
  return summary;
}
