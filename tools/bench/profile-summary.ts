/**
 * The top costs of a V8 CPU profile (`node --cpu-prof`, or the bench's `--profile`): self time by
 * function and by package, in per cent of the sampled time.
 *
 *   tools/ts-run.sh tools/bench/profile-summary.ts tmp/profiles/progress.cpuprofile [--top 25]
 */
import { readFileSync } from 'node:fs';
import { option } from './measure';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export function summarise(profile: CpuProfile, top: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const [id, us] of self) {
    const { functionName, url, lineNumber } = byId.get(id)?.callFrame ?? { functionName: '?', url: '', lineNumber: 0 };
    const where = url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/wt-[^/]+\//, '');
    const fn = `${functionName || '(anonymous)'} ${where}:${lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
    byPackage.set(packageOf(url, functionName), (byPackage.get(packageOf(url, functionName)) ?? 0) + us);
  }
  const rows = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => `${((us / total) * 100).toFixed(1).padStart(5)} %  ${name}`)
      .join('\n');
  return `Sampled ${(total / 1e6).toFixed(1)} s\n-- by package --\n${rows(byPackage)}\n-- by function --\n${rows(byFunction)}`;
}

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1];
  if (url.startsWith('node:')) return url.split('/')[0].replace(/^node:/, 'node:') + url.slice(5).split('/')[0];
  return /\/(libs|apps|tools)\//.test(url)
    ? `larnav ${url.replace(/^.*\/((libs|apps|tools)\/[^/]+\/[^/]+).*$/, '$1')}`
    : url;
}

if (require.main === module) {
  const file = process.argv[2];
  console.log(summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, option('top', 25)));
}
