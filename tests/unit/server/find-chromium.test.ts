import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ChromiumLaunch, findChromium } from '@/server/pdf/find-chromium';

const dir = mkdtempSync(path.join(tmpdir(), 'parallax-chromium-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fake = (name: string) => {
  const file = path.join(dir, name);
  writeFileSync(file, '');
  return file;
};
const missing = (name: string) => path.join(dir, name);
const packaged = (file: string) => async (): Promise<ChromiumLaunch> => ({
  executablePath: file,
  args: ['--packaged', '--no-sandbox'],
  source: 'packaged',
});
const nothing = { configured: '', system: [missing('none')], playwright: async () => missing('not-installed') };

describe('find-chromium', () => {
  it("find-chromium: CHROMIUM_PATH wins over the system browser, Playwright's and the packaged one", async () => {
    const configured = fake('configured');
    const found = await findChromium({
      configured,
      system: [fake('system')],
      playwright: async () => fake('bundled'),
      packaged: packaged(fake('packaged')),
    });
    expect(found).toMatchObject({ executablePath: configured, source: 'configured' });
    expect(found!.args).toContain('--no-sandbox');
  });

  it("find-chromium: a configured path that does not exist falls through to the system browser, then Playwright's, then the packaged one", async () => {
    const system = fake('system-2');
    const bundled = fake('bundled-2');
    const unpacked = fake('packaged-2');
    const places = { configured: missing('missing'), system: [system], playwright: async () => bundled, packaged: packaged(unpacked) };
    expect((await findChromium(places))?.source).toBe('system');
    expect(await findChromium({ ...places, system: [missing('none')] })).toMatchObject({ executablePath: bundled, source: 'playwright' });
    expect(await findChromium({ ...nothing, packaged: packaged(unpacked) })).toEqual({
      executablePath: unpacked,
      args: ['--packaged', '--no-sandbox'],
      source: 'packaged',
    });
  });

  it('find-chromium: skipSystem (CHROMIUM_SKIP_SYSTEM=1) goes straight to the packaged one', async () => {
    const unpacked = fake('packaged-3');
    const found = await findChromium({
      configured: fake('configured-3'),
      system: [fake('system-3')],
      packaged: packaged(unpacked),
      skipSystem: true,
    });
    expect(found?.executablePath).toBe(unpacked);
  });

  it('find-chromium: none anywhere gives null (the PDF route then answers 503 with install advice)', async () => {
    expect(await findChromium({ ...nothing, packaged: async () => null })).toBeNull();
    expect(await findChromium({ ...nothing, packaged: packaged(missing('not-unpacked')) })).toBeNull();
  });
});
