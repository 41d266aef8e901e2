import { createHash } from 'node:crypto';
import { readInput } from '../read-input.ts';
import type { Queue } from 'bullmq';
import type Database from 'better-sqlite3';
import { DocketError, EXIT, oneLine } from '../../errors.ts';
import { openDb } from '../../db/open-db.ts';
import { addPath, findDocument, recordInputError } from '../../db/store.ts';
import { staleRecords } from '../../db/store-record.ts';
import type { OcrMode } from '../../route/route-page.ts';
import { PIPELINE_VERSION } from '../../version.ts';
import { findPdfs } from '../find-pdfs.ts';
import { readSettingsOf } from '../ingest-file.ts';
import { silentProgress, type ProgressReporter } from '../progress.ts';
import { RunStats, type QueueIngestSummary } from './run-stats.ts';
import { DEFAULT_QUEUE_SETTINGS, QUEUE_NAME, documentJob, pathUnder, type DocumentJob, type QueueSettings } from './document-job.ts';
import { QueueResults } from './queue-results.ts';
import { closeRedis, connectRedis, shownUrl } from './redis-connection.ts';

/** Milliseconds between looks at the enqueued jobs (when none was finished at the last look). */
const SWEEP_MS = 250;
/** Seconds without a stored document before the coordinator checks that some worker is serving the queue. */
const IDLE_S = 15;

/** What the coordinator needs of an ingest run's options (see IngestOptions). */
export interface QueueIngestOptions {
  inputs: string[];
  db: string;
  /** Redis URL, `redis://HOST:PORT`. */
  redis: string;
  /** A folder the workers mount too: jobs carry paths under it instead of the PDFs' bytes. */
  sharedRoot?: string;
  ocr?: OcrMode;
  force?: boolean;
  pageTimeout?: number;
  renderDpi?: number;
  queue?: Partial<QueueSettings>;
  /** Progress, and (through its `note`) the waiting and resuming lines: Redis gone and back, no worker serving the queue. */
  progress?: ProgressReporter;
}

/**
 * The coordinator of a scaled-out ingest: hashes each PDF, skips what the database has, enqueues
 * the rest for `docket worker`s (job id = SHA-256), and stores each result as it comes back, the
 * one SQLite writer. Stopped and run again, it stores the results finished meanwhile and
 * enqueues only what is missing. Redis going away makes it wait (with a notice), not fail.
 */
export async function ingestViaQueue(options: QueueIngestOptions): Promise<QueueIngestSummary> {
  const progress = options.progress ?? silentProgress;
  const notice = (line: string) => progress.note?.(line);
  const settings = { ...DEFAULT_QUEUE_SETTINGS, ...options.queue };
  const { files, missing } = findPdfs(options.inputs);
  if (options.sharedRoot) for (const file of files) pathUnder(options.sharedRoot, file);
  const redis = await connectRedis(options.redis, notice, 'every stored document is kept, and jobs Redis loses are queued again');
  let db: Database.Database;
  try {
    db = openDb(options.db);
  } catch (err) {
    closeRedis(redis);
    throw err;
  }
  const { Queue } = await import('bullmq'); // loaded when a queue is used, never by a local ingest
  const queue = new Queue(QUEUE_NAME, { connection: redis });
  queue.on('error', () => undefined);
  const run = new RunStats(files.length, missing, progress);
  const jobOf = jobMaker(options);
  const results = new QueueResults(db, queue, settings, options.force ?? false, (sha, file) => jobOf(file, sameBytes(file, sha), sha), (o) => run.stored(o));
  const sweeper = new Sweeper(results, queue, notice, options.redis);
  try {
    for (const m of missing) recordInputError(db, m.path, m.error);
    const alreadyStored: string[] = [];
    const seen = new Set<string>();
    for (const file of files) {
      const read = readPdf(db, file, run);
      if (!read || results.addFile(read.sha256, file)) continue;
      if (seen.has(read.sha256)) {
        addPath(db, read.sha256, file);
        run.count(file, 'skipped', 'same bytes as another file');
        continue;
      }
      seen.add(read.sha256);
      const stored = findDocument(db, read.sha256);
      if (stored && stored.pipeline_version === PIPELINE_VERSION && !options.force) {
        addPath(db, read.sha256, file);
        alreadyStored.push(read.sha256);
        run.count(file, 'skipped', 'already ingested');
        continue;
      }
      await results.enqueue(jobOf(file, read.bytes, read.sha256), read.bytes.length);
      await sweeper.keepUp(settings.window);
    }
    await sweeper.keepUp(1);
    await afterStoring(db, alreadyStored);
  } catch (err) {
    // Storage failing is not a document's fault: stop; the results stay in Redis and the next run stores them.
    if (String((err as { code?: string })?.code ?? '').startsWith('SQLITE'))
      throw new DocketError(`cannot write to ${options.db}: ${oneLine(err)}; free disk space or check the file, then run ingest again (finished documents wait in Redis)`, EXIT.fatal);
    throw err;
  } finally {
    await queue.close().catch(() => undefined);
    closeRedis(redis);
    db.close();
  }
  return run.finish();
}

