/** docket's importable API: the CLI is a thin layer over these. */
export { ingest, type IngestOptions, type IngestSummary } from './ingest/ingest.ts';
export { readRecords } from './export/export-records.ts';
export { openDb, openDbReadOnly, withDb, DEFAULT_DB } from './db/open-db.ts';
export { routePage, measureText } from './route/route-page.ts';
export { processDocument } from './ingest/process-document.ts';
export { TesseractEngine } from './ocr/tesseract-engine.ts';
export type { OcrEngine } from './ocr/engine.ts';
export { DecisionRecord } from './export/record-schema.ts';
export { PIPELINE_VERSION } from './version.ts';
export { extractRecord } from './extract/extract-record.ts';
export { runChecks } from './checks/run-checks.ts';
export { CHECKS } from './checks/index.ts';
export { search } from './query/search.ts';
export { spend } from './query/spend.ts';
export { listFlags } from './query/flags.ts';
export { runSql } from './query/sql.ts';
export { diff } from './query/diff.ts';
export { findDecision } from './query/find-decision.ts';
