import 'server-only';
import { getDb } from '../../db';

type Row = {
  revision: number;
  analysedRevision: number | null;
  runId: number | null;
  runStatus: string | null;
  runPhase: string | null;
};

/**
 * A short string that changes whenever anything a story's pages show changes: its
 * revision (articles, notes, corrections), its analysed revision, and its latest analysis
 * run (the progress banner). Null for an unknown story. One indexed query: the page cache
 * asks for it on every cacheable request.
 */
export async function getStoryFingerprint({ slug }: { slug: string }): Promise<string | null> {
  const rows = await getDb().$queryRaw<Row[]>`
    SELECT s."revision", s."analysedRevision", r."id" AS "runId", r."status"::text AS "runStatus", r."stats"->>'phase' AS "runPhase"
    FROM "Story" s
    LEFT JOIN LATERAL (SELECT "id", "status", "stats" FROM "AnalysisRun" WHERE "storyId" = s."id" ORDER BY "id" DESC LIMIT 1) r ON true
    WHERE s."slug" = ${slug}`;
  const story = rows[0];
  if (!story) return null;
  const run = story.runId === null ? '-' : `${story.runId}:${story.runStatus}:${story.runPhase ?? ''}`;
  return `${story.revision}:${story.analysedRevision ?? '-'}:${run}`;
}
