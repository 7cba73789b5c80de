#!/usr/bin/env node
// Type-checks every project with its own tsconfig (app/lib, spec and e2e). Jest compiles with SWC
// and does not check types, so this is where type errors are caught.
//
// Why grouped: the libraries are imported as sources (tsconfig.base.json's paths), so each of the
// ~70 configs, checked alone, re-read and re-checked most of the workspace and every type package:
// about six minutes on CI's two cores. Configs whose compiler options are identical give the same
// answers checked as one program, so each group of them is checked once, over the union of their
// files, and two groups run at a time. A failure still names the configs of its group.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
const tsc = join(root, 'node_modules/.bin/tsc');
const ts = createRequire(import.meta.url)('typescript');
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

// Options that only place emitted files, resolved per config file; with --noEmit they change nothing.
/**
 * What `tsc --showConfig -p config` prints, from the compiler's own API in this process: the same
 * JSON, where 72 runs of tsc took half a minute of CI before any checking began.
 */
function showConfig(config) {
  const path = join(root, config);
  const parsed = ts.getParsedCommandLineOfConfigFile(
    path,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
        throw new Error(`${config}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
      },
    },
  );
  return ts.convertToTSConfig(parsed, path, { getCurrentDirectory: () => root, useCaseSensitiveFileNames: true });
}

const EMIT_LOCATION = ['outDir', 'rootDir', 'sourceMap', 'tsBuildInfoFile'];
const groups = new Map();
for (const config of configs) {
  const shown = showConfig(config);
  const options = { ...shown.compilerOptions };
  for (const name of EMIT_LOCATION) delete options[name];
  // baseUrl is relative to the config that sets it: resolve it so equal ones compare equal.
  if (options.baseUrl) options.baseUrl = resolve(root, dirname(config), options.baseUrl);
  const key = JSON.stringify(options);
  const group = groups.get(key) ?? { options, configs: [], files: new Set() };
  group.configs.push(config);
  for (const file of shown.files ?? []) group.files.add(resolve(root, dirname(config), file));
  groups.set(key, group);
}

const dir = join(root, 'tmp/typecheck');
mkdirSync(dir, { recursive: true });
const work = [...groups.values()].map((group, index) => {
  const path = join(dir, `group-${index}.json`);
  // paths are relative to tsconfig.base.json, which every config extends: extend it here too.
  const { paths, ...options } = group.options;
  void paths;
  writeFileSync(
    path,
    JSON.stringify(
      {
        extends: join(root, 'tsconfig.base.json'),
        compilerOptions: { ...options, noEmit: true },
        files: [...group.files],
      },
      null,
      2,
    ),
  );
  return { path, configs: group.configs, size: group.files.size };
});
// Biggest first, so the two lanes finish together.
work.sort((a, b) => b.size - a.size);

const run = ({ path }) =>
  new Promise((done) => {
    const child = spawn(tsc, ['-p', path], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => done({ code, output }));
  });

console.log(`${configs.length} configs in ${work.length} groups of identical compiler options`);
const queue = [...work];
const failures = [];
await Promise.all(
  [1, 2].map(async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      const result = await run(item);
      console.log(`${result.code === 0 ? 'ok  ' : 'FAIL'} ${item.configs.join(', ')} (${item.size} files)`);
      if (result.code !== 0) failures.push({ ...item, ...result });
    }
  }),
);
for (const failure of failures) console.error(`\n${failure.configs.join(', ')}\n${failure.output}`);
process.exit(failures.length ? 1 : 0);
