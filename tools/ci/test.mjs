#!/usr/bin/env node
// `npm test`: every check and every test suite, in order. A failing step does not stop the
// rest, so one run shows everything that is wrong. Ends with one line "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { summarize } from './summarize.mjs';

const root = new URL('../..', import.meta.url).pathname;
const results = join(root, 'tmp/test-results');
const only = process.argv.slice(2);

rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

const steps = [
  ['lint', 'npx nx run-many -t lint --output-style=static'],
  ['typecheck', 'node tools/ci/typecheck.mjs'],
  [
    'api-client drift',
    'tools/ts-run.sh tools/api-client/export-openapi.ts --check && node tools/api-client/generate.mjs --check',
  ],
  // Two workers on CI's two cores: Jest's default (cores − 1) would run every suite in one process.
  ['unit tests', `npx jest --ci --maxWorkers=2 --json --outputFile=${results}/unit.json`],
  // Each integration file has its own database, so two run side by side: one waits on PostgreSQL while the other computes.
  ['integration tests', `npx jest -c jest.int.config.ts --ci --maxWorkers=2 --json --outputFile=${results}/integration.json`],
  ['build', 'npx nx run-many -t build -p api web dev-idp --output-style=static'],
  ['browser tests', 'npx playwright test -c apps/web-e2e/playwright.config.ts'],
].filter(([name]) => only.length === 0 || only.includes(name));

// CI's second database run (.ci/run) goes beside the browser tests, at a lower priority: the
// journeys wait on a browser most of the time, and on two cores the two in a row took 10 minutes.
const alongside = process.env['LARNAV_CI_ALONGSIDE_BROWSER_TESTS'];
const alongsideLog = join(root, 'tmp/alongside-browser-tests.log');

const outcome = [];
for (const [name, command] of steps) {
  let beside = null;
  if (name === 'browser tests' && alongside) {
    console.log(`\n=== beside the browser tests (output after them): ${alongside}`);
    const log = openSync(alongsideLog, 'w');
    const child = spawn(`nice -n 10 ${alongside}`, { cwd: root, stdio: ['ignore', log, log], shell: '/bin/bash' });
    beside = new Promise((done) => child.on('close', (code) => (closeSync(log), done(code))));
  }
  console.log(`\n=== ${name}: ${command}`);
  const started = Date.now();
  const { status } = spawnSync(command, { cwd: root, stdio: 'inherit', shell: '/bin/bash' });
  outcome.push({ name, ok: status === 0, seconds: Math.round((Date.now() - started) / 1000) });
  if (beside) {
    const code = await beside;
    console.log(`\n=== beside the browser tests, finished with exit code ${code}:`);
    console.log(readFileSync(alongsideLog, 'utf8'));
    outcome.push({ name: 'beside the browser tests', ok: code === 0, seconds: Math.round((Date.now() - started) / 1000) });
  }
}

console.log('\n=== summary');
for (const step of outcome) console.log(`${step.ok ? 'ok    ' : 'FAILED'} ${step.name} (${step.seconds} s)`);
// A check that fails without a test report (lint, typecheck, drift, build) counts as one failure.
const failedChecks = outcome.filter(
  (s) => !s.ok && !['unit tests', 'integration tests', 'browser tests', 'beside the browser tests'].includes(s.name),
).length;
const { passed, failed, skipped } = summarize(results);
console.log(`${passed} passed, ${failed + failedChecks} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(outcome.every((s) => s.ok) ? 0 : 1);
