// The editor workspace: anonymous and cross-site changes refused, sign-in, a new story and
// an added article analysed in the background with visible progress, and a note on the
// timeline whose small Markdown subset is formatted and whose markup shows as text (never
// runs) on the page and in the PDF's source.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { addEditorAccount } from './editor-account';
import { expect, test } from './fixtures';

const EMAIL = `editor-${Date.now()}@example.org`;
const PASSWORD = 'a long and careful passphrase';
const env = { ...process.env, EMBEDDED_PG_DATABASE: process.env.E2E_DATABASE ?? 'parallax_e2e' };

test.beforeAll(() => addEditorAccount(EMAIL, PASSWORD));

async function signIn(page: import('@playwright/test').Page) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${EMAIL}`)).toBeVisible();
}

test.describe('editor workspace', () => {
  test('every change route refuses an anonymous request (401) and a cross-site one (403)', async ({ request, baseURL }) => {
    const routes = [
      '/api/stories',
      '/api/stories/harris-lopez-obrador-2021/articles',
      '/api/stories/harris-lopez-obrador-2021/articles/preview',
      '/api/stories/harris-lopez-obrador-2021/articles/by-address',
      '/api/stories/harris-lopez-obrador-2021/annotations',
      '/api/stories/harris-lopez-obrador-2021/corrections',
    ];
    for (const route of routes) {
      const anonymous = await request.post(route, {
        headers: { origin: baseURL! },
        multipart: { outlet: 'X', publishedAt: '2024-01-01', text: 'Hello world.' },
      });
      expect(anonymous.status(), route).toBe(401);
      const crossSite = await request.post(route, { headers: { origin: 'https://attacker.example' }, multipart: { outlet: 'X' } });
      expect(crossSite.status(), route).toBe(403);
      const noOrigin = await request.post(route, { multipart: { outlet: 'X' } });
      expect(noOrigin.status(), route).toBe(403);
    }
  });

  test('after sign-in, a "next" address that leaves the site goes home; a path on the site is followed', async ({ page, baseURL }) => {
    for (const [next, landing] of [
      ['/%5Cevil.example', '/'],
      ['//evil.example', '/'],
      ['/stories/new', '/stories/new'],
    ]) {
      await page.context().clearCookies();
      await page.goto(`/sign-in?next=${next}`);
      await page.getByLabel('Email').fill(EMAIL);
      await page.getByLabel('Password').fill(PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await expect(page.getByText(`Signed in as ${EMAIL}`)).toBeVisible();
      expect(page.url(), next).toBe(`${baseURL}${landing}`);
    }
  });

  test('a wrong password is refused with a clear message', async ({ page }) => {
    await page.goto('/sign-in');
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'not right' })).toHaveText('The email or the password is not right.');
  });

  test('an editor creates a story, adds a second outlet, and the comparison appears when the analysis is done', async ({ page }) => {
    test.setTimeout(120_000);
    await signIn(page);
    await page.getByRole('link', { name: 'New story' }).click();
    // The address's example stays on the label's one line; the file control is styled like the
    // others (a border, not bare "Choose File" text); a new story has no current analysis to keep.
    const addressLabel = page.locator('label', { hasText: 'Story address' });
    const [labelBox, codeBox] = [await addressLabel.boundingBox(), await addressLabel.locator('code').boundingBox()];
    expect(codeBox!.y - labelBox!.y).toBeLessThan(4);
    const fileBorder = await page
      .getByLabel('Upload a .txt or .html file')
      .evaluate((input) => [getComputedStyle(input).borderTopWidth, getComputedStyle(input).borderTopLeftRadius]);
    expect(fileBorder).not.toContain('0px');
    await expect(page.locator('main')).not.toContainText('current analysis stays visible');
    const slug = `harbour-${Date.now()}`;
    await page.getByLabel('Story title').fill('Harbour bridge <b>approved</b>');
    await page.getByLabel(/Story address/).fill(slug);
    await page.getByLabel('Outlet').fill('Coast <i>Herald</i>');
    await page.getByLabel('Published on').fill('2024-03-05');
    await page
      .getByLabel('or paste its text')
      .fill(
        'Council approves harbour bridge\n\nThe council approved the harbour bridge budget on Tuesday after a long debate, the mayor said.\n\n<script>window.__xss = 1</script> "We will build it by spring," said Mayor Jo Grant.',
      );
    await page.getByRole('button', { name: 'Create the story' }).click();
    await expect(page).toHaveURL(new RegExp(`/stories/${slug}`));
    await expect
      .poll(async () => (await page.request.get(`/api/stories/${slug}/status`)).json().then((s) => s.status), { timeout: 60_000 })
      .toBe('complete');

    await page.goto(`/stories/${slug}/add`);
    await expect(page.locator('main')).toContainText('its current analysis stays visible until the new one is complete');
    await page.getByLabel('Outlet').fill('Bay Times');
    await page.getByLabel('Published on').fill('2024-03-05');
    await page.getByLabel('Upload a .txt or .html file').setInputFiles({
      name: '../../etc/bay-times.html',
      mimeType: 'text/html',
      buffer: Buffer.from(
        '<html><body><h1>Harbour bridge gets the go-ahead</h1><p>After a lengthy debate the council approved the budget for the harbour bridge on Tuesday.</p></body></html>',
      ),
    });
    await page.getByRole('button', { name: 'Add the article' }).click();
    await expect(page).toHaveURL(new RegExp(`/stories/${slug}\\?added=bay-times-`));
    // Either the progress banner is showing or the analysis has already finished and the page refreshed.
    await expect
      .poll(async () => (await page.request.get(`/api/stories/${slug}/status`)).json().then((s) => s.status), { timeout: 60_000 })
      .toBe('complete');
    await page.reload();
    await expect(page.getByText('2 articles from 2 outlets')).toBeVisible();
    // The banner names what was added by outlet and headline (never the stored file name) and links to it.
    const banner = page.getByRole('status').filter({ hasText: 'The new article is analysed' });
    await expect(banner).not.toContainText(/bay-times-|\.html|\.txt/);
    const added = banner.getByRole('link', { name: /^Bay Times: “.*go-ahead.*”$/ });
    await expect(added).toHaveAttribute('href', new RegExp(`/stories/${slug}/articles/\\d+$`));
    await expect(page.locator('main')).toContainText('Harbour bridge <b>approved</b>');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  test('an editor writes a note on a timeline event; its Markdown is formatted and its markup shows as text', async ({
    page,
    browser,
    baseURL,
  }) => {
    await signIn(page);
    await page.goto('/stories/harris-lopez-obrador-2021/timeline');
    const firstEvent = page.getByRole('list', { name: 'Events in date order' }).getByRole('listitem').first();
    await firstEvent.getByText('Add an editor’s note').click();
    await expect(firstEvent.getByText(/a little Markdown/)).toBeVisible();
    const stamp = Date.now();
    const note = [
      `Context for **students** ${stamp}`,
      'Read [the transcript](https://example.org/transcript) first; [this one](javascript:window.__xss=3) is not a link.',
      '<script>window.__xss = 1</script>',
      '',
      '- check *the date*',
      `- compare <img src=x onerror="window.__xss=2"> ${stamp}`,
    ].join('\n');
    await firstEvent.getByRole('textbox').fill(note);
    await firstEvent.getByRole('button', { name: 'Save note' }).click();
    await expect(page.getByText(`${stamp}`).first()).toBeVisible();

    const reader = await browser.newPage();
    await reader.goto(`${baseURL}/stories/harris-lopez-obrador-2021/timeline`);
    const shown = reader
      .locator('div', { has: reader.getByText(`Context for`) })
      .filter({ hasText: `${stamp}` })
      .last();
    await expect(shown.locator('strong', { hasText: 'students' })).toBeVisible();
    await expect(shown.locator('em', { hasText: 'the date' })).toBeVisible();
    await expect(shown.getByRole('listitem')).toHaveCount(2);
    const link = shown.getByRole('link', { name: 'the transcript' });
    await expect(link).toHaveAttribute('href', 'https://example.org/transcript');
    await expect(link).toHaveAttribute('rel', 'nofollow noopener noreferrer ugc');
    await expect(shown.getByRole('link', { name: 'this one' })).toHaveCount(0);
    await expect(shown.getByText('this one')).toBeVisible();
    // The markup is shown as the characters the editor typed, and none of it ran.
    await expect(shown).toContainText('<script>window.__xss = 1</script>');
    await expect(shown).toContainText(`<img src=x onerror="window.__xss=2"> ${stamp}`);
    await expect(shown.locator('script, img')).toHaveCount(0);
    expect(await reader.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await expect(reader.getByText('Add an editor’s note')).toHaveCount(0);

    // The printable comparison (what the PDF renders) formats the note the same way.
    await reader.goto(`${baseURL}/print/harris-lopez-obrador-2021`);
    const printed = reader
      .locator('div', { has: reader.getByText(`Context for`) })
      .filter({ hasText: `${stamp}` })
      .last();
    await expect(printed.locator('strong', { hasText: 'students' })).toBeVisible();
    await expect(printed).toContainText('<script>window.__xss = 1</script>');
    expect(await reader.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await reader.close();
  });
});

test.describe('editor corrections', () => {
  // A story of its own, so the seed story's divergences stay as the other tests expect them.
  test.beforeAll(() => {
    const dir = mkdtempSync(path.join(tmpdir(), 'parallax-figures-'));
    writeFileSync(
      path.join(dir, 'herald.txt'),
      'Festival draws record crowd\n\nThe council said 41,372 people attended the harbour festival on Saturday, a record.\n',
    );
    writeFileSync(
      path.join(dir, 'times.txt'),
      'Harbour festival breaks its record\n\nMore than 40,000 people attended the harbour festival on Saturday, organisers told reporters.\n',
    );
    try {
      for (const [file, outlet] of [
        ['herald.txt', 'Coast Herald'],
        ['times.txt', 'Bay Times'],
      ]) {
        const result = spawnSync(
          'npx',
          [
            'tsx',
            '--conditions=react-server',
            'src/cli/import.ts',
            path.join(dir, file),
            '--story',
            'festival-figures',
            '--outlet',
            outlet,
            '--published',
            '2024-06-02',
          ],
          { env, encoding: 'utf8', timeout: 120_000 },
        );
        expect(result.status, result.stderr).toBe(0);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an editor marks a divergence as wrong on the compare page; readers see it was corrected', async ({ page, browser, baseURL }) => {
    await signIn(page);
    await page.goto('/stories/festival-figures/compare?kind=number');
    // The controls load for one row at a time, when asked for.
    await expect(page.getByRole('button', { name: 'Mark this number divergence as wrong' })).toHaveCount(0);
    await page.getByRole('link', { name: 'Correct or annotate this row' }).first().click();
    await page.getByRole('button', { name: 'Mark this number divergence as wrong' }).first().click();
    // Back on the number filter, the row has no number divergence left.
    await expect(page.getByText('No rows match this filter')).toBeVisible();
    await page.goto('/stories/festival-figures/compare');
    await expect(page.getByText(/Corrected by an editor/).first()).toBeVisible();
    const reader = await browser.newPage();
    await reader.goto(`${baseURL}/stories/festival-figures/compare`);
    await expect(reader.getByText(/Corrected by an editor/).first()).toBeVisible();
    await expect(reader.getByRole('button', { name: /Mark this .* divergence as wrong/ })).toHaveCount(0);
    await reader.close();
  });

  test('an editor splits a row and merges two rows on the compare page; readers see the rows were corrected', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const rows = page.locator('ol[aria-label="Claims side by side, one row per claim"] > li');
    // A row by what its outlets' cells say (the forms inside a row quote other rows too).
    const rowShowing = (figure: string) => rows.filter({ has: page.getByRole('button', { name: new RegExp(figure) }) });
    const analysed = async () => {
      await expect
        .poll(async () => (await page.request.get('/api/stories/festival-figures/status')).json().then((s) => s.status), {
          timeout: 60_000,
        })
        .toBe('complete');
      await page.reload();
    };
    await signIn(page);
    // Every claim as a row: once split, the council's claim is one outlet's only.
    await page.goto('/stories/festival-figures/compare?layout=rows');
    const both = rowShowing('41,372').filter({ has: page.getByRole('button', { name: /40,000/ }) });
    await expect(both).toHaveCount(1);
    await expect(both.getByText('Split this row')).toHaveCount(0);
    await both.getByRole('link', { name: 'Correct or annotate this row' }).click();
    await expect(page).toHaveURL(/layout=rows&edit=\d+#row-\d+$/);

    // Split, by keyboard only: open the disclosure, tick the Bay Times claim, send.
    await both.getByText('Split this row').focus();
    await page.keyboard.press('Enter');
    await both.getByRole('checkbox', { name: /Bay Times/ }).focus();
    await page.keyboard.press('Space');
    await both.getByRole('button', { name: 'Move the ticked claims out' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/stories\/festival-figures\/compare/);
    await analysed();
    const apart = rowShowing('40,000');
    await expect(apart).toHaveCount(1);
    await expect(apart.getByRole('button', { name: /41,372/ })).toHaveCount(0);
    await expect(apart.getByText(/Corrected by an editor .*moved this claim out of another row/)).toBeVisible();
    await expect(rowShowing('41,372').getByText(/Corrected by an editor .*moved a claim out of this row/)).toBeVisible();

    // Merge them back: the council's row is offered among the rows most alike.
    await expect(page).toHaveURL(/layout=rows/);
    await apart.getByRole('link', { name: 'Correct or annotate this row' }).click();
    await apart.getByText('Merge with another row…').click();
    await apart.getByRole('radio', { name: /41,372/ }).check();
    await apart.getByRole('button', { name: 'Merge the two rows' }).click();
    await analysed();
    const merged = rowShowing('41,372').filter({ has: page.getByRole('button', { name: /40,000/ }) });
    await expect(merged).toHaveCount(1);
    await expect(merged.getByText(/Corrected by an editor .*merged two rows into this one/)).toBeVisible();

    const reader = await browser.newPage();
    await reader.goto(`${baseURL}/stories/festival-figures/compare`);
    await expect(reader.getByText(/merged two rows into this one/)).toBeVisible();
    await expect(reader.getByText('Split this row')).toHaveCount(0);
    await expect(reader.getByText('Merge with another row…')).toHaveCount(0);
    await reader.close();
  });
});
