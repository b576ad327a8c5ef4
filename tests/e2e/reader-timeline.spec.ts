import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const SLUG = 'harris-lopez-obrador-2021';

async function articleId(request: APIRequestContext, outlet: string): Promise<number> {
  const response = await request.get(`/stories/${SLUG}/export.json`);
  expect(response.ok()).toBe(true);
  const document = (await response.json()) as { articles: { id: number; outlet: string }[] };
  const article = document.articles.find((candidate) => candidate.outlet === outlet);
  expect(article, `an article by ${outlet}`).toBeTruthy();
  return article!.id;
}

async function expectNoSeriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')).toEqual([]);
}

test.describe('annotated article', () => {
  test('opens from its URL with the headline as the heading and sentence anchors', async ({ page, request }) => {
    const id = await articleId(request, 'The New York Times');
    await page.goto(`/stories/${SLUG}/articles/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Harris Meets With Mexico’s President');
    await expect(page.locator('article').getByText('The New York Times', { exact: true }).first()).toBeVisible();
    // The transcript line keeps its speaker label; captions are marked as captions.
    await expect(page.locator('[data-kind="transcript"]').first()).toContainText('Reporter:');
    await expect(page.locator('[data-kind="caption"]').first()).toContainText('Caption');

    const sentence = page.locator('[data-kind="body"] [id^="sentence-"]').first();
    const anchor = await sentence.getAttribute('id');
    expect(anchor).toMatch(/^sentence-\d+$/);
    await page.goto(`/stories/${SLUG}/articles/${id}#${anchor}`);
    await expect(page.locator(':target')).toHaveAttribute('id', anchor!);
    await expect(page.locator(':target')).toBeInViewport();
    await expectNoSeriousViolations(page);
  });

  test('a quotation is marked and shows who said it', async ({ page, request }) => {
    const id = await articleId(request, 'The New York Times');
    await page.goto(`/stories/${SLUG}/articles/${id}`);
    const quote = page.locator('mark[data-quote]').filter({ hasText: 'This is disappointing to see' });
    await expect(quote).toBeVisible();
    const quoteId = await quote.getAttribute('data-quote');
    await expect(page.locator(`[data-speaker-for="${quoteId}"]`)).toContainText('Alexandria Ocasio-Cortez');
    // A transcript line: the quoted words marked, the speaker's label in front.
    const line = page.locator('[data-kind="transcript"]').filter({ hasText: 'Will you increase your assistance' });
    await expect(line.locator('strong')).toHaveText('Reporter:');
    await expect(line.locator('mark[data-quote]')).toHaveText('Will you increase your assistance in immigration enforcement?');
  });

  test('focusing a shared claim with the keyboard shows its counterparts in other outlets', async ({ page, request }) => {
    const id = await articleId(request, 'The New York Times');
    await page.goto(`/stories/${SLUG}/articles/${id}`);
    const trigger = page
      .locator('[data-annotated] button[aria-expanded]')
      .filter({ hasText: /\d+ outlets/ })
      .first();
    await expect(trigger).toBeVisible();
    await expect(trigger).toHaveAttribute('aria-expanded', 'false');
    // Tab through the page until the first shared claim's badge has the focus.
    let reached = false;
    for (let step = 0; step < 80 && !reached; step++) {
      await page.keyboard.press('Tab');
      reached = await trigger.evaluate((element) => element === document.activeElement);
    }
    expect(reached, 'the badge is reachable with Tab').toBe(true);
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    const panel = page.locator(`[id="${await trigger.getAttribute('aria-controls')}"]`);
    await expect(panel).toBeVisible();
    const counterpart = panel.getByRole('link').first();
    await expect(counterpart).toHaveAttribute('href', new RegExp(`/stories/${SLUG}/articles/\\d+#sentence-\\d+`));
    await expect(panel).toContainText(/Daily Mail|EFE|Riviera Maya News|Voice of America/);
    // Escape closes it and keeps the focus on the badge.
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(trigger).toBeFocused();

    // Following a counterpart lands on that outlet's sentence.
    await trigger.press('Enter');
    await expect(panel).toBeVisible();
    const href = await counterpart.getAttribute('href');
    await counterpart.click();
    await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    await expect(page.locator(':target')).toHaveAttribute('id', href!.split('#')[1]);
  });

  test.describe('unknown articles', () => {
    test.use({ expectedConsoleErrors: [/status of 404/] });

    test('an unknown or malformed article id answers 404 with "Article not found"', async ({ page }) => {
      for (const id of ['999999', 'abc', '1.5']) {
        const response = await page.goto(`/stories/${SLUG}/articles/${id}`);
        expect(response?.status()).toBe(404);
        await expect(page.getByRole('heading', { level: 1, name: 'Article not found' })).toBeVisible();
      }
    });

    test('an article of another story is not found under this story', async ({ page, request }) => {
      const other = 'reader-other-story';
      const dir = mkdtempSync(path.join(tmpdir(), 'parallax-reader-'));
      const file = path.join(dir, 'other.txt');
      writeFileSync(file, 'Council approves bridge\n\nThe council approved the bridge on Tuesday after a long debate.');
      const result = spawnSync(
        'npx',
        [
          'tsx',
          '--conditions=react-server',
          'src/cli/import.ts',
          file,
          '--story',
          other,
          '--title',
          'Another story',
          '--outlet',
          'Town Gazette',
          '--published',
          '2024-01-02',
        ],
        { env: { ...process.env, EMBEDDED_PG_DATABASE: process.env.E2E_DATABASE ?? 'parallax_e2e' }, encoding: 'utf8', timeout: 120_000 },
      );
      rmSync(dir, { recursive: true, force: true });
      expect(result.status, result.stderr).toBe(0);
      const document = (await (await request.get(`/stories/${other}/export.json`)).json()) as { articles: { id: number }[] };
      const id = document.articles[0].id;
      expect((await page.goto(`/stories/${other}/articles/${id}`))?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Council approves bridge');
      const response = await page.goto(`/stories/${SLUG}/articles/${id}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'Article not found' })).toBeVisible();
    });
  });
});

test.describe('timeline', () => {
  test('lists the May virtual meeting and the June meeting as separate dated events, in order, with the axis', async ({ page }) => {
    await page.goto(`/stories/${SLUG}/timeline`);
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
    await expect(page.locator('svg[role="img"]')).toBeVisible();
    await expect(page.locator('svg[role="img"] title').first()).toHaveText('Time axis of the events');
    const events = page.getByRole('list', { name: 'Events in date order' }).locator(':scope > li');
    const texts = await events.allInnerTexts();
    const may = texts.findIndex((text) => text.includes('7 May 2021') && /virtual meeting/i.test(text));
    const june = texts.findIndex((text) => text.includes('8 Jun 2021') && /National Palace/i.test(text));
    expect(may, 'the 7 May 2021 virtual meeting').toBeGreaterThanOrEqual(0);
    expect(june, 'the 8 June 2021 meeting').toBeGreaterThanOrEqual(0);
    expect(may).toBeLessThan(june);
    await expect(events.nth(june)).toContainText('Reported by');
    await expect(events.nth(june)).toContainText('The New York Times');
    await expectNoSeriousViolations(page);
  });

  test('filtering by outlet keeps that outlet’s events and puts the choice in the URL', async ({ page }) => {
    await page.goto(`/stories/${SLUG}/timeline`);
    const events = page.getByRole('list', { name: 'Events in date order' }).locator(':scope > li');
    const all = await events.count();
    await page
      .getByRole('navigation', { name: 'Filter by outlet' })
      .getByRole('link', { name: /Voice of America/ })
      .click();
    await expect(page).toHaveURL(/\/timeline\?outlet=voice-of-america$/);
    await expect(page.getByRole('link', { name: /Voice of America/ })).toHaveAttribute('aria-current', 'page');
    await expect.poll(() => events.count()).toBeLessThan(all);
    const count = await events.count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index++) await expect(events.nth(index)).toContainText('Voice of America');
    await expect(events.getByText('7 May 2021', { exact: true }).first()).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByRole('link', { name: /All outlets/ }).click();
    await expect(page).toHaveURL(/\/timeline$/);
    await expect.poll(() => events.count()).toBe(all);
  });

  test('an event’s source link opens the article at its sentence', async ({ page }) => {
    await page.goto(`/stories/${SLUG}/timeline?outlet=voice-of-america`);
    const event = page.getByRole('list', { name: 'Events in date order' }).locator(':scope > li').filter({ hasText: '7 May 2021' }).first();
    const summary = event.locator('summary');
    if ((await event.locator('details').getAttribute('open')) === null) await summary.click();
    const link = event.locator('details a').first();
    const text = (await link.innerText()).trim();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/stories/${SLUG}/articles/\\d+#sentence-\\d+$`));
    const target = page.locator(':target');
    await expect(target).toBeInViewport();
    await expect(target).toContainText(text.replace(/…$/, '').slice(0, 40));
  });

  test.describe('a bad outlet', () => {
    // A refused parameter is answered 400: the browser logs that status as an error.
    test.use({ expectedConsoleErrors: [/status of 400/] });

    test('an unknown or malformed outlet shows a message naming the parameter', async ({ page }) => {
      const problem = page.getByRole('alert').filter({ hasText: 'This address has a problem' });
      await page.goto(`/stories/${SLUG}/timeline?outlet=no-such-outlet`);
      await expect(problem).toContainText('outlet');
      await expect(problem).toContainText('no-such-outlet');
      await page.goto(`/stories/${SLUG}/timeline?outlet=${encodeURIComponent('<b>x</b>')}`);
      await expect(problem).toContainText('“outlet” parameter');
      await page.getByRole('link', { name: 'Show the page without it' }).click();
      await expect(page).toHaveURL(/\/timeline$/);
    });
  });
});
