import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { pageTime, readPageMetadata } from '@/server/services/by-address/page-metadata';

const metadataOf = (html: string, url = 'https://news.example/a/b') => readPageMetadata(new JSDOM(html, { url }).window.document, url);

describe('page metadata', () => {
  it.each([
    ['2021-06-08T13:07:00-04:00', { iso: '2021-06-08T17:07:00.000Z', zone: '-04:00' }],
    ['2021-06-08T13:07:00+0200', { iso: '2021-06-08T11:07:00.000Z', zone: '+02:00' }],
    ['2021-06-08T13:07:00.123Z', { iso: '2021-06-08T13:07:00.000Z', zone: 'Z' }],
    ['2021-06-08T13:07', { iso: '2021-06-08T13:07:00.000Z', zone: null }],
    ['2021-06-08', { iso: '2021-06-08T12:00:00.000Z', zone: null }],
  ])('page metadata: the time %s keeps its zone', (text, expected) => {
    expect(pageTime(text)).toMatchObject({ text, ...expected });
  });

  it.each(['June 8, 2021', '2021-02-30', '2021-06-08T25:00:00Z', ''])('page metadata: %s is not a time', (text) => {
    expect(pageTime(text)).toBeNull();
  });

  it('page metadata: JSON-LD wins over Open Graph, which wins over the document', () => {
    const metadata = metadataOf(`<html lang="fr"><head>
      <title>Doc title</title><link rel="canonical" href="/canonical">
      <meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site">
      <meta property="article:published_time" content="2020-01-01T00:00:00Z">
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"LD title","publisher":{"name":"LD Outlet"},"datePublished":"2021-06-08T09:00:00+01:00","author":"Ann Writer"}</script>
      </head><body><h1>H1 title</h1></body></html>`);
    expect(metadata.headline).toEqual({ value: 'LD title', source: 'json-ld' });
    expect(metadata.outlet).toEqual({ value: 'LD Outlet', source: 'json-ld' });
    expect(metadata.published?.value.zone).toBe('+01:00');
    expect(metadata.authors).toEqual({ value: ['Ann Writer'], source: 'json-ld' });
    expect(metadata.canonicalUrl).toEqual({ value: 'https://news.example/canonical', source: 'document' });
    expect(metadata.language).toEqual({ value: 'fr', source: 'document' });
  });

  it('page metadata: a broken JSON-LD block is skipped and the next source applies', () => {
    const metadata = metadataOf(`<head><script type="application/ld+json">{not json</script>
      <meta property="og:title" content="OG title"></head><body><h1>H1</h1></body>`);
    expect(metadata.headline).toEqual({ value: 'OG title', source: 'open-graph' });
    expect(metadata.outlet).toEqual({ value: 'news.example', source: 'address' });
  });

  it('page metadata: a canonical address that is not http(s) is ignored', () => {
    const metadata = metadataOf(`<head><link rel="canonical" href="javascript:alert(1)"></head><body></body>`);
    expect(metadata.canonicalUrl).toBeNull();
  });
});
