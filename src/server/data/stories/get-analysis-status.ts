import 'server-only';
import { getDb } from '../../db';

export interface AnalysisStatus {
  status: 'running' | 'complete' | 'failed' | 'none';
  phase: string | null;
  startedAt: string | null;
  error: string | null;
}

// A run left "running" by a server that stopped is not shown as running for ever.
const STALE_MS = 15 * 60_000;

export function isStaleRun(run: { status: string; startedAt: Date }, now = Date.now()): boolean {
  return run.status === 'running' && now - run.startedAt.getTime() > STALE_MS;
}

/** The story's latest analysis run: what the progress banner shows. */
export async function getAnalysisStatus({ slug }: { slug: string }): Promise<AnalysisStatus | null> {
  const story = await getDb().story.findUnique({
    where: { slug },
    select: { analysisRuns: { orderBy: { id: 'desc' }, take: 1, select: { status: true, startedAt: true, error: true, stats: true } } },
  });
  if (!story) return null;
  const run = story.analysisRuns[0];
  if (!run) return { status: 'none', phase: null, startedAt: null, error: null };
  const stale = isStaleRun(run);
  return {
    status: stale ? 'failed' : run.status,
    phase: ((run.stats ?? {}) as { phase?: string }).phase ?? null,
    startedAt: run.startedAt.toISOString(),
    error: stale ? 'The analysis stopped before it finished (the server was restarted); add the article again.' : run.error,
  };
}
