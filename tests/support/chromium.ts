import { existsSync } from 'node:fs';

/** CHROMIUM_PATH, then the system Chromium, then Playwright's own browsers (undefined). */
export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate)));
}

export { CHROMIUM_ARGS } from '../../src/lib/chromium-args';
