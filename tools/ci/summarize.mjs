#!/usr/bin/env node
// Sums the JSON reports that Jest and Playwright wrote under a folder.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function summarize(folder) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  if (!existsSync(folder)) return total;
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(join(folder, file), 'utf8'));
    if ('numPassedTests' in report) {
      // Jest; a suite that fails to load has no tests but is a failure all the same.
      total.passed += report.numPassedTests;
      total.failed += report.numFailedTests + report.numRuntimeErrorTestSuites;
      total.skipped += report.numPendingTests + report.numTodoTests;
    } else if (report.stats) {
      // Playwright
      total.passed += report.stats.expected;
      total.failed += report.stats.unexpected + report.stats.flaky;
      total.skipped += report.stats.skipped;
    }
  }
  return total;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const { passed, failed, skipped } = summarize(process.argv[2] ?? 'tmp/test-results');
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
}
