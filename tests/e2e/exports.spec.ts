// Editor exports: the PDF downloaded from the Export panel and read back with pdftotext,
// the CSV tables, clear errors, and concurrent PDF requests with the browser reused.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

const SLUG = 'harris-lopez-obrador-2021';
const TITLE = 'Kamala Harris and Andrés Manuel López Obrador';

/** Chromium processes on this machine, the test's own browser included. */
const chromiumProcesses = () => Number(execFileSync('sh', ['-c', 'pgrep -c -f "[c]hromium" || true'], { encoding: 'utf8' }).trim() || 0);

test.describe('exports', () => {
  const scratch: string[] = [];
  test.afterAll(() => {
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  });

  test('the Export panel downloads a PDF of the chosen outlets and sections', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`/stories/${SLUG}`);
    await page.locator('summary', { hasText: 'Export' }).click();
    const panel = page.getByRole('form', { name: 'Export this comparison' });
    await panel.getByLabel('Daily Mail').check();
    await panel.getByLabel('EFE').check();
    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download PDF' }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${SLUG}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
    const dir = mkdtempSync(path.join(tmpdir(), 'parallax-pdf-'));
    scratch.push(dir);
    const file = path.join(dir, 'export.pdf');
    await download.saveAs(file);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    expect(text).toContain(TITLE);
    expect(text).toContain('Daily Mail');
    expect(text).toContain('EFE');
    // The April figures: the Daily Mail's "more than 170,000 encounters", EFE's "178,120".
    expect(text).toContain('178,120');
    // A quote variant carried by both: Harris's "do not come".
    expect(text.toLowerCase()).toContain('do not come');
    expect(text).toMatch(/Page 1 of \d+/);
    for (const other of ['Voice of America', 'Riviera Maya News', 'The New York Times']) expect(text).not.toContain(other);
    execFileSync('pdftoppm', ['-r', '40', '-png', file, path.join(dir, 'page')]);
    expect(readdirSync(dir).filter((name) => name.startsWith('page')).length).toBeGreaterThan(0);
  });

  test('on the compare page the Export panel ticks the outlets being compared; elsewhere none', async ({ page }) => {
    await page.goto(`/stories/${SLUG}/compare?outlets=daily-mail,efe`);
    await page.locator('summary', { hasText: 'Export' }).click();
    const panel = page.getByRole('form', { name: 'Export this comparison' });
    await expect(panel.getByLabel('Daily Mail')).toBeChecked();
    await expect(panel.getByLabel('EFE')).toBeChecked();
    for (const other of ['Voice of America', 'Riviera Maya News', 'The New York Times'])
      await expect(panel.getByLabel(other)).not.toBeChecked();
    await page.goto(`/stories/${SLUG}`);
    await page.locator('summary', { hasText: 'Export' }).click();
    await expect(panel.locator('input[name="outlets"]:checked')).toHaveCount(0);
    // A page the cache stores without the parameter (the overview does not read it) still ticks what the address asks for.
    for (let visit = 0; visit < 2; visit++) {
      await page.goto(`/stories/${SLUG}?outlets=efe`);
      await page.locator('summary', { hasText: 'Export' }).click();
      await expect(panel.getByLabel('EFE')).toBeChecked();
      await expect(panel.locator('input[name="outlets"]:checked')).toHaveCount(1);
    }
  });

  test('JSON, CSV and PDF all download as attachments named <slug>[-table]-<date>', async ({ request }) => {
    const date = '\\d{4}-\\d{2}-\\d{2}';
    for (const [path, name] of [
      [`export.json`, `${SLUG}-${date}\\.json`],
      [`export.csv?table=claims`, `${SLUG}-claims-${date}\\.csv`],
      [`export.pdf?sections=sources`, `${SLUG}-${date}\\.pdf`],
    ]) {
      const response = await request.get(`/stories/${SLUG}/${path}`, { timeout: 60_000 });
      expect(response.status(), path).toBe(200);
      expect(response.headers()['content-disposition'], path).toMatch(new RegExp(`^attachment; filename="${name}"$`));
    }
  });

  test('CSV exports: the claims grid with a column per outlet, and the quotes with speakers', async ({ request }) => {
    const claims = await request.get(`/stories/${SLUG}/export.csv?table=claims&outlets=daily-mail,efe`);
    expect(claims.status()).toBe(200);
    expect(claims.headers()['content-type']).toContain('text/csv');
    // In the overview grid's default order: the rows most outlets report first (not by claim id).
    const all = await (await request.get(`/stories/${SLUG}/export.csv?table=claims`)).text();
    const reporting = all
      .split('\n')
      .slice(1)
      .map((line) => /^[^,]*,[^,]*,[^,]*,(?:"(?:[^"]|"")*"|[^,"]*),(\d+),/.exec(line)?.[1])
      .filter((count) => count !== undefined)
      .map(Number);
    expect(reporting.length).toBeGreaterThan(10);
    expect(reporting[0]).toBeGreaterThan(1);
    expect(reporting).toEqual([...reporting].sort((a, b) => b - a));
    const header = (await claims.text()).split('\n')[0];
    expect(header).toContain('claim_id,kind,status,label');
    expect(header).toContain('Daily Mail');
    expect(header).not.toContain('Voice of America');
    const quotes = await (await request.get(`/stories/${SLUG}/export.csv?table=quotes`)).text();
    expect(quotes.split('\n')[0]).toBe(
      'quote_id,article_id,outlet,published,speaker,speaker_label,kind,verb,text,utterance_id,outlets_carrying_it',
    );
    expect(quotes).toContain('This is disappointing to see');
  });

  test('errors: unknown story 404, bad parameters 400 naming the parameter', async ({ request }) => {
    expect((await request.get('/stories/no-such-story/export.pdf')).status()).toBe(404);
    expect((await request.get('/stories/no-such-story/export.csv')).status()).toBe(404);
    for (const [query, parameter] of [
      ['sections=grid,nonsense', 'sections'],
      ['outlets=no-such-outlet', 'outlets'],
      ['table=people', 'table'],
      ['outlets=Not A Slug', 'outlets'],
    ]) {
      const format = parameter === 'table' ? 'csv' : 'pdf';
      const response = await request.get(`/stories/${SLUG}/export.${format}?${query}`);
      expect(response.status(), query).toBe(400);
      expect(await response.json(), query).toMatchObject({ error: 'invalid_parameter', parameter });
    }
  });

  test('ten PDF requests at once all succeed, and no Chromium process is left behind', async ({ request }) => {
    test.setTimeout(180_000);
    expect((await request.get(`/stories/${SLUG}/export.pdf?sections=sources`, { timeout: 60_000 })).status()).toBe(200); // the shared browser is up
    await new Promise((resolve) => setTimeout(resolve, 2000)); // let the warm-up page's renderer exit
    const before = chromiumProcesses();
    const responses = await Promise.all(Array.from({ length: 10 }, () => request.get(`/stories/${SLUG}/export.pdf`, { timeout: 150_000 })));
    for (const response of responses) {
      expect(response.status()).toBe(200);
      expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    }
    // Every page's renderer exits with its page; the one shared browser stays (no new browser per export).
    await expect.poll(chromiumProcesses, { timeout: 15_000 }).toBeLessThanOrEqual(before);
  });
});
