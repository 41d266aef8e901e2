import { statSync } from 'node:fs';
import { cpus } from 'node:os';
import PQueue from 'p-queue';
import { DocketError, oneLine } from '../errors.ts';
import type { OcrEngine } from '../ocr/engine.ts';
import type { TextEngineChoice } from '../pdf/poppler/poppler-text.ts';
import { createOcrEngine, type OcrEngineKind } from '../ocr/engines.ts';
import type { OcrMode } from '../route/route-page.ts';
import { openDb } from '../db/open-db.ts';
import { recordInputError } from '../db/store.ts';
import { isStorageError, storageFailure, type DbWriter } from '../db/write-lock.ts';
import { startRunWriter } from './run-writer.ts';
import { staleRecords } from '../db/store-record.ts';
import type { PageRecord } from '../record/index.ts';
import { findPdfs } from './find-pdfs.ts';
import { ingestFile, type FileOutcome } from './ingest-file.ts';
import { DEFAULT_LIMITS, type PoolLimits } from './pool/document-pool.ts';
import { createRunner, type DocumentRunner, type RunnerKind } from './runners.ts';
import { silentProgress, type IngestStats, type ProgressReporter } from './progress.ts';
import type { QueueSettings } from './queue/document-job.ts';

/** Options of an ingest run. */
export interface IngestOptions {
  /** Files and folders to ingest. */
  inputs: string[];
  /** SQLite database path (created when missing). */
  db: string;
  /** Documents (and OCR workers) worked on at once; default: CPU cores. */
  jobs?: number;
  ocr?: OcrMode;
  /** Redo documents already stored by this pipeline version. */
  force?: boolean;
  /** OCR engine to use (a fake in tests); default the one `ocrEngine` names, sized to `jobs`. Closed by ingest only when ingest created it. */
  engine?: OcrEngine;
  /** Which OCR engine to create when `engine` is not given: auto (native tesseract when present, else js), js, native. Default auto. */
  ocrEngine?: OcrEngineKind;
  /** Language data folder for the OCR engine (`--ocr-data`); default the engine's own. */
  ocrData?: string;
  /** Which reader gives born-digital pages their text: auto (poppler's pdftohtml when installed, else pdf.js), pdfjs, poppler. Default auto. */
  text?: TextEngineChoice;
  /** Where documents are read: `pool` (reader processes, one per job) or `in-process`. Default: in-process when `engine` is given, else pool. */
  runner?: RunnerKind;
  /** Time and memory limits of one document in a reader process, and when readers are replaced. */
  limits?: Partial<PoolLimits>;
  /** Seconds one page's OCR may take. */
  pageTimeout?: number;
  /** DPI for pages that must be rendered before OCR. */
  renderDpi?: number;
  progress?: ProgressReporter;
  /** Redis URL (`redis://HOST:PORT`): documents are read by `docket worker`s through a BullMQ queue and this process only hashes, enqueues and stores (queue/coordinator.ts); `jobs`, `engine`, `ocrEngine`, `ocrData`, `runner` and `limits` are then the workers' business. */
  redis?: string;
  /** With `redis`: a folder the workers mount too; jobs then carry paths under it instead of the PDFs' bytes. */
  sharedRoot?: string;
  /** With `redis`: attempts, back-off and how many documents wait in Redis at once. */
  queue?: Partial<QueueSettings>;
}

/** What an ingest run did; `failed` > 0 means "completed with failures". */
export interface IngestSummary extends IngestStats {
  inputErrors: { path: string; error: string }[];
  failures: { file: string; error: string }[];
}

