import { accessSync, constants } from 'node:fs';

/**
 * Debian's Chromium, never a browser Playwright downloads: this workplace reaches no download host,
 * and one apt package is simpler to keep patched.
 */
const path = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export const chromium = {
  path,
  found: isExecutable(path),
  missingMessage: `Chromium not found at ${path}; install with: apt-get install -y chromium (or set CHROMIUM_PATH)`,
  /** Quiet, sandbox-free headless flags for containers and CI. */
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
  ],
};

/** LARNAV_REQUIRE_BROWSER=1 (CI) turns a missing browser from a skip into a failure. */
export const browserRequired = process.env['LARNAV_REQUIRE_BROWSER'] === '1';
