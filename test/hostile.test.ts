// The hostile corpus's quick subset (every kind, a few of each, from the fixed seed) through a
// pooled ingest: each input gets the outcome its kind expects, one record per distinct input, the
// batch never blocks, and the database stays whole. `npm run fuzz` runs the full corpus.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestSummary } from '../src/ingest/ingest.ts';
import { DEFAULT_LIMITS } from '../src/ingest/pool/document-pool.ts';
import { checkDatabase, checkOutcomes, type Verdict } from '../scripts/hostile/check-outcomes.ts';
import { makeHostileCorpus, type Manifest } from '../scripts/hostile/corpus.ts';
import { makeFifo } from '../scripts/hostile/not-pdfs.ts';
import { findSources } from '../scripts/hostile/sources.ts';
import { findDamage } from '../src/pdf/raw/find-damage.ts';
import { textDocument } from '../scripts/hostile/crafted.ts';
import { ROOT, query, replayEngine, tempDir } from './helpers.ts';

const MAX_PAGES = 300;
const VANISHING = 'zz-vanishes-mid-run.pdf';

describe('the hostile corpus (quick subset)', () => {
  const dir = join(tempDir('docket-hostile-'), 'corpus');
  const db = `${dir}.db`;
  let manifest: Manifest;
  let summary: IngestSummary;
  let verdicts: Verdict[];
  const of = (kind: string) => verdicts.filter((v) => v.entry.kind === kind);

  beforeAll(async () => {
    manifest = await makeHostileCorpus(dir, { scale: 'quick', seed: 18 });
    // A file listed with the others that is gone by the time a reader would get to it (sorted last).
    writeFileSync(join(dir, VANISHING), textDocument([['This file is deleted while the run reads the others']]));
    let vanished = false;
    summary = await ingest({
      inputs: [dir],
      db,
      engine: replayEngine(),
      runner: 'pool',
      jobs: 2,
      limits: { maxPages: MAX_PAGES },
      progress: { update: () => void (vanished ||= (rmSync(join(dir, VANISHING)), true)), finish() {} },
    });
    verdicts = checkOutcomes(db, dir, manifest, { maxPages: MAX_PAGES });
  }, 240_000);

  it('holds every kind it was asked for, and says which it left out', () => {
    const kinds = new Set(manifest.entries.map((e) => e.kind));
    for (const k of ['truncated', 'flipped', 'no-xref', 'wrong-length', 'javascript', 'attachment', 'rotated', 'zero-size', 'many-pages', 'image-bomb', 'html', 'png', 'empty', 'folder-named-pdf', 'symlink-loop'])
      expect(kinds, k).toContain(k);
    for (const k of ['encrypted-open', 'encrypted-locked', 'fifo']) expect(kinds.has(k) || manifest.leftOut.some((l) => l.startsWith(k)), k).toBe(true);
  });

  it('gives every input the outcome its kind expects, with a one-line reason when not ok', () => {
    const wrong = verdicts.filter((v) => !v.pass).map((v) => `${v.entry.path}: ${v.why}`);
    expect(wrong).toEqual([]);
  });

  it('reads valid but odd files whole: JavaScript, attachments, rotated and zero-size pages, an empty user password', () => {
    for (const kind of ['javascript', 'attachment', 'rotated', 'upside-down', 'zero-size', 'huge-page', 'encrypted-open', 'qpdf-rotated'])
      for (const v of of(kind)) expect(v.got, v.entry.path).toBe('ok');
  });

  it('reads a content-stream bomb (a million path operators in a few KB) without building its operator list', () => {
    for (const v of of('content-bomb')) {
      expect(v.got).toBe('ok');
      expect(v.seconds).toBeLessThan(30); // ~3 s; with the operator list it used gigabytes until the memory limit ended it
    }
  });

  it('never decodes a 20,000 x 20,000 image: the page is skipped, saying why', () => {
    for (const v of [...of('image-bomb'), ...of('jpeg-bomb')]) {
      expect(v.got).toBe('partial');
      expect(v.error).toMatch(/^page 1 not read: image of 20000 x 20000 pixels \(400 MP\) is over the 40 MP limit/);
    }
  });

  it('records pages beyond --max-pages as skipped, never dropping them', () => {
    const [long] = of('many-pages');
    const [sha] = query<{ sha256: string }>(db, 'SELECT sha256 FROM document_files WHERE abs_path = ?', join(dir, long!.entry.path));
    const counts = query<{ status: string; n: number }>(db, 'SELECT status, count(*) n FROM pages WHERE sha256 = ? GROUP BY status ORDER BY status', sha!.sha256);
    expect(counts).toEqual([{ status: 'ok', n: MAX_PAGES }, { status: 'skipped', n: long!.entry.pages! - MAX_PAGES }]);
    expect(long!.error).toMatch(/^pages 301, 302, .* not read: beyond the page limit \(--max-pages 300\)/);
  });

  it('reports FIFOs, folders and symlink loops named .pdf, and a file that vanished, as input errors without blocking', () => {
    const errors = query<{ path: string; error: string }>(db, 'SELECT path, error FROM input_errors');
    expect(errors.find((e) => e.path.endsWith(VANISHING))?.error).toMatch(/^vanished: /);
    for (const kind of ['fifo', 'folder-named-pdf', 'symlink-loop', 'broken-symlink']) for (const v of of(kind)) expect(v.got, v.entry.path).toBe('input-error');
    expect(summary.inputErrors.length).toBe(manifest.entries.filter((e) => e.expect === 'input-error').length);
  });

  it('keeps one record per distinct input, and the database whole', () => {
    expect(checkDatabase(db)).toEqual([]);
    const stored = new Set(verdicts.filter((v) => v.got !== 'input-error').map((v) => query<{ sha256: string }>(db, 'SELECT sha256 FROM document_files WHERE abs_path = ?', join(dir, v.entry.path))[0]!.sha256));
    expect(query<{ n: number }>(db, 'SELECT count(*) n FROM documents')[0]!.n).toBe(stored.size);
    expect(summary.failed).toBeGreaterThan(0);
  });

  it('takes no document past its time limit', () => {
    const { baseS, perPageS } = DEFAULT_LIMITS;
    for (const v of verdicts) if (v.seconds !== null) expect(v.seconds, v.entry.path).toBeLessThan(baseS + perPageS * Math.min(v.pageCount!, MAX_PAGES) + 5);
  });
});

