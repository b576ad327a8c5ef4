// Shared plumbing of the command-line entry points: a database (DATABASE_URL or the
// embedded server), migrations applied, import progress on stderr, clear one-line errors,
// and a clean exit.
import { rowCountsText } from '@/lib/row-counts';
import { type DatabaseHandle, ensureDatabase } from '@/server/database/ensure-database';
import { resetEnvCache } from '@/server/env';
import { describeError } from '@/server/errors';
import { installJobQueue } from '@/server/jobs/job-queue';
import { applyMigrations } from '@/server/migrations/schema-engine';
import type { ImportStoryRequest, ImportSummary } from '@/server/services/import/import-story';

export const log = (line: string) => process.stderr.write(`${line}\n`);

/** A database for this process: started or reused, exported as DATABASE_URL, migrated (the job queue's schema too). */
export async function openDatabase(): Promise<DatabaseHandle> {
  const handle = await ensureDatabase({ log });
  process.env.DATABASE_URL = handle.url;
  resetEnvCache();
  try {
    await applyMigrations(handle.url, { log });
    await installJobQueue(handle.url);
  } catch (error) {
    await handle.stop();
    throw error;
  }
  return handle;
}

export async function withDatabase<T>(work: (db: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openDatabase();
  try {
    return await work(handle);
  } finally {
    const { disconnectDb } = await import('@/server/db');
    await disconnectDb();
    await handle.stop();
  }
}

/** Imports a validated request, printing progress per file and a summary on stderr. */
export async function importWithProgress(request: ImportStoryRequest): Promise<ImportSummary> {
  const { getDb } = await import('@/server/db');
  const { importStory } = await import('@/server/services/import/import-story');
  // The outlets table counts the article's words; a file with site chrome has more.
  const wordsText = (file: number, article: number | null) =>
    article === null || article === file ? `${file} words` : `${file} words in the file, ${article} in the article once cleaned`;
  log(`Importing ${request.articles.length} article(s) into story "${request.story.slug}"`);
  const summary = await importStory(getDb(), request, {
    onProgress: (event) => {
      const skipped =
        event.skipped.length > 0 ? `; ${event.skipped[0].reason}: skipped ${event.skipped.map((s) => s.stage).join(', ')}` : '';
      log(
        `  [${event.index + 1}/${event.total}] ${event.sourceFile}: ${event.status} (${wordsText(event.words, event.articleWords)}, ${event.ms.toFixed(0)} ms${skipped})`,
      );
    },
    onAnalysing: (articles) => log(`  Comparing the story's ${articles} article(s)…`),
  });
  const analysis = summary.analysis;
  if (analysis) {
    const divergences =
      Object.entries(analysis.divergences)
        .map(([kind, count]) => `${count} ${kind}`)
        .join(', ') || 'none';
    log(
      `  Analysis: ${rowCountsText(analysis.groups)} · ${analysis.groups.single} single; ` +
        `divergences: ${divergences}; ${analysis.events} events; ${analysis.families} source families (${analysis.ms} ms)`,
    );
  }
  log(
    `Story "${summary.storySlug}"${summary.createdStory ? ' (new)' : ''}: ${summary.added} added, ${summary.replaced} replaced, ` +
      `${summary.unchanged} unchanged in ${(summary.ms / 1000).toFixed(2)} s`,
  );
  return summary;
}

/** Runs a CLI main function: errors become one clear line on stderr and exit code 1. */
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(process.exitCode ?? 0),
    (error: unknown) => {
      log(`error: ${describeError(error)}`);
      process.exit(1);
    },
  );
}
