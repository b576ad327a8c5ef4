// The story's first screen (headlines side by side, what the outlets agree on, the ranked
// divergences, the key to the badges) and the PDF that opens with the same summary.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const STORY = '/stories/harris-lopez-obrador-2021';
const OUTLETS = ['Daily Mail', 'The New York Times', 'EFE', 'Voice of America', 'Riviera Maya News'];
const RANK = ['number', 'attribution', 'date', 'wording', 'omission'];

const headlines = (page: Page) => page.getByRole('list', { name: 'Headlines side by side' }).getByRole('listitem');
const ranked = (page: Page) => page.getByRole('list', { name: 'Divergences, most important first' }).locator(':scope > li');

async function noHorizontalOverflow(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

for (const width of [375, 1280]) {
  test.describe(`the story's first screen at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } });

    test('opens with the headlines side by side, then what the outlets agree on and where they differ', async ({ page }) => {
      await page.goto(STORY);
      // The summary comes before any table.
      const summaryTop = await page.getByRole('heading', { name: 'Headlines' }).boundingBox();
      // The coverage grid's heading (shown at every width) comes after the summary.
      const grid = await page.locator('#coverage-heading').boundingBox();
      expect(summaryTop!.y).toBeLessThan(grid!.y);

      await expect(headlines(page)).toHaveCount(5);
      for (const outlet of OUTLETS) await expect(headlines(page).filter({ hasText: outlet })).toHaveCount(1);
      // The Times gives a time (13:07 ET is 17:07 UTC); the others a day only. No seed article has a known address.
      await expect(headlines(page).filter({ hasText: 'The New York Times' })).toContainText('8 Jun 2021, 17:07 UTC');
      await expect(headlines(page).filter({ hasText: 'Voice of America' })).toContainText('7 May 2021');
      await expect(headlines(page).filter({ hasText: 'Riviera Maya News' })).toContainText('AMLO welcomes US Vice President Kamala Harris');
      // Said once for the section, not repeated on every card.
      await expect(headlines(page).filter({ hasText: /not known/ })).toHaveCount(0);
      await expect(page.getByText('The addresses of the original articles are not known.')).toHaveCount(1);

      const boxes = await headlines(page).evaluateAll((items) => items.map((item) => item.getBoundingClientRect().toJSON()));
      if (width === 375) {
        // Stacked: one card a row, each inside the screen.
        for (const box of boxes) expect(box.right).toBeLessThanOrEqual(375);
        expect(new Set(boxes.map((box) => Math.round(box.x))).size).toBe(1);
      } else {
        // Side by side: several cards share the first row.
        expect(boxes.filter((box) => Math.abs(box.y - boxes[0].y) < 2).length).toBeGreaterThan(1);
      }
      await noHorizontalOverflow(page, width);

      // The seed's only confident row that three outlets carry alike is Harris's "Do not come."
      const agreement = page.getByTestId('agreement');
      await expect(agreement).toContainText('3 of the 5 outlets quote Kamala Harris');
      await expect(agreement).toContainText('Do not come');
    });

    test('the key explains every badge and symbol the page uses', async ({ page }) => {
      await page.goto(STORY);
      const legend = page.getByRole('region', { name: 'Key to the badges and symbols' });
      await expect(legend).toBeVisible();
      const explained = {
        badges: await legend.locator('[data-legend-badge]').evaluateAll((els) => els.map((el) => el.getAttribute('data-legend-badge'))),
        symbols: await legend.locator('[data-legend-symbol]').evaluateAll((els) => els.map((el) => el.getAttribute('data-legend-symbol'))),
      };
      const used = await page.evaluate(() => {
        const legendEl = document.querySelector('[aria-labelledby="legend-heading"]')!;
        const visible = (el: Element) => (el as HTMLElement).offsetParent !== null || getComputedStyle(el).position === 'fixed';
        const outside = (el: Element) => !legendEl.contains(el) && visible(el);
        const badges = [...document.querySelectorAll('[data-badge]')].filter(outside).map((el) => el.getAttribute('data-badge'));
        // Symbols: the marks (no letters) hidden from screen readers outside badges (a badge is explained whole).
        const symbols = [...document.querySelectorAll('main [aria-hidden="true"]')]
          .filter((el) => outside(el) && !el.closest('[data-badge]'))
          .map((el) =>
            [...el.childNodes]
              .filter((node) => node.nodeType === Node.TEXT_NODE)
              .map((node) => node.textContent)
              .join('')
              .trim(),
          )
          .filter((text) => text !== '' && text !== '·' && !/\p{L}/u.test(text));
        return { badges: [...new Set(badges)], symbols: [...new Set(symbols)] };
      });
      expect(used.badges.length).toBeGreaterThan(2);
      expect(used.symbols).toContain('✓');
      for (const badge of used.badges) expect(explained.badges, `badge ${badge}`).toContain(badge);
      for (const symbol of used.symbols) expect(explained.symbols, `symbol ${symbol}`).toContain(symbol);
      await noHorizontalOverflow(page, width);
    });
  });
}

test('the ranked divergences: figures first, each with its outlets and both renderings, and the compare page agrees', async ({ page }) => {
  await page.goto(STORY);
  const items = ranked(page);
  const kinds = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')!));
  expect(kinds.length).toBeGreaterThan(1);
  expect(kinds.map((kind) => RANK.indexOf(kind))).toEqual([...kinds.map((kind) => RANK.indexOf(kind))].sort((a, b) => a - b));
  // The April border figures, read in the articles: the Daily Mail's "more than 170,000" against EFE's "178,120".
  const figures = items.first();
  await expect(figures).toHaveAttribute('data-kind', 'number');
  // (The quotation marks are drawn by CSS around <q>, so the text has none.)
  await expect(figures).toContainText(/Daily Mail: more than 170,000 against EFE: 178,120/);
  // A quotation rendered in other words: Lopez Obrador's welcome, as the Times and EFE translated it.
  await expect(items.filter({ hasText: 'very pleased' })).toHaveAttribute('data-kind', 'wording');

  // Each line links to its row on the compare page, filtered to its kind, and that page lists the same rows.
  const lines = await items.evaluateAll((els) =>
    els.map((el) => ({
      kind: el.getAttribute('data-kind')!,
      row: el.getAttribute('data-row')!,
      href: el.querySelector('a[href*="/compare"]')!.getAttribute('href')!,
    })),
  );
  for (const kind of new Set(lines.map((line) => line.kind))) {
    const mine = lines.filter((line) => line.kind === kind);
    await page.goto(mine[0].href);
    await expect(page.locator(`#row-${mine[0].row}`)).toBeInViewport();
    const compareRows = await page
      .locator('ol[aria-label="Claims side by side, one row per claim"] > li')
      .evaluateAll((els) => els.map((el) => el.id.replace('row-', '')));
    expect(compareRows.sort(), kind).toEqual(mine.map((line) => line.row).sort());
    for (const line of mine) await expect(page.locator(`#row-${line.row}`)).toHaveAttribute('data-diverged', new RegExp(kind));
  }
});

