import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, fixturePdf, query, tempDir } from './helpers.ts';

const BIN = join(ROOT, 'bin/docket.mjs');
const docket = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });

describe('docket CLI', () => {
  it('prints help and rejects unknown commands and options with exit code 2', () => {
    const help = docket('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/ingest/);
    expect(docket('frobnicate').status).toBe(2);
    const bad = docket('ingest', 'x.pdf', '--jbos', '2');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/usage: docket ingest/);
    expect(docket('ingest', 'x.pdf', '--ocr', 'sometimes').stderr).toMatch(/--ocr takes one of auto\|always\|never/);
  });

  it('ingests, exports JSON on stdout, keeps progress on stderr, and exits 1 when a file failed', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'broken.pdf'), 'not a pdf at all');
    const db = join(dir, 'd.db');
    const run = docket('ingest', fixturePdf('pcc089-2017.digital.pdf'), join(dir, 'broken.pdf'), '--db', db);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/failed: .*broken\.pdf — not a PDF/);
    expect(run.stderr).toMatch(/1 ok, 1 failed/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const exp = docket('export', '--db', db, '--format', 'jsonl');
    expect(exp.status).toBe(0);
    const lines = exp.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((r) => r.status).sort()).toEqual(['failed', 'ok']);
    expect(docket('export', '--db', join(dir, 'nope.db')).stderr).toMatch(/no database at .*: run `docket ingest/);
    const again = docket('extract', '--db', db, '--all');
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/re-extracted 1 document/);
    // Extraction is deterministic: the same pages give the same records.
    expect(docket('export', '--db', db, '--format', 'jsonl').stdout).toBe(exp.stdout);
  });

  it('finishes every document exactly once after an ingest killed with kill -9', async () => {
    const dir = tempDir();
    const src = join(dir, 'src');
    // Twelve distinct PDFs: the digital fixtures, each with a different comment appended after %%EOF.
    const bases = ['pcd450.digital.pdf', 'pcd679.digital.pdf', 'pcc089-2017.digital.pdf'].map((f) => readFileSync(fixturePdf(f)));
    spawnSync('mkdir', ['-p', src]);
    for (let i = 0; i < 12; i++) writeFileSync(join(src, `doc${String(i).padStart(2, '0')}.pdf`), Buffer.concat([bases[i % 3]!, Buffer.from(`\n%copy ${i}\n`)]));
    const db = join(dir, 'd.db');
    const child = spawn(process.execPath, [BIN, 'ingest', src, '--db', db, '--jobs', '1'], { cwd: ROOT, stdio: 'ignore' });
    const deadline = Date.now() + 60_000;
    let stored = 0;
    while (Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      try { stored = query<{ n: number }>(db, 'SELECT count(*) n FROM documents')[0]!.n; } catch { stored = 0; }
      if (stored >= 2) break;
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    expect(stored).toBeGreaterThanOrEqual(2);
    const partial = query<{ n: number }>(db, 'SELECT count(*) n FROM documents')[0]!.n;
    expect(partial).toBeLessThan(12);
    // Whatever was stored is whole: every stored document has all its pages.
    expect(query(db, 'SELECT d.sha256 FROM documents d WHERE d.page_count != (SELECT count(*) FROM pages p WHERE p.sha256 = d.sha256)')).toEqual([]);
    const rerun = docket('ingest', src, '--db', db);
    expect(rerun.status).toBe(0);
    expect(rerun.stderr).toMatch(new RegExp(`${12 - partial} ok, 0 failed, ${partial} skipped`));
    expect(query(db, 'SELECT count(*) n FROM documents')[0]).toEqual({ n: 12 });
    expect(query(db, 'SELECT count(DISTINCT path) n FROM document_files')[0]).toEqual({ n: 12 });
    expect(query(db, 'PRAGMA integrity_check')[0]).toEqual({ integrity_check: 'ok' });
  });
});
