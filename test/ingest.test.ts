import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest/ingest.ts';
import { readRecords } from '../src/export/export-records.ts';
import { openDbReadOnly, withDb } from '../src/db/open-db.ts';
import { CrashingEngine, HangingEngine } from '../src/ocr/fake-engines.ts';
import { readPages } from '../src/pipeline/read-pages.ts';
import { DecisionRecord } from '../src/record/index.ts';
import { FIXTURE_PDFS, ROOT, allFixturePdfs, fixturePdf, query, replayEngine, tempDir } from './helpers.ts';
import { streamObject, writePdf } from '../scripts/hostile/pdf-writer.ts';

const records = (db: string) => withDb(openDbReadOnly(db), (d) => [...readRecords(d, { withText: true })]);

describe('ingest of the fixture PDFs (recorded OCR)', () => {
  const db = join(tempDir(), 'fixtures.db');
  let recs: DecisionRecord[] = [];
  beforeAll(async () => {
    const summary = await ingest({ inputs: [FIXTURE_PDFS], db, engine: replayEngine() });
    expect(summary).toMatchObject({ files: 12, ok: 12, failed: 0 });
    recs = records(db);
  });

  it('stores one valid record per PDF', () => {
    expect(recs.map((r) => r.file.split('/').pop()).sort()).toEqual(allFixturePdfs());
    for (const r of recs) expect(DecisionRecord.safeParse(r).success).toBe(true);
  });

  it('routes every page: scans to OCR, digital to the text layer, mixed page 1 only to OCR', () => {
    for (const r of recs) {
      const sources = r.pages.map((p) => p.source);
      if (/\.(scanned|rough)\./.test(r.file)) expect(sources.every((s) => s === 'ocr'), r.file).toBe(true);
      else if (r.file.includes('.digital.')) expect(sources.every((s) => s === 'text'), r.file).toBe(true);
      else expect(sources, r.file).toEqual(['ocr', ...sources.slice(1).map(() => 'text')]);
      expect(r.pages.every((p) => p.reason.length > 0)).toBe(true);
    }
  });

  it('keeps OCR confidence and word boxes on the page', () => {
    const scanned = recs.find((r) => r.file.endsWith('pcd450.scanned.pdf'))!;
    expect(scanned.pages[0]!.confidence).toBeGreaterThan(0.8);
    expect(scanned.pages[0]!.text).toMatch(/PCD 450/);
    const [row] = query<{ words_json: string; image: string }>(db, "SELECT words_json, image FROM pages WHERE sha256 = ? AND number = 1", scanned.sha256);
    expect(row!.image).toMatch(/^embedded \d+x\d+ @ \d+ dpi$/);
    const words = JSON.parse(row!.words_json) as { text: string; box: { x: number; y: number; w: number; h: number }; conf: number }[];
    const title = words.find((w) => w.text === 'Title:')!;
    expect(title.conf).toBeGreaterThan(0.5);
    // The title line sits in the upper half of the page, inside the margins.
    expect(title.box.y).toBeGreaterThan(0.2);
    expect(title.box.y).toBeLessThan(0.6);
    expect(title.box.x).toBeGreaterThan(0.03);
    expect(title.box.x + title.box.w).toBeLessThan(0.5);
  });

  it('says what produced each record', () => {
    const scanned = recs.find((r) => r.file.endsWith('.scanned.pdf'))!;
    expect(scanned.provenance.ocrEngine).toBe('replay');
    const digital = recs.find((r) => r.file.endsWith('.digital.pdf'))!;
    expect(digital.provenance).toMatchObject({ pipelineVersion: expect.any(String), ocrEngine: null });
  });

  it('indexes page text for full-text search', () => {
    const hits = query<{ n: number }>(db, "SELECT count(*) n FROM pages_fts WHERE pages_fts MATCH 'vodafone OR \"management server\"'");
    expect(hits[0]!.n).toBeGreaterThan(5);
  });
});

