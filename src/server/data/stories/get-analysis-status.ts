import 'server-only';
import type { RowCounts } from '@/lib/row-counts';
import { getDb } from '../../db';

/** An article an upload added; runs recorded before headlines were kept have only the id and file. */
export interface AddedArticle {
  id: number;
  sourceFile: string;
  headline?: string;
  outlet?: string;
}

export interface AnalysisChanges {
  /** Rows reported by several outlets (agreed, diverged, possibly related), after minus before. */
  sharedRows: number;
  divergences: number;
  rowsAfter: RowCounts;
  /** The articles added, for the link to them. */
  articles: AddedArticle[];
}

export interface AnalysisStatus {
  status: 'running' | 'complete' | 'failed' | 'none';
  /** While running: queued, analysing, aligning, saving or retrying (a worker's stage, see server/jobs). */
  phase: string | null;
  /** Why the run was started: upload or correction (null for a command-line import). */
  reason: string | null;
  attempt: number | null;
  startedAt: string | null;
  finishedAt: string | null;
  error: string | null;
  changes: AnalysisChanges | null;
}

type Stats = {
  phase?: string;
  reason?: string;
  attempt?: number;
  groups?: RowCounts;
  divergences?: Record<string, number>;
  previous?: { groups: RowCounts; divergences: Record<string, number> } | null;
  articles?: AddedArticle[];
};

const shared = (groups: RowCounts | undefined) => (groups ? groups.agreed + groups.diverged + groups.possible : 0);
const total = (counts: Record<string, number> | undefined) => Object.values(counts ?? {}).reduce((sum, n) => sum + n, 0);

function changesOf(stats: Stats): AnalysisChanges | null {
  if (!stats.groups) return null;
  return {
    sharedRows: shared(stats.groups) - shared(stats.previous?.groups),
    divergences: total(stats.divergences) - total(stats.previous?.divergences),
    rowsAfter: stats.groups,
    articles: stats.articles ?? [],
  };
}

/** The story's latest analysis run: what the progress banner shows. */
export async function getAnalysisStatus({ slug }: { slug: string }): Promise<AnalysisStatus | null> {
  const story = await getDb().story.findUnique({
    where: { slug },
    select: {
      analysisRuns: {
        orderBy: { id: 'desc' },
        take: 1,
        select: { status: true, startedAt: true, finishedAt: true, error: true, stats: true },
      },
    },
  });
  if (!story) return null;
  const run = story.analysisRuns[0];
  if (!run)
    return { status: 'none', phase: null, reason: null, attempt: null, startedAt: null, finishedAt: null, error: null, changes: null };
  // A run is never "stale" any more: a worker that dies hands its job back (server/jobs), so "running" means queued or in hand.
  const stats = (run.stats ?? {}) as Stats;
  return {
    status: run.status,
    phase: run.status === 'running' ? (stats.phase ?? 'queued') : null,
    reason: stats.reason ?? null,
    attempt: stats.attempt ?? null,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
    error: run.error,
    changes: run.status === 'complete' ? changesOf(stats) : null,
  };
}
