import { createServer } from 'node:net';

export interface Timing {
  median: number;
  p95: number;
  min: number;
  max: number;
  runs: number;
}

/** Runs `work` `warmUp` times untimed, then `runs` times timed, in milliseconds. */
export async function time(work: () => Promise<unknown>, options: { warmUp: number; runs: number }): Promise<Timing> {
  for (let i = 0; i < options.warmUp; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return summarise(samples);
}

export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  // Nearest rank: the p95 of 30 runs is the 29th fastest.
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return { median: rank(50), p95: rank(95), min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length };
}

export function formatTiming(t: Timing): string {
  const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(10);
  return `median ${ms(t.median)}   p95 ${ms(t.p95)}   min ${ms(t.min)}   max ${ms(t.max)}   (${t.runs} runs)`;
}

export async function stopwatch<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(`${label.padEnd(44)} ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return result;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** `--name value` from the command line, else the default. */
export function option(name: string, fallback: number): number;
export function option(name: string, fallback: string): string;
export function option(name: string, fallback: number | string): number | string {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? process.argv[at + 1] : undefined;
  if (value === undefined) return fallback;
  return typeof fallback === 'number' ? Number(value) : value;
}

export function flag(name: string): boolean {
  return process.argv.includes(`--${name}`);
}
