import { createHash } from 'node:crypto';
import { claimDocument, holdsClaim, releaseClaim } from '../db/claims.ts';
import { addPath, findDocument, recordInputError, storeResult } from '../db/store.ts';
import type { DbWriter } from '../db/write-lock.ts';
import type { PageRecord } from '../record/index.ts';
import type { TextEngineChoice } from '../pdf/poppler/poppler-text.ts';
import type { OcrMode } from '../route/route-page.ts';
import { PIPELINE_VERSION } from '../version.ts';
import type { DocumentRunner, ReadSettings } from './runners.ts';
import { readInput } from './read-input.ts';

/** What became of one file; `elsewhere`: another live docket run is reading the same bytes (come back to it later). */
export interface FileOutcome {
  status: 'ok' | 'failed' | 'skipped' | 'elsewhere';
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
  /** Which reader gives born-digital pages their text (`--text-engine`; default auto: poppler when installed). */
  text?: TextEngineChoice;
  onPage?: (source: PageRecord['source']) => void;
}

/** How a document is read under an ingest's settings (a local run's and a queue job's alike); a document with no page finished for four page timeouts and a minute is given up. */
export function readSettingsOf(settings: Pick<FileSettings, 'ocr' | 'renderDpi' | 'pageTimeout' | 'text'>): ReadSettings {
  return { ocr: settings.ocr ?? 'auto', renderDpi: settings.renderDpi ?? 300, stallMs: ((settings.pageTimeout ?? 180) * 4 + 60) * 1000, text: settings.text ?? 'auto' };
}

/**
 * Ingests one file: reads and hashes it; in one IMMEDIATE transaction checks whether its bytes are stored
 * (skipped), being read by another live run (`elsewhere`), or else claims them; then has `runner` read it and
 * stores the result, dropping the claim, in one more. Files with the same bytes in this run wait for one
 * another (`inFlight`), so the bytes are read once. Throws only when the database fails (SQLITE_* errors),
 * which ends the run; another run holding the write lock is waited for (DbWriter).
 */
export async function ingestFile(writer: DbWriter, file: string, runner: () => DocumentRunner, settings: FileSettings, inFlight: Map<string, Promise<void>>): Promise<FileOutcome> {
  const { db } = writer;
  const input = readInput(file);
  if ('error' in input) {
    await writer.write(() => recordInputError(db, file, input.error));
    return { status: 'failed', note: input.error };
  }
  const { bytes } = input;
  // The record's identity, as runDocument computes it (hashed here so that the pipeline is not loaded).
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // Identical bytes seen earlier in this run: wait for those, then (never redoing them) only add this path.
  const earlier = inFlight.get(sha256);
  let done!: () => void;
  const mine = new Promise<void>((r) => (done = r));
  const entry = earlier ? earlier.then(() => mine) : mine;
  inFlight.set(sha256, entry);
  let claimed = false;
  try {
    if (earlier) await earlier;
    const redo = (stored: { pipeline_version: string }) => !earlier && (Boolean(settings.force) || stored.pipeline_version !== PIPELINE_VERSION);
    const claim = await writer.write(() => {
      const outcome = claimDocument(db, sha256, redo);
      if (outcome === 'stored') addPath(db, sha256, file);
      return outcome;
    });
    if (claim === 'elsewhere') {
      // Not this run's bytes yet: when this file comes back it is not "the same bytes as another file".
      if (inFlight.get(sha256) === entry && earlier) inFlight.set(sha256, earlier);
      else if (inFlight.get(sha256) === entry) inFlight.delete(sha256);
      return { status: 'elsewhere', note: 'another docket run is reading the same bytes' };
    }
    if (claim === 'stored') return { status: 'skipped', note: earlier ? 'same bytes as another file' : 'already ingested', storedSha256: sha256 };
    claimed = true;
    const result = await runner().run(bytes, sha256, readSettingsOf(settings), settings.onPage);
    const stored = await writer.write(() => {
      // Check and store in one step: a run on another host that took over this claim and stored the bytes wins.
      const now = findDocument(db, sha256);
      if (now && now.pipeline_version === PIPELINE_VERSION && !holdsClaim(db, sha256)) {
        addPath(db, sha256, file);
        return false;
      }
      storeResult(db, file, result);
      releaseClaim(db, sha256);
      return true;
    });
    claimed = false;
    if (!stored) return { status: 'skipped', note: 'stored by another docket run meanwhile', storedSha256: sha256 };
    if (result.status === 'failed') return { status: 'failed', note: result.error ?? 'failed' };
    return { status: 'ok', ...(result.error ? { note: result.error } : {}) };
  } finally {
    done();
    // Given up (the reader threw, the database failed): let another run have it. The run's end drops it too.
    if (claimed) await writer.write(() => releaseClaim(db, sha256)).catch(() => undefined);
  }
}
