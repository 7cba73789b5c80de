#!/usr/bin/env node
// Turns the API's committed OpenAPI document into the web client's types.
//
//   node tools/api-client/generate.mjs           write libs/web/api-client/src/generated/schema.d.ts
//   node tools/api-client/generate.mjs --check   exit 1 if the committed file is stale (for CI)
//
// The output is committed so that a change to the API shows up as a reviewable diff in the web's
// types, and CI's --check makes a forgotten regeneration impossible to merge.
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const workspaceRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const documentPath = resolve(workspaceRoot, 'libs/web/api-client/openapi.json');
const schemaPath = resolve(workspaceRoot, 'libs/web/api-client/src/generated/schema.d.ts');
const shown = (path) => relative(workspaceRoot, path);

const HEADER = [
  '// generated — do not edit.',
  `// Source: ${shown(documentPath)}. Regenerate with: node tools/api-client/generate.mjs`,
  '',
  '',
].join('\n');

async function render() {
  const document = JSON.parse(await readFile(documentPath, 'utf8'));
  // Absent optional fields stay `?:` (not `| undefined`) to match what the API serialises.
  const ast = await openapiTS(document, { exportType: false, enum: false });
  return HEADER + astToString(ast);
}

async function main() {
  const check = process.argv.includes('--check');
  let generated;
  try {
    generated = await render();
  } catch (error) {
    console.error(`api-client: cannot generate from ${shown(documentPath)}: ${error.message}`);
    process.exit(2);
  }

  if (!check) {
    await mkdir(dirname(schemaPath), { recursive: true });
    await writeFile(schemaPath, generated);
    console.log(`api-client: wrote ${shown(schemaPath)} from ${shown(documentPath)}`);
    return;
  }

  const committed = await readFile(schemaPath, 'utf8').catch(() => null);
  if (committed === generated) {
    console.log(`api-client: ${shown(schemaPath)} is up to date with ${shown(documentPath)}`);
    return;
  }
  console.error(
    committed === null
      ? `api-client: ${shown(schemaPath)} is missing.`
      : `api-client: ${shown(schemaPath)} is stale: it does not match ${shown(documentPath)}.`,
  );
  console.error('Run `node tools/api-client/generate.mjs` and commit the result.');
  process.exit(1);
}

await main();
