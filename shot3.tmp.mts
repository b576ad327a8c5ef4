import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './tests/support/chromium';
const [, , path, name, width, selector, action] = process.argv;
const browser = await chromium.launch(await chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 } });
await page.goto('http://localhost:3204' + path);
await page.waitForLoadState('networkidle');
const el = page.locator(selector).first();
if (action === 'click') { await el.click(); await page.waitForTimeout(800); }
await el.scrollIntoViewIfNeeded();
await page.evaluate(() => window.scrollBy(0, -80));
await page.screenshot({ path: `/tmp/cmp/${name}-${width}.png` });
console.log(await page.evaluate(() => document.documentElement.scrollWidth));
await browser.close();
