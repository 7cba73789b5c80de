#!/usr/bin/env node
// `npm test`: every check and every test suite, in order. A failing step does not stop the
// rest, so one run shows everything that is wrong. Ends with one line "N passed, N failed".
import { closeSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from './summarize.mjs';
import { runLimited } from './run-limited.mjs';

const root = new URL('../..', import.meta.url).pathname;
const results = join(root, 'tmp/test-results');
const only = process.argv.slice(2);

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

// Each step has a time limit, about three times its longest run on a slow day. A step that hangs
// (a leaked handle keeping Jest alive, a server that never answers) is ended and counted as failed,
// and the rest still runs: CI must report, never sit until its own limit (stop 19 did, silently).
const minutes = (n) => n * 60;
const steps = [
  ['lint', 'npx nx run-many -t lint --output-style=static', minutes(10)],
  ['typecheck', 'node tools/ci/typecheck.mjs', minutes(10)],
  [
    'api-client drift',
    'tools/ts-run.sh tools/api-client/export-openapi.ts --check && node tools/api-client/generate.mjs --check',
    minutes(5),
  ],
  // Two workers on CI's two cores: Jest's default (cores − 1) would run every suite in one process.
  ['unit tests', `npx jest --ci --maxWorkers=2 --json --outputFile=${results}/unit.json`, minutes(12)],
  // Each integration file has its own database, so two run side by side: one waits on PostgreSQL while the other computes.
  [
    'integration tests',
    `npx jest -c jest.int.config.ts --ci --maxWorkers=2 --json --outputFile=${results}/integration.json`,
    minutes(15),
  ],
  ['build', 'npx nx run-many -t build -p api web dev-idp --output-style=static', minutes(8)],
  ['browser tests', 'npx playwright test -c apps/web-e2e/playwright.config.ts', minutes(25)],
].filter(([name]) => only.length === 0 || only.includes(name));

// CI's second database run (.ci/run) goes beside the browser tests, at a lower priority: the
// journeys wait on a browser most of the time, and on two cores the two in a row took 10 minutes.
const alongside = process.env['LARNAV_CI_ALONGSIDE_BROWSER_TESTS'];
const alongsideLog = join(root, 'tmp/alongside-browser-tests.log');
const alongsideLimit = minutes(25);

const outcome = [];
for (const [name, command, limit] of steps) {
  let beside = null;
  if (name === 'browser tests' && alongside) {
    console.log(`\n=== beside the browser tests (output after them, limit ${alongsideLimit / 60} min): ${alongside}`);
    const log = openSync(alongsideLog, 'w');
    beside = runLimited(`nice -n 10 ${alongside}`, {
      cwd: root,
      stdio: ['ignore', log, log],
      limitSeconds: alongsideLimit,
    });
    beside.finally(() => closeSync(log));
  }
  console.log(`\n=== ${name} (limit ${limit / 60} min): ${command}`);
  const started = Date.now();
  const { code, timedOut } = await runLimited(command, { cwd: root, stdio: 'inherit', limitSeconds: limit });
  if (timedOut) console.log(`\n=== ${name} did not finish within ${limit / 60} min and was ended`);
  outcome.push({ name, ok: code === 0 && !timedOut, timedOut, seconds: Math.round((Date.now() - started) / 1000) });
  if (beside) {
    const besideResult = await beside;
    const how = besideResult.timedOut
      ? `did not finish within ${alongsideLimit / 60} min and was ended; its output so far`
      : `finished with exit code ${besideResult.code}`;
    console.log(`\n=== beside the browser tests, ${how}:`);
    console.log(readFileSync(alongsideLog, 'utf8'));
    outcome.push({
      name: 'beside the browser tests',
      ok: besideResult.code === 0 && !besideResult.timedOut,
      timedOut: besideResult.timedOut,
      seconds: Math.round((Date.now() - started) / 1000),
    });
  }
}

console.log('\n=== summary');
for (const step of outcome) {
  const state = step.ok ? 'ok    ' : step.timedOut ? 'ENDED ' : 'FAILED';
  console.log(`${state} ${step.name} (${step.seconds} s${step.timedOut ? ', over its time limit' : ''})`);
}
// A check that fails without a test report (lint, typecheck, drift, build) counts as one failure,
// and so does a test step that was ended: its report is missing or does not hold the tests it never ran.
const failedChecks = outcome.filter(
  (s) =>
    !s.ok &&
    (s.timedOut || !['unit tests', 'integration tests', 'browser tests', 'beside the browser tests'].includes(s.name)),
).length;
const { passed, failed, skipped } = summarize(results);
console.log(`${passed} passed, ${failed + failedChecks} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(outcome.every((s) => s.ok) ? 0 : 1);
