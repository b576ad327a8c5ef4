import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium';

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${PORT}`;
const launchOptions = await chromiumLaunchOptions();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions } }],
  webServer: {
    // A database of its own (recreated each run) and the production build, as users run it.
    command: 'tsx --conditions=react-server tests/e2e/serve.ts',
    url: `${baseURL}/`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI,
    // Articles added by address in the tests come from a page server on 127.0.0.1.
    env: { PORT: String(PORT), EMBEDDED_PG_DATABASE: process.env.E2E_DATABASE ?? 'parallax_e2e', PARALLAX_FETCH_ALLOW_HOSTS: '127.0.0.1' },
    stdout: 'ignore',
    stderr: 'pipe',
    // Without it the server's process group is killed outright: the PDF browser's profile and
    // the runner's own temp folders stay in /tmp, and the embedded PostgreSQL stops uncleanly.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