test('an agreed fact links to its compare row, which is confident and carries no conflict', async ({ page }) => {
  await page.goto(STORY);
  const fact = page.getByTestId('agreement').getByRole('link').first();
  const row = (await fact.locator('..').getAttribute('data-agreed-row')) ?? '';
  await fact.click();
  const compareRow = page.locator(`#row-${row}`);
  await expect(compareRow).toBeInViewport();
  // Agreed: perhaps left out by some outlet, but no conflict between those that report it.
  await expect(compareRow).not.toHaveAttribute('data-diverged', /number|wording|attribution|date/);
  await expect(compareRow.locator('[data-badge="possible"]')).toHaveCount(0);
  await expect(compareRow).toContainText(/Shared by [2-5] of 5/);
});

// A story of its own, with addresses, so the PDF's sources and notes can be checked without
// touching the seed story other tests read.
const SLUG = 'harbour-bridge-summary';
const EMAIL = `summary-editor-${Date.now()}@example.org`;
const PASSWORD = 'a long and careful passphrase';
const env = { ...process.env, EMBEDDED_PG_DATABASE: process.env.E2E_DATABASE ?? 'parallax_e2e' };
const ARTICLES = [
  {
    file: 'herald.txt',
    outlet: 'Coast Herald',
    url: 'https://herald.example/2024/03/harbour-bridge-opens',
    text: 'Harbour bridge opens to traffic\n\nThe new harbour bridge opened to traffic on Tuesday, March 5, 2024, after four years of construction.\n\nThe council said 41,372 people crossed the harbour bridge on its first day.\n\n"This bridge joins our two shores at last," Mayor Jo Grant said at the ribbon cutting.\n',
  },
  {
    file: 'times.txt',
    outlet: 'Bay Times',
    url: 'https://baytimes.example/news/bridge-crowds',
    text: 'Crowds cross the new harbour bridge\n\nThe new harbour bridge opened to traffic on Tuesday, March 5, 2024, after four years of construction work.\n\nAbout 35,000 people crossed the harbour bridge on its first day, the council said.\n\n"This bridge joins our two shores at last," said Mayor Jo Grant.\n',
  },
  {
    file: 'radio.txt',
    outlet: 'Shore Radio',
    url: null,
    text: 'Harbour bridge open at last\n\nThe new harbour bridge opened to traffic on Tuesday, March 5, 2024, after four years of building.\n\nMayor Jo Grant told the crowd: "This bridge joins the two shores of the harbour at last."\n',
  },
];

