import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import PQueue from 'p-queue';
import type Database from 'better-sqlite3';
import { DocketError, EXIT, oneLine } from '../errors.ts';
import type { OcrEngine } from '../ocr/engine.ts';
import { TesseractEngine } from '../ocr/tesseract-engine.ts';
import type { OcrMode } from '../route/route-page.ts';
import { openDb } from '../db/open-db.ts';
import { addPath, findDocument, recordInputError, storeResult } from '../db/store.ts';
import { runDocument, sha256Of } from '../pipeline/run-document.ts';
import type { PageRecord } from '../record/index.ts';
import { PIPELINE_VERSION } from '../version.ts';
import { findPdfs } from './find-pdfs.ts';
import { reextractStale } from './reextract.ts';
import { silentProgress, type IngestStats, type ProgressReporter } from './progress.ts';

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
  /** OCR engine to use; default a tesseract.js pool sized to `jobs`. Closed by ingest only when ingest created it. */
  engine?: OcrEngine;
  /** Seconds one page's OCR may take. */
  pageTimeout?: number;
  /** DPI for pages that must be rendered before OCR. */
  renderDpi?: number;
  progress?: ProgressReporter;
}

/** What an ingest run did; `failed` > 0 means "completed with failures". */
export interface IngestSummary extends IngestStats {
  inputErrors: { path: string; error: string }[];
  failures: { file: string; error: string }[];
}

/** Ingests PDFs into the database: one record per distinct PDF, each written whole or not at all. */
export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const jobs = Math.max(1, options.jobs ?? cpus().length);
  const progress = options.progress ?? silentProgress;
  const { files, missing } = findPdfs(options.inputs);
  const db = openDb(options.db);
  const engine = options.engine ?? new TesseractEngine({ size: jobs, timeoutMs: (options.pageTimeout ?? 180) * 1000 });
  const started = performance.now();
  const stats: IngestSummary = { files: files.length, done: 0, ok: 0, failed: 0, skipped: 0, pages: 0, ocrPages: 0, seconds: 0, inputErrors: missing, failures: [] };
  const inFlight = new Map<string, Promise<void>>();
  let fatal: DocketError | undefined;
  const tick = (last?: { file: string; status: string; note?: string }) => {
    stats.seconds = (performance.now() - started) / 1000;
    progress.update(stats, last);
  };
  try {
    for (const m of missing) recordInputError(db, m.path, m.error);
    // One more document than workers keeps the OCR pool fed while pdf.js parses the next file.
    const queue = new PQueue({ concurrency: jobs + 1 });
    for (const file of files)
      void queue.add(async () => {
        const onPage = (p: PageRecord) => {
          stats.pages++;
          if (p.source === 'ocr') stats.ocrPages++;
          tick();
        };
        let outcome: FileOutcome;
        try {
          outcome = await ingestFile(db, file, engine, { ...options, onPage }, inFlight);
        } catch (err) {
          // Storage failing (disk full, database locked) is not this PDF's fault: stop cleanly, keep what is stored.
          if (String((err as { code?: string })?.code ?? '').startsWith('SQLITE')) {
            fatal ??= new DocketError(`cannot write to ${options.db}: ${oneLine(err)}; free disk space or check the file, then run ingest again (stored documents are kept)`, EXIT.fatal);
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
      });
    await queue.onIdle();
    if (fatal) throw fatal;
  } finally {
    if (!options.engine) await engine.close();
    db.close();
  }
  stats.seconds = (performance.now() - started) / 1000;
  progress.finish(stats);
  return stats;
}

interface FileOutcome {
  status: 'ok' | 'failed' | 'skipped';
  note?: string;
}

type FileOptions = IngestOptions & { onPage?: (p: PageRecord) => void };

async function ingestFile(db: Database.Database, file: string, engine: OcrEngine, options: FileOptions, inFlight: Map<string, Promise<void>>): Promise<FileOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const error = `cannot read file (${oneLine(err)}): check its permissions and ingest again`;
    recordInputError(db, file, error);
    return { status: 'failed', note: error };
  }
  const sha256 = sha256Of(bytes);
  // Identical bytes seen earlier in this run: wait for that one, then only add this path.
  const pending = inFlight.get(sha256);
  if (pending) {
    await pending;
    addPath(db, sha256, file);
    return { status: 'skipped', note: 'same bytes as another file' };
  }
  const stored = findDocument(db, sha256);
  if (stored && stored.pipeline_version === PIPELINE_VERSION && !options.force) {
    addPath(db, sha256, file);
    reextractStale(db, [sha256]);
    return { status: 'skipped', note: 'already ingested' };
  }
  let resolve!: () => void;
  inFlight.set(sha256, new Promise<void>((r) => (resolve = r)));
  try {
    return await processAndStore(db, file, bytes, engine, options);
  } finally {
    resolve();
  }
}

async function processAndStore(db: Database.Database, file: string, bytes: Uint8Array, engine: OcrEngine, options: FileOptions): Promise<FileOutcome> {
  const pageTimeout = options.pageTimeout ?? 180;
  const result = await runDocument(bytes, { ocr: options.ocr ?? 'auto', renderDpi: options.renderDpi ?? 300, onPage: options.onPage, stallMs: (pageTimeout * 4 + 60) * 1000 }, { ocr: engine });
  storeResult(db, file, result);
  if (result.status === 'failed') return { status: 'failed', note: result.error ?? 'failed' };
  return { status: 'ok', ...(result.error ? { note: result.error } : {}) };
}
