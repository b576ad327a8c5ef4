import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import type { Db } from '../db';
import { AppError, describeError } from '../errors';
import { reanalyseStory } from '../services/analyse/reanalyse-story';
import { addressImportRequest } from '../services/by-address/address-import';
import { ANALYSIS_TRANSACTION_MS, type ImportStoryRequest, importStory } from '../services/import/import-story';
import type { AddressJobItem, AnalysisJobData, ImportJobRequest } from './job-queue';

/** What the progress banner says while a run is in a worker's hands (docs/decisions/008). */
export type JobPhase = 'queued' | 'fetching' | 'analysing' | 'aligning' | 'saving' | 'retrying';

export interface AnalysisJob {
  id: string;
  data: AnalysisJobData;
  retryCount: number;
  retryLimit: number;
}

function reviveRequest(request: ImportJobRequest): ImportStoryRequest {
  return { ...request, articles: request.articles.map((article) => ({ ...article, publishedAt: new Date(article.publishedAt) })) };
}

/** Fetches and extracts the confirmed addresses (a refused or failed page fails the whole batch, nothing stored). */
async function addressRequest(db: Db, storySlug: string, items: AddressJobItem[]): Promise<ImportStoryRequest> {
  const { request } = await addressImportRequest(
    db,
    { slug: storySlug },
    items.map((item) => ({
      url: item.url,
      overrides: { ...item.overrides, publishedAt: item.overrides.publishedAt ? new Date(item.overrides.publishedAt) : undefined },
    })),
  );
  return request;
}

async function mergeStats(db: Db, runId: number, patch: Record<string, unknown>, extra: Prisma.AnalysisRunUpdateInput = {}): Promise<void> {
  const run = await db.analysisRun.findUnique({ where: { id: runId }, select: { stats: true, status: true } });
  if (run?.status !== 'running') return;
  const stats = { ...((run.stats ?? {}) as Record<string, unknown>), ...patch } as Prisma.InputJsonValue;
  // Only while still running, checked by the update itself: the run's own transaction may have
  // completed it (with its figures) since it was read.
  await db.analysisRun.updateMany({ where: { id: runId, status: 'running' }, data: { ...(extra as object), stats } });
}

// Failures no retry can fix: the input itself (an AppError about it), or an article too large
// for the analysis threads' memory limit. Anything else (a lost connection, a worker stopped) is retried.
const TRANSIENT_CODES = new Set(['database_unavailable', 'timeout', 'busy', 'internal']);
function isPermanent(error: unknown): boolean {
  if (error instanceof AppError) return !TRANSIENT_CODES.has(error.code);
  return error instanceof Error && /ran out of memory/.test(error.message);
}

/**
 * Carries out one analysis job. Idempotent: a run that is no longer "running" was finished by
 * an earlier try (its transaction committed before the worker died), so a retry does nothing;
 * otherwise the whole import or re-analysis is one transaction, and a try that dies leaves
 * nothing behind. Errors are thrown for pg-boss to retry, except on the last try and for
 * input that no retry can fix, where the run is marked failed.
 */
export async function runAnalysisJob(db: Db, job: AnalysisJob, workerKey: number): Promise<void> {
  const { data } = job;
  const run = await db.analysisRun.findUnique({ where: { id: data.runId }, select: { status: true } });
  if (run?.status !== 'running') return;
  // Stage writes go one after another, and every later write of the run waits for them: a late
  // stage write must not overwrite "retrying" or the finished run's figures.
  let stageWrites = Promise.resolve();
  const phase = (next: JobPhase) => {
    stageWrites = stageWrites.then(() => mergeStats(db, data.runId, { phase: next })).catch(() => undefined);
  };
  await mergeStats(
    db,
    data.runId,
    { phase: data.kind === 'reanalyse' ? 'aligning' : data.kind === 'address' ? 'fetching' : 'analysing', attempt: job.retryCount + 1 },
    { workerKey },
  );
  try {
    if (data.kind === 'import' || data.kind === 'address') {
      const request = data.kind === 'import' ? reviveRequest(data.request) : await addressRequest(db, data.storySlug, data.items);
      if (data.kind === 'address') phase('analysing');
      const summary = await importStory(db, request, { runId: data.runId, onPhase: phase });
      await stageWrites;
      // Nothing changed (the same text again): the run ends without a new analysis.
      if (!summary.analysis) {
        await db.analysisRun.update({
          where: { id: data.runId },
          data: { status: 'complete', finishedAt: new Date(), stats: { reason: 'upload', unchanged: true } },
        });
      } else {
        // For the banner's link to what was added.
        const files = request.articles.map((article) => article.file.sourceFile);
        const found = await db.article.findMany({
          where: { story: { slug: data.storySlug }, sourceFile: { in: files } },
          select: { id: true, sourceFile: true, headline: true, outlet: { select: { name: true } } },
        });
        // The banner names the outlet and headline, never the stored file name.
        const articles = found.map((article) => ({
          id: article.id,
          sourceFile: article.sourceFile,
          headline: article.headline,
          outlet: article.outlet.name,
        }));
        const done = await db.analysisRun.findUniqueOrThrow({ where: { id: data.runId }, select: { stats: true } });
        const stats = { ...((done.stats ?? {}) as object), articles } as Prisma.InputJsonValue;
        await db.analysisRun.update({ where: { id: data.runId }, data: { stats, workerKey: null } });
      }
    } else {
      await db.$transaction(
        async (tx) => {
          // Serialised with imports into the same story from the command line (they take the same lock).
          await tx.$executeRaw`select pg_advisory_xact_lock(hashtext(${`story:${data.storySlug}`}))`;
          const story = await tx.story.findUniqueOrThrow({ where: { slug: data.storySlug }, select: { id: true } });
          await reanalyseStory(tx, story.id, { runId: data.runId, onPhase: phase });
        },
        { timeout: ANALYSIS_TRANSACTION_MS, maxWait: 60_000 },
      );
      await stageWrites;
    }
  } catch (error) {
    await stageWrites;
    const permanent = isPermanent(error);
    const lastTry = job.retryCount >= job.retryLimit || permanent;
    const reason =
      data.kind === 'import'
        ? `Adding ${data.request.articles.map((article) => article.file.sourceFile).join(', ')} failed, and nothing was stored: ${describeError(error)}`
        : data.kind === 'address'
          ? `Adding ${data.items.map((item) => item.url).join(', ')} failed, and nothing was stored: ${describeError(error)}`
          : describeError(error);
    if (lastTry) {
      await db.analysisRun.update({
        where: { id: data.runId },
        data: { status: 'failed', finishedAt: new Date(), error: reason, workerKey: null },
      });
      if (permanent) return; // no retry can fix it: the job is done
    } else {
      await mergeStats(db, data.runId, { phase: 'retrying', lastError: reason }, { workerKey: null });
    }
    throw error;
  }
}
