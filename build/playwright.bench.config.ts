/**
 * The app-level benchmarks (`npm run bench` runs them after the store suite): the real app
 * through the web host in Debian Chromium, one worker, no retries. Not part of `npm test`.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: '../test/bench/app',
  testMatch: '*.bench.ts',
  outputDir: '../test-results/bench',
  workers: 1,
  retries: 0,
  timeout: 60 * 60_000,
  reporter: [['list']],
});
