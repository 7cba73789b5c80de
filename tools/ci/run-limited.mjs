// Runs a shell command in its own process group and ends the whole group if it runs past its
// time limit: SIGTERM first, so Jest and Playwright can stop their servers, then SIGKILL.
import { spawn } from 'node:child_process';

const GRACE_MS = 15_000;
const running = new Set();

/** Resolves with the exit code (null when ended by a signal) and whether the limit was reached. */
export function runLimited(command, { cwd, stdio, limitSeconds }) {
  return new Promise((resolve) => {
    // detached: the child leads a new process group, so one kill reaches everything it started.
    const child = spawn(command, { cwd, stdio, shell: '/bin/bash', detached: true });
    running.add(child);
    let timedOut = false;
    let killer = null;
    const limit = setTimeout(() => {
      timedOut = true;
      signalGroup(child, 'SIGTERM');
      killer = setTimeout(() => signalGroup(child, 'SIGKILL'), GRACE_MS);
    }, limitSeconds * 1000);
    child.on('close', (code) => {
      clearTimeout(limit);
      if (killer) clearTimeout(killer);
      // Whatever the command left behind in its group (a web server, a database) goes with it.
      signalGroup(child, 'SIGKILL');
      running.delete(child);
      resolve({ code, timedOut });
    });
  });
}

function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group has already gone.
  }
}

// Interrupted (Ctrl-C, CI's own limit): take the children along, they are in groups of their own.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of running) signalGroup(child, 'SIGKILL');
    process.exit(130);
  });
}
