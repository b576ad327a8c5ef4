import 'server-only';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { AppError } from '../errors';
import { findChromium, INSTALL_HINT } from './find-chromium';

// One Chromium for every export, launched on first use and relaunched if it dies. At most
// MAX_CONCURRENT pages render at once; the rest wait their turn (up to MAX_WAITING), each
// render with a timeout. Kept on globalThis so the route handlers share it.
const MAX_CONCURRENT = 2;
const MAX_WAITING = 50;

interface Pool {
  browser: Promise<Browser> | null;
  active: number;
  waiting: (() => void)[];
}

const pool: Pool = ((globalThis as { __parallaxPdfPool?: Pool }).__parallaxPdfPool ??= { browser: null, active: 0, waiting: [] });

async function launch(): Promise<Browser> {
  const found = await findChromium();
  if (!found) throw new AppError('browser_unavailable', INSTALL_HINT);
  const { chromium } = await import('playwright-core');
  // Inside Next.js, whose SIGINT/SIGTERM handler exits the process, Playwright's own handlers
  // for those signals would race it: the browser closes, but the exit comes before its
  // temporary profile is removed (left in /tmp). Without them, Playwright's exit hook kills
  // the browser and removes the profile synchronously. Elsewhere (the export CLI) they stay.
  const underNext = Boolean(process.env.NEXT_RUNTIME);
  // Chromium keeps its single-instance socket in a temporary folder of its own, which only a
  // clean browser exit removes; the exit hook above kills it. That folder goes inside one of
  // ours, removed when the browser goes and, synchronously, when this process exits.
  const scratch = mkdtempSync(path.join(tmpdir(), 'parallax-pdf-'));
  const removeScratch = () => rmSync(scratch, { recursive: true, force: true });
  process.once('exit', removeScratch);
  const browser = await chromium
    .launch({
      executablePath: found.executablePath,
      args: found.args,
      env: { ...process.env, TMPDIR: scratch },
      handleSIGINT: !underNext,
      handleSIGTERM: !underNext,
    })
    .catch((error: unknown) => {
      removeScratch();
      process.off('exit', removeScratch);
      throw error;
    });
  browser.on('disconnected', () => {
    pool.browser = null;
    removeScratch();
    process.off('exit', removeScratch);
  });
  return browser;
}

async function getBrowser(): Promise<Browser> {
  if (pool.browser) {
    const browser = await pool.browser.catch(() => null);
    if (browser?.isConnected()) return browser;
  }
  pool.browser = launch();
  pool.browser.catch(() => {
    pool.browser = null;
  });
  return pool.browser;
}

async function acquire(): Promise<void> {
  if (pool.active < MAX_CONCURRENT) {
    pool.active++;
    return;
  }
  if (pool.waiting.length >= MAX_WAITING) throw new AppError('busy', 'Too many exports are waiting; try again in a minute.');
  await new Promise<void>((resolve) => pool.waiting.push(resolve));
}

function release(): void {
  const next = pool.waiting.shift();
  if (next) next();
  else pool.active--;
}

/** Runs `work` on a fresh page of the shared browser, in turn, within `timeoutMs`. */
export async function withBrowserPage<T>(
  work: (page: Page) => Promise<T>,
  timeoutMs: number,
  options: { javaScript?: boolean } = {},
): Promise<T> {
  await acquire();
  let timer: NodeJS.Timeout | undefined;
  const browser = await getBrowser().catch((error: unknown) => {
    release();
    throw error;
  });
  const context = await browser.newContext({ javaScriptEnabled: options.javaScript ?? true });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(timeoutMs);
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new AppError('timeout', `The export took longer than ${timeoutMs / 1000} s and was stopped.`)),
        timeoutMs,
      );
    });
    return await Promise.race([work(page), timeout]);
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => undefined);
    release();
  }
}

/** Closes the shared browser (tests, shutdown). */
export async function closeBrowser(): Promise<void> {
  const browser = await pool.browser?.catch(() => null);
  pool.browser = null;
  await browser?.close().catch(() => undefined);
}
