// npm run import [-- <files or folders> --story <slug> [--title T] [--outlet NAME] [--published DATE] [--url URL] [--manifest FILE]]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { getDb } from '@/server/db';
import { importStory } from '@/server/services/import/import-story';
import { resolveImportRequest } from '@/server/services/import/resolve-import-request';
import { log, runCli, withDatabase } from './with-database';

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      story: { type: 'string' },
      title: { type: 'string' },
      outlet: { type: 'string' },
      published: { type: 'string' },
      url: { type: 'string' },
      manifest: { type: 'string' },
    },
  });
  // Everything is read and validated before a database is even started.
  const request = await resolveImportRequest({ paths: positionals, ...values }, path.resolve('seeds'));
  log(`Importing ${request.articles.length} article(s) into story "${request.story.slug}"`);
  await withDatabase(async () => {
    const summary = await importStory(getDb(), request, {
      onProgress: (event) =>
        log(`  [${event.index + 1}/${event.total}] ${event.sourceFile}: ${event.status} (${event.words} words, ${event.ms.toFixed(0)} ms)`),
    });
    log(
      `Story "${summary.storySlug}"${summary.createdStory ? ' (new)' : ''}: ${summary.added} added, ${summary.replaced} replaced, ` +
        `${summary.unchanged} unchanged in ${(summary.ms / 1000).toFixed(2)} s`,
    );
  });
});
