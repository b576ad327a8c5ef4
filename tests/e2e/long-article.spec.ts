// Issue 12, item 6: pages do not grow with the length of one article's text. A long article
// is read in pages with its full text one link away, and a sentence longer than any cell is
// cut, and a comparison of very many claims is read in pages of rows.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

const SLUG = `long-article-${Date.now()}`;
// Made in beforeAll: the runner also loads this file (to list the tests), in another process.
let folder: string;
// One sentence of about 20,000 characters with no full stop in it.
const LONG_SENTENCE = `The harbour board said that ${Array.from({ length: 400 }, (_, i) => `berth ${i + 1} would reopen after repairs costing ${(i + 1) * 1000} dollars`).join(' and ')}.`;
const body = Array.from(
  { length: 1500 },
  (_, i) => `The council met on day ${i + 1} of the review and approved ${i + 2} new plans for the harbour district.`,
);
const LONG_TEXT = [
  'Harbour review runs long',
  '',
  ...body.slice(0, 700).flatMap((line) => [line, '']),
  LONG_SENTENCE,
  '',
  ...body.slice(700).flatMap((line) => [line, '']),
].join('\n');

function importArticle(file: string, text: string, outlet: string) {
  writeFileSync(path.join(folder, file), text);
  const env = { ...process.env, EMBEDDED_PG_DATABASE: process.env.E2E_DATABASE ?? 'parallax_e2e' };
  const args = [
    'tsx',
    '--conditions=react-server',
    'src/cli/import.ts',
    path.join(folder, file),
    '--story',
    SLUG,
    '--title',
    'Harbour review',
    '--outlet',
    outlet,
    '--published',
    '2024-03-05',
  ];
  const result = spawnSync('npx', args, { env, encoding: 'utf8', timeout: 240_000 });
  expect(result.status, result.stderr).toBe(0);
}

test.beforeAll(() => {
  test.setTimeout(300_000);
  folder = mkdtempSync(path.join(tmpdir(), 'parallax-long-'));
  importArticle('long.txt', LONG_TEXT, 'Long Form Weekly');
  importArticle(
    'short.txt',
    'Harbour board approves repairs\n\nThe harbour board said that berth 1 would reopen after repairs costing 1000 dollars.\n',
    'Quay Daily',
  );
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('a long article is read in pages of bounded size, with its full text one link away', async ({ page, request }) => {
  test.setTimeout(120_000);
  const overview = await (await request.get(`/stories/${SLUG}`)).text();
  const paths = [...new Set([...overview.matchAll(new RegExp(`/stories/${SLUG}/articles/\\d+`, 'g'))].map((match) => match[0]))];
  expect(paths).toHaveLength(2);
  const lengths = await Promise.all(paths.map(async (articlePath) => (await (await request.get(`${articlePath}/text`)).text()).length));
  const articlePath = paths[lengths.indexOf(Math.max(...lengths))];
  const first = await request.get(articlePath);
  expect(first.status()).toBe(200);
  const html = await first.text();
  expect(html.length).toBeLessThan(1_500_000);
  expect(html).not.toContain(LONG_SENTENCE.slice(0, 12_000));
  await page.goto(articlePath);
  const nav = page.getByRole('navigation', { name: 'Article pages' });
  await expect(nav).toContainText(/Page 1 of [2-9]/);
  await nav.getByRole('link', { name: 'Next page' }).click();
  await expect(nav).toContainText(/Page 2 of/);
  await expect(nav.getByRole('link', { name: 'Previous page' })).toBeVisible();
  const full = await request.get(`${articlePath}/text`);
  expect(full.headers()['content-type']).toContain('text/plain');
  const text = await full.text();
  expect(text).toContain(LONG_SENTENCE);
  expect(text.length).toBeGreaterThan(150_000);
  expect((await request.get(`${articlePath}?page=999`)).status()).toBe(404);
});

test('a sentence longer than a cell is cut in the comparison, the quotes and the timeline', async ({ request }) => {
  for (const tab of ['compare', 'quotes', 'timeline', '']) {
    const response = await request.get(`/stories/${SLUG}${tab ? `/${tab}` : ''}`);
    expect(response.status()).toBe(200);
    expect(await response.text(), tab).not.toContain(LONG_SENTENCE.slice(1_000, 3_000));
  }
});

test('a comparison of very many claims is read in pages of rows of bounded size', async ({ page, request }) => {
  test.setTimeout(120_000);
  const first = await request.get(`/stories/${SLUG}/compare`);
  expect(first.status()).toBe(200);
  expect((await first.text()).length).toBeLessThan(1_500_000);
  // The folded page lists the first claims of each outlet and sends the reader to the rows for the rest.
  await page.goto(`/stories/${SLUG}/compare`);
  await page.locator('details.cmp-only summary').first().click();
  await page.getByRole('link', { name: 'read every claim as rows, page by page' }).first().click();
  await expect(page).toHaveURL(/layout=rows/);
  const nav = page.getByRole('navigation', { name: 'Comparison pages' });
  await expect(nav).toContainText(/Rows page 1 of [2-9]/);
  await nav.getByRole('link', { name: 'Next rows' }).click();
  await expect(nav).toContainText(/Rows page 2 of/);
  // A link to one row of a later page ("Why?", an editor's controls) opens the page that holds it.
  const later = (await page.locator('li.cmp-row').first().getAttribute('id'))!.replace('row-', '');
  const direct = await request.get(`/stories/${SLUG}/compare?layout=rows&why=${later}`);
  expect(await direct.text()).toContain(`id="row-${later}"`);
  expect((await request.get(`/stories/${SLUG}/compare?layout=rows&page=999`)).status()).toBe(404);
});
