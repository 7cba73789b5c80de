#!/usr/bin/env node
// Type-checks every project with its own tsconfig (app/lib and spec), two at a time.
// Jest compiles with SWC and does not check types, so this is where type errors are caught.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const projectDirs = ['apps', 'libs', 'libs/api', 'libs/web', 'libs/shared']
  .flatMap((dir) => (existsSync(join(root, dir)) ? readdirSync(join(root, dir)).map((d) => join(dir, d)) : []))
  .filter((dir) => existsSync(join(root, dir, 'project.json')));
const configs = [
  ...projectDirs.flatMap((dir) =>
    ['tsconfig.app.json', 'tsconfig.lib.json', 'tsconfig.spec.json', 'tsconfig.e2e.json']
      .map((name) => join(dir, name))
      .filter((path) => existsSync(join(root, path))),
  ),
  'tools/tsconfig.json',
];

const tsc = join(root, 'node_modules/.bin/tsc');
const run = (config) =>
  new Promise((resolve) => {
    const child = spawn(tsc, ['--noEmit', '-p', config], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ config, code, output }));
  });

const queue = [...configs];
const failures = [];
await Promise.all(
  [1, 2].map(async () => {
    for (let config = queue.shift(); config; config = queue.shift()) {
      const result = await run(config);
      console.log(`${result.code === 0 ? 'ok  ' : 'FAIL'} ${config}`);
      if (result.code !== 0) failures.push(result);
    }
  }),
);
for (const failure of failures) console.error(`\n${failure.config}\n${failure.output}`);
process.exit(failures.length ? 1 : 0);