/** The job of one file, read as a local run reads it (ingestFile's settings). */
function jobMaker(options: QueueIngestOptions): (file: string, bytes: Uint8Array, sha256: string) => DocumentJob {
  const opts: DocumentJob['opts'] = readSettingsOf(options);
  return (file, bytes, sha256) => documentJob(file, bytes, sha256, opts, options.sharedRoot);
}

/** A file's bytes and hash; undefined (recorded as an input error and counted) when it cannot be read. */
function readPdf(db: Database.Database, file: string, run: RunStats): { bytes: Uint8Array; sha256: string } | undefined {
  // As a local run reads it: the file's type checked again, opened without blocking (a FIFO made after the scan cannot hang the run).
  const read = readInput(file);
  if ('error' in read) {
    recordInputError(db, file, read.error);
    run.count(file, 'failed', read.error);
    return undefined;
  }
  return { bytes: read.bytes, sha256: createHash('sha256').update(read.bytes).digest('hex') };
}

/** The file's bytes again (a job Redis lost is rebuilt from them), if they are still the ones hashed. */
function sameBytes(file: string, sha256: string): Uint8Array {
  const read = readInput(file);
  if ('error' in read) throw new Error(read.error);
  const bytes = read.bytes;
  if (createHash('sha256').update(bytes).digest('hex') !== sha256) throw new Error(`${file} changed while it was being ingested: ingest it again`);
  return bytes;
}

/** As a local run ends: skipped records an older extractor made are re-extracted from their pages (the pipeline is loaded only then), and links resolved. */
async function afterStoring(db: Database.Database, alreadyStored: readonly string[]): Promise<void> {
  const stale = new Set(staleRecords(db));
  const outdated = alreadyStored.filter((sha) => stale.has(sha));
  if (outdated.length) (await import('../reextract.ts')).reextractStale(db, outdated);
  (await import('../../db/links.ts')).resolveLinks(db);
}

/** Looks at the enqueued jobs every SWEEP_MS, and says when no worker serves the queue. */
class Sweeper {
  private last = 0;
  private lastStored = performance.now();

  constructor(private readonly results: QueueResults, private readonly queue: Queue, private readonly notice: (line: string) => void, private readonly url: string) {}

  /** Sweeps when one is due, then until fewer than `window` documents are waiting (`1`: until none is). */
  async keepUp(window: number): Promise<void> {
    if (performance.now() - this.last > SWEEP_MS) await this.sweep();
    while (this.results.size >= window) {
      const t = performance.now();
      if (!(await this.sweep())) await new Promise((r) => setTimeout(r, Math.max(0, SWEEP_MS - (performance.now() - t))));
    }
  }

  private async sweep(): Promise<number> {
    this.last = performance.now();
    const settled = await this.results.sweep();
    if (settled) this.lastStored = performance.now();
    else if (performance.now() - this.lastStored > IDLE_S * 1000) {
      this.lastStored = performance.now();
      const url = shownUrl(this.url);
      if (!(await this.queue.getWorkersCount())) this.notice(`no docket worker is serving queue ${QUEUE_NAME} at ${url} (${this.results.size} document(s) waiting): start one with \`docket worker --redis ${url}\``);
    }
    return settled;
  }
}