describe('dedup and resume', () => {
  it('stores identical bytes once with every path, skips on re-run, redoes with force', async () => {
    const dir = tempDir();
    copyFileSync(fixturePdf('pcd450.digital.pdf'), join(dir, 'a.pdf'));
    copyFileSync(fixturePdf('pcd450.digital.pdf'), join(dir, 'b.PDF'));
    const db = join(dir, 'd.db');
    const first = await ingest({ inputs: [dir], db, engine: replayEngine() });
    expect(first).toMatchObject({ files: 2, ok: 1, skipped: 1 });
    const [rec] = records(db);
    expect(rec!.files.sort()).toEqual([join(dir, 'a.pdf'), join(dir, 'b.PDF')]);
    const again = await ingest({ inputs: [dir], db, engine: replayEngine() });
    expect(again).toMatchObject({ ok: 0, skipped: 2 });
    const forced = await ingest({ inputs: [join(dir, 'a.pdf')], db, engine: replayEngine(), force: true });
    expect(forced).toMatchObject({ ok: 1, skipped: 0 });
    expect(query(db, 'SELECT * FROM documents')).toHaveLength(1);
    expect(query(db, 'SELECT * FROM pages')).toHaveLength(7);
  });
});

describe('bad input', () => {
  it('turns each broken file into a failed record with a one-line reason and ingests the rest', async () => {
    const dir = tempDir();
    const good = readFileSync(fixturePdf('pcd450.digital.pdf'));
    writeFileSync(join(dir, 'empty.pdf'), '');
    writeFileSync(join(dir, 'random.pdf'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251)));
    writeFileSync(join(dir, 'truncated.pdf'), good.subarray(0, 1500));
    writeFileSync(join(dir, 'image.pdf'), Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200)]));
    writeFileSync(join(dir, 'nopages.pdf'), noPagesPdf());
    copyFileSync(join(ROOT, 'fixtures/bad/encrypted.pdf'), join(dir, 'encrypted.pdf'));
    copyFileSync(fixturePdf('pcd679.digital.pdf'), join(dir, 'good.pdf'));
    const db = join(dir, 'd.db');
    const summary = await ingest({ inputs: [dir, join(dir, 'missing.pdf')], db, engine: replayEngine() });
    expect(summary).toMatchObject({ ok: 1, failed: 6 });
    expect(summary.inputErrors).toEqual([{ path: join(dir, 'missing.pdf'), error: expect.stringMatching(/does not exist/) }]);
    const byName: Record<string, DecisionRecord> = Object.fromEntries(records(db).map((r) => [r.file.split('/').pop(), r]));
    expect(byName['good.pdf']).toMatchObject({ status: 'ok', pageCount: 7 });
    const reason = (n: string) => { expect(byName[n]).toMatchObject({ status: 'failed', pages: [] }); return byName[n]!.error!; };
    expect(reason('empty.pdf')).toMatch(/^empty file/);
    expect(reason('random.pdf')).toMatch(/^not a PDF/);
    expect(reason('truncated.pdf')).toMatch(/truncated|damaged/);
    expect(reason('image.pdf')).toMatch(/PNG image/);
    expect(reason('nopages.pdf')).toMatch(/no pages/);
    expect(reason('encrypted.pdf')).toMatch(/^encrypted: remove the password/);
    for (const r of Object.values(byName)) if (r.error) expect(r.error).not.toMatch(/\n|    at /);
  });

  it('stores a page whose OCR fails, empty with its reason, and calls the document partial', async () => {
    const db = join(tempDir(), 'd.db');
    await ingest({ inputs: [fixturePdf('pcd450.mixed.pdf')], db, engine: new CrashingEngine() });
    const [rec] = records(db);
    expect(rec).toMatchObject({ status: 'partial', pageCount: 7, error: expect.stringMatching(/^page 1 not read: .*worker crashed/) });
    expect(rec!.pages[0]).toMatchObject({ source: 'ocr', chars: 0, status: 'failed', error: expect.stringMatching(/worker crashed/) });
    expect(rec!.pages[1]).toMatchObject({ status: 'ok', error: null });
    expect(rec!.pages[1]!.chars).toBeGreaterThan(100);
  });
});

describe('a document that stalls', () => {
  it('is given up with a one-line reason when no page finishes in time', async () => {
    const bytes = readFileSync(fixturePdf('pcd450.mixed.pdf'));
    await expect(readPages(bytes, { ocr: 'auto', renderDpi: 150, stallMs: 300 }, { ocr: new HangingEngine() })).rejects.toThrow(/^stalled: no page finished in 0 s/);
  });
});

