// Issue 12 (hardening), as a browser and a client meet the built app behind its front:
// security headers and a nonce-based CSP the pages satisfy, the PDF export behind an HTTPS
// proxy, malformed paths answered 4xx, and a junk session cookie served from the cache.
import { expect, test } from './fixtures';

const SLUG = 'harris-lopez-obrador-2021';
const PAGES = [
  '/',
  `/stories/${SLUG}`,
  `/stories/${SLUG}/compare`,
  `/stories/${SLUG}/quotes`,
  `/stories/${SLUG}/people`,
  `/stories/${SLUG}/timeline`,
  '/sign-in',
];

test.describe('security headers (item 14)', () => {
  for (const path of PAGES) {
    test(`${path}: a nonce CSP that forbids framing, nosniff, a referrer policy, and the page still works`, async ({
      page,
      consoleErrors,
    }) => {
      const response = await page.goto(path);
      const headers = response!.headers();
      const csp = headers['content-security-policy'] ?? '';
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain("unsafe-inline' 'strict");
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      // Every inline script carries the nonce (Next.js' own), and the page hydrated.
      const nonce = /'nonce-([^']+)'/.exec(csp)![1];
      const inline = await page
        .locator('script:not([src])')
        .evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).nonce));
      expect(inline.length).toBeGreaterThan(0);
      expect(inline.every((value) => value === nonce)).toBe(true);
      await page.waitForLoadState('networkidle');
      expect(consoleErrors.filter((error) => /Content.Security.Policy|CSP/i.test(error))).toEqual([]);
    });
  }

  test('each page load gets a fresh nonce; API answers and static files get the headers too', async ({ request }) => {
    const nonceOf = async () => /'nonce-([^']+)'/.exec((await request.get('/sign-in')).headers()['content-security-policy'] ?? '')?.[1];
    expect(await nonceOf()).not.toBe(await nonceOf());
    const api = await request.get(`/api/stories/${SLUG}/status`);
    expect(api.headers()['x-content-type-options']).toBe('nosniff');
    expect(api.headers()['content-security-policy']).toContain("default-src 'none'");
    const missing = await request.get('/no-such-page');
    expect(missing.status()).toBe(404);
    expect(missing.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  });
});

test("item 14: every answer carries the headers, outside the pages too (static files, the icon, 404s, the front's own 400)", async ({
  request,
}) => {
  const signIn = await (await request.get('/sign-in')).text();
  const chunk = /\/_next\/static\/[^"']+\.js/.exec(signIn)![0];
  const stylesheet = /\/_next\/static\/[^"']+\.css/.exec(signIn)![0];
  for (const path of [
    chunk,
    stylesheet,
    '/_next/static/no-such-file.js',
    '/icon.svg',
    '/icon.svg?v=1',
    '/favicon.ico',
    '/favicon.ico/more',
    '/icon.svg.old',
    '/_next/image?url=%2Ficon.svg&w=64&q=75',
    '/robots.txt',
    `/api/stories/${SLUG}/status`,
    '/api/stories/no-such-story/status',
    '/%00',
  ]) {
    const response = await request.get(path);
    const headers = response.headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, `${path} (${response.status()})`).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    const body = (headers['content-type'] ?? '').startsWith('text/html') ? await response.text() : '';
    // An HTML answer with inline scripts has a policy that runs only those carrying its nonce.
    if (/<script(?![^>]*\bsrc=)[^>]*>/.test(body)) {
      const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
      expect(nonce, `${path}: inline scripts without a nonce policy`).toBeTruthy();
      expect(csp, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
      for (const [tag] of body.matchAll(/<script(?![^>]*\bsrc=)[^>]*>/g)) expect(tag, path).toContain(`nonce="${nonce}"`);
    }
  }
});

test('item 7: the PDF export works behind an HTTPS proxy, and a forged Host does not steer the renderer', async ({ request }) => {
  test.setTimeout(120_000);
  const attempts: Record<string, string>[] = [
    { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'news.example.org' },
    { host: 'attacker.example:9' },
  ];
  for (const headers of attempts) {
    const response = await request.get(`/stories/${SLUG}/export.pdf?sections=grid`, { headers });
    expect(response.status(), await response.text().catch(() => '')).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
  }
});

test('item 10: a NUL or invalid percent-encoding in a path answers 4xx, never 500', async ({ request }) => {
  for (const path of [
    '/%00',
    `/stories/%00`,
    `/stories/${SLUG}/articles/%00`,
    '/stories/%E0%A4%A',
    `/stories/${SLUG}/%ZZ`,
    '/api/stories/%00/status',
    `/stories/%00/export.csv`,
  ]) {
    const response = await request.get(path);
    expect(response.status(), path).toBeGreaterThanOrEqual(400);
    expect(response.status(), path).toBeLessThan(500);
  }
});

test("item 6: a made-up session cookie gets the readers' stored copy", async ({ request }) => {
  const path = `/stories/${SLUG}/compare`;
  await request.get(path);
  const junk = await request.get(path, { headers: { cookie: 'parallax_session=junk' } });
  expect(junk.status()).toBe(200);
  expect(junk.headers()['x-parallax-cache']).toBe('hit');
});