/** Ingests PDFs into the database: one record per distinct PDF, each written whole or not at all. */
export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  if (options.redis) return (await import('./queue/coordinator.ts')).ingestViaQueue({ ...options, redis: options.redis });
  const jobs = Math.max(1, options.jobs ?? cpus().length);
  const progress = options.progress ?? silentProgress;
  const { files, missing } = findPdfs(options.inputs);
  const db = openDb(options.db);
  // Other runs may write this database at once: this one waits its turn for the write lock and claims what it reads.
  const writer = await startRunWriter(db, options.db, (message) => progress.note?.(message));
  const engine = options.engine ?? createOcrEngine(options.ocrEngine ?? 'auto', { size: jobs, timeoutMs: (options.pageTimeout ?? 180) * 1000, dataDir: options.ocrData });
  const runnerKind = options.runner ?? (options.engine ? 'in-process' : 'pool');
  // Readers start only when a document needs reading: an unchanged re-ingest starts none.
  let runner: DocumentRunner | undefined;
  const getRunner = () => (runner ??= createRunner(runnerKind, engine, jobs, { ...DEFAULT_LIMITS, ...options.limits }));
  const started = performance.now();
  const stats: IngestSummary = { files: files.length, done: 0, ok: 0, failed: 0, skipped: 0, pages: 0, ocrPages: 0, seconds: 0, inputErrors: missing, failures: [] };
  const inFlight = new Map<string, Promise<void>>();
  const alreadyStored: string[] = [];
  let fatal: DocketError | undefined;
  const tick = (last?: { file: string; status: string; note?: string }) => {
    stats.seconds = (performance.now() - started) / 1000;
    progress.update(stats, last);
  };
  try {
    await writer.write(() => missing.forEach((m) => recordInputError(db, m.path, m.error)));
    // In-process, one more document than OCR workers keeps them fed while pdf.js parses the next file;
    // the pool takes exactly one document per reader, so none waits unseen in its queue.
    const queue = new PQueue({ concurrency: runnerKind === 'pool' ? jobs : jobs + 1 });
    let deferred = 0;
    const handle = async (file: string): Promise<void> => {
      if (fatal) return;
      const onPage = (source: PageRecord['source']) => {
        stats.pages++;
        if (source === 'ocr') stats.ocrPages++;
        tick();
      };
      let outcome: FileOutcome;
      try {
        outcome = await ingestFile(writer, file, getRunner, { ...options, onPage }, inFlight);
        // Another run is reading these bytes: come back after everything else (then it is stored, or that run is gone).
        if (outcome.status === 'elsewhere') {
          if (!deferred++) progress.note?.('another docket run is reading some of these PDFs: this run reads the others first and comes back to those');
          return void queue.add(() => new Promise((r) => setTimeout(r, 500)).then(() => handle(file)), { priority: -1 });
        }
        if (outcome.storedSha256) alreadyStored.push(outcome.storedSha256);
      } catch (err) {
        // Storage failing (a full disk, a damaged file) is not this PDF's fault: stop cleanly, keep what is stored.
        // (Another run holding the write lock is not a failure: the writer waits for it.)
        if (isStorageError(err)) {
          fatal ??= storageFailure(options.db, err);
          queue.clear();
          return;
        }
        outcome = { status: 'failed', note: `could not ingest (${oneLine(err)}): report this with the file` };
      }
      stats.done++;
      if (outcome.status === 'skipped') stats.skipped++;
      else if (outcome.status === 'ok') stats.ok++;
      else {
        stats.failed++;
        stats.failures.push({ file, error: outcome.note ?? '' });
      }
      tick({ file, status: outcome.status, note: outcome.note });
    };
    for (const file of largestFirst(files)) void queue.add(() => handle(file));
    await queue.onIdle();
    if (fatal) throw fatal;
    try {
      await reextractOutdated(writer, alreadyStored);
      const { resolveLinks } = await import('../db/links.ts');
      await writer.write(() => resolveLinks(db));
    } catch (err) {
      throw isStorageError(err) ? storageFailure(options.db, err) : err;
    }
  } finally {
    await writer.stop();
    await runner?.close();
    if (!options.engine) await engine.close();
    db.close();
  }
  stats.seconds = (performance.now() - started) / 1000;
  progress.finish(stats);
  return stats;
}

/**
 * The files, largest first (by bytes, a cheap stand-in for pages): long documents start while short
 * ones fill the gaps between them, so no reader ends the run working alone on a big one.
 */
function largestFirst(files: readonly string[]): string[] {
  const size = new Map(files.map((f) => [f, sizeOf(f)]));
  return [...files].sort((a, b) => size.get(b)! - size.get(a)!);
}

const sizeOf = (file: string) => {
  try {
    return statSync(file).size;
  } catch {
    return 0; // gone since it was found: its read reports why
  }
};

/** Re-extracts, from their stored pages, the skipped documents whose record an older extractor made (the pipeline is loaded only then). */
async function reextractOutdated(writer: DbWriter, sha256s: readonly string[]): Promise<void> {
  const wanted = new Set(sha256s);
  const stale = staleRecords(writer.db).filter((s) => wanted.has(s));
  if (!stale.length) return;
  const { reextractStale } = await import('./reextract.ts');
  await writer.write(() => reextractStale(writer.db, stale));
}
