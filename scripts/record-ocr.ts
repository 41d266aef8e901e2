// Runs the real OCR engine over the fixture PDFs and records its output by image hash into
// fixtures/ocr/, so unit tests can replay it (ReplayEngine) without running tesseract.
// usage: npm run record-ocr [-- [--missing] <pdf|dir>...]
//   --missing: replay what is recorded and run the engine only for images with no recording yet
//   (a page read again with another page segmentation, a new fixture).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { ingest } from '../src/ingest/ingest.ts';
import { streamProgress } from '../src/ingest/progress.ts';
import type { OcrEngine, OcrImage } from '../src/ocr/engine.ts';
import { RecordingEngine, ReplayEngine } from '../src/ocr/fake-engines.ts';
import { TesseractEngine } from '../src/ocr/tesseract-engine.ts';

const args = process.argv.slice(2);
const missing = args.includes('--missing');
const paths = args.filter((a) => a !== '--missing');
const inputs = paths.length ? paths : ['fixtures/pdf'];
const db = join(tmpdir(), `docket-record-${process.pid}.db`);
const recording = new RecordingEngine(new TesseractEngine(), 'fixtures/ocr');
const replay = new ReplayEngine('fixtures/ocr');

/** Replays a recorded image, and records one that has no recording. */
const missingOnly: OcrEngine = {
  info: recording.info,
  concurrency: recording.concurrency,
  recognize: (image: OcrImage) => replay.recognize(image).catch(() => recording.recognize(image)),
  close: () => recording.close(),
};
const engine = missing ? missingOnly : recording;
try {
  await ingest({ inputs, db, engine, force: true, progress: streamProgress(process.stderr, true) });
} finally {
  await engine.close();
  rmSync(db, { force: true });
  rmSync(`${db}-wal`, { force: true });
  rmSync(`${db}-shm`, { force: true });
}
