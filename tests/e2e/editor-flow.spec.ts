// Issue 14, the editors' flow (1280 px): sign-in returns to the page the editor came from; a
// note or a correction returns to its row; Reassign keeps the page's filters and starts from
// "choose a speaker"; every correction asks for a reason, is listed in the story's history
// with who and when, and is undone from there. The history page fits a 375 px screen.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { addEditorAccount } from './editor-account';
import { expect, test } from './fixtures';

const SLUG = 'harris-lopez-obrador-2021';
const EMAIL = `flow-${Date.now()}@example.org`;
const PASSWORD = 'a long and careful passphrase';

test.beforeAll(() => addEditorAccount(EMAIL, PASSWORD));

async function signInFrom(page: Page, path: string) {
  await page.goto(path);
  await page.getByRole('link', { name: 'Editor sign-in' }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=/);
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // The compare page with every row's editing forms is a large page on a shared machine.
  await expect(page.getByText(`Signed in as ${EMAIL}`)).toBeVisible({ timeout: 20_000 });
}

const noHorizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

test.describe('editors’ flow', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('sign-in returns to the page, with its filters, that the editor came from', async ({ page, baseURL }) => {
    const from = `/stories/${SLUG}/timeline?outlet=daily-mail`;
    await signInFrom(page, from);
    expect(page.url()).toBe(`${baseURL}${from}`);
  });

  test('a note sent after the session ended leads through sign-in back to its page', async ({ page, baseURL }) => {
    const from = `/stories/${SLUG}/timeline?outlet=efe`;
    await signInFrom(page, from);
    await page.context().clearCookies();
    const event = page.locator('li[id^="event-"]').first();
    await event.getByText('Add an editor’s note').click();
    await event.getByLabel('Note (shown to readers and in the PDF)').fill('Written as the session ended.');
    await event.getByRole('button', { name: 'Save note' }).click();
    await expect(page).toHaveURL(/\/sign-in\?next=/);
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText(`Signed in as ${EMAIL}`)).toBeVisible({ timeout: 20_000 });
    expect(page.url()).toBe(`${baseURL}${from}`);
  });

  test('a note saved on a compare row returns to that row, which shows it', async ({ page }) => {
    await signInFrom(page, `/stories/${SLUG}/compare`);
    const rowId = await page.locator('li.cmp-row').nth(6).getAttribute('id');
    // An editor's controls open for one row at a time.
    await page.locator(`#${rowId}`).getByRole('link', { name: 'Correct or annotate this row' }).click();
    const row = page.locator(`#${rowId}`);
    const body = `Checked against the wire copy ${Date.now()}.`;
    await row.getByText('Add an editor’s note').click();
    await row.getByLabel('Note (shown to readers and in the PDF)').fill(body);
    await row.getByRole('button', { name: 'Save note' }).click();
    await expect(page).toHaveURL(new RegExp(`/compare#${rowId}$`));
    const back = page.locator(`#${rowId}`);
    await expect(back.getByRole('list', { name: /Editors. notes/ })).toContainText(body, { timeout: 20_000 });
    await expect(back).toBeInViewport();
  });

  test('Reassign starts from "choose a speaker", asks for a reason, keeps the filter, and is listed and undone in the history', async ({
    page,
  }) => {
    await signInFrom(page, `/stories/${SLUG}/quotes`);
    // Filter by the first speaker, then correct a quotation on the filtered page.
    await page.getByRole('navigation', { name: 'Filter by speaker' }).getByRole('link').nth(1).click();
    await expect(page).toHaveURL(/\?speaker=/);
    const filtered = new URL(page.url());
    const card = page
      .locator('article[id]')
      .filter({ has: page.getByRole('button', { name: 'Reassign' }) })
      .first();
    const cardId = await card.getAttribute('id');
    const form = card
      .locator('form')
      .filter({ has: page.getByRole('button', { name: 'Reassign' }) })
      .first();
    const select = form.getByLabel('Speaker');
    await expect(select).toHaveValue('');
    await expect(select.locator('option:checked')).toHaveText('Choose a speaker');
    // Pressing Reassign without choosing changes nothing: the browser asks for a speaker.
    await form.getByRole('button', { name: 'Reassign' }).click();
    expect(page.url()).toBe(filtered.href);
    expect(await select.evaluate((element: HTMLSelectElement) => element.validity.valueMissing)).toBe(true);

    const person = await select.locator('option:not([disabled])').first().textContent();
    await select.selectOption({ label: person! });
    const reason = `The transcript names the speaker ${Date.now()}`;
    await form.getByLabel('Reason (optional)').fill(reason);
    await form.getByRole('button', { name: 'Reassign' }).click();
    await expect(page).toHaveURL(new RegExp(`\\?speaker=${filtered.searchParams.get('speaker')}#${cardId}$`));

    await page.getByRole('navigation', { name: 'Story sections' }).getByRole('link', { name: 'History' }).click();
    const entry = page.getByRole('list', { name: 'Corrections, newest first' }).getByRole('listitem').filter({ hasText: reason });
    await expect(entry).toContainText(`Reassigned the speaker of a quotation to ${person}`);
    await expect(entry).toContainText(`By ${EMAIL}`);
    await expect(entry).toContainText('Applied');
    await entry.getByRole('button', { name: 'Undo this correction' }).focus();
    await page.keyboard.press('Enter');
    await expect(entry).toContainText('Undone');
    await expect(entry).toContainText(`Undone by ${EMAIL}`);
    await expect(entry.getByRole('button', { name: 'Undo this correction' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Detached notes' })).toBeVisible();
  });

  test('a divergence marked wrong, with a reason, returns to its row and is undone from the history', async ({ page }) => {
    await signInFrom(page, `/stories/${SLUG}/compare?kind=number`);
    // Every row of this filter has a number divergence; an editor's controls open for one row at a time.
    const rowId = await page.locator('li.cmp-row').first().getAttribute('id');
    await page.locator(`#${rowId}`).getByRole('link', { name: 'Correct or annotate this row' }).click();
    const row = page.locator(`#${rowId}`);
    const reason = `Rounding, not a disagreement ${Date.now()}`;
    await row.getByLabel('Reason (optional)').first().fill(reason);
    await row.getByRole('button', { name: 'Mark this number divergence as wrong' }).first().click();
    await expect(page).toHaveURL(new RegExp(`/compare\\?kind=number#${rowId}$`));

    await page.goto(`/stories/${SLUG}/history`);
    const entry = page.getByRole('listitem').filter({ hasText: reason });
    await expect(entry).toContainText('Marked the number divergence as wrong');
    await entry.getByRole('button', { name: 'Undo this correction' }).click();
    await expect(entry).toContainText(`Undone by ${EMAIL}`);
  });

  test('the history page fits a 375 px screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`/stories/${SLUG}/history`);
    await expect(page.getByRole('heading', { name: 'History', level: 1 })).toBeVisible();
    expect(await noHorizontalOverflow(page)).toBe(true);
    await signInFrom(page, `/stories/${SLUG}/history`);
    await expect(page.getByRole('heading', { name: 'Detached notes' })).toBeVisible();
    await expect(page).toHaveTitle(/History/);
    expect(await noHorizontalOverflow(page)).toBe(true);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});
