import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** What a timed command did: wall seconds, peak resident memory summed over its whole process tree, output. */
export interface TimedRun {
  seconds: number;
  peakTreeMb: number;
  stdout: string;
  stderr: string;
  code: number | null;
}

/** Resident MB of every process under `root` (itself included), read from /proc. */
export function treeRssMb(root: number): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'latin1');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(d), Number(fields[1]));
      rss.set(Number(d), (Number(fields[21]) * 4096) / 2 ** 20);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  for (const [pid, mb] of rss) {
    for (let p: number | undefined = pid, hops = 0; p && hops < 64; p = parent.get(p), hops++)
      if (p === root) {
        total += mb;
        break;
      }
  }
  return total;
}

/** Runs a command, sampling its process tree's memory every 50 ms; resolves when it exits. */
export function runTimed(file: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<TimedRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    const sample = setInterval(() => (peak = Math.max(peak, child.pid ? treeRssMb(child.pid) : 0)), 50);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sample);
      resolve({ seconds: (performance.now() - started) / 1000, peakTreeMb: peak, stdout, stderr, code });
    });
  });
}