describe('damage detection', () => {
  it('calls no fixture or shared-corpus PDF damaged', () => {
    const damaged = findSources().flatMap((s) => {
      const why = findDamage(new Uint8Array(s.bytes));
      return why ? [`${s.slug}: ${why}`] : [];
    });
    expect(damaged).toEqual([]);
  });
});

describe('docket ingest on a hostile folder', () => {
  it('goes on past every bad entry and exits 1, "completed with failures", naming the limits it was given', () => {
    const dir = tempDir('docket-hostile-cli-');
    mkdirSync(join(dir, 'folder.pdf'));
    copyFileSync(join(ROOT, 'fixtures/pdf/pcd450.digital.pdf'), join(dir, 'good.pdf'));
    copyFileSync(join(ROOT, 'fixtures/pdf/pcd450.digital.pdf'), join(dir, 'good-again.pdf'));
    writeFileSync(join(dir, 'error-page.pdf'), '<!DOCTYPE html><html><body>403 Forbidden</body></html>');
    symlinkSync('loop.pdf', join(dir, 'loop.pdf'));
    const fifo = makeFifo(join(dir, 'pipe.pdf'));
    const db = join(dir, 'd.db');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/docket.mjs'), 'ingest', dir, '--db', db, '--ocr', 'never', '--jobs', '1', '--max-pages', '3', '--doc-timeout', '60+30', '--doc-memory', '600'], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(/failed: .*loop\.pdf — symlink loop/);
    expect(r.stderr).toMatch(/failed: .*folder\.pdf — a folder named like a PDF/);
    if (fifo) expect(r.stderr).toMatch(/failed: .*pipe\.pdf — a named pipe \(FIFO\)/);
    expect(r.stderr).toMatch(/failed: .*error-page\.pdf — not a PDF \(the bytes are an HTML page/);
    const docs = query<{ status: string; error: string | null; page_count: number }>(db, 'SELECT status, error, page_count FROM documents ORDER BY status');
    expect(docs).toEqual([
      { status: 'failed', error: expect.stringMatching(/HTML page/), page_count: 0 },
      { status: 'partial', error: expect.stringMatching(/^pages 4, 5, 6, 7 not read: beyond the page limit \(--max-pages 3\)/), page_count: 7 },
    ]);
    expect(query(db, 'SELECT path FROM document_files')).toHaveLength(3);
    expect(existsSync(db)).toBe(true);
  }, 120_000);

  it('refuses a malformed limit with a usage error saying the form', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/docket.mjs'), 'ingest', ROOT, '--doc-timeout', 'soon'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--doc-timeout takes seconds as BASE or BASE\+PERPAGE \(e\.g\. 60\+30\)/);
  });
});
