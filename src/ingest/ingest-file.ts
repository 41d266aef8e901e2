import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { oneLine } from '../errors.ts';
import { addPath, findDocument, recordInputError, storeResult } from '../db/store.ts';
import type { PageRecord } from '../record/index.ts';
import type { OcrMode } from '../route/route-page.ts';
import { PIPELINE_VERSION } from '../version.ts';
import type { DocumentRunner } from './runners.ts';

/** What became of one file. */
export interface FileOutcome {
  status: 'ok' | 'failed' | 'skipped';
  note?: string;
  /** Set when the file's bytes were already stored (their record may need re-extracting). */
  storedSha256?: string;
}

/** Per-file settings of an ingest run. */
export interface FileSettings {
  ocr?: OcrMode;
  force?: boolean;
  pageTimeout?: number;
  renderDpi?: number;
  onPage?: (source: PageRecord['source']) => void;
}

/**
 * Ingests one file: reads and hashes it, skips bytes already stored (or being stored in this run),
 * otherwise has `runner` read it and stores the result in one transaction. Throws only when the
 * database fails (SQLITE_* errors), which ends the run.
 */
export async function ingestFile(db: Database.Database, file: string, runner: () => DocumentRunner, settings: FileSettings, inFlight: Map<string, Promise<void>>): Promise<FileOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const error = `cannot read file (${oneLine(err)}): check its permissions and ingest again`;
    recordInputError(db, file, error);
    return { status: 'failed', note: error };
  }
  // The record's identity, as runDocument computes it (hashed here so that the pipeline is not loaded).
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // Identical bytes seen earlier in this run: wait for that one, then only add this path.
  const pending = inFlight.get(sha256);
  if (pending) {
    await pending;
    addPath(db, sha256, file);
    return { status: 'skipped', note: 'same bytes as another file' };
  }
  const stored = findDocument(db, sha256);
  if (stored && stored.pipeline_version === PIPELINE_VERSION && !settings.force) {
    addPath(db, sha256, file);
    return { status: 'skipped', note: 'already ingested', storedSha256: sha256 };
  }
  let resolve!: () => void;
  inFlight.set(sha256, new Promise<void>((r) => (resolve = r)));
  try {
    const pageTimeout = settings.pageTimeout ?? 180;
    const opts = { ocr: settings.ocr ?? 'auto', renderDpi: settings.renderDpi ?? 300, stallMs: (pageTimeout * 4 + 60) * 1000 };
    const result = await runner().run(bytes, sha256, opts, settings.onPage);
    storeResult(db, file, result);
    if (result.status === 'failed') return { status: 'failed', note: result.error ?? 'failed' };
    return { status: 'ok', ...(result.error ? { note: result.error } : {}) };
  } finally {
    resolve();
  }
}
