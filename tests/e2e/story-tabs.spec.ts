// The story's tabs: each page's title names its tab and the story, and on a phone every
// tab is on the screen (they wrap; none is cut off or hidden in a scroll).
import { expect, test } from './fixtures';

const STORY = '/stories/harris-lopez-obrador-2021';
const TITLE = 'Kamala Harris and Andrés Manuel López Obrador';
const TABS = ['Overview', 'Compare', 'Quotes', 'People', 'Timeline', 'History'];

test.describe('story tabs', () => {
  test('every tab’s page title is “<tab> · <story title> · Parallax”', async ({ page }) => {
    for (const [path, tab] of [
      ['', 'Overview'],
      ['/compare', 'Compare'],
      ['/quotes', 'Quotes'],
      ['/people', 'People'],
      ['/timeline', 'Timeline'],
      ['/history', 'History'],
    ]) {
      await page.goto(`${STORY}${path}`);
      await expect(page).toHaveTitle(new RegExp(`^${tab} · ${TITLE}.* · Parallax$`));
    }
  });

  test('at 375 px every tab is whole and on the screen', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${STORY}/timeline`);
    const nav = page.getByRole('navigation', { name: 'Story sections' });
    for (const tab of TABS) {
      const link = nav.getByRole('link', { name: tab, exact: true });
      await expect(link).toBeInViewport({ ratio: 1 });
      const box = (await link.boundingBox())!;
      expect(box.x, tab).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, tab).toBeLessThanOrEqual(375);
    }
    // Nothing is hidden in a scrolling strip.
    const overflow = await nav.evaluate((element) =>
      [...element.querySelectorAll('*'), element].some((el) => el.scrollWidth > el.clientWidth + 1),
    );
    expect(overflow).toBe(false);
    await page.screenshot({ path: test.info().outputPath('tabs-375.png') });
  });
});
