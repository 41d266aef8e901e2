/**
 * docket's importable API. The CLI is a thin layer over these; scripts and notebooks can use
 * them directly. Floors, from the ground up: `record` (schemas), `layout` (reading text structure),
 * readers (`pdf`, `ocr`, `route`), the pipeline steps (`extract`, `classify`, `checks`), the
 * pipeline (`readPages`, `extractFromPages`, `runDocument`), storage and runners (`db`, `ingest`),
 * then queries, export, web and CLI.
 */
export * from './record/index.ts';
/** Ingest files and folders into a database (the local runner and the single writer). */
export { ingest, type IngestOptions, type IngestSummary } from './ingest/ingest.ts';
/** Per-document limits of the reader processes (time, memory, pages) and their defaults. */
export { DEFAULT_LIMITS, type PoolLimits } from './ingest/pool/document-pool.ts';
/** Scaling out: a queue worker (`docket worker`) reads documents from Redis (BullMQ); `ingest({ redis })` is then the coordinator and single writer. */
export { startWorker, type QueueWorker, type QueueWorkerOptions } from './ingest/queue/worker.ts';
export { QUEUE_NAME, type QueueSettings } from './ingest/queue/document-job.ts';
/** Re-extract stored documents from their pages (after an extractor upgrade). */
export { reextractStale } from './ingest/reextract.ts';
/** One PDF's record without a database: read its pages, then extract and check. */
export { runDocument, sha256Of } from './pipeline/run-document.ts';
export { readPages, type ReadPagesOptions, type Engines } from './pipeline/read-pages.ts';
export { extractFromPages, type Extraction } from './pipeline/extract-from-pages.ts';
/** Store one document's result (the single writer's call). */
export { storeResult } from './db/store.ts';
export { readRecords, toRecord } from './export/export-records.ts';
export { openDb, openDbReadOnly, withDb, DEFAULT_DB } from './db/open-db.ts';
export { routePage, measureText } from './route/route-page.ts';
export { TesseractEngine } from './ocr/tesseract-engine.ts';
export type { OcrEngine } from './ocr/engine.ts';
export { PIPELINE_VERSION, EXTRACTOR_VERSION } from './version.ts';
export { extractRecord } from './extract/extract-record.ts';
export { runChecks } from './checks/run-checks.ts';
export { CHECKS } from './checks/index.ts';
/** Full-text search; planSearch says how a typed query is searched (FTS5, or its words when the syntax is invalid). */
export { search, planSearch, SEARCH_SYNTAX, type SearchPlan } from './query/search.ts';
export { spend, financialYear, SPEND_BY, UNATTRIBUTED, type SpendBy, type SpendGroup, type SpendItem, type SpendOptions } from './query/spend.ts';
/** Spend as a Vega-Lite bar chart (the spec is pure), drawn to SVG in Node; Vega loads on first use. */
export { spendChartSpec, chartBars, CHART_BY, DEFAULT_TOP_RECIPIENTS, type ChartBy, type ChartBar, type SpendChartOptions } from './query/spend-chart.ts';
export { spendChartSvg, renderVegaLiteSvg } from './query/chart-svg.ts';
export { listFlags } from './query/flags.ts';
export { runSql } from './query/sql.ts';
/** The auditor's compare: what changed between two documents, by their words, with places on both sides. */
export { diff, resolveSide, type DiffResult, type Change } from './query/diff.ts';
export { compareDocuments } from './query/compare/compare.ts';
/** Evidence packs: page crops with each value boxed, hashes, manifest.json and index.html. */
export { writeDocumentPack, writeDiffPack } from './web/evidence/pack.ts';
export { findDecision } from './query/find-decision.ts';
/** Errors with an exit code and the user's next step; the CLI turns them into messages and exit codes. */
export { DocketError, EXIT, oneLine } from './errors.ts';
/** OCR engines by name (`auto` picks the native tesseract when it works, else tesseract.js). */
export { createOcrEngine, OCR_ENGINE_KINDS } from './ocr/engines.ts';
/** Readers of born-digital pages' text (`--text-engine`): auto uses poppler's pdftohtml when it works, else pdf.js. */
export { TEXT_ENGINES, type TextEngineChoice } from './pdf/poppler/poppler-text.ts';
/** Progress of an ingest on a stream (stderr), one status line. */
export { streamProgress } from './ingest/progress.ts';
/** One stored decision as a record, and as text for people. */
export { loadRecord } from './query/load-record.ts';
export { renderDecision } from './query/show.ts';
/** A paper's family (report, assessments, appendices, call-ins, minutes) and the decisions it cites; links resolved after storing. */
export { decisionFamily, renderFamily, type Family, type FamilyPaper } from './query/family.ts';
export { resolveLinks } from './db/links.ts';
/** A comparison as a redline for a terminal. */
export { renderDiffText } from './query/compare/render-text.ts';
/** The local web page, and where a stored document's PDF is found. */
export { startServer } from './web/server.ts';
export { pdfPathOf } from './web/render-page-image.ts';
/** Pounds as people read them (£1,164,000). */
export { formatPounds } from './layout/money.ts';
