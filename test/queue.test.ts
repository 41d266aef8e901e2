import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ingest, openDbReadOnly, readRecords, startWorker, withDb, type DecisionRecord } from '../src/index.ts';
import type { ProgressReporter } from '../src/ingest/progress.ts';
import { ROOT, fixturePdf, query, replayEngine, tempDir } from './helpers.ts';
import { TestRedis, hasRedisServer, killChildren, spawnDocket } from './queue-helpers.ts';

const HAS_REDIS = hasRedisServer();
if (!HAS_REDIS) console.warn('test/queue.test.ts: skipped, no redis-server on PATH (apt-get install redis-server, as .ci/run does)');

const realPdf = (name: string) => join(ROOT, 'fixtures/real/pdf', name);
/** One-page digital decisions of six bodies, and one scanned page (OCR). */
const DIGITAL = ['gmca-2020-9105', 'croydon-2018-grants', 'mopac-pcd1004', 'surrey-pcc-2021-003', 'cleveland-pcc-2019-153801', 'surrey-2021-4750'].map((n) => realPdf(`${n}.digital.pdf`));
const SCANNED = realPdf('surrey-2024-5626.scanned.pdf');

/** A record with what differs between runs by nature (when it was stored, the order its paths were seen) taken out. */
const comparable = (r: DecisionRecord) => ({ ...r, files: [...r.files].sort(), provenance: { ...r.provenance, processedAt: '' } });
const records = (db: string) => withDb(openDbReadOnly(db), (d) => [...readRecords(d)].map(comparable).sort((a, b) => a.sha256.localeCompare(b.sha256)));
const count = (db: string, sql: string) => query<{ n: number }>(db, sql)[0]!.n;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A folder of `files` copied in (and `extra` files written), for one run. */
function inputDir(files: readonly string[], extra: Record<string, string | Buffer> = {}): string {
  const dir = join(tempDir(), 'in');
  mkdirSync(dir, { recursive: true });
  for (const f of files) copyFileSync(f, join(dir, basename(f)));
  for (const [name, body] of Object.entries(extra)) writeFileSync(join(dir, name), body);
  return dir;
}