function noPagesPdf(): Buffer {
  const objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>'];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objs.forEach((o, i) => { offsets.push(body.length); body += `${i + 1} 0 obj\n${o}\nendobj\n`; });
  const xref = body.length;
  body += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

describe('pages with no scan to hand over', () => {
  it('are rendered with pdf.js at the OCR resolution (--ocr always on a digital PDF)', async () => {
    const seen: { width: number; height: number; dpi: number; psm?: number }[] = [];
    const engine = {
      info: { engine: 'capture', data: 'none' },
      concurrency: 2,
      async recognize(img: { width: number; height: number; dpi: number; psm?: number }) {
        seen.push({ width: img.width, height: img.height, dpi: img.dpi, psm: img.psm });
        return { paragraphs: [], confidence: 0 };
      },
      async close() {},
    };
    const pages = await readPages(readFileSync(fixturePdf('pcc089-2017.digital.pdf')), { ocr: 'always', renderDpi: 300 }, { ocr: engine });
    expect(pages.map((p) => [p.source, p.image])).toEqual(pages.map(() => ['ocr', 'rendered @ 300 dpi']));
    // An engine that reads nothing on a page full of ink is asked once more, to read it as one block.
    expect(seen.map((s) => s.psm ?? 3).sort()).toEqual([3, 3, 3, 3, 6, 6, 6, 6]);
    for (const s of seen) {
      expect(Math.abs(s.width - 2480)).toBeLessThanOrEqual(1); // A4 at 300 dpi
      expect(Math.abs(s.height - 3508)).toBeLessThanOrEqual(1);
      expect(s.dpi).toBe(300);
    }
  });
});

describe('blank pages with no text layer', () => {
  it('are not handed to OCR; a page with a mark on it is', async () => {
    const page = (content: string, n: number) => [`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${n} 0 R >>`, content] as const;
    const pages = [page('', 6), page('0.9 g 72 400 400 0.5 re f', 7), page('0 g 300 400 20 8 re f', 8)]; // empty; one faint rule; a small black mark
    const pdf = writePdf([
      { body: '<< /Type /Catalog /Pages 2 0 R >>' },
      { body: '<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>' },
      ...pages.map(([dict]) => ({ body: dict })),
      ...pages.map(([, content]) => streamObject(content)),
    ]);
    let calls = 0;
    const engine = { info: { engine: 'count', data: 'none' }, concurrency: 1, async recognize() { calls++; return { paragraphs: [], confidence: 0.5 }; }, async close() {} };
    const read = await readPages(pdf, { ocr: 'auto', renderDpi: 300 }, { ocr: engine });
    expect(read.map((p) => [p.source, p.image, p.confidence])).toEqual([
      ['ocr', "blank page (white at 36 dpi): not OCR'd", 0],
      ['ocr', "rendered @ 300 dpi, blank: not OCR'd", 0],
      ['ocr', 'rendered @ 300 dpi', 0.5],
    ]);
    expect(calls).toBe(1);
  });
});

describe('a database another process is writing', () => {
  it('waits for the write lock, says so once, and then stores', async () => {
    const dir = tempDir();
    const db = join(dir, 'd.db');
    await ingest({ inputs: [fixturePdf('pcd450.digital.pdf')], db, engine: replayEngine() });
    const Database = (await import('better-sqlite3')).default;
    const holder = new Database(db);
    holder.exec('BEGIN EXCLUSIVE'); // another process holds the write lock for 1.5 s
    const released = new Promise<void>((r) => setTimeout(() => (holder.exec('ROLLBACK'), holder.close(), r()), 1500));
    const notes: string[] = [];
    const progress = { update() {}, finish() {}, note: (m: string) => notes.push(m) };
    const summary = await ingest({ inputs: [fixturePdf('pcd679.digital.pdf')], db, engine: replayEngine(), progress });
    await released;
    expect(summary.ok).toBe(1);
    expect(notes).toEqual([`another docket run is writing to ${db}; waiting for its write lock (this run goes on as soon as it is free)`]);
    expect(query(db, 'SELECT count(*) n FROM documents')[0]).toEqual({ n: 2 });
  }, 30_000);
});