test.describe('the PDF', () => {
  const scratch: string[] = [];
  test.afterAll(() => {
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  });

  test.beforeAll(() => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parallax-summary-'));
    scratch.push(dir);
    const run = (args: string[], input?: string) => {
      const result = execFileSync('npx', ['tsx', '--conditions=react-server', ...args], { env, input, encoding: 'utf8', timeout: 120_000 });
      return result;
    };
    run(['src/cli/editor-add.ts', EMAIL], `${PASSWORD}\n`);
    for (const article of ARTICLES) {
      const file = path.join(dir, article.file);
      writeFileSync(file, article.text);
      run([
        'src/cli/import.ts',
        file,
        '--story',
        SLUG,
        '--title',
        'Harbour bridge opens',
        '--outlet',
        article.outlet,
        '--published',
        '2024-03-05',
        ...(article.url ? ['--url', article.url] : []),
      ]);
    }
  });

  async function pdfText(page: Page, query = ''): Promise<{ file: string; text: string; dir: string }> {
    const response = await page.request.get(`/stories/${SLUG}/export.pdf${query}`);
    expect(response.status()).toBe(200);
    const dir = mkdtempSync(path.join(tmpdir(), 'parallax-summary-pdf-'));
    scratch.push(dir);
    const file = path.join(dir, 'story.pdf');
    writeFileSync(file, await response.body());
    return { file, dir, text: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }) };
  }

  test('opens with the summary, lists the sources with their addresses, and prints every editor note and correction', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    // An editor writes a note on an event, a quotation and a compare row, and corrects a divergence.
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByText(`Signed in as ${EMAIL}`)).toBeVisible();
    const story = await (await page.request.get(`/stories/${SLUG}/export.json`)).json();
    const quote = story.claims.find(
      (claim: { kind: string; mentions: unknown[]; divergences: { kind: string }[] }) =>
        claim.kind === 'quote' && claim.mentions.length > 1 && claim.divergences.some((divergence) => divergence.kind === 'wording'),
    );
    const figures = story.claims.find((claim: { divergences: { kind: string }[] }) =>
      claim.divergences.some((divergence) => divergence.kind === 'number'),
    );
    const fact = story.claims.find(
      (claim: { kind: string; mentions: unknown[]; id: string }) =>
        claim.kind === 'fact' && claim.mentions.length > 1 && claim.id !== figures?.id,
    );
    expect(quote, 'the Mayor’s words are one quotation in several outlets, worded differently').toBeTruthy();
    expect(figures, 'the crowd figures are a number divergence').toBeTruthy();
    expect(story.events.length).toBeGreaterThan(0);
    const post = (route: string, form: Record<string, string>) =>
      page.request.post(`/api/stories/${SLUG}/${route}`, { headers: { origin: baseURL! }, form });
    const notes = {
      event: `Event note ${Date.now()}`,
      quote: `Quotation note ${Date.now()}`,
      row: `Compare row note ${Date.now()}`,
    };
    expect((await post('annotations', { targetType: 'event', targetKey: story.events[0].id, body: notes.event })).status()).toBe(201);
    expect((await post('annotations', { targetType: 'quote', targetKey: quote.id, body: notes.quote })).status()).toBe(201);
    expect((await post('annotations', { targetType: 'claimGroup', targetKey: (fact ?? figures).id, body: notes.row })).status()).toBe(201);
    expect((await post('corrections', { kind: 'reject_divergence', targetKey: quote.id, divergenceKind: 'wording' })).ok()).toBe(true);

    const { text } = await pdfText(page);
    const flat = text.replace(/\s+/g, ' ');
    // The summary first: headlines, agreement, the ranked divergences, before the grid.
    const order = ['Headlines', 'What the outlets agree on', 'Key divergences', 'Coverage grid', 'Quote variants', 'Timeline', 'Sources'];
    const at = order.map((heading) => flat.indexOf(heading));
    expect(
      at.every((index) => index >= 0),
      `${order} in ${flat.slice(0, 400)}`,
    ).toBe(true);
    expect(at).toEqual([...at].sort((a, b) => a - b));
    for (const article of ARTICLES) expect(flat).toContain(article.text.split('\n')[0]);
    expect(flat).toMatch(/all 3 outlets report|All 3 outlets report|of the 3 outlets report/);
    expect(flat).toMatch(/41,372.*against.*35,000|35,000.*against.*41,372/);
    // Sources: each address, and words (never a file name) where none is known.
    expect(flat).toContain('https://herald.example/2024/03/harbour-bridge-opens');
    expect(flat).toContain('https://baytimes.example/news/bridge-crowds');
    expect(flat).toContain('No address known for this article');
    expect(flat).not.toMatch(/\.txt\b/);
    // Every note, marked as one, and the correction.
    for (const note of Object.values(notes)) expect(flat).toContain(note);
    expect(flat.match(/Editor’s note/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
    expect(flat).toMatch(/Correction by an editor.*marked the wording divergence as wrong/);
  });

  test('the first screen links each original whose address is known, and says when none is', async ({ page }) => {
    await page.goto(`/stories/${SLUG}`);
    for (const article of ARTICLES) {
      const card = headlines(page).filter({ hasText: article.outlet });
      await expect(card).toContainText(article.text.split('\n')[0]);
      if (article.url) await expect(card.getByRole('link', { name: 'Original article' })).toHaveAttribute('href', article.url);
      else await expect(card).not.toContainText('not known');
    }
    const unknown = ARTICLES.filter((article) => !article.url).map((article) => article.outlet);
    if (unknown.length > 0) await expect(page.getByText(/^The address of the original is not known for /)).toContainText(unknown[0]);
  });

  test('headings stay with what follows them, rows stay whole, and no text is printed in light grey', async ({ page }) => {
    test.setTimeout(120_000);
    const { file } = await pdfText(page);
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
    const headings = new Set([
      'Headlines',
      'What the outlets agree on',
      'Key divergences',
      'Coverage grid',
      'Quote variants',
      'Timeline',
      'Sources',
    ]);
    for (let n = 1; n <= pages; n++) {
      const lines = execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), file, '-'], { encoding: 'utf8' })
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== '' && !/Page \d+ of \d+/.test(line) && !/Parallax comparison$/.test(line));
      expect(headings.has(lines.at(-1) ?? ''), `page ${n} ends with the heading "${lines.at(-1)}"`).toBe(false);
    }
    await assertPrintLegible(page, `/print/${SLUG}`);
    await assertPrintLegible(page, `/print/harris-lopez-obrador-2021`);
  });
});

