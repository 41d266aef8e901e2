// npx tsx scripts/bench/queue.ts [--rounds N] [DIR...]
// Throughput of a scaled-out ingest on this machine: a redis-server of its own, 1 then 2 `docket
// worker`s (--concurrency 1 each, started and ready before the clock starts, as long-lived workers
// are), and the coordinator `docket ingest DIR --redis`, timed from its start to its exit; a local
// `docket ingest --jobs 1|2` of the same folder for reference. Also the CPU seconds the workers
// (with their readers and tesseract processes) used, which a shared machine's load does not inflate
// as much as wall time. Prints one JSON line per run, for docs/scale.md.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TestRedis } from '../../test/queue-helpers.ts';
import { docketIngest } from './docket-runs.ts';

const { values, positionals } = parseArgs({ options: { rounds: { type: 'string' } }, allowPositionals: true });
const rounds = Number(values.rounds ?? 1);
const dirs = positionals.length ? positionals : ['fixtures/pdf', 'fixtures/real/pdf'];
const BIN = join(import.meta.dirname, '../../bin/docket.mjs');
const work = mkdtempSync(join(tmpdir(), 'docket-scale-'));
const redis = await TestRedis.start();

/** A worker under /usr/bin/time: resolves its CPU seconds (its own and its children's) once stopped with SIGTERM. */
function startWorker(): { ready: Promise<void>; stop: () => Promise<number> } {
  const child = spawn('/usr/bin/time', ['-f', 'cpu %U %S', process.execPath, BIN, 'worker', '--redis', redis.url, '--concurrency', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  let onData = () => undefined as void;
  child.stderr.on('data', (d) => ((err += d), onData()));
  const ready = new Promise<void>((r) => (onData = () => void (/serving queue/.test(err) && r())));
  const exited = new Promise<void>((r) => child.once('close', () => r()));
  return {
    ready,
    stop: async () => {
      // SIGTERM to the worker itself (a signal to /usr/bin/time would end it, not the worker): it finishes and ends its readers.
      const pid = Number(readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'latin1').trim().split(' ')[0]);
      process.kill(pid, 'SIGTERM');
      await exited;
      const m = /cpu ([\d.]+) ([\d.]+)/.exec(err);
      return m ? Number(m[1]) + Number(m[2]) : NaN;
    },
  };
}

let n = 0;
for (let round = 0; round < rounds; round++)
  for (const dir of dirs) {
    for (const jobs of [1, 2]) {
      const load = loadavg()[0]!;
      const run = await docketIngest([dir], join(work, `local-${n++}.db`), ['--jobs', String(jobs)]);
      console.log(JSON.stringify({ dir, mode: 'local', jobs, seconds: +run.seconds.toFixed(1), pages: run.pages, ocrPages: run.ocrPages, pagesPerS: +(run.pages / run.seconds).toFixed(2), load: +load.toFixed(1) }));
    }
    for (const workers of [1, 2]) {
      await redis.flush();
      const ws = Array.from({ length: workers }, startWorker);
      await Promise.all(ws.map((w) => w.ready));
      const load = loadavg()[0]!;
      const run = await docketIngest([dir], join(work, `queue-${n++}.db`), ['--redis', redis.url]);
      const cpu = (await Promise.all(ws.map((w) => w.stop()))).reduce((a, b) => a + b, 0);
      console.log(JSON.stringify({ dir, mode: 'queue', workers, seconds: +run.seconds.toFixed(1), pages: run.pages, ocrPages: run.ocrPages, pagesPerS: +(run.pages / run.seconds).toFixed(2), workerCpuS: +cpu.toFixed(1), load: +load.toFixed(1) }));
    }
  }
await redis.stop();
