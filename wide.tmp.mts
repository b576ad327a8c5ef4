import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './tests/support/chromium';
const browser = await chromium.launch(await chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 375, height: 900 } });
for (const path of process.argv.slice(2)) {
  await page.goto('http://localhost:3204' + path);
  await page.waitForLoadState('networkidle');
  const r = await page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const b = el.getBoundingClientRect();
      if (b.right > window.innerWidth + 0.5 && b.width > 0) out.push(`${el.tagName}.${(el.getAttribute('class') ?? '').slice(0, 60)} right=${Math.round(b.right)} text=${(el.textContent ?? '').slice(0, 40)}`);
    }
    return [document.documentElement.scrollWidth, out.slice(0, 8)];
  });
  console.log(path, JSON.stringify(r, null, 1));
}
await browser.close();
