/**
 * Playwright projects: `chromium` runs test/e2e against the web host in Debian's Chromium;
 * `electron` runs test/electron through Playwright's _electron (skipped where no binary).
 * One worker: the CI machine has two cores and each test starts its own host and browser.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../test/e2e/fixtures/chromium';

export default defineConfig({
  testDir: '../test/e2e',
  outputDir: '../test-results',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'chromium',
      testDir: '../test/e2e',
      use: {
        browserName: 'chromium',
        headless: true,
        launchOptions: { executablePath: CHROMIUM_EXECUTABLE, args: [...CHROMIUM_ARGS] },
      },
    },
    { name: 'electron', testDir: '../test/electron' },
  ],
});
