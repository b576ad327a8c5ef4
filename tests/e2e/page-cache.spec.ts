// The page cache in front of the app, as readers and editors meet it: a reader's repeat
// visit is served from the stored copy, an editor always gets a fresh page with their
// controls, and an editor's change reaches the very next reader.
import { addEditorAccount } from './editor-account';
import { expect, test } from './fixtures';

const EMAIL = `cache-editor-${Date.now()}@example.org`;
const PASSWORD = 'another long and careful passphrase';
const TIMELINE = '/stories/harris-lopez-obrador-2021/timeline';

test.beforeAll(() => addEditorAccount(EMAIL, PASSWORD));

test("a reader's repeat visit comes from the page cache; an editor's note reaches the next reader at once", async ({
  page,
  browser,
  baseURL,
}) => {
  const reader = await browser.newPage();
  await reader.goto(`${baseURL}${TIMELINE}`);
  const repeat = await reader.reload();
  expect(repeat?.headers()['x-parallax-cache']).toBe('hit');
  await expect(reader.getByText('Add an editor’s note')).toHaveCount(0);

  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText(`Signed in as ${EMAIL}`)).toBeVisible();
  const editorView = await page.goto(TIMELINE);
  // The editor is never handed the readers' stored copy: their controls are there.
  expect(editorView?.headers()['x-parallax-cache']).toBeUndefined();
  const firstEvent = page.getByRole('list', { name: 'Events in date order' }).getByRole('listitem').first();
  await firstEvent.getByText('Add an editor’s note').click();
  const stamp = `cache check ${Date.now()}`;
  await firstEvent.getByRole('textbox').fill(stamp);
  await firstEvent.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByText(stamp)).toBeVisible();

  const afterChange = await reader.reload();
  expect(afterChange?.headers()['x-parallax-cache']).toBe('miss');
  await expect(reader.getByText(stamp)).toBeVisible();
  const again = await reader.reload();
  expect(again?.headers()['x-parallax-cache']).toBe('hit');
  await expect(reader.getByText(stamp)).toBeVisible();
  await reader.close();
});
