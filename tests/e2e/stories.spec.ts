import { expect, test } from './fixtures';

test.describe('story list and story page', () => {
  test('the home page lists the seed story with its outlets, dates and claim counts', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();
    const story = page.getByRole('link', { name: /Harris/ });
    await expect(story).toBeVisible();
    const outlets = page.getByRole('list', { name: 'Outlets' }).first();
    for (const outlet of ['Daily Mail', 'The New York Times', 'EFE', 'Voice of America', 'Riviera Maya News']) {
      await expect(outlets.getByText(outlet, { exact: true })).toBeVisible();
    }
    await expect(page.getByText('5 articles')).toBeVisible();
    await expect(page.getByText('7 May 2021 – 8 Jun 2021')).toBeVisible();
    const counts = page.getByText(/^[1-9]\d* agreed · [1-9]\d* diverged( · [1-9]\d* possibly related)?$/);
    await expect(counts).toBeVisible();
    // One count everywhere: the compare page and the overview say the same.
    const line = (await counts.textContent())!;
    await page.goto('/stories/harris-lopez-obrador-2021/compare');
    await expect(page.getByText(line, { exact: false }).first()).toBeVisible();
    await page.goto('/stories/harris-lopez-obrador-2021');
    await expect(page.getByText(`${line}.`, { exact: false }).first()).toBeVisible();
  });

  test('following the story shows the overview with its five articles by outlet, headline and date', async ({ page }) => {
    await page.goto('/');
    await page
      .getByRole('link', { name: /Harris/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/stories\/harris-lopez-obrador-2021$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    const rows = page.getByRole('region', { name: /outlets and their articles/ }).locator('tbody tr');
    await expect(rows).toHaveCount(5);
    // The Voice of America piece is the only one from May; the table is in date order.
    await expect(rows.first()).toContainText('Voice of America');
    await expect(rows.first()).toContainText('7 May 2021');
    await expect(rows.nth(1)).toContainText('8 Jun 2021');
    // The full texts are on the article pages now, one link per headline.
    await expect(page.locator('article')).toHaveCount(0);
    for (const row of await rows.all()) {
      await expect(row.getByRole('link')).toHaveAttribute('href', /^\/stories\/harris-lopez-obrador-2021\/articles\/\d+$/);
    }
  });
});

test.describe('not found', () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('an unknown story answers 404 with the not-found page', async ({ page }) => {
    const response = await page.goto('/stories/no-such-story');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Story not found' })).toBeVisible();
  });
});
