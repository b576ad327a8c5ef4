// npm run import [-- <files or folders> --story <slug> [--title T] [--outlet NAME] [--published DATE] [--url URL] [--manifest FILE]]
// npm run import -- --story <slug> --url <address> [--url <address> …] [--outlet NAME] [--title HEADLINE] [--published DATE]
// npm run import -- --refresh --story <slug>
import path from 'node:path';
import { parseArgs } from 'node:util';
import { addressArgs } from '@/server/services/by-address/address-args';
import { resolveImportRequest } from '@/server/services/import/resolve-import-request';
import { importByAddress, refreshByAddress } from './import-by-address';
import { importWithProgress, runCli, withDatabase } from './with-database';

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      story: { type: 'string' },
      title: { type: 'string' },
      outlet: { type: 'string' },
      published: { type: 'string' },
      url: { type: 'string', multiple: true },
      manifest: { type: 'string' },
      refresh: { type: 'boolean' },
    },
  });
  const urls = values.url ?? [];
  if (values.refresh) {
    const args = addressArgs({ ...values, urls: [], refresh: true });
    await withDatabase(() => refreshByAddress(args.story));
    return;
  }
  // Addresses and no files: the articles are fetched from the web.
  if (urls.length > 0 && positionals.length === 0 && !values.manifest) {
    const args = addressArgs({ ...values, urls });
    await withDatabase(() => importByAddress(args));
    return;
  }
  if (urls.length > 1) throw new Error('--url is given more than once with files: give one address for the files, or addresses alone');
  // Everything is read and validated before a database is even started.
  const request = await resolveImportRequest({ paths: positionals, ...values, url: urls[0] }, path.resolve('seeds'));
  await withDatabase(() => importWithProgress(request));
});
