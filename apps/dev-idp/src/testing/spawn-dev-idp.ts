import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { DevClient } from '../account-directory';

export interface SpawnDevIdpOptions {
  clients: DevClient[];
  /** Default 0: the IdP binds a free port and reports it in its ready line. */
  port?: number;
  /** How long to wait for the ready line; the first start compiles TypeScript, slowly on a busy machine. Default 180 s. */
  startTimeoutMs?: number;
}

export interface SpawnedDevIdp {
  /** e.g. `http://localhost:41234`: the discovery document is at `${issuer}/.well-known/openid-configuration`. */
  issuer: string;
  /** Ends the process (SIGTERM, then SIGKILL after 5 s). Safe to call twice. */
  stop(): Promise<void>;
  /** What the process has printed so far, for a failing test's message. */
  output(): string;
}

const WORKSPACE_ROOT = join(__dirname, '../../../..');
const READY = /Dev IdP ready at (\S+)/;
const KEEP_OUTPUT_CHARS = 20_000;

/**
 * Runs the dev IdP (apps/dev-idp/src/main.ts) in a child process, straight from TypeScript as
 * tools/ts-run.sh does. A child process, not an import: oidc-provider is ESM-only and Jest's module
 * loader cannot require() it, while Node itself can. Talk to it over HTTP at `issuer`.
 */
export async function spawnDevIdp(options: SpawnDevIdpOptions): Promise<SpawnedDevIdp> {
  const { clients, port = 0, startTimeoutMs = 180_000 } = options;
  const child = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/dev-idp/src/main.ts'],
    {
      cwd: WORKSPACE_ROOT,
      env: {
        ...process.env,
        TS_NODE_PROJECT: join(WORKSPACE_ROOT, 'tools/tsconfig.json'),
        DEV_IDP_PORT: String(port),
        DEV_IDP_CLIENTS: JSON.stringify(clients),
        DEV_IDP_ISSUER: '',
        DEV_IDP_HOST: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );

  let output = '';
  const record = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-KEEP_OUTPUT_CHARS);
  };
  // Read both streams for the child's whole life: a full pipe would block it.
  child.stdout?.on('data', record);
  child.stderr?.on('data', record);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // A test runner that dies mid-test must not leave the IdP running.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };

  try {
    const issuer = await waitForReady(child, () => output, startTimeoutMs);
    return { issuer, stop, output: () => output };
  } catch (error) {
    await stop();
    throw error;
  }
}

function waitForReady(child: ChildProcess, output: () => string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const failure = (reason: string) =>
      new Error(`The dev IdP did not start: ${reason}.\n--- its output ---\n${output() || '(none)'}`);
    const onData = () => {
      const ready = READY.exec(output());
      if (ready) finish(() => resolve(ready[1]));
    };
    const onExit = (code: number | null, signal: string | null) =>
      finish(() => reject(failure(`it exited (${signal ?? `code ${code}`}) before it was ready`)));
    const onError = (error: Error) => finish(() => reject(failure(error.message)));
    const timer = setTimeout(() => finish(() => reject(failure(`no ready line within ${timeoutMs} ms`))), timeoutMs);
    const finish = (settle: () => void) => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      child.off('error', onError);
      settle();
    };
    // Registered after spawnDevIdp's own recorder, so output() already holds this chunk.
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
    child.once('error', onError);
  });
}
