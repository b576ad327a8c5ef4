import 'server-only';
import { existsSync } from 'node:fs';

export { CHROMIUM_ARGS } from '@/lib/chromium-args';

export const INSTALL_HINT =
  'PDF export needs Chromium. Install it (Debian/Ubuntu: apt-get install chromium), or point CHROMIUM_PATH at a Chrome or Chromium executable, then try again.';

export const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

async function playwrightChromium(): Promise<string | null> {
  try {
    const { chromium } = await import('playwright-core');
    return chromium.executablePath();
  } catch {
    return null;
  }
}

/**
 * CHROMIUM_PATH, then the system Chromium, then a browser installed by Playwright; null
 * when none is there. The places are parameters so tests can point at empty ones.
 */
export async function findChromium(
  places: { configured?: string; system?: string[]; playwright?: () => Promise<string | null> } = {},
): Promise<string | null> {
  const candidates = [places.configured ?? process.env.CHROMIUM_PATH, ...(places.system ?? SYSTEM_CHROMIUMS)];
  const found = candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
  if (found) return found;
  const bundled = await (places.playwright ?? playwrightChromium)();
  return bundled && existsSync(bundled) ? bundled : null;
}