/** Every printed text is dark enough on white (contrast 7:1 or more) and rows and items are never split. */
async function assertPrintLegible(page: Page, url: string) {
  await page.goto(url);
  await page.emulateMedia({ media: 'print' });
  const report = await page.evaluate(() => {
    const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const rgb = (color: string) => {
      canvas.clearRect(0, 0, 1, 1);
      canvas.fillStyle = '#fff';
      canvas.fillRect(0, 0, 1, 1);
      canvas.fillStyle = color;
      canvas.fillRect(0, 0, 1, 1);
      return [...canvas.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    };
    const luminance = ([r, g, b]: number[]) => {
      const c = [r, g, b].map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    };
    const faint: string[] = [];
    for (const el of document.querySelectorAll('article *')) {
      const own = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
      if (!own || (el as HTMLElement).offsetParent === null) continue;
      const contrast = 1.05 / (luminance(rgb(getComputedStyle(el).color)) + 0.05);
      if (contrast < 7) faint.push(`${el.tagName} "${el.textContent!.trim().slice(0, 40)}" ${contrast.toFixed(1)}:1`);
    }
    const splittable = [...document.querySelectorAll('article tr, article li')].filter(
      (el) => getComputedStyle(el).breakInside !== 'avoid' && getComputedStyle(el).breakInside !== 'avoid-page',
    ).length;
    return { faint, splittable };
  });
  expect(report.faint, `faint text on ${url}`).toEqual([]);
  expect(report.splittable, `rows or items that may split on ${url}`).toBe(0);
  await page.emulateMedia({ media: 'screen' });
}
