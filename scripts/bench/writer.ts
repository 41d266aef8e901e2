// npx tsx scripts/bench/writer.ts [--copies N] [--batch N] [DIR]
// How fast the one SQLite writer of a scaled-out ingest goes: reads each PDF of DIR once (replayed
// OCR where recorded, else none), then stores N copies of every result (each under another SHA-256,
// as distinct documents) into a fresh database the way the coordinator does: the worker's JSON
// parsed, checked with the DocumentResult schema, stored with storeResult (one transaction each).
// Prints documents/s and rows/s (documents, pages, full-text rows, records, amounts, dates,
// recommendations, flags, paths), by wall time and by CPU time, and the database's size, for docs/scale.md.
// --batch N stores N results per outer transaction (a writer that batches; docket's stores one each).
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DocumentResult, openDb, runDocument, storeResult } from '../../src/index.ts';
import { ReplayEngine } from '../../src/ocr/fake-engines.ts';

const { values, positionals } = parseArgs({ options: { copies: { type: 'string' }, batch: { type: 'string' } }, allowPositionals: true });
const copies = Number(values.copies ?? 20);
const batch = Number(values.batch ?? 1);
const dir = positionals[0] ?? join(import.meta.dirname, '../../fixtures/real/pdf');
const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort();
const engine = new ReplayEngine(join(import.meta.dirname, '../../fixtures/ocr'));
const results: DocumentResult[] = [];
for (const f of files) results.push(await runDocument(readFileSync(join(dir, f)), { ocr: 'auto', renderDpi: 300 }, { ocr: engine }));
// What arrives from Redis: the job's return value as JSON text.
const wire = results.map((r) => JSON.stringify(r));
const dbPath = join(mkdtempSync(join(tmpdir(), 'docket-writer-')), 'w.db');
const db = openDb(dbPath);
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let parseMs = 0;
const jobs = Array.from({ length: copies * wire.length }, (_, k) => ({ c: Math.floor(k / wire.length), i: k % wire.length }));
const store = ({ c, i }: { c: number; i: number }) => {
  const p0 = performance.now();
  const result = DocumentResult.parse(JSON.parse(wire[i]!));
  parseMs += performance.now() - p0;
  const sha256 = createHash('sha256').update(`${c}:${result.sha256}`).digest('hex');
  storeResult(db, `${dir}/${c}/${files[i]}`, { ...result, sha256 });
};
// Inside an outer transaction storeResult's own becomes a savepoint: one commit per batch.
for (let k = 0; k < jobs.length; k += batch) db.transaction(() => jobs.slice(k, k + batch).forEach(store))();
const seconds = (performance.now() - t0) / 1000;
// CPU seconds (user + system) of this process: what the writer costs, less inflated than wall time on a shared machine.
const cpu = process.cpuUsage(cpu0);
const cpuS = (cpu.user + cpu.system) / 1e6;
const tables = ['documents', 'pages', 'pages_fts', 'records', 'amounts', 'dates', 'recommendations', 'flags', 'document_files'];
const rows = Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT count(*) n FROM ${t}`).get() as { n: number }).n]));
const total = Object.values(rows).reduce((a, b) => a + b, 0);
const docs = rows.documents!;
db.pragma('wal_checkpoint(TRUNCATE)');
const dbKbPerPage = statSync(dbPath).size / 1024 / rows.pages!;
const kb = wire.reduce((a, w) => a + w.length, 0) / wire.length / 1024;
console.log(JSON.stringify({ files: files.length, copies, batch, docs, pages: rows.pages, rows, totalRows: total, seconds: +seconds.toFixed(2), docsPerS: Math.round(docs / seconds), pagesPerS: Math.round(rows.pages! / seconds), rowsPerS: Math.round(total / seconds), cpuS: +cpuS.toFixed(2), docsPerCpuS: Math.round(docs / cpuS), pagesPerCpuS: Math.round(rows.pages! / cpuS), rowsPerCpuS: Math.round(total / cpuS), parseShare: +(parseMs / 1000 / seconds).toFixed(2), resultKb: +kb.toFixed(1), dbKbPerPage: +dbKbPerPage.toFixed(1) }, null, 1));
db.close();
