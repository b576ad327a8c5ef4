// Fetching and extracting articles by address against a local web server serving saved
// pages in real layouts: what is kept, what is dropped, the metadata, and every refusal.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchRefused, safeFetch } from '@/server/fetch/safe-fetch';
import { fetchArticleByAddress } from '@/server/services/by-address/fetch-article-by-address';
import { PAGES_DIR, type PageServer, startPageServer } from '../support/page-server';

interface PageExpectation {
  metadata: Record<string, unknown> & { sources?: Record<string, string> };
  body: string[];
  chrome: string[];
}
const expectations = JSON.parse(readFileSync(path.join(PAGES_DIR, 'expectations.json'), 'utf8')).pages as Record<string, PageExpectation>;

let server: PageServer;
const allow = { allowHosts: ['127.0.0.1'] };
beforeAll(async () => {
  server = await startPageServer();
});
afterAll(async () => {
  await server.close();
});

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error, 'the fetch should have been refused').toBeInstanceOf(FetchRefused);
  return error as FetchRefused;
};

describe('extraction from saved pages (Readability on jsdom)', () => {
  const figures: string[] = [];
  let keptTotal = 0;
  let bodyTotal = 0;
  let chromeLeft = 0;
  let chromeTotal = 0;
  afterAll(() => {
    console.log(
      `extraction quality on ${Object.keys(expectations).length} saved pages: body paragraphs kept ${keptTotal}/${bodyTotal} ` +
        `(${((100 * keptTotal) / bodyTotal).toFixed(1)}%), chrome lines left ${chromeLeft}/${chromeTotal}\n${figures.join('\n')}`,
    );
  });

  it.each(Object.entries(expectations))('%s: keeps the body, drops the chrome, reads the metadata', async (name, expected) => {
    // The no-metadata page's outlet comes from the address; here that is the test server's host.
    const fetched = await fetchArticleByAddress(`${server.origin}/pages/${name}`, allow);
    const { article } = fetched;
    const kept = expected.body.filter((paragraph) => article.paragraphs.includes(paragraph));
    const text = article.paragraphs.join('\n');
    const left = expected.chrome.filter((line) => text.includes(line));
    keptTotal += kept.length;
    bodyTotal += expected.body.length;
    chromeLeft += left.length;
    chromeTotal += expected.chrome.length;
    figures.push(
      `  ${name}: ${kept.length}/${expected.body.length} body paragraphs, chrome left: ${left.length ? left.join(' | ') : 'none'}; ` +
        `fetch ${fetched.ms.fetch.toFixed(0)} ms, extract ${fetched.ms.extract.toFixed(0)} ms`,
    );
    expect(kept).toEqual(expected.body);
    expect(left).toEqual([]);
    // Paragraphs keep their order.
    const positions = expected.body.map((paragraph) => article.paragraphs.indexOf(paragraph));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);

    const metadata = article.metadata;
    const wanted = expected.metadata;
    if (wanted.outlet !== 'port.example') expect(metadata.outlet?.value).toBe(wanted.outlet);
    else expect(metadata.outlet).toEqual({ value: '127.0.0.1', source: 'address' });
    expect(article.headline).toBe(wanted.headline);
    expect(metadata.authors?.value ?? []).toEqual(wanted.authors ?? metadata.authors?.value ?? []);
    if ('published' in wanted) expect(metadata.published?.value.iso ?? null).toBe(wanted.published);
    if ('zone' in wanted) expect(metadata.published?.value.zone).toBe(wanted.zone);
    if ('modified' in wanted) expect(metadata.modified?.value.iso).toBe(wanted.modified);
    if ('canonicalUrl' in wanted) expect(metadata.canonicalUrl?.value).toBe(wanted.canonicalUrl);
    if ('language' in wanted) expect(metadata.language?.value ?? null).toBe(wanted.language);
    expect(metadata.paywalled).toBe(wanted.paywalled === true);
    for (const [field, source] of Object.entries(wanted.sources ?? {}))
      expect((metadata as unknown as Record<string, { source: string } | null>)[field]?.source, field).toBe(source);
    // The raw page is kept as received.
    expect(fetched.rawPage).toBe(readFileSync(path.join(PAGES_DIR, name), 'utf8'));
  });

  it('the article text starts with the headline, then the paragraphs, blank-line separated', async () => {
    const { article } = await fetchArticleByAddress(`${server.origin}/pages/split-blocks.html`, allow);
    expect(article.text.startsWith('Water rates to rise 9% in Lakeside County\n\n')).toBe(true);
    expect(article.text.split('\n\n').length).toBe(article.paragraphs.length + 1);
  });

  it('extracts on an analysis thread: a long page does not hold up this thread', async () => {
    let longest = 0;
    let last = performance.now();
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 20);
    try {
      const fetched = await fetchArticleByAddress(`${server.origin}/big-article`, allow);
      expect(fetched.article.paragraphs).toHaveLength(14_000);
      console.log(
        `long page (${(fetched.rawPage.length / 1e6).toFixed(1)} MB): extracted in ${fetched.ms.extract.toFixed(0)} ms; longest pause of this thread ${longest.toFixed(0)} ms`,
      );
      expect(longest).toBeLessThan(fetched.ms.extract);
    } finally {
      clearInterval(ticker);
    }
  });

  it('reads a plain-text answer and a page in another character set', async () => {
    const plain = await fetchArticleByAddress(`${server.origin}/plain`, allow);
    expect(plain.article.headline).toBe('A plain headline');
    expect(plain.article.paragraphs).toHaveLength(2);
    const latin = await fetchArticleByAddress(`${server.origin}/latin1`, allow);
    expect(latin.article.headline).toBe('Café opens');
  });
});

