import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentResult, ingest, openDbReadOnly, readRecords, runDocument, sha256Of, toRecord, withDb, type DecisionRecord } from '../src/index.ts';
import { DEFAULT_LIMITS, DocumentPool } from '../src/ingest/pool/document-pool.ts';
import { HangingEngine } from '../src/ocr/fake-engines.ts';
import { fixturePdf, replayEngine, tempDir } from './helpers.ts';

/** A record with what differs between runs by nature (timing, when and where) taken out. */
const comparable = (r: DecisionRecord) => ({ ...r, files: [], provenance: { ...r.provenance, processedAt: '' } });
/** A result with its timings taken out. */
const untimed = (r: DocumentResult) => ({ ...r, durationMs: 0, pages: r.pages.map((p) => ({ ...p, ms: 0 })) });
const READ = { ocr: 'auto' as const, renderDpi: 300, stallMs: 60_000 };

describe('one pipeline, thin runners', () => {
  // A mixed PDF: a scanned signed form (OCR, replayed) and digital pages.
  const name = 'pcd679.mixed.pdf';

  it('gives a plain, serialisable DocumentResult (JSON round trip keeps it whole)', async () => {
    const engine = replayEngine();
    const result = await runDocument(readFileSync(fixturePdf(name)), { ocr: 'auto', renderDpi: 300 }, { ocr: engine });
    expect(DocumentResult.parse(JSON.parse(JSON.stringify(result)))).toEqual(result);
    expect(result.pages.map((p) => p.source)).toEqual(['ocr', ...result.pages.slice(1).map(() => 'text')]);
    expect(result.extracted.reference).toBe('PCD 679');
  });

  it('gives the same record in-process (docket run) and through ingest and the single writer', async () => {
    const file = fixturePdf(name);
    const inProcess = toRecord(await runDocument(readFileSync(file), { ocr: 'auto', renderDpi: 300 }, { ocr: replayEngine() }), file);
    const db = join(tempDir(), 'd.db');
    await ingest({ inputs: [file], db, engine: replayEngine() });
    const [stored] = withDb(openDbReadOnly(db), (d) => [...readRecords(d)]);
    expect(comparable(stored!)).toEqual(comparable(inProcess));
  });

  it('gives the same DocumentResult in-process and through the pool of reader processes', async () => {
    const bytes = readFileSync(fixturePdf(name));
    const inProcess = await runDocument(bytes, READ, { ocr: replayEngine() });
    const pool = new DocumentPool(replayEngine(), 1);
    try {
      const pages: string[] = [];
      const pooled = await pool.run(bytes, sha256Of(bytes), READ, (s) => pages.push(s));
      expect(untimed(pooled)).toEqual(untimed(inProcess));
      expect(pages.sort()).toEqual(inProcess.pages.map((p) => p.source).sort());
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('stores the same records through ingest with the pool as in-process', async () => {
    const files = [fixturePdf(name), fixturePdf('pcd450.digital.pdf')];
    const [a, b] = [join(tempDir(), 'a.db'), join(tempDir(), 'b.db')];
    await ingest({ inputs: files, db: a, engine: replayEngine() });
    const summary = await ingest({ inputs: files, db: b, engine: replayEngine(), runner: 'pool', jobs: 2 });
    expect(summary).toMatchObject({ ok: 2, failed: 0, pages: 14, ocrPages: 1 });
    const read = (db: string) => withDb(openDbReadOnly(db), (d) => [...readRecords(d)].map(comparable).sort((x, y) => x.sha256.localeCompare(y.sha256)));
    expect(read(b)).toEqual(read(a));
  }, 60_000);
});

describe('the pool when a reader fails', () => {
  const mixed = readFileSync(fixturePdf('pcd450.mixed.pdf'));
  const digital = readFileSync(fixturePdf('pcd679.digital.pdf'));
  const pools: DocumentPool[] = [];
  const pool = (limits = DEFAULT_LIMITS) => (pools.push(new DocumentPool(new HangingEngine(), 1, limits)), pools[pools.length - 1]!);
  afterAll(() => Promise.all(pools.map((p) => p.close())));

  it('fails a document that outlives its time limit, then reads the next with a new reader', async () => {
    const p = pool({ ...DEFAULT_LIMITS, baseS: 6, perPageS: 0.1 });
    const hung = await p.run(mixed, sha256Of(mixed), READ);
    expect(hung).toMatchObject({ status: 'failed', pages: [], error: expect.stringMatching(/^took longer than 6\.7 s \(--doc-timeout 6\+0\.1: 6 s \+ 0\.1 s a page for 7 pages\): .*repair it.*raise --doc-timeout/) });
    expect(hung.sha256).toBe(sha256Of(mixed));
    expect(await p.run(digital, sha256Of(digital), READ)).toMatchObject({ status: 'ok', error: null });
  }, 60_000);

  it('fails a document whose reader crashes, and only that one', async () => {
    const p = pool();
    const hung = p.run(mixed, sha256Of(mixed), READ);
    const next = p.run(digital, sha256Of(digital), READ);
    await new Promise((r) => setTimeout(r, 300));
    while (!p.pids.length) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 2000)); // the reader is waiting on OCR that never comes
    process.kill(p.pids[0]!, 'SIGKILL');
    expect(await hung).toMatchObject({ status: 'failed', error: expect.stringMatching(/^the reader process crashed .*report this with the file/) });
    expect(await next).toMatchObject({ status: 'ok' });
  }, 60_000);

  it('fails a document whose reader goes over the memory limit', async () => {
    const p = pool({ ...DEFAULT_LIMITS, memoryMb: 40 });
    expect(await p.run(digital, sha256Of(digital), READ)).toMatchObject({ status: 'failed', error: expect.stringMatching(/^used more than 40 MB of memory .*split it/) });
  }, 60_000);
});
