// Runs the real OCR engine over the fixture PDFs and records its output by image hash into
// fixtures/ocr/, so unit tests can replay it (ReplayEngine) without running tesseract.
// usage: npm run record-ocr [-- <pdf|dir>...]
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ingest } from '../src/ingest/ingest.ts';
import { streamProgress } from '../src/ingest/progress.ts';
import { RecordingEngine } from '../src/ocr/fake-engines.ts';
import { TesseractEngine } from '../src/ocr/tesseract-engine.ts';

const inputs = process.argv.slice(2).length ? process.argv.slice(2) : ['fixtures/pdf'];
const db = join(tmpdir(), `docket-record-${process.pid}.db`);
const engine = new RecordingEngine(new TesseractEngine(), 'fixtures/ocr');
try {
  await ingest({ inputs, db, engine, force: true, progress: streamProgress(process.stderr, true) });
} finally {
  await engine.close();
  rmSync(db, { force: true });
  rmSync(`${db}-wal`, { force: true });
  rmSync(`${db}-shm`, { force: true });
}
