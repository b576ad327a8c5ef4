// An imported article whose text, headline and outlet carry markup: every page shows it as
// text and runs nothing (no dialog, no injected element, no javascript: link).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

const SLUG = 'markup-in-articles';
const HOSTILE_OUTLET = '<img src=x onerror="window.__xss=4">Outlet';

test.beforeAll(() => {
  const dir = mkdtempSync(path.join(tmpdir(), 'parallax-xss-'));
  const file = path.join(dir, 'hostile.txt');
  writeFileSync(
    file,
    [
      '<script>window.__xss = 1</script>Council <b>approves</b> bridge',
      'The council approved the bridge on Tuesday <img src=x onerror="window.__xss=2"> after a long debate.',
      'Read more at <a href="javascript:window.__xss=3">this link</a> or javascript:window.__xss=5 today.',
      '"We will build it <script>window.__xss=6</script> by spring," the mayor, Jo Grant, said on Tuesday.',
    ].join('\n\n'),
  );
  const result = spawnSync(
    'npx',
    [
      'tsx',
      '--conditions=react-server',
      'src/cli/import.ts',
      file,
      '--story',
      SLUG,
      '--title',
      'Markup <em>in</em> articles',
      '--outlet',
      HOSTILE_OUTLET,
      '--published',
      '2024-01-02',
    ],
    { env: { ...process.env, EMBEDDED_PG_DATABASE: process.env.E2E_DATABASE ?? 'parallax_e2e' }, encoding: 'utf8', timeout: 120_000 },
  );
  rmSync(dir, { recursive: true, force: true });
  expect(result.status, result.stderr).toBe(0);
});

test('markup in an imported article is shown as text on every page and never runs', async ({ page, request }) => {
  const document = await (await request.get(`/stories/${SLUG}/export.json`)).json();
  const articleId = document.articles[0].id as number;
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const paths = [
    '/',
    `/stories/${SLUG}`,
    `/stories/${SLUG}/compare`,
    `/stories/${SLUG}/quotes`,
    `/stories/${SLUG}/people`,
    `/stories/${SLUG}/timeline`,
    `/stories/${SLUG}/articles/${articleId}`,
  ];
  for (const target of paths) {
    const response = await page.goto(target);
    expect(response?.status(), target).toBe(200);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), target).toBeUndefined();
    await expect(page.locator('img[onerror], main script, a[href^="javascript:" i]'), target).toHaveCount(0);
  }
  // The article shows the markup literally.
  await expect(page.locator('main')).toContainText('<script>window.__xss = 1</script>');
  await expect(page.locator('main')).toContainText('<img src=x onerror="window.__xss=2">');
  expect(dialogs).toEqual([]);
});