describe('safe fetching', () => {
  it('follows up to five redirects, each one checked, and says where the page was found', async () => {
    const page = await safeFetch(`${server.origin}/redirect/5/json-ld.html`, allow);
    expect(page.redirects).toHaveLength(5);
    expect(page.finalUrl).toBe(`${server.origin}/pages/json-ld.html`);
    const error = await refusal(safeFetch(`${server.origin}/redirect/6/json-ld.html`, allow));
    expect(error.message).toContain('more than 5 redirects');
  });

  it.each([
    ['http://10.0.0.1/article', '10.0.0.1 is a private-network address'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254 is a link-local address'],
    ['http://[::1]/article', '::1 is a loopback address'],
    ['http://[::ffff:127.0.0.1]/article', 'is a loopback address'],
    ['http://0x7f.1/article', '127.0.0.1 is a loopback address'],
    ['http://[fd00::1]/article', 'unique-local'],
  ])('refuses %s: %s', async (address, reason) => {
    const error = await refusal(safeFetch(address));
    expect(error.message).toContain(reason);
    expect(error.message).not.toContain('redirected');
    expect(error.address).toBe(address);
  });

  it('refuses 127.0.0.1 unless PARALLAX_FETCH_ALLOW_HOSTS names it', async () => {
    const error = await refusal(safeFetch(`${server.origin}/pages/json-ld.html`, { allowHosts: [] }));
    expect(error.message).toBe(`${server.origin}/pages/json-ld.html: 127.0.0.1 is a loopback address, which is never fetched`);
    await expect(safeFetch(`${server.origin}/pages/json-ld.html`, allow)).resolves.toMatchObject({ status: 200 });
  });

  it('refuses a host name that resolves to a private address (localhost, and a name the resolver maps to 10.x)', async () => {
    const local = await refusal(safeFetch(`http://localhost:${server.port}/pages/json-ld.html`, allow));
    expect(local.message).toMatch(/the host localhost resolves to (127\.0\.0\.1|::1), a loopback address/);
    const resolve = async () => [{ address: '10.20.30.40', family: 4 }];
    const named = await refusal(safeFetch(`http://intranet.example:${server.port}/`, { ...allow, resolve }));
    expect(named.message).toContain('the host intranet.example resolves to 10.20.30.40, a private-network address');
  });

  it('connects to the address it checked: a DNS answer cannot change between check and connect', async () => {
    // The resolver answers once; the socket connects to that answer. A name allowed and
    // mapped to the test server is reached through the pinned address.
    let calls = 0;
    const pinned = async () => {
      calls++;
      return [{ address: '127.0.0.1', family: 4 }];
    };
    const page = await safeFetch(`http://pages.example:${server.port}/pages/json-ld.html`, {
      allowHosts: ['pages.example'],
      resolve: pinned,
    });
    expect(page.status).toBe(200);
    expect(calls).toBe(1);
    // A rebinding resolver (public first, private after) is asked once per connection, and that answer is checked.
    let asked = 0;
    const rebinding = async () => (asked++ === 0 ? [{ address: '127.0.0.1', family: 4 }] : [{ address: '8.8.8.8', family: 4 }]);
    const before = server.hits.get('/pages/paywall.html') ?? 0;
    const error = await refusal(safeFetch(`http://rebind.example:${server.port}/pages/paywall.html`, { resolve: rebinding }));
    expect(error.message).toContain('resolves to 127.0.0.1');
    expect(asked).toBe(1);
    expect(server.hits.get('/pages/paywall.html') ?? 0).toBe(before);
  });

  it('re-checks every redirect: an allowed page that redirects to a private or non-web address is refused', async () => {
    const toMetadata = await refusal(safeFetch(`${server.origin}/redirect-to?to=${encodeURIComponent('http://169.254.169.254/')}`, allow));
    expect(toMetadata.message).toContain('169.254.169.254 is a link-local address');
    expect(toMetadata.message).toContain('redirected to http://169.254.169.254/');
    const toFile = await refusal(safeFetch(`${server.origin}/redirect-to?to=${encodeURIComponent('file:///etc/passwd')}`, allow));
    expect(toFile.message).toContain('only http:// and https:// addresses can be fetched, not file:');
  });

  it.each([
    ['ftp://127.0.0.1/file', 'only http:// and https:// addresses can be fetched, not ftp:'],
    ['http://user:secret@127.0.0.1/', 'an address with a user name or password is not fetched'],
    ['not an address', 'this is not a web address'],
  ])('refuses %s', async (address, reason) => {
    expect((await refusal(safeFetch(address, allow))).message).toContain(reason);
  });

  it('refuses oversized answers, declared or streamed, and answers that are not pages', async () => {
    expect((await refusal(safeFetch(`${server.origin}/big-declared`, allow))).message).toContain('over the 5,242,880-byte limit');
    expect((await refusal(safeFetch(`${server.origin}/big-stream`, allow))).message).toContain('over the 5,242,880-byte limit');
    expect((await refusal(safeFetch(`${server.origin}/pdf`, allow))).message).toContain('the answer is application/pdf, not a web page');
    expect((await refusal(safeFetch(`${server.origin}/no-type`, allow))).message).toContain('of no stated type');
    expect((await refusal(safeFetch(`${server.origin}/missing`, allow))).message).toContain('the server answered 404');
  });

  it('reads a compressed page, and counts the limit on what it inflates to', async () => {
    const page = await safeFetch(`${server.origin}/gzip`, allow);
    expect(page.body).toBe(readFileSync(path.join(PAGES_DIR, 'json-ld.html'), 'utf8'));
    expect((await refusal(safeFetch(`${server.origin}/gzip-bomb`, allow))).message).toContain('over the 5,242,880-byte limit');
  });

  it('gives up on a server that does not answer in time', async () => {
    const started = Date.now();
    const error = await refusal(safeFetch(`${server.origin}/silent`, { ...allow, timeoutMs: 600 }));
    expect(error.message).toContain('no complete answer within');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('a refusal by fetchArticleByAddress is an application error naming the address and the reason', async () => {
    await expect(fetchArticleByAddress('http://10.1.1.1/story', { allowHosts: [] })).rejects.toMatchObject({
      code: 'fetch_refused',
      message: 'Could not add http://10.1.1.1/story: 10.1.1.1 is a private-network address, which is never fetched.',
    });
  });
});
