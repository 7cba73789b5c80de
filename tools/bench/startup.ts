/**
 * How long from `npm start` to a Lärnav that answers? Cold: a fresh, empty LARNAV_DATA_DIR (the
 * embedded PostgreSQL is initialised, migrated and seeded). Warm: a second start on the same data.
 * Each start builds first, as `npm start` does; Nx's build cache is whatever the machine has.
 *
 *   tools/ts-run.sh tools/bench/startup.ts [--timeout 600] [--command 'npm start'] [--keep]
 *
 * DATABASE_URL is removed from the child's environment, so that it uses the embedded server.
 */
import { spawn } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { flag, freePort, option } from './measure';

const TIMEOUT_S = option('timeout', 600);
const COMMAND = option('command', 'npm start');
const POLL_MS = 100;

interface StartResult {
  label: string;
  readyAfterS: number | null;
  page: string;
  stoppedAfterS: number;
  log: string;
}

/** Nx's own summary of the build step, when the command ran one: its duration and cache hits. */
function buildSummary(logPath: string): string {
  const log = readFileSync(logPath, 'utf8');
  const duration = /Run duration:\s+(\S+)/.exec(log)?.[1];
  const cache = /Cache:\s+([^\n]+)/.exec(log)?.[1]?.trim();
  return duration ? `   (build ${duration}, Nx cache ${cache ?? 'not reported'})` : '';
}

async function main(): Promise<void> {
  const benchDir = join(process.cwd(), '.data');
  mkdirSync(benchDir, { recursive: true });
  const dataDir = mkdtempSync(join(benchDir, 'bench-startup-'));
  // mkdtemp makes it private; run as root, PostgreSQL's own system user must still reach inside.
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    LARNAV_DATA_DIR: dataDir,
    // A port of its own, so that a developer's running Lärnav is left alone.
    LARNAV_EMBEDDED_PG_PORT: String(await freePort()),
    NX_TUI: 'false',
  };
  delete env['DATABASE_URL'];
  // tools/ts-run.sh sets TS_NODE_PROJECT for this script; the build would read it as its own.
  for (const name of Object.keys(env)) if (name.startsWith('TS_NODE_')) delete env[name];
  console.log(`${COMMAND}  PORT=${port}  LARNAV_DATA_DIR=${dataDir}\n`);

  const results: StartResult[] = [];
  try {
    for (const label of ['cold', 'warm']) {
      const result = await startOnce(label, env, port, `${dataDir}-${label}.log`);
      results.push(result);
      const ready = result.readyAfterS === null ? 'NOT READY' : `${result.readyAfterS.toFixed(1)} s`;
      console.log(
        `${label.padEnd(5)} start to ready: ${ready}` +
          `   GET /: ${result.page}   stopped in ${result.stoppedAfterS.toFixed(1)} s${buildSummary(result.log)}`,
      );
      if (result.readyAfterS === null) {
        console.log(`  log (${result.log}), last lines:\n${tail(result.log, 25)}`);
        break;
      }
    }
  } finally {
    if (flag('keep')) console.log(`\nKept: ${dataDir} and the logs beside it`);
    else {
      rmSync(dataDir, { recursive: true, force: true });
      for (const r of results) rmSync(r.log, { force: true });
    }
  }
}

async function startOnce(label: string, env: NodeJS.ProcessEnv, port: number, logPath: string): Promise<StartResult> {
  const log = openSync(logPath, 'w');
  const started = performance.now();
  // Its own process group, so that npm, Nx, the API and PostgreSQL can be stopped together.
  const child = spawn(COMMAND, { shell: true, env, detached: true, stdio: ['ignore', log, log] });
  closeSync(log);
  let exited = false;
  child.on('exit', () => (exited = true));

  let readyAfterS: number | null = null;
  const deadline = started + TIMEOUT_S * 1000;
  while (!exited && performance.now() < deadline) {
    if ((await status(`http://localhost:${port}/health/ready`)) === 200) {
      readyAfterS = (performance.now() - started) / 1000;
      break;
    }
    await sleep(POLL_MS);
  }
  const page = readyAfterS === null ? '-' : await describePage(`http://localhost:${port}/`);

  const stopping = performance.now();
  await stop(child.pid as number, () => exited);
  return { label, readyAfterS, page, stoppedAfterS: (performance.now() - stopping) / 1000, log: logPath };
}

async function status(url: string): Promise<number | null> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return null;
  }
}

/** Whether `/` serves the web app: status, content type and an <html> element. */
async function describePage(url: string): Promise<string> {
  try {
    const response = await fetch(url, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(5000) });
    const body = await response.text();
    const html = /text\/html/.test(response.headers.get('content-type') ?? '') && /<html[\s>]/i.test(body);
    return `${response.status} ${html ? 'HTML' : `not HTML (${response.headers.get('content-type')})`}`;
  } catch (error) {
    return `no answer (${(error as Error).message})`;
  }
}

/**
 * SIGTERM to the group (the API then stops its PostgreSQL), and to any descendant that left the
 * group; SIGKILL for whatever still runs after 30 s.
 */
async function stop(pid: number, exited: () => boolean): Promise<void> {
  const signalAll = (signal: NodeJS.Signals) => {
    const targets = [pid, ...descendants(pid)];
    try {
      process.kill(-pid, signal);
    } catch {
      // The group is gone already.
    }
    for (const target of targets) {
      try {
        process.kill(target, signal);
      } catch {
        // Already gone.
      }
    }
    return targets;
  };
  let remaining = signalAll('SIGTERM');
  const deadline = performance.now() + 30_000;
  while (performance.now() < deadline && (!exited() || remaining.some(isAlive))) await sleep(POLL_MS);
  remaining = remaining.filter(isAlive);
  if (remaining.length > 0) {
    signalAll('SIGKILL');
    for (const target of remaining) {
      try {
        process.kill(target, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  }
}

/** Every process below `pid`, from /proc (Linux). */
function descendants(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name may hold spaces and parentheses: the parent id follows the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const visit = (parent: number) => {
    for (const child of parents.get(parent) ?? []) {
      found.push(child);
      visit(child);
    }
  };
  visit(pid);
  return found;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function tail(path: string, lines: number): string {
  try {
    return readFileSync(path, 'utf8')
      .trimEnd()
      .split('\n')
      .slice(-lines)
      .map((l) => `    ${l}`)
      .join('\n');
  } catch {
    return '    (no log)';
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
