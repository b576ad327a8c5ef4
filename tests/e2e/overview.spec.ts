import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const STORY = '/stories/harris-lopez-obrador-2021';

const grid = (page: Page) => page.getByRole('region', { name: /Coverage grid/ });
const gridRows = (page: Page) => grid(page).locator('tbody tr');

async function outletCounts(rows: Locator): Promise<number[]> {
  return (await rows.locator('td:nth-of-type(1)').allInnerTexts()).map((text) => Number.parseInt(text, 10));
}

test.describe('story overview', () => {
  test('the outlets table gives each article its outlet, date, headline link, words and source family', async ({ page }) => {
    await page.goto(STORY);
    const table = page.getByRole('region', { name: /outlets and their articles/ });
    await expect(table.getByRole('columnheader')).toHaveText(['Outlet', 'Published', 'Headline', 'Words', 'Source']);
    const efe = table.locator('tbody tr', { hasText: 'EFE' });
    await expect(efe).toContainText('8 Jun 2021');
    await expect(efe).toContainText('Independent');
    await expect(efe.getByRole('link')).toHaveAttribute('href', /\/stories\/harris-lopez-obrador-2021\/articles\/\d+$/);
    const words = Number((await efe.locator('td').nth(2).innerText()).replace(/,/g, ''));
    expect(words).toBeGreaterThan(100);
  });

  test('the coverage grid lists shared claims × outlets, most widely reported first, with text for every cell', async ({ page }) => {
    await page.goto(STORY);
    await expect(grid(page).getByRole('columnheader', { name: /^Outlets/ })).toHaveAttribute('aria-sort', 'descending');
    for (const outlet of ['Daily Mail', 'The New York Times', 'EFE', 'Voice of America', 'Riviera Maya News']) {
      await expect(grid(page).getByRole('columnheader', { name: outlet, exact: true })).toBeVisible();
    }
    const counts = await outletCounts(gridRows(page));
    expect(counts.length).toBeGreaterThan(5);
    expect(counts.every((count) => count >= 2)).toBe(true);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    // Cells say what they mean in words, not only by colour; the figures row is marked.
    const figures = gridRows(page).filter({ hasText: 'more than 170,000' });
    await expect(figures.getByRole('cell', { name: 'Reported differently: number', exact: true })).toHaveCount(2);
    await expect(figures.getByRole('cell', { name: 'Not reported', exact: true })).toHaveCount(3);
    await expect(gridRows(page).getByRole('cell', { name: 'Not reported (flagged as an omission)' }).first()).toBeVisible();
  });

  test('re-sorting from the column headers changes the address and the order', async ({ page }) => {
    await page.goto(STORY);
    await grid(page)
      .getByRole('link', { name: /^Claim/ })
      .click();
    await expect(page).toHaveURL(/\?sort=label#coverage$/);
    await expect(grid(page).getByRole('columnheader', { name: /^Claim/ })).toHaveAttribute('aria-sort', 'ascending');
    await expect(grid(page).getByRole('columnheader', { name: /^Outlets/ })).not.toHaveAttribute('aria-sort', /.+/);
    const labels = await gridRows(page).locator('th > span').allInnerTexts();
    const key = (label: string) => label.replace(/^[^\p{L}\p{N}]+/u, '');
    expect(labels.map(key)).toEqual([...labels.map(key)].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));

    await grid(page)
      .getByRole('link', { name: /^Status/ })
      .click();
    await expect(page).toHaveURL(/\?sort=divergence#coverage$/);
    await expect(gridRows(page).first()).toContainText('Diverged');
    await expect(gridRows(page).first()).toContainText('Reported differently');
  });

  test('a divergence’s “Why?” opens the sentences it rests on, linked to the articles', async ({ page }) => {
    await page.goto(STORY);
    const section = page.getByRole('region', { name: 'Key divergences' });
    const figures = section.getByRole('listitem').filter({ hasText: 'more than 170,000' }).first();
    await expect(figures).toContainText('Number');
    await expect(figures).toContainText(/Daily Mail: more than 170,000 against EFE: 178,120/);
    const evidence = figures.locator('details');
    await expect(evidence.getByRole('link', { name: /178,120/ })).toBeHidden();
    await figures.getByText('Why?').click();
    const dailyMail = evidence.getByRole('link', { name: /more than 170,000 encounters/ });
    const efe = evidence.getByRole('link', { name: /178,120 illegal immigrants/ });
    await expect(dailyMail).toBeVisible();
    await expect(efe).toBeVisible();
    await expect(evidence).toContainText(/Score \d\.\d\d/);
    await expect(efe).toHaveAttribute('href', /\/articles\/\d+#sentence-\d+$/);
  });

  test('the grid row’s “Why?” opens with the keyboard', async ({ page }) => {
    await page.goto(STORY);
    const row = gridRows(page).first();
    const summary = row.locator('summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(row.locator('details')).toHaveAttribute('open', '');
    await expect(row.locator('details blockquote').first()).toBeVisible();
  });

  test('each “Why?” is named for what it explains, so a keyboard or screen-reader user can tell them apart', async ({ page }) => {
    await page.goto(STORY);
    // The ones a keyboard reaches (the grid's narrow-screen list is hidden at this width).
    const whys = page.locator('main summary:visible').filter({ hasText: 'Why?' });
    expect(await whys.count()).toBeGreaterThan(20);
    // What is seen stays "Why?"; the longer name is for assistive technology.
    await expect(whys.first().locator('[aria-hidden="true"]')).toHaveText('Why?');
    await expect(whys.first().locator('.sr-only')).toHaveCSS('position', 'absolute');
    for (let index = 0; index < (await whys.count()); index += 1) await expect(whys.nth(index)).toHaveAccessibleName(/^Why: \S.{2,}/);
    // A grid row's names its row.
    const row = gridRows(page).first();
    const label = (await row.locator('th').innerText()).split('\n')[0].slice(0, 20);
    await expect(row.locator('summary')).toHaveAccessibleName(new RegExp(`^Why: ${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  test('show=all adds the claims one source alone reports, and says how many were hidden', async ({ page }) => {
    test.slow();
    await page.goto(STORY);
    const shared = await gridRows(page).count();
    const hidden = page.getByText(/\d+ claims from a single source are hidden/);
    await expect(hidden).toBeVisible();
    const hiddenCount = Number((await hidden.innerText()).match(/(\d+) claims from a single source/)![1]);
    await page.getByRole('link', { name: /^Show all \d+ claims$/ }).click();
    await expect(page).toHaveURL(/show=all/);
    await expect(gridRows(page)).toHaveCount(shared + hiddenCount);
    expect(await outletCounts(gridRows(page))).toContain(1);
    await page.getByRole('link', { name: 'Show only shared claims' }).click();
    await expect(gridRows(page)).toHaveCount(shared);
  });

  test.describe('a bad parameter', () => {
    // A refused parameter is answered 400: the browser logs that status as an error.
    test.use({ expectedConsoleErrors: [/status of 400/] });

    test('a bad sort value shows a clear message naming the parameter, answered 400', async ({ page }) => {
      const response = await page.goto(`${STORY}?sort=sideways`);
      expect(response?.status()).toBe(400);
      const alert = page.getByRole('alert').filter({ hasText: 'This address has a problem' });
      await expect(alert).toContainText('“sort” parameter "sideways" is not valid');
      await expect(alert).toContainText('use outlets (the default), divergence or label');
      await alert.getByRole('link', { name: 'Show the page without it' }).click();
      await expect(page).toHaveURL(new RegExp(`${STORY}$`));
      await expect(grid(page)).toBeVisible();
    });
  });

  test('the framing summary gives each outlet its distinctive and headline words and explains the method', async ({ page }) => {
    await page.goto(STORY);
    const framing = page.getByRole('region', { name: /Framing/ });
    await expect(framing).toContainText('weighted log-odds with an informative Dirichlet prior');
    await expect(framing.getByRole('heading', { level: 3 })).toHaveCount(5);
    await expect(framing.getByRole('list', { name: 'Distinctive words of EFE' }).getByRole('listitem').first()).toContainText(/z \d\.\d/);
    await expect(framing.getByRole('list', { name: 'Headline words of Daily Mail' })).toBeVisible();
  });

  test('at 375 px the claims stack into cards that fit the screen, with their own sort links', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(STORY);
    await expect(grid(page)).toBeHidden();
    const cards = page.getByRole('list', { name: 'Claims and the outlets that report them' }).locator(':scope > li');
    await expect(cards.first()).toBeVisible();
    const figures = cards.filter({ hasText: 'more than 170,000' });
    await expect(figures.getByRole('listitem').filter({ hasText: 'EFE' })).toContainText('Number');
    await expect(figures).toContainText(/Not reported by .*Voice of America/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.getByRole('navigation', { name: 'Sort the claims' }).getByRole('link', { name: 'A–Z' }).click();
    await expect(page).toHaveURL(/\?sort=label#coverage$/);
    await expect(page.getByRole('navigation', { name: 'Sort the claims' }).getByRole('link', { name: 'A–Z' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await expect(page.getByRole('list', { name: 'The outlets and their articles' }).getByRole('link')).toHaveCount(5);
  });

  test('axe finds no serious or critical violation at 375 px', async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(STORY);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  test('axe finds no serious or critical violation on the overview, with evidence open', async ({ page }) => {
    test.slow();
    await page.goto(STORY);
    await grid(page)
      .locator('details')
      .first()
      .evaluate((element) => element.setAttribute('open', ''));
    await page
      .getByRole('region', { name: 'Key divergences' })
      .locator('details')
      .first()
      .evaluate((element) => element.setAttribute('open', ''));
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });

  test('axe finds no serious or critical violation on the home page', async ({ page }) => {
    await page.goto('/');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
