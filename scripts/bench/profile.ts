import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a frame's code lives: an npm package, a src/ folder, or node itself. */
function groupOf(url: string, fn: string): string {
  if (url.includes('node_modules/.cache/docket/')) return 'docket (reader bundle)';
  if (url.includes('node_modules/')) return url.split('node_modules/').pop()!.split('/')[0]!.replace(/^@[^/]+$/, (s) => s);
  const src = /\/(src\/[^/]+)\//.exec(url);
  if (src) return src[1]!;
  if (url.startsWith('node:')) return 'node internals';
  return fn.startsWith('(') ? fn : url ? 'other' : 'native / VM';
}

/** CPU time by code group over every .cpuprofile in `dir` (all processes and threads), idle left out; milliseconds, largest first. */
export function summariseProfiles(dir: string): { group: string; ms: number }[] {
  const total = new Map<string, number>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.cpuprofile'))) {
    const p = JSON.parse(readFileSync(join(dir, f), 'utf8')) as CpuProfile;
    const byId = new Map(p.nodes.map((n) => [n.id, n.callFrame]));
    p.samples.forEach((id, i) => {
      const cf = byId.get(id)!;
      const g = groupOf(cf.url, cf.functionName);
      if (g !== '(idle)') total.set(g, (total.get(g) ?? 0) + (p.timeDeltas[i] ?? 0) / 1000);
    });
  }
  return [...total].map(([group, ms]) => ({ group, ms })).sort((a, b) => b.ms - a.ms);
}
