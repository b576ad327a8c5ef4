import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// Every story page refuses a parameter it cannot use with a 400 and the page's own message:
// what was wrong, in plain words, and a link to the page without it (src/proxy.ts sets the
// status; the page shows the message).
const STORY = '/stories/harris-lopez-obrador-2021';

const problem = (page: Page) => page.getByRole('alert').filter({ hasText: 'This address has a problem' });

test.describe('bad query parameters on story pages', () => {
  test.use({ expectedConsoleErrors: [/status of 400/] });

  const cases: { address: string; says: string[]; back: string }[] = [
    { address: `${STORY}?sort=sideways`, says: ['“sort” parameter'], back: STORY },
    { address: `${STORY}?show=everything`, says: ['“show” parameter', 'use all, or leave it out'], back: STORY },
    {
      address: `${STORY}/compare?kind=bogus`,
      says: [
        '“kind” parameter "bogus" is not valid',
        'use diverged, shared, number, wording, attribution, date or omission, or leave it out',
      ],
      back: `${STORY}/compare`,
    },
    {
      address: `${STORY}/compare?outlets=foo,bar`,
      says: ['“outlets” parameter', '“foo”, “bar”', '“daily-mail”'],
      back: `${STORY}/compare`,
    },
    { address: `${STORY}/compare?layout=grid`, says: ['“layout” parameter', 'use rows, or leave it out'], back: `${STORY}/compare` },
    { address: `${STORY}/quotes?speaker=bogus`, says: ['“speaker” parameter', 'bogus'], back: `${STORY}/quotes` },
    { address: `${STORY}/quotes?speaker=Not%20A%20Slug`, says: ['“speaker” parameter'], back: `${STORY}/quotes` },
    { address: `${STORY}/timeline?outlet=bogus`, says: ['“outlet” parameter', '“bogus”', '“efe”'], back: `${STORY}/timeline` },
  ];
  for (const { address, says, back } of cases) {
    test(`${address.slice(STORY.length) || '/'} is a 400 with the message and a way back`, async ({ page }) => {
      const response = await page.goto(address);
      expect(response?.status()).toBe(400);
      for (const text of says) await expect(problem(page)).toContainText(text);
      await expect(problem(page)).not.toContainText('Invalid');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Only the message: not the page beside it as if nothing were wrong.
      await expect(page.getByRole('heading', { level: 2 })).toHaveCount(0);
      await problem(page).getByRole('link', { name: 'Show the page without it' }).click();
      await expect(page).toHaveURL(new RegExp(`${back}$`));
      await expect(problem(page)).toHaveCount(0);
    });
  }

  test('at 375 px the message wraps: the page is no wider than the screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const address of [
      `${STORY}/compare?kind=bogus`,
      `${STORY}/compare?outlets=${'x'.repeat(120)}`,
      `${STORY}/timeline?outlet=bogus`,
    ]) {
      const response = await page.goto(address);
      expect(response?.status(), address).toBe(400);
      await expect(problem(page)).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, address).toBeLessThanOrEqual(375);
    }
  });
});

test.describe('empty query parameters', () => {
  for (const address of [
    `${STORY}?sort=&show=`,
    `${STORY}/compare?kind=&outlets=&page=&layout=`,
    `${STORY}/quotes?speaker=`,
    `${STORY}/timeline?outlet=`,
  ]) {
    test(`${address.slice(STORY.length)} is the page without them`, async ({ page }) => {
      const response = await page.goto(address);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(problem(page)).toHaveCount(0);
    });
  }

  test('a known outlet and speaker are a 200', async ({ page }) => {
    expect((await page.goto(`${STORY}/compare?outlets=daily-mail,efe&kind=number`))?.status()).toBe(200);
    expect((await page.goto(`${STORY}/timeline?outlet=efe`))?.status()).toBe(200);
    expect((await page.goto(`${STORY}/quotes?speaker=reporter`))?.status()).toBe(200);
    await expect(problem(page)).toHaveCount(0);
  });
});
