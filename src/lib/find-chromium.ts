// Which Chromium renders PDFs and runs the e2e tests, and with which flags. In order:
// CHROMIUM_PATH, the system's, Playwright's own browser, then the one shipped inside the
// optional npm package @sparticuz/chromium (Linux x64; unpacked to the temp folder on first
// use, about 1–3 s), so a machine with Node alone can still export PDFs and run the tests.
// CHROMIUM_SKIP_SYSTEM=1 skips the first three (to try the packaged one on a machine that has
// a browser).
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS } from './chromium-args';

export interface ChromiumLaunch {
  executablePath: string;
  args: string[];
  source: 'configured' | 'system' | 'playwright' | 'packaged';
}

export interface ChromiumPlaces {
  configured?: string;
  system?: string[];
  playwright?: () => Promise<string | null>;
  packaged?: () => Promise<ChromiumLaunch | null>;
  skipSystem?: boolean;
}

export const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

async function playwrightChromium(): Promise<string | null> {
  try {
    const { chromium } = await import('playwright-core');
    return chromium.executablePath();
  } catch {
    return null;
  }
}

// The package's flags are made for a one-page serverless run: one process (the e2e runner's
// second browser context then fails) and no web security. Those go; the rendering flags stay.
// Its feature lists would also replace Playwright's own, which must stay.
const SERVERLESS_ONLY = [
  '--single-process',
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--disable-site-isolation-trials',
  '--disable-features=',
  '--enable-features=',
];

async function packagedChromium(): Promise<ChromiumLaunch | null> {
  if (process.platform !== 'linux' || process.arch !== 'x64') return null;
  try {
    const { default: chromium } = await import('@sparticuz/chromium');
    const executablePath = await chromium.executablePath();
    const args = chromium.args.filter((arg) => !SERVERLESS_ONLY.some((flag) => arg.startsWith(flag)));
    return { executablePath, args: [...CHROMIUM_ARGS, ...args], source: 'packaged' };
  } catch {
    return null; // not installed (optional dependency) or cannot unpack
  }
}

export async function findChromium(places: ChromiumPlaces = {}): Promise<ChromiumLaunch | null> {
  const skipSystem = places.skipSystem ?? process.env.CHROMIUM_SKIP_SYSTEM === '1';
  if (!skipSystem) {
    const configured = places.configured ?? process.env.CHROMIUM_PATH;
    if (configured && existsSync(configured)) return { executablePath: configured, args: CHROMIUM_ARGS, source: 'configured' };
    const system = (places.system ?? SYSTEM_CHROMIUMS).find((candidate) => existsSync(candidate));
    if (system) return { executablePath: system, args: CHROMIUM_ARGS, source: 'system' };
    const bundled = await (places.playwright ?? playwrightChromium)();
    if (bundled && existsSync(bundled)) return { executablePath: bundled, args: CHROMIUM_ARGS, source: 'playwright' };
  }
  const packaged = await (places.packaged ?? packagedChromium)();
  return packaged && existsSync(packaged.executablePath) ? packaged : null;
}
