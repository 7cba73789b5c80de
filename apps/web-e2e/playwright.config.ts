import { defineConfig } from '@playwright/test';
import { join } from 'node:path';
import { chromium } from './src/support/chromium';

const workspaceRoot = join(__dirname, '../..');
const isWorker = process.env['TEST_WORKER_INDEX'] !== undefined;

// The config is read by every worker too: say it once, from the runner. Each journey then skips,
// or fails with this message under LARNAV_REQUIRE_BROWSER=1 (so CI's report counts the failures).
if (!chromium.found && !isWorker) console.log(chromium.missingMessage);

// E2E_BASE_URL points the suite at a server that is already running; otherwise we start one.
const externalBaseUrl = process.env['E2E_BASE_URL'];
const baseURL = externalBaseUrl ?? 'http://localhost:3100';

export default defineConfig({
  testDir: './src',
  outputDir: join(workspaceRoot, 'tmp/playwright/test-output'),
  // One server and one database: journeys run one at a time, which two cores handle best anyway.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    // CI sums passed/failed from this file.
    [
      'json',
      { outputFile: join(workspaceRoot, 'tmp/test-results/playwright.json') },
    ],
    [
      'html',
      {
        outputFolder: join(workspaceRoot, 'tmp/playwright/report'),
        open: 'never',
      },
    ],
  ],
  use: {
    baseURL,
    browserName: 'chromium',
    locale: 'sv-SE',
    timezoneId: 'Europe/Stockholm',
    viewport: { width: 1280, height: 900 },
    // Fluent skips its fades for readers who ask for less motion; axe then never measures a
    // half-faded text. The journeys' own waits for animations stay as a second guard.
    reducedMotion: 'reduce',
    launchOptions: { executablePath: chromium.path, args: chromium.args },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer:
    externalBaseUrl || !chromium.found
      ? undefined
      : {
          // Starts the built API (which serves dist/apps/web) on a fresh database with demo data.
          command: 'node tools/e2e/serve.mjs',
          cwd: workspaceRoot,
          url: `${baseURL}/health/ready`,
          reuseExistingServer: false,
          timeout: 180_000,
          stdout: 'pipe',
          stderr: 'pipe',
        },
});
