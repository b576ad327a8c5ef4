import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findChromium } from '@/server/pdf/find-chromium';

const dir = mkdtempSync(path.join(tmpdir(), 'parallax-chromium-'));
const fake = (name: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, '');
  return file;
};

describe('find-chromium', () => {
  it('find-chromium: CHROMIUM_PATH wins over the system browser and Playwright\'s', async () => {
    const configured = fake('configured');
    expect(await findChromium({ configured, system: [fake('system')], playwright: async () => fake('bundled') })).toBe(configured);
  });

  it('find-chromium: a configured path that does not exist falls through to the system browser, then to Playwright\'s', async () => {
    const system = fake('system-2');
    expect(await findChromium({ configured: path.join(dir, 'missing'), system: [system] })).toBe(system);
    const bundled = fake('bundled-2');
    expect(await findChromium({ configured: '', system: [path.join(dir, 'none')], playwright: async () => bundled })).toBe(bundled);
  });

  it('find-chromium: none anywhere gives null (the PDF route then answers 503 with install advice)', async () => {
    expect(await findChromium({ configured: '', system: [path.join(dir, 'none')], playwright: async () => path.join(dir, 'not-installed') })).toBeNull();
  });
});
