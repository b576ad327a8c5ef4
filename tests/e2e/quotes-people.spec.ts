import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const STORY = '/stories/harris-lopez-obrador-2021';

async function expectNoSeriousViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

test.describe('quotes page', () => {
  test('groups quotations by speaker, most widely quoted first', async ({ page }) => {
    await page.goto(`${STORY}/quotes`);
    await expect(page.getByRole('heading', { level: 1, name: 'Quotations' })).toBeVisible();
    const speakers = page.getByRole('heading', { level: 2 });
    await expect(speakers.first()).toHaveText(/Kamala Harris/);
    await expect(page.getByRole('heading', { level: 2, name: /L[oó]pez Obrador/ })).toBeVisible();
    // An interpreter's lines are López Obrador's words: there is no "Translator" speaker.
    await expect(page.getByRole('heading', { level: 2, name: /Translator/ })).toHaveCount(0);
    await expect(page.getByRole('heading', { level: 2, name: /Reporter/ })).toBeVisible();
  });

  test('the "Do not come" message is shown as variants with a word diff', async ({ page }) => {
    await page.goto(`${STORY}/quotes`);
    const harris = page.locator('section', { has: page.getByRole('heading', { level: 2, name: /Kamala Harris/ }) });
    const card = harris.locator('article', { hasText: 'dangerous trek' }).filter({ hasText: 'At the same time' }).first();
    await expect(card).toContainText('Fullest rendering');
    await expect(card).toContainText('Daily Mail');
    await expect(card).toContainText('The New York Times');
    // Insertions and deletions are real <ins>/<del> elements, not only colour.
    await expect(card.locator('del').first()).toBeVisible();
    await expect(card.locator('ins').first()).toBeVisible();
    await expect(card.locator('del').first()).toContainText('At the same time');
    // The attribution each outlet gave, and who did not carry it.
    await expect(card).toContainText('said');
    await expect(card).toContainText('direct quote');
    await expect(card).toContainText(/Not carried by .*EFE/);
    await expect(card).not.toContainText(/Not carried by .*Voice of America/);
  });

  test('the interpreter’s lines are López Obrador’s words, marked as interpreted, with no invented attribution divergence', async ({
    page,
  }) => {
    await page.goto(`${STORY}/quotes`);
    const lopezObrador = page.locator('section', { has: page.getByRole('heading', { level: 2, name: /L[oó]pez Obrador/ }) });
    const card = lopezObrador.locator('article', { hasText: 'very pleased' }).first();
    await expect(card).toContainText('through an interpreter');
    await expect(card).toContainText('The New York Times');
    await expect(card).not.toContainText('Attributed differently');
  });

  test.describe('a speaker filter', () => {
    // A refused parameter is answered 400: the browser logs that status as an error.
    test.use({ expectedConsoleErrors: [/status of 400/] });

    test('the speaker filter shows one speaker, and a bad value explains itself', async ({ page }) => {
      await page.goto(`${STORY}/quotes`);
      await page
        .getByRole('navigation', { name: 'Filter by speaker' })
        .getByRole('link', { name: /^Reporter/ })
        .click();
      await expect(page).toHaveURL(/speaker=reporter$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quotations by Reporter');
      await expect(page.getByRole('heading', { level: 2 })).toHaveCount(1);
      await expect(page.getByRole('heading', { level: 2 })).toHaveText('Reporter');

      const problem = page.getByRole('alert').filter({ hasText: 'This address has a problem' });
      await page.goto(`${STORY}/quotes?speaker=nobody-at-all`);
      await expect(problem).toContainText('“speaker” parameter');
      await expect(problem).toContainText('nobody-at-all');
      await page.goto(`${STORY}/quotes?speaker=%3Cscript%3E`);
      await expect(problem).toContainText('“speaker” parameter');
      await page.getByRole('link', { name: 'Show the page without it' }).click();
      await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
    });
  });

  test('has no serious accessibility violations', async ({ page }) => {
    await page.goto(`${STORY}/quotes`);
    await expectNoSeriousViolations(page);
  });
});

test.describe('quotes page: following a quote', () => {
  // The annotated article page is built separately; only the address is checked here, so a
  // missing page's 404 log line must not fail the test.
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test('a variant links to its sentence in the article', async ({ page }) => {
    await page.goto(`${STORY}/quotes`);
    const link = page.getByRole('link', { name: 'Read it in The New York Times’s article' }).first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/stories\/harris-lopez-obrador-2021\/articles\/\d+#sentence-\d+$/);
    await link.click();
    await expect(page).toHaveURL(/\/stories\/harris-lopez-obrador-2021\/articles\/\d+#sentence-\d+$/);
  });
});

test.describe('people page', () => {
  test('shows people × outlets with mention and quote counts', async ({ page }) => {
    await page.goto(`${STORY}/people`);
    await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
    const table = page.getByRole('table');
    for (const outlet of ['Daily Mail', 'The New York Times', 'EFE', 'Voice of America', 'Riviera Maya News']) {
      await expect(table.getByRole('columnheader', { name: outlet })).toBeVisible();
    }
    const first = table.locator('tbody tr').first();
    await expect(first.getByRole('rowheader')).toContainText('Kamala Harris');
    await expect(first).toContainText(/\d+ mentions? · \d+ quotes?/);
    const lopez = table.locator('tbody tr', { hasText: /L[oó]pez Obrador/ });
    await expect(lopez).toContainText('AMLO');
  });

  test('a person links to their quotations', async ({ page }) => {
    await page.goto(`${STORY}/people`);
    const row = page.getByRole('table').locator('tbody tr').first();
    await row.getByRole('link', { name: /quotations/ }).click();
    await expect(page).toHaveURL(/\/quotes\?speaker=\d+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quotations by Kamala Harris');
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(1);
  });

  test('has no serious accessibility violations', async ({ page }) => {
    await page.goto(`${STORY}/people`);
    await expectNoSeriousViolations(page);
  });
});
