// The command line's import by address: fetch, print what each page says, import.

import type { AddressArgs } from '@/server/services/by-address/address-args';
import type { AddressPreview } from '@/server/services/by-address/address-article';
import { importWithProgress, log } from './with-database';

function printPreview(preview: AddressPreview, ms: { fetch: number; extract: number }): void {
  const time = (value: AddressPreview['published']) =>
    value ? `${value.iso}${value.zone ? ` (page: ${value.text})` : ' (no time zone on the page)'}` : '—';
  log(`${preview.url}${preview.finalUrl !== preview.url ? ` → ${preview.finalUrl}` : ''}`);
  log(`  outlet:    ${preview.outlet ?? '—'}${preview.sources.outlet ? ` [${preview.sources.outlet}]` : ''}`);
  log(`  headline:  ${preview.headline}`);
  log(`  authors:   ${preview.authors.join(', ') || '—'}`);
  log(`  published: ${time(preview.published)}${preview.sources.published ? ` [${preview.sources.published}]` : ''}`);
  log(`  modified:  ${time(preview.modified)}`);
  log(`  canonical: ${preview.canonicalUrl ?? '—'}   language: ${preview.language ?? '—'}`);
  log(
    `  text:      ${preview.paragraphs} paragraphs, ${preview.words} words${preview.paywalled ? ' (the page marks the article as not free: it may be a teaser)' : ''}`,
  );
  log(`  fetched in ${ms.fetch.toFixed(0)} ms, extracted in ${ms.extract.toFixed(0)} ms`);
}

export async function importByAddress(args: AddressArgs): Promise<void> {
  const { getDb } = await import('@/server/db');
  const { addressImportRequest } = await import('@/server/services/by-address/address-import');
  const db = getDb();
  const story = await db.story.findUnique({ where: { slug: args.story }, select: { id: true } });
  const { request, previews, fetched } = await addressImportRequest(
    db,
    { slug: args.story },
    args.urls.map((url) => ({ url, overrides: args.overrides })),
  );
  for (const [index, preview] of previews.entries()) printPreview(preview, fetched[index].ms);
  // A new story is named after its first article's headline.
  if (!story) request.story.title = request.articles[0]?.page?.headline;
  await importWithProgress(request);
}

export async function refreshByAddress(slug: string): Promise<void> {
  const { getDb } = await import('@/server/db');
  const { refreshRequest } = await import('@/server/services/by-address/address-import');
  log(`Fetching the articles of "${slug}" that have an address again`);
  const { request, failures } = await refreshRequest(getDb(), slug);
  for (const failure of failures) log(`  ${failure.sourceFile}: not refreshed: ${failure.reason}`);
  if (request.articles.length > 0) {
    const summary = await importWithProgress(request);
    log(`Refreshed: ${summary.replaced} changed (a new version kept), ${summary.unchanged} unchanged, ${failures.length} not fetched`);
  }
  if (failures.length > 0) process.exitCode = 1;
}