describe.skipIf(!HAS_REDIS)('scaling out on BullMQ and Redis', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await TestRedis.start();
  });
  beforeEach(() => redis.flush());
  afterEach(() => killChildren());
  afterAll(async () => {
    await killChildren();
    await redis?.stop();
  });

  it('stores the same records through a queue worker as in-process (the runners agree)', async () => {
    const files = [fixturePdf('pcd679.mixed.pdf'), fixturePdf('pcd450.digital.pdf')];
    const [local, queued] = [join(tempDir(), 'a.db'), join(tempDir(), 'b.db')];
    await ingest({ inputs: files, db: local, engine: replayEngine() });
    const worker = await startWorker({ redis: redis.url, engine: replayEngine(), concurrency: 1, log: () => undefined });
    try {
      const summary = await ingest({ inputs: files, db: queued, redis: redis.url });
      expect(summary).toMatchObject({ ok: 2, failed: 0, pages: 14, ocrPages: 1 });
    } finally {
      await worker.close();
    }
    expect(records(queued)).toEqual(records(local));
  }, 90_000);

  it('makes a document that fails every attempt a failed record with the reason, and goes on', async () => {
    const shared = inputDir([DIGITAL[0]!, DIGITAL[1]!]);
    // The worker mounts the shared folder elsewhere, and one file is missing there.
    const mount = inputDir([DIGITAL[0]!]);
    const db = join(tempDir(), 'd.db');
    const worker = await startWorker({ redis: redis.url, engine: replayEngine(), concurrency: 1, sharedRoot: mount, log: () => undefined });
    try {
      const summary = await ingest({ inputs: [shared], db, redis: redis.url, sharedRoot: shared, queue: { attempts: 2, backoffMs: 50 } });
      expect(summary).toMatchObject({ ok: 1, failed: 1 });
    } finally {
      await worker.close();
    }
    const failed = query<{ file: string; error: string }>(db, "SELECT file, error FROM documents WHERE status = 'failed'");
    expect(failed).toHaveLength(1);
    expect(basename(failed[0]!.file)).toBe(basename(DIGITAL[1]!));
    expect(failed[0]!.error).toMatch(/^failed on every attempt \(2\) in the queue: cannot read .* on this worker .*: mount the coordinator's --shared-root/);
  }, 90_000);

  it('waits for a Redis that goes away, says so, and resumes when it is back', async () => {
    const inputs = inputDir(DIGITAL);
    const db = join(tempDir(), 'd.db');
    const notices: string[] = [];
    const progress: ProgressReporter = { update: () => undefined, finish: () => undefined, note: (line) => notices.push(line) };
    // The coordinator queues the documents and waits for results; Redis goes away while it waits (no worker has
    // started yet, so the outage comes before any result whatever the speed of reading), then comes back.
    const run = ingest({ inputs: [inputs], db, redis: redis.url, progress });
    await sleep(1000);
    await redis.stop();
    await sleep(1500);
    await redis.restart();
    const worker = await startWorker({ redis: redis.url, engine: replayEngine(), concurrency: 1, stallTimeout: 2, log: () => undefined });
    try {
      const summary = await run;
      expect(summary).toMatchObject({ files: 6, ok: 6, failed: 0 });
    } finally {
      await worker.close(true);
    }
    expect(notices.join('\n')).toMatch(/Redis at redis:\/\/127\.0\.0\.1:\d+ went away: waiting for it to come back \(start redis-server again\)/);
    expect(notices.join('\n')).toMatch(/is back: resuming/);
    expect(count(db, 'SELECT count(*) n FROM documents')).toBe(6);
  }, 90_000);

  it('runs two workers, one killed with kill -9 mid-document, and gets every PDF once, as a local run does', async () => {
    const dir = inputDir([...DIGITAL, SCANNED], { 'copy-of-gmca.pdf': readFileSync(DIGITAL[0]!), 'broken.pdf': 'not a pdf at all' });
    const workers = [0, 1].map(() => spawnDocket('worker', '--redis', redis.url, '--concurrency', '1', '--stall-timeout', '2'));
    // The local run, as `docket ingest` makes it (reader pool, the same OCR engine as the workers), while they start.
    const local = join(tempDir(), 'local.db');
    expect(await ingest({ inputs: [dir], db: local })).toMatchObject({ ok: 7, failed: 1, skipped: 1 });
    await Promise.all(workers.map((w) => w.waitFor(/serving queue/)));
    const db = join(tempDir(), 'queued.db');
    const coordinator = spawnDocket('ingest', dir, '--db', db, '--redis', redis.url);
    const [victim, survivor] = workers as [ReturnType<typeof spawnDocket>, ReturnType<typeof spawnDocket>];
    const [, taken] = (await victim.waitFor(/reading: (\S+)/))!;
    victim.child.kill('SIGKILL');
    expect(await coordinator.exited).toBe(1);
    expect(coordinator.stderr()).toMatch(/7 ok, 1 failed, 1 skipped; 7 pages \(1 OCR\)/);
    // The killed worker's document was taken up by the other one (stalled-job recovery).
    expect(survivor.stderr()).toContain(`reading: ${taken}`);
    expect(count(db, 'SELECT count(*) n FROM documents')).toBe(9 - 1);
    expect(count(db, 'SELECT count(*) n FROM document_files')).toBe(9);
    expect(query(db, 'PRAGMA integrity_check')[0]).toEqual({ integrity_check: 'ok' });
    expect(records(db)).toEqual(records(local));
  }, 180_000);

  it('restarts a killed coordinator: what was stored stays, what workers finished meanwhile is stored, nothing is read twice', async () => {
    const dir = inputDir([...DIGITAL, SCANNED]);
    const db = join(tempDir(), 'd.db');
    const worker = spawnDocket('worker', '--redis', redis.url, '--concurrency', '1');
    await worker.waitFor(/serving queue/);
    const first = spawnDocket('ingest', dir, '--db', db, '--redis', redis.url);
    const deadline = Date.now() + 90_000;
    let stored = 0;
    while (stored < 2 && Date.now() < deadline) {
      await sleep(100);
      try {
        stored = count(db, 'SELECT count(*) n FROM documents');
      } catch {
        stored = 0;
      }
    }
    first.child.kill('SIGKILL');
    await first.exited;
    const before = query<{ sha256: string; processed_at: string }>(db, 'SELECT sha256, processed_at FROM documents ORDER BY sha256');
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(before.length).toBeLessThan(7);
    await sleep(1500); // the worker finishes more documents while no coordinator is there to store them
    const second = spawnDocket('ingest', dir, '--db', db, '--redis', redis.url);
    expect(await second.exited).toBe(0);
    expect(second.stderr()).toMatch(new RegExp(`${7 - before.length} ok, 0 failed, ${before.length} skipped`));
    expect(count(db, 'SELECT count(*) n FROM documents')).toBe(7);
    const after = query<{ sha256: string; processed_at: string }>(db, 'SELECT sha256, processed_at FROM documents ORDER BY sha256');
    for (const row of before) expect(after).toContainEqual(row); // stored once, never again
    const reads = [...worker.stderr().matchAll(/reading: (\S+)/g)].map((m) => basename(m[1]!));
    expect(reads.sort()).toEqual([...DIGITAL, SCANNED].map((f) => basename(f)).sort()); // each read exactly once
    expect(query(db, 'PRAGMA integrity_check')[0]).toEqual({ integrity_check: 'ok' });
  }, 180_000);

  it('says what to do when Redis cannot be reached or the options do not fit', async () => {
    const runs = [
      ['worker', '--redis', 'redis://127.0.0.1:1'],
      ['ingest', fixturePdf('pcd450.digital.pdf'), '--redis', 'localhost:6379'],
      ['ingest', fixturePdf('pcd450.digital.pdf'), '--shared-root', ROOT],
    ].map((args) => spawnDocket(...args));
    const [dead, bad, shared] = await Promise.all(runs.map(async (r) => ({ status: await r.exited, stderr: r.stderr() })));
    expect(dead).toMatchObject({ status: 3, stderr: expect.stringMatching(/^docket worker: cannot reach Redis at redis:\/\/127\.0\.0\.1:1 \(.*\): start it \(redis-server --port 1\) or give the right --redis URL/) });
    expect(bad).toMatchObject({ status: 2, stderr: expect.stringMatching(/--redis localhost:6379 is not a Redis URL: give it as redis:\/\/HOST:PORT/) });
    expect(shared).toMatchObject({ status: 2, stderr: expect.stringMatching(/--shared-root goes with --redis/) });
  }, 60_000);
});
