import { CHROMIUM_ARGS } from '../../src/lib/chromium-args';
import { findChromium } from '../../src/lib/find-chromium';

/**
 * The e2e tests' launch options, found as the PDF export finds its browser. With none found,
 * Playwright's default (its own browser) is left to say what is missing.
 */
export async function chromiumLaunchOptions(): Promise<{ executablePath?: string; args: string[] }> {
  const found = await findChromium();
  return found ? { executablePath: found.executablePath, args: found.args } : { args: CHROMIUM_ARGS };
}
