// Past one machine: two app instances and one separate analysis worker on one database (as
// docs/deploy.md describes). An editor adds an article through the first instance; a reader of
// the second sees the new analysis once the worker is done, and neither instance analyses.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createDatabaseIfMissing, dropDatabase } from '../../src/server/database/ensure-database';
import { testServer, withDatabaseName } from '../support/database-urls';
import { expect, test } from './fixtures';

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100);
const PORTS = [BASE_PORT + 11, BASE_PORT + 12];
const DATABASE = `${process.env.E2E_DATABASE ?? 'parallax_e2e'}_scale`;
const EMAIL = `scale-${Date.now()}@example.org`;
const PASSWORD = 'a long and careful passphrase';
const SLUG = 'harris-lopez-obrador-2021';

let adminUrl = '';
let url = '';
let stopServer: (() => Promise<void>) | undefined;
const children: ChildProcess[] = [];

// One process each (node with tsx as a loader), so that stopping it stops everything it runs.
function run(script: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', script], {
    env: { ...process.env, ...env, DATABASE_URL: url },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', () => undefined);
  children.push(child);
  return child;
}

async function answers(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await fetch(`http://localhost:${port}/`).catch(() => null))?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The instance on port ${port} did not answer within ${timeoutMs / 1000} s`);
}

test.describe.configure({ timeout: 300_000 });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  const server = await testServer();
  adminUrl = server.adminUrl;
  stopServer = () => server.handle.stop();
  await dropDatabase(adminUrl, DATABASE);
  await createDatabaseIfMissing(adminUrl, DATABASE);
  url = withDatabaseName(adminUrl, DATABASE);
  // Neither instance runs a worker: the one worker below does all the analysis.
  run('src/cli/start.ts', { PORT: String(PORTS[0]), ANALYSIS_WORKERS: '0' });
  await answers(PORTS[0], 240_000); // migrations and the seed story first, on the first instance
  run('src/cli/start.ts', { PORT: String(PORTS[1]), ANALYSIS_WORKERS: '0' });
  run('src/cli/worker.ts', {});
  await answers(PORTS[1], 120_000);
  const editor = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'src/cli/editor-add.ts', EMAIL], {
    env: { ...process.env, DATABASE_URL: url },
    input: `${PASSWORD}\n`,
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(editor.status, editor.stderr).toBe(0);
});

test.afterAll(async () => {
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        }),
    ),
  );
  if (adminUrl) await dropDatabase(adminUrl, DATABASE).catch(() => undefined);
  await stopServer?.();
});

test('an article added on one instance is analysed by the separate worker and shown by the other instance', async ({ page, browser }) => {
  const [first, second] = PORTS.map((port) => `http://localhost:${port}`);
  // A reader on the second instance reads the story first: its page cache holds the old page.
  const reader = await browser.newPage();
  await reader.goto(`${second}/stories/${SLUG}`);
  await expect(reader.getByText('5 articles from 5 outlets')).toBeVisible();

  await page.goto(`${first}/sign-in`);
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${EMAIL}`)).toBeVisible();
  await page.goto(`${first}/stories/${SLUG}/add`);
  await page.getByLabel('Outlet').fill('Harbour Wire');
  await page.getByLabel('Published on').fill('2021-06-08');
  await page
    .getByLabel('or paste its text')
    .fill(
      'Harris meets Mexican president\n\nVice President Kamala Harris met Mexican President Andrés Manuel López Obrador at the National Palace in Mexico City on Tuesday, the White House said.\n\nThe two leaders discussed migration and economic development in Central America.',
    );
  const added = Date.now();
  await page.getByRole('button', { name: 'Add the article' }).click();
  // The editor sees the job's real stages (first "waiting for an analysis worker", unless the
  // worker was quicker than the page).
  await expect(page.getByText(/Updating this story: |The new article is analysed/)).toBeVisible();

  // The second instance serves the new analysis: its cached page is dropped because the
  // story's fingerprint (read from the shared database) changed.
  await expect
    .poll(
      async () => {
        await reader.reload();
        return reader.getByText('6 articles from 6 outlets').isVisible();
      },
      { timeout: 120_000, intervals: [250] },
    )
    .toBe(true);
  const seconds = (Date.now() - added) / 1000;
  console.log(`upload → new analysis visible on the other instance: ${seconds.toFixed(1)} s`);

  // Then the editor's banner says what changed, with a link to the added article.
  await expect(page.getByText(/The new article is analysed: .* shared by several outlets/)).toBeVisible({ timeout: 30_000 });
  await page.getByRole('status').getByRole('link', { name: /: “/ }).click();
  await expect(page).toHaveURL(new RegExp(`/stories/${SLUG}/articles/\\d+`));
  await expect(page.locator('main')).toContainText('the White House said');
  await reader.close();
});
