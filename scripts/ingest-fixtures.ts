// Ingests fixtures/pdf and fixtures/extra (or the folders given after the database) into the database
// named on the command line, replaying recorded OCR (fixtures/ocr) unless LIVE=1, so scoring runs in seconds.
// TEXT=pdfjs|poppler chooses the text engine (default auto).
import { join } from 'node:path';
import { ingest } from '../src/ingest/ingest.ts';
import { ReplayEngine } from '../src/ocr/fake-engines.ts';
import { streamProgress } from '../src/ingest/progress.ts';

const db = process.argv[2] ?? 'out/fixtures.db';
const engine = process.env.LIVE === '1' ? undefined : new ReplayEngine(join(import.meta.dirname, '../fixtures/ocr'));
const folders = process.argv.slice(3);
await ingest({ inputs: folders.length ? folders : [join(import.meta.dirname, '../fixtures/pdf'), join(import.meta.dirname, '../fixtures/extra')], db, engine, force: true, text: (process.env.TEXT as 'pdfjs' | undefined) ?? 'auto', progress: streamProgress(process.stderr) });
