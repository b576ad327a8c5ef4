// An editor adds coverage by its address: pastes two local addresses (and one that is
// refused), sees what each page says about its article, confirms, and the story shows
// both articles aligned.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { PAGES_DIR, type PageServer, startPageServer } from '../support/page-server';
import { expect, test } from './fixtures';

const EMAIL = `address-editor-${Date.now()}@example.org`;
const PASSWORD = 'a long and careful passphrase';
const SLUG = 'riverton-bridge-vote';
const env = { ...process.env, EMBEDDED_PG_DATABASE: process.env.E2E_DATABASE ?? 'parallax_e2e' };
let server: PageServer;

const cli = (args: string[], input?: string) => {
  const result = spawnSync('npx', ['tsx', '--conditions=react-server', ...args], { env, input, encoding: 'utf8', timeout: 120_000 });
  expect(result.status, result.stderr).toBe(0);
};

test.beforeAll(async () => {
  server = await startPageServer();
  server.setLive('courier.html', readFileSync(path.join(PAGES_DIR, 'open-graph.html'), 'utf8'));
  cli(['src/cli/editor-add.ts', EMAIL], `${PASSWORD}\n`);
  // The story exists with one article typed in by hand, as before this feature.
  const dir = mkdtempSync(path.join(tmpdir(), 'parallax-address-'));
  try {
    writeFileSync(
      path.join(dir, 'wire.txt'),
      'Riverton picks a bridge plan\n\nRiverton officials met on Tuesday to discuss road repairs.\n',
    );
    cli([
      'src/cli/import.ts',
      path.join(dir, 'wire.txt'),
      '--story',
      SLUG,
      '--title',
      'Riverton bridge vote',
      '--outlet',
      'Riverton Wire',
      '--published',
      '2024-03-12',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
test.afterAll(async () => {
  await server.close();
});

test.describe.configure({ mode: 'serial' });

async function signIn(page: import('@playwright/test').Page) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${EMAIL}`)).toBeVisible();
}

async function addByAddress(page: import('@playwright/test').Page, urls: string[]) {
  await page.goto(`/stories/${SLUG}/add`);
  await page.getByLabel('Article addresses, one per line').fill(urls.join('\n'));
  await page.getByRole('button', { name: 'Find the articles' }).click();
}

test('an editor pastes two addresses, checks the metadata, confirms, and sees both articles aligned', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page);
  await addByAddress(page, [`${server.origin}/pages/json-ld.html`, `${server.origin}/live/courier.html`, 'http://10.0.0.1/story']);

  const found = page.getByTestId('found-article');
  await expect(found).toHaveCount(2);
  await expect(page.getByRole('alert').filter({ hasText: 'Could not add' })).toHaveText(
    'Could not add http://10.0.0.1/story: 10.0.0.1 is a private-network address, which is never fetched.',
  );
  const ledger = found.nth(0);
  await expect(ledger.getByLabel(/^Outlet/)).toHaveValue('The Harbor Ledger');
  await expect(ledger.getByLabel(/^Outlet/)).toHaveAccessibleName('Outlet (from schema.org data)');
  await expect(ledger.getByLabel(/^Headline/)).toHaveValue('Council approves $40 million Elm Street bridge after two-year fight');
  await expect(ledger.getByLabel(/^Published/)).toHaveValue('2024-03-12T18:45:00-04:00');
  await expect(ledger.getByText('Dana Whitfield, Omar Reyes')).toBeVisible();
  await expect(ledger.getByText('https://news.harbor-ledger.example/local/2024/03/12/council-approves-elm-street-bridge')).toBeVisible();
  const courier = found.nth(1);
  await expect(courier.getByLabel(/^Outlet/)).toHaveValue('Valley Courier');
  await expect(courier.getByLabel(/^Outlet/)).toHaveAccessibleName('Outlet (from Open Graph tags)');
  await expect(courier.getByText('6 paragraphs')).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  // The editor corrects what the page said before anything is stored.
  await courier.getByLabel(/^Outlet/).fill('The Valley Courier');

  await page.getByRole('button', { name: 'Add these 2 articles' }).click();
  await expect(page).toHaveURL(new RegExp(`/stories/${SLUG}$`));
  // The analysis runs in the background; the page shows the articles once it is complete.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('table').getByRole('link', { name: 'Riverton votes for new Elm St. bridge' })).toBeVisible({
      timeout: 1_000,
    });
  }).toPass({ timeout: 120_000 });
  await expect(page.getByRole('table').getByRole('rowheader', { name: 'The Harbor Ledger' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('rowheader', { name: 'The Valley Courier' })).toBeVisible();

  await page.goto(`/stories/${SLUG}/compare?outlets=the-harbor-ledger,the-valley-courier`);
  const shared = page.getByRole('listitem').filter({ hasText: 'Shared by 2 of 2' });
  expect(await shared.count()).toBeGreaterThan(1);
  const borrowing = shared.filter({ hasText: 'borrow' }).first();
  await expect(borrowing).toContainText('The Harbor Ledger');
  await expect(borrowing).toContainText('The Valley Courier');
});

test('the outlet changes its article: adding the address again keeps both versions, and the article page shows the word diff', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const original = readFileSync(path.join(PAGES_DIR, 'open-graph.html'), 'utf8');
  server.setLive('courier.html', original.replace('After two years of debate', 'After three years of debate'));
  await signIn(page);
  await addByAddress(page, [`${server.origin}/live/courier.html`]);
  await expect(page.getByTestId('found-article')).toHaveCount(1);
  await page
    .getByTestId('found-article')
    .getByLabel(/^Outlet/)
    .fill('The Valley Courier');
  await page.getByRole('button', { name: 'Add this article' }).click();
  await expect(page).toHaveURL(new RegExp(`/stories/${SLUG}$`));
  const marker = page.getByRole('table').getByRole('link', { name: 'Changed after publication: 2 versions' });
  await expect(async () => {
    await page.reload();
    await expect(marker).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 120_000 });
  await marker.click();
  const versions = page.getByRole('region', { name: 'Changed after publication: 2 versions' });
  await expect(versions.getByText(/^Version 1, fetched/)).toBeVisible();
  await expect(versions.getByText(/^Version 2, fetched/)).toBeVisible();
  const diff = page.getByTestId('version-diff');
  await expect(diff.locator('del')).toHaveText(/two/);
  await expect(diff.locator('ins')).toHaveText(/three/);
  // The page as fetched is kept for audit, served as text (never rendered).
  const href = await versions.getByRole('link', { name: 'the page as fetched' }).first().getAttribute('href');
  const stored = await page.request.get(href!);
  expect(stored.headers()['content-type']).toBe('text/plain; charset=utf-8');
  expect(stored.headers()['x-content-type-options']).toBe('nosniff');
  expect(await stored.text()).toBe(original);
  // The article as shown (and analysed) is the latest version.
  await expect(
    page
      .locator('article')
      .getByText(/After three years of debate/)
      .first(),
  ).toBeVisible();
});
