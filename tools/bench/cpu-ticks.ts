import { readdirSync, readFileSync } from 'node:fs';

/** Linux's clock ticks (USER_HZ, 100 on every common kernel) in µs. */
export const TICK_US = 10_000;

/**
 * CPU used so far, in clock ticks, from /proc: this process's main thread (the servers; the load
 * runs in a worker thread of its own) and all PostgreSQL processes on the machine (the bench's
 * database is the only busy one). On a 2-core machine the three share the cores, so a request's
 * cost is both its JavaScript and the database work it causes.
 */
export function cpuTicks(): { server: number; serverSystem: number; postgres: Map<string, number> } {
  const fieldsOf = (stat: string) => stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticksOf = (stat: string) => Number(fieldsOf(stat)[11]) + Number(fieldsOf(stat)[12]); // utime + stime
  const read = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined; // a process that ended meanwhile
    }
  };
  const postgres = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const stat = read(`/proc/${pid}/stat`);
    if (stat?.includes('(postgres)')) postgres.set(pid, ticksOf(stat));
  }
  const server = read(`/proc/self/task/${process.pid}/stat`) ?? '';
  return { server: ticksOf(server), serverSystem: Number(fieldsOf(server)[12]), postgres };
}

/** PostgreSQL's ticks between two readings, per process (a backend that ended took its ticks along). */
export function postgresTicks(before: Map<string, number>, after: Map<string, number>): number {
  let ticks = 0;
  for (const [pid, now] of after) ticks += now - (before.get(pid) ?? 0);
  return ticks;
}
