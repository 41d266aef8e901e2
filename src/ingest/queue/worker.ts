import { cpus } from 'node:os';
import type { Job } from 'bullmq';
import type { OcrEngine } from '../../ocr/engine.ts';
import { createOcrEngine, type OcrEngineKind } from '../../ocr/engines.ts';
import type { DocumentResult } from '../../record/index.ts';
import { DEFAULT_LIMITS, DocumentPool, type PoolLimits } from '../pool/document-pool.ts';
import { DocumentJob, QUEUE_NAME, jobBytes } from './document-job.ts';
import { closeRedis, connectRedis, shownUrl } from './redis-connection.ts';

/** Options of a queue worker (`docket worker`). */
export interface QueueWorkerOptions {
  /** Redis URL, `redis://HOST:PORT`. */
  redis: string;
  /** Documents read at once (reader processes, and OCR pages at once); default: CPU cores. */
  concurrency?: number;
  /** OCR engine to create when `engine` is not given (auto, js, native); default auto. */
  ocrEngine?: OcrEngineKind;
  /** Language data folder for the OCR engine; default the engine's own. */
  ocrData?: string;
  /** OCR engine to use (a fake in tests); closed by the worker only when the worker created it. */
  engine?: OcrEngine;
  /** Where this machine mounts the coordinator's `--shared-root` (for jobs that carry paths). */
  sharedRoot?: string;
  /** Seconds one page's OCR may take; default 180. */
  pageTimeout?: number;
  /** Seconds after which a job whose worker stopped renewing its lock (killed, machine lost) goes to another worker; default 30. */
  stallTimeout?: number;
  /** Time and memory limits of one document in a reader process. */
  limits?: Partial<PoolLimits>;
  /** Receives one line per event (job taken, done, Redis lost); default: stderr. */
  log?: (line: string) => void;
}

/** A running worker. */
export interface QueueWorker {
  /** Documents finished so far (a failed document counts: its result says why). */
  readonly done: number;
  /** Stops taking jobs, lets the jobs in hand finish (or, with `force`, abandons them to another worker), then ends the readers. */
  close(force?: boolean): Promise<void>;
}

/**
 * Starts a worker serving the document queue on `redis`. Each job's PDF is read by the same
 * pipeline as a local run, in this machine's pool of reader processes (never on this event loop:
 * a long pdf.js decode here would starve BullMQ's lock renewal, and the job would be taken for
 * stalled and read twice); OCR is served by this worker's one engine. The job's return value is
 * the DocumentResult; the coordinator stores it. A job that throws (unreadable shared file, bytes
 * that do not match their hash) is retried with back-off, then fails with the reason.
 */
export async function startWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const concurrency = Math.max(1, options.concurrency ?? cpus().length);
  const stallMs = (options.stallTimeout ?? 30) * 1000;
  const redis = await connectRedis(options.redis, log, 'the documents in hand finish, and their results go back when it returns');
  const engine = options.engine ?? createOcrEngine(options.ocrEngine ?? 'auto', { size: concurrency, timeoutMs: (options.pageTimeout ?? 180) * 1000, dataDir: options.ocrData });
  const pool = new DocumentPool(engine, concurrency, { ...DEFAULT_LIMITS, ...options.limits });
  let done = 0;
  const read = async (job: Job): Promise<DocumentResult> => {
    const data = DocumentJob.parse(job.data);
    const bytes = jobBytes(data, options.sharedRoot);
    log(`reading: ${data.file} (job ${data.sha256.slice(0, 12)}, attempt ${job.attemptsMade + 1})`);
    const result = await pool.run(bytes, data.sha256, data.opts);
    done++;
    log(`${result.status}: ${data.file} (${result.pages.length} pages in ${(result.durationMs / 1000).toFixed(1)} s)${result.error ? ` — ${result.error}` : ''}`);
    return result;
  };
  const { Worker } = await import('bullmq'); // loaded when a worker starts, never by a local ingest
  const worker = new Worker(QUEUE_NAME, read, {
    connection: redis,
    concurrency,
    lockDuration: stallMs,
    stalledInterval: stallMs,
    // A job whose worker died twice (killed, machine lost) is tried by a third before it fails.
    maxStalledCount: 2,
    name: `docket@${process.pid}`,
  });
  worker.on('error', () => undefined); // Redis going away is reported by connectRedis; BullMQ retries.
  worker.on('failed', (job, err) => job && log(`attempt failed: ${(job.data as DocumentJob).file} — ${err.message}`));
  await worker.waitUntilReady();
  log(`docket worker: serving queue ${QUEUE_NAME} at ${shownUrl(options.redis)}, ${concurrency} document(s) at once, OCR ${engine.info.engine}; stop with Ctrl-C`);
  return {
    get done() {
      return done;
    },
    async close(force = false) {
      try {
        await worker.close(force);
      } finally {
        await pool.close();
        if (!options.engine) await engine.close();
        closeRedis(redis);
      }
    },
  };
}
