// npm run import [-- <files or folders> --story <slug> [--title T] [--outlet NAME] [--published DATE] [--url URL] [--manifest FILE]]
import path from 'node:path';
import { parseArgs } from 'node:util';
import { resolveImportRequest } from '@/server/services/import/resolve-import-request';
import { importWithProgress, runCli, withDatabase } from './with-database';

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
  await withDatabase(() => importWithProgress(request));
});
