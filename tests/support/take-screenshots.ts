// The README's screenshots, taken from a running app:
//   npx tsx tests/support/take-screenshots.ts http://localhost:3000 [--compare]
// The story's first screen at 1280 and 375 px, the PDF's first page (pdftoppm, from
// poppler-utils), and with --compare the compare page of the Daily Mail and EFE.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium';

const base = process.argv[2] ?? 'http://localhost:3000';
const STORY = '/stories/harris-lopez-obrador-2021';
const docs = path.resolve('docs');

const browser = await chromium.launch(await chromiumLaunchOptions());
try {
  const wide = await browser.newPage({ viewport: { width: 1280, height: 1130 } });
  await wide.goto(`${base}${STORY}`, { waitUntil: 'networkidle' });
  await wide.screenshot({ path: path.join(docs, 'screenshot-summary.png') });
  if (process.argv.includes('--compare')) {
    await wide.goto(`${base}${STORY}/compare?outlets=daily-mail,efe`, { waitUntil: 'networkidle' });
    await wide.screenshot({ path: path.join(docs, 'screenshot-compare.png') });
  }
  const phone = await browser.newPage({ viewport: { width: 375, height: 900 } });
  await phone.goto(`${base}${STORY}`, { waitUntil: 'networkidle' });
  await phone.screenshot({ path: path.join(docs, 'screenshot-summary-375.png') });
} finally {
  await browser.close();
}

const dir = mkdtempSync(path.join(tmpdir(), 'parallax-screenshot-'));
try {
  const response = await fetch(`${base}${STORY}/export.pdf`);
  if (!response.ok) throw new Error(`The PDF export answered ${response.status}.`);
  const pdf = path.join(dir, 'story.pdf');
  writeFileSync(pdf, Buffer.from(await response.arrayBuffer()));
  execFileSync('pdftoppm', ['-r', '90', '-png', '-f', '1', '-l', '1', '-singlefile', pdf, path.join(docs, 'screenshot-pdf')]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.error('Screenshots written to docs/.');
