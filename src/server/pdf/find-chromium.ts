import 'server-only';

export { type ChromiumLaunch, findChromium } from '@/lib/find-chromium';

export const INSTALL_HINT =
  'PDF export needs Chromium. Reinstall with optional dependencies (npm install, for the packaged Chromium on Linux x64), install one (Debian/Ubuntu: apt-get install chromium), or point CHROMIUM_PATH at a Chrome or Chromium executable, then try again.';
