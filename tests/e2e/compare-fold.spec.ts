// Issue 14: the compare page opens on the rows that matter, folds single-outlet claims into
// per-outlet lists, loads "Why?" on demand, stays small, and every reading page fits a phone.
import { expect, test } from './fixtures';

const story = '/stories/harris-lopez-obrador-2021';
const compare = `${story}/compare`;
const rowsOf = (page: import('@playwright/test').Page) => page.getByRole('list', { name: /Claims side by side/ }).locator(':scope > li');

// The compare page of the seed story with every outlet, before issue 14: 878,484 bytes of HTML.
const HTML_BYTES_BEFORE = 878_484;

test.describe('compare: the rows that matter first', () => {
  test('opens on diverged and shared rows; single-outlet claims are in per-outlet lists that expand', async ({ page }) => {
    await page.goto(compare);
    const rows = rowsOf(page);
    const count = await rows.count();
    expect(count).toBeGreaterThan(5);
    // No row is one outlet's alone (unless it diverges), and diverged rows come first.
    await expect(rows.filter({ hasText: /^Only in/ })).toHaveCount(0);
    await expect(rows.first()).toHaveAttribute('data-diverged', /.+/);
    const diverged = await rows.evaluateAll((items) => items.map((item) => item.hasAttribute('data-diverged')));
    expect(diverged.indexOf(false)).toBeGreaterThan(0);
    expect(diverged.slice(diverged.indexOf(false))).not.toContain(true);

    // Possibly related rows are never shown as agreement.
    const possible = rows.filter({ hasText: 'Possibly related' });
    expect(await possible.count()).toBeGreaterThan(0);
    await expect(possible.filter({ hasText: 'Shared by' })).toHaveCount(0);

    // One list per outlet, closed, its count in its summary; opening it shows the claims, linked to their sentences.
    const lists = page.getByRole('region', { name: 'Reported by one outlet only' }).locator('details');
    expect(await lists.count()).toBeGreaterThanOrEqual(2);
    const summary = lists.first().locator('summary');
    await expect(summary).toHaveText(/^Only in .+ \(\d+\)$/);
    const listed = Number((await summary.textContent())!.match(/\((\d+)\)$/)![1]);
    const items = lists.first().locator('li');
    await expect(items.first()).toBeHidden();
    await summary.press('Enter');
    await expect(items.first()).toBeVisible();
    await expect(items).toHaveCount(listed);
    await expect(items.first().getByRole('link').first()).toHaveAttribute('href', /\/articles\/\d+#sentence-\d+$/);

    // Nothing is lost: the rows and the lists hold every claim; a clear control shows every claim as a row.
    const folded = await page
      .getByRole('region', { name: 'Reported by one outlet only' })
      .locator('summary')
      .evaluateAll((summaries) => summaries.reduce((sum, s) => sum + Number(/\((\d+)\)$/.exec(s.textContent ?? '')![1]), 0));
    const everything = page.getByRole('link', { name: /^Show every claim as its own row \(\d+\)$/ });
    const total = Number((await everything.textContent())!.match(/\((\d+)\)$/)![1]);
    expect(count + folded).toBe(total);
    await everything.click();
    await expect(page).toHaveURL(/layout=rows$/);
    await expect(rowsOf(page)).toHaveCount(total);
    await expect(page.getByRole('region', { name: 'Reported by one outlet only' })).toHaveCount(0);
  });

  test('with two outlets, "only in" means only in one of the two, and never sits next to "Also reported by"', async ({ page }) => {
    await page.goto(`${compare}?outlets=daily-mail,efe`);
    const summaries = page.getByRole('region', { name: 'Reported by one outlet only' }).locator('summary');
    await expect(summaries.filter({ hasText: /^Only in Daily Mail, not EFE \(\d+\)$/ })).toHaveCount(1);
    await expect(summaries.filter({ hasText: /^Only in EFE, not Daily Mail \(\d+\)$/ })).toHaveCount(1);
    // Shared rows may name outlets outside the pair; a claim only one of the two reports never does.
    await expect(page.getByRole('region', { name: 'Reported by one outlet only' })).not.toContainText('Also reported by');
    await expect(
      rowsOf(page)
        .filter({ hasText: /Only in/ })
        .filter({ hasText: 'Also reported by' }),
    ).toHaveCount(0);

    await page.goto(`${compare}?outlets=daily-mail,efe&layout=rows`);
    const unique = rowsOf(page).filter({ hasText: /Only in/ });
    expect(await unique.count()).toBeGreaterThan(10);
    await expect(unique.filter({ hasText: 'Also reported by' })).toHaveCount(0);
    // A row that the Times also reports is still, of these two, only in one.
    await page.goto(`${compare}?outlets=daily-mail,the-new-york-times&layout=rows`);
    await expect(
      rowsOf(page)
        .filter({ hasText: /Only in/ })
        .filter({ hasText: 'Also reported by' }),
    ).toHaveCount(0);
  });

  test('"Why?" loads on demand: not in the page, fetched when opened, and without JavaScript from a link', async ({
    page,
    browser,
    baseURL,
    request,
  }) => {
    const html = await (await request.get(compare)).text();
    expect(html).not.toContain('similarity 0.');
    await page.goto(`${compare}?outlets=daily-mail,efe&kind=number`);
    const row = rowsOf(page).first();
    const answer = page.waitForResponse((response) => /\/api\/stories\/[^/]+\/rows\/\d+\/evidence/.test(response.url()));
    await row.getByText('Why are these aligned?').press('Enter');
    expect((await answer).status()).toBe(200);
    await expect(row.getByText(/similarity \d\.\d\d/).first()).toBeVisible();
    await expect(row.getByText(/^Score \d\.\d\d$/)).toBeVisible();

    const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const noScript = await context.newPage();
    await noScript.goto(`${compare}?outlets=daily-mail,efe&kind=number`);
    const plain = rowsOf(noScript).first();
    await plain.getByText('Why are these aligned?').click();
    await plain.getByRole('link', { name: 'Show the sentences and scores' }).click();
    await expect(noScript).toHaveURL(/why=\d+#row-\d+$/);
    await expect(
      rowsOf(noScript)
        .first()
        .getByText(/similarity \d\.\d\d/)
        .first(),
    ).toBeVisible();
    await context.close();
  });

  test('the page for every outlet is at most a third of its size before, and the payload does not repeat long text', async ({
    request,
  }) => {
    const html = await (await request.get(compare, { headers: { 'accept-encoding': 'identity' } })).text();
    const bytes = Buffer.byteLength(html);
    expect(bytes).toBeLessThanOrEqual(HTML_BYTES_BEFORE / 3);
    // No content lost: every claim's text is on the page (a row or a folded list).
    const exported = (await (await request.get(`${story}/export.json`)).json()) as { claims: { mentions: { text: string }[] }[] };
    const sample = exported.claims.flatMap((claim) => claim.mentions.map((mention) => mention.text)).filter((text) => text.length > 60);
    expect(sample.length).toBeGreaterThan(20);
    const shown = html
      .replace(/<script[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/&#x27;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    const missing = sample.filter((text) => !shown.includes(text.slice(0, 60)));
    expect(missing).toEqual([]);
    // A long sentence appears in the HTML and once in the React payload, not more.
    const long = sample.find((text) => /^[\w ,.]{60,}/.test(text))!;
    const occurrences = html.split(long.slice(0, 50)).length - 1;
    expect(occurrences).toBeGreaterThanOrEqual(1);
    expect(occurrences).toBeLessThanOrEqual(2);
  });
});

test.describe('compare on a phone', () => {
  test('one pair at a time reads without horizontal scrolling; empty cells are one line, not boxes', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${compare}?outlets=daily-mail,efe`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const rows = rowsOf(page);
    for (const index of [0, 1]) {
      const cells = rows.nth(index).getByRole('button');
      for (const cell of await cells.all()) {
        const box = (await cell.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(375);
      }
    }
    await page.goto(compare);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expect(page.getByText('On a small screen, two outlets at a time read best')).toBeVisible();
    const withMissing = rowsOf(page)
      .filter({ has: page.locator('.cmp-missing') })
      .first();
    await expect(withMissing.locator('.cmp-missing')).toBeVisible();
    await expect(withMissing.locator('.cmp-missing')).toHaveText(/^Not reported by /);
    await expect(withMissing.locator('.cmp-cell-empty').first()).toBeHidden();
  });

  test('at 1280 px the columns sit side by side and the empty cells keep them aligned', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(compare);
    const row = rowsOf(page)
      .filter({ has: page.locator('.cmp-cell-empty') })
      .first();
    const boxes = await row.locator('.cmp-grid > *').evaluateAll((cells) => cells.map((cell) => cell.getBoundingClientRect().top));
    expect(boxes.length).toBe(5);
    expect(Math.max(...boxes) - Math.min(...boxes)).toBeLessThan(2);
    await expect(row.locator('.cmp-missing')).not.toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  });
});

test.describe('other pages', () => {
  test('no page scrolls sideways at 375 px', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    const exported = (await (await page.request.get(`${story}/export.json`)).json()) as { articles: { id: number }[] };
    const paths = [
      '/',
      story,
      compare,
      `${compare}?outlets=daily-mail,efe`,
      `${compare}?layout=rows`,
      `${story}/quotes`,
      `${story}/people`,
      `${story}/timeline`,
      '/sign-in',
      ...exported.articles.map((article) => `${story}/articles/${article.id}`),
    ];
    for (const path of paths) {
      await page.goto(path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(375);
    }
  });

  test('quotes: the speaker strip keeps its screen-reader text inside its scroll box', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${story}/quotes`);
    const strip = page.getByRole('navigation', { name: 'Filter by speaker' });
    await expect(strip.getByRole('link', { name: /, quoted by \d+ outlets?/ }).first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });

  for (const width of [375, 1280]) {
    test(`timeline at ${width} px: the axis opens on the events and its groups carry readable labels`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${story}/timeline`);
      const region = page.getByRole('region', { name: 'Time axis (scrolls sideways)' });
      const labels = region.getByRole('list', { name: 'Groups of events' }).getByRole('listitem');
      // The two meetings: the May virtual meeting and the June visit, each a labelled group.
      await expect(labels.filter({ hasText: /May 2021 · \d+ events$/ })).toHaveCount(1);
      await expect(labels.filter({ hasText: /Jun 2021 · \d+ events$/ })).toHaveCount(1);
      for (const label of await labels.all()) {
        expect(Number.parseFloat(await label.evaluate((el) => getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(12);
      }
      // The largest group (the June visit) is in view without scrolling by hand.
      const june = labels.filter({ hasText: /Jun 2021/ });
      await expect(june).toBeInViewport();
      const [boxRect, juneRect] = await Promise.all([region.boundingBox(), june.boundingBox()]);
      expect(juneRect!.x).toBeGreaterThanOrEqual(boxRect!.x - 1);
      expect(juneRect!.x + juneRect!.width).toBeLessThanOrEqual(boxRect!.x + boxRect!.width + 1);
      // Labels do not overlap one another.
      const rects = await labels.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().toJSON() as DOMRect));
      for (const [i, a] of rects.entries())
        for (const b of rects.slice(i + 1)) {
          const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect(overlap).toBe(false);
        }
      if (width === 375) expect(await region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    });
  }

  test('framing: no function-like words, and a term opens onto the sentences that use it', async ({ page }) => {
    await page.goto(story);
    const framing = page.getByRole('region', { name: /Framing/ });
    const terms = await framing
      .getByRole('list', { name: /^Distinctive words of / })
      .locator('summary')
      .allTextContents();
    expect(terms.length).toBeGreaterThan(5);
    const words = terms.map((term) => term.replace(/ · z .*$/, '').trim());
    for (const word of ['going', 'last', 'press', 'away', 'key']) expect(words).not.toContain(word);
    const term = framing
      .getByRole('list', { name: /^Distinctive words of / })
      .locator('details')
      .first();
    const name = words[0];
    await term.locator('summary').press('Enter');
    const sentence = term.getByRole('listitem').first();
    await expect(sentence).toBeVisible();
    await expect(sentence).toContainText(new RegExp(name.split(' ')[0].replace(/’|'/g, '.'), 'i'));
    await expect(sentence.getByRole('link')).toHaveAttribute('href', /\/articles\/\d+#sentence-\d+$/);
  });
});
