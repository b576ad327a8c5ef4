import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const story = '/stories/harris-lopez-obrador-2021';
const compare = `${story}/compare`;

test.describe('compare outlets side by side', () => {
  test('the controls come in the order they are shown: outlets, the pairs beside them, then the filter', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(compare);
    const pairs = page.locator('summary', { hasText: 'Compare a pair of outlets' });
    const firstChip = page.getByRole('navigation', { name: 'Filter rows' }).getByRole('link').first();
    const compareButton = page.getByRole('button', { name: 'Compare these outlets' });
    // Shown top right, beside the outlets, above the filter chips...
    const [pairsBox, chipBox, buttonBox] = [await pairs.boundingBox(), await firstChip.boundingBox(), await compareButton.boundingBox()];
    expect(pairsBox!.x).toBeGreaterThan(buttonBox!.x);
    expect(pairsBox!.y).toBeLessThan(chipBox!.y);
    // ...and reached by Tab right after the outlets' button, before the chips.
    await compareButton.focus();
    await page.keyboard.press('Tab');
    await expect(pairs).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(firstChip).toBeFocused();
  });

  test('choosing two outlets in the form puts them side by side', async ({ page }) => {
    await page.goto(compare);
    await expect(page.getByRole('heading', { level: 1, name: 'Compare outlets side by side' })).toBeVisible();
    const form = page.getByRole('group', { name: 'Outlets to compare' });
    // All five outlets are compared by default.
    for (const name of ['Daily Mail', 'The New York Times', 'EFE', 'Voice of America', 'Riviera Maya News']) {
      await expect(form.getByRole('checkbox', { name })).toBeChecked();
    }
    for (const name of ['The New York Times', 'Voice of America', 'Riviera Maya News'])
      await form.getByRole('checkbox', { name }).uncheck();
    await page.getByRole('button', { name: 'Compare these outlets' }).click();
    await expect(page).toHaveURL(/\/compare\?outlets=daily-mail,efe$/);
    await expect(page.getByText(/^Daily Mail · EFE: \d+ claims/)).toBeVisible();

    // The April border figures: the same fact, aligned on one row, with its number divergence.
    const row = page.getByRole('listitem').filter({ hasText: 'more than 170,000' }).filter({ hasText: '178,120' });
    await expect(row).toHaveCount(1);
    await expect(row.getByText('Shared by 2 of 2')).toBeVisible();
    await expect(row.getByText(/^#?\s*Number$/).first()).toBeVisible();
    const cells = row.getByRole('button');
    await expect(cells).toHaveCount(2);
    await expect(cells.nth(0)).toContainText('Daily Mail');
    await expect(cells.nth(0)).toContainText('more than 170,000');
    await expect(cells.nth(1)).toContainText('EFE');
    await expect(cells.nth(1)).toContainText('178,120');
    const [a, b] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
    expect(b!.x).toBeGreaterThan(a!.x);

    // Its evidence: the two sentences with their similarity and links to the articles.
    await row.getByText('Why are these aligned?').click();
    await expect(row.getByText(/similarity 0\.\d\d/).first()).toBeVisible();
    await expect(row.getByRole('link', { name: /178,120/ })).toHaveAttribute('href', /\/articles\/\d+#sentence-\d+$/);
  });

  test('with every claim as a row, a claim only one outlet reports is marked and the other cell says Not reported', async ({ page }) => {
    await page.goto(`${compare}?outlets=daily-mail,efe&layout=rows`);
    const unique = page
      .getByRole('list', { name: /Claims side by side/ })
      .locator(':scope > li')
      .filter({ hasText: 'Only in EFE, not Daily Mail' })
      .first();
    await expect(unique.getByText('Only in EFE, not Daily Mail')).toBeVisible();
    await expect(unique.locator('.cmp-cell-empty')).toBeVisible();
    await expect(unique.locator('.cmp-cell-empty')).toHaveCSS('border-style', 'dashed');
  });

  test('the kind filter narrows the rows to number divergences', async ({ page }) => {
    await page.goto(`${compare}?outlets=daily-mail,efe`);
    const rows = page.getByRole('list', { name: /Claims side by side/ }).locator(':scope > li');
    const all = await rows.count();
    await page
      .getByRole('navigation', { name: 'Filter rows' })
      .getByRole('link', { name: /^Number/ })
      .click();
    await expect(page).toHaveURL(/outlets=daily-mail,efe&kind=number$/);
    await expect(rows).toHaveCount(1);
    expect(all).toBeGreaterThan(1);
    await expect(rows.first()).toContainText('178,120');
    await expect(page.getByRole('link', { name: /^Number/ })).toHaveAttribute('aria-current', 'true');
  });

  test('clicking a cell selects its row and highlights every outlet’s cell', async ({ page }) => {
    await page.goto(`${compare}?outlets=daily-mail,efe`);
    const row = page.getByRole('listitem').filter({ hasText: '178,120' }).first();
    const cells = row.getByRole('button');
    await expect(cells.first()).toHaveAttribute('aria-pressed', 'false');
    await cells.nth(1).click();
    await expect(cells.nth(0)).toHaveAttribute('aria-pressed', 'true');
    await expect(cells.nth(1)).toHaveAttribute('aria-pressed', 'true');
    await expect(page).toHaveURL(/#row-\d+$/);
    // Screen readers hear which row was selected and who reported it.
    await expect(page.getByText(/^Selected: claim reported by Daily Mail, EFE/)).toBeAttached();
    // Only one row is selected at a time.
    await expect(page.locator('button[aria-pressed="true"]')).toHaveCount(2);
    await cells.nth(1).click();
    await expect(page.locator('button[aria-pressed="true"]')).toHaveCount(0);
  });

  test('the keyboard selects a row: Tab to a cell and press Enter', async ({ page }) => {
    await page.goto(`${compare}?outlets=daily-mail,efe&kind=number`);
    const firstCell = page
      .getByRole('list', { name: /Claims side by side/ })
      .getByRole('button')
      .first();
    // Tab from the last control before the rows until the first cell has focus.
    await page.getByRole('link', { name: /^Omission/ }).focus();
    for (let i = 0; i < 10 && !(await firstCell.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(firstCell).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(firstCell).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Space');
    await expect(firstCell).toHaveAttribute('aria-pressed', 'false');
  });

  test('a quote row shows the word diff between the chosen outlets', async ({ page }) => {
    await page.goto(`${compare}?outlets=daily-mail,the-new-york-times&kind=wording`);
    const rows = page.getByRole('list', { name: /Claims side by side/ }).locator(':scope > li');
    await expect(rows).toHaveCount(1);
    await expect(rows.first().locator('del').first()).toBeVisible();
    await expect(rows.first()).toContainText('The New York Times against Daily Mail');
  });

  test.describe('unknown outlets and kinds', () => {
    // A refused parameter is answered 400: the browser logs that status as an error.
    test.use({ expectedConsoleErrors: [/status of 400/] });

    test('one outlet asks for two or more; unknown outlets and kinds are named', async ({ page }) => {
      await page.goto(`${compare}?outlets=efe`);
      await expect(page.getByText('Choose two or more outlets to compare them side by side.')).toBeVisible();
      await page.getByRole('link', { name: 'Daily Mail and EFE' }).click();
      await expect(page).toHaveURL(/outlets=daily-mail,efe$/);

      const problem = page.getByRole('alert').filter({ hasText: 'This address has a problem' });
      await page.goto(`${compare}?outlets=efe,no-such-outlet`);
      await expect(problem).toContainText('“no-such-outlet”');
      await expect(problem).toContainText('“outlets” parameter');

      await page.goto(`${compare}?kind=colour`);
      await expect(problem).toContainText('“kind”');
      await page.getByRole('link', { name: 'Show the page without it' }).click();
      await expect(page.getByRole('list', { name: /Claims side by side/ })).toBeVisible();
    });
  });

  test('without JavaScript the form still compares (outlets repeated)', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto(compare);
    const form = page.getByRole('group', { name: 'Outlets to compare' });
    for (const name of ['The New York Times', 'Voice of America', 'Riviera Maya News'])
      await form.getByRole('checkbox', { name }).uncheck();
    await page.getByRole('button', { name: 'Compare these outlets' }).click();
    await expect(page).toHaveURL(/outlets=daily-mail&outlets=efe$/);
    await expect(page.getByText(/^Daily Mail · EFE: \d+ claims/)).toBeVisible();
    await context.close();
  });

  test('on a phone each cell is labelled with its outlet and the cells stack', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${compare}?outlets=daily-mail,efe&kind=number`);
    const cells = page.getByRole('list', { name: /Claims side by side/ }).getByRole('button');
    await expect(cells.nth(0).getByText('Daily Mail', { exact: true })).toBeVisible();
    const [a, b] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
    expect(b!.y).toBeGreaterThan(a!.y + a!.height - 1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('no serious or critical accessibility violations', async ({ page }) => {
    await page.goto(`${compare}?outlets=daily-mail,efe,the-new-york-times`);
    await page.getByRole('listitem').filter({ hasText: '178,120' }).first().getByRole('button').first().click();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
