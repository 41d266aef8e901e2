// One database, several processes: two `docket ingest` runs over overlapping folders with a reader and the web
// page polling, migrations by three processes at once, and 20 runs killed with kill -9 then a plain rerun.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDb } from '../src/db/open-db.ts';
import { MIGRATIONS } from '../src/db/migrations.ts';
import { startServer } from '../src/web/server.ts';
import { ROOT, fixturePdf, query, tempDir } from './helpers.ts';

const BIN = join(ROOT, 'bin/docket.mjs');

/** Runs the real CLI; resolves with its exit code and stderr. */
function docket(args: string[]): { done: Promise<{ code: number | null; stderr: string }>; kill(): void } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; stderr: string }>((r) => child.once('close', (code) => r({ code, stderr })));
  return { done, kill: () => child.kill('SIGKILL') };
}

/** `n` distinct born-digital PDFs (the digital fixtures, each with its own comment after %%EOF) in `dir`. */
function distinctPdfs(dir: string, n: number, from = 0): string[] {
  const bases = ['pcd450.digital.pdf', 'pcd679.digital.pdf', 'pcc089-2017.digital.pdf'].map((f) => readFileSync(fixturePdf(f)));
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const file = join(dir, `doc${String(i).padStart(2, '0')}.pdf`);
    writeFileSync(file, Buffer.concat([bases[i % 3]!, Buffer.from(`\n%copy ${i}\n`)]));
    return file;
  });
}

const count = (db: string, sql: string) => query<{ n: number }>(db, sql)[0]!.n;
/** Documents whose stored pages are not all there: a reader seeing one would have seen half a document. */
const HALF_DOCUMENTS = 'SELECT count(*) n FROM documents d WHERE d.page_count != (SELECT count(*) FROM pages p WHERE p.sha256 = d.sha256)';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A value read while a run may be writing (0 while the database or its tables do not exist yet). */
function countNow(db: string, sql: string): number {
  try {
    const conn = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return conn.prepare(sql).pluck().get() as number;
    } finally {
      conn.close();
    }
  } catch {
    return 0;
  }
}
const latestStored = (db: string) => countNow(db, "SELECT coalesce(max(processed_at), '') FROM documents");
const okCount = (stderr: string) => Number(/: (\d+) ok,/.exec(stderr)?.[1] ?? NaN);

describe('two ingest runs, a reader and the web page on one database', () => {
  it('stores every PDF once, reads none twice, and never shows half a document', async () => {
    const dir = tempDir();
    // a: docs 0-7; b: docs 4-11 (4-7 are the same bytes under a second path) and doc00's bytes again.
    distinctPdfs(join(dir, 'a'), 8);
    distinctPdfs(join(dir, 'b'), 8, 4);
    writeFileSync(join(dir, 'b', 'copy-of-doc00.pdf'), readFileSync(join(dir, 'a', 'doc00.pdf')));
    const db = join(dir, 'd.db');
    openDb(db).close(); // the web page opens an existing database
    const app = await startServer(db, { port: 0, host: '127.0.0.1' });
    const seen = { polls: 0, half: 0, pageErrors: 0, maxDocs: 0 };
    let polling = true;
    const reader = (async () => {
      const conn = new Database(db, { readonly: true });
      while (polling) {
        seen.polls++;
        seen.half += conn.prepare(HALF_DOCUMENTS).pluck().get() as number;
        seen.maxDocs = Math.max(seen.maxDocs, conn.prepare('SELECT count(*) FROM documents').pluck().get() as number);
        const res = await fetch(`${app.url}/?q=management`);
        if (res.status !== 200) seen.pageErrors++;
        await res.text();
        await new Promise((r) => setTimeout(r, 50));
      }
      conn.close();
    })();
    const args = ['--db', db, '--ocr', 'never', '--jobs', '1'];
    const [a, b] = await Promise.all([docket(['ingest', join(dir, 'a'), ...args]).done, docket(['ingest', join(dir, 'b'), ...args]).done]);
    polling = false;
    await reader;
    await app.close();
    expect([a.code, b.code], a.stderr + b.stderr).toEqual([0, 0]);
    expect(a.stderr + b.stderr).not.toMatch(/locked|SQLITE_BUSY|\n\s+at /);
    expect(count(db, 'SELECT count(*) n FROM documents')).toBe(12);
    expect(count(db, 'SELECT count(*) n FROM document_files')).toBe(17);
    // Each PDF was read by one run only: the runs' "ok" add up to the distinct PDFs.
    expect(okCount(a.stderr) + okCount(b.stderr)).toBe(12);
    expect(count(db, HALF_DOCUMENTS)).toBe(0);
    expect(count(db, 'SELECT count(*) n FROM claims')).toBe(0);
    expect(query(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    expect(seen.polls).toBeGreaterThan(5);
    expect(seen).toMatchObject({ half: 0, pageErrors: 0 });
  }, 120_000);

  it('loses nothing when one of two runs on the same folder is killed: the other reads what the dead one had claimed', async () => {
    const dir = tempDir();
    // (Enough PDFs that the first run cannot finish them all before the second has started, on a loaded machine too: with twelve,
    // and later with 36 (about ten seconds' reading), a full test suite's load let one run end before the other claimed anything.)
    distinctPdfs(join(dir, 'src'), 96);
    const db = join(dir, 'd.db');
    const args = ['ingest', join(dir, 'src'), '--db', db, '--ocr', 'never', '--jobs', '1'];
    const [a, b] = [docket(args), docket(args)];
    // Kill A once both runs hold claims (each is reading a PDF the other will meet).
    const deadline = Date.now() + 90_000;
    while (countNow(db, 'SELECT count(DISTINCT run) FROM claims') < 2 && Date.now() < deadline) await sleep(20);
    a.kill();
    const killed = await a.done;
    expect(killed.code, killed.stderr).toBeNull();
    const rest = await b.done;
    expect(rest.code, rest.stderr).toBe(0);
    expect(count(db, 'SELECT count(*) n FROM documents')).toBe(96);
    expect(count(db, HALF_DOCUMENTS)).toBe(0);
    expect(count(db, 'SELECT count(*) n FROM claims')).toBe(0);
    expect(query(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  }, 180_000);

  it('applies migrations once when three processes open a new database at once', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'empty'));
    const db = join(dir, 'fresh.db');
    // The new, empty database is locked while the three start, so all three find every migration pending and
    // then race for the lock: only the re-check under the lock keeps the second and third from applying them again.
    const holder = new Database(db);
    holder.pragma('journal_mode = WAL');
    holder.exec('BEGIN IMMEDIATE');
    const pending = [1, 2, 3].map(() => docket(['ingest', join(dir, 'empty'), '--db', db]).done);
    await sleep(6000);
    holder.exec('ROLLBACK');
    holder.close();
    const runs = await Promise.all(pending);
    expect(runs.map((r) => r.code), runs.map((r) => r.stderr).join('\n')).toEqual([0, 0, 0]);
    expect(query(db, 'SELECT name FROM migrations ORDER BY name')).toEqual(MIGRATIONS.map((m) => ({ name: m.name })));
    expect(query(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
  }, 60_000);
});

describe('kill -9 at random moments', () => {
  it('two runs killed 20 times while the web page reads: a plain rerun finds every PDF once, no claims left, integrity ok', async () => {
    const dir = tempDir();
    const src = join(dir, 'src');
    const files = distinctPdfs(src, 10);
    writeFileSync(join(src, 'same-bytes.pdf'), readFileSync(files[0]!));
    const db = join(dir, 'd.db');
    openDb(db).close();
    const app = await startServer(db, { port: 0, host: '127.0.0.1' });
    const seen = { polls: 0, half: 0, pageErrors: 0 };
    let polling = true;
    const reader = (async () => {
      while (polling) {
        seen.polls++;
        seen.half += countNow(db, HALF_DOCUMENTS);
        const res = await fetch(`${app.url}/`);
        if (res.status !== 200) seen.pageErrors++;
        await res.text();
        await sleep(100);
      }
    })();
    const storedAfterKill: number[] = [];
    // Two lanes of 10 runs each over the same folder, at once (20 kills in all). Fixed seeds: the same kills every
    // time. One run in four is killed at a random moment of its start-up (opening, migrating, clearing dead claims);
    // the others 0-1.5 s after a PDF was stored (mid-batch). Every other run redoes stored PDFs (--force), so kills
    // also land while a stored document is being replaced.
    const lane = async (seed: number) => {
      const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
      for (let i = 0; i < 10; i++) {
        const run = docket(['ingest', src, '--db', db, '--ocr', 'never', '--jobs', '1', ...(i % 2 ? ['--force'] : [])]);
        let exited = false;
        void run.done.then(() => (exited = true));
        if (i % 4 === 0) await sleep(100 + random() * 1400);
        else {
          const before = latestStored(db);
          while (!exited && latestStored(db) === before) await sleep(20);
          await sleep(random() * 1500);
        }
        run.kill();
        const { code, stderr } = await run.done;
        // A run that finished before its kill is fine too; none may fail on its own (a lock, a busy database).
        expect([0, null], stderr).toContain(code);
        storedAfterKill.push(countNow(db, 'SELECT count(*) FROM documents'));
      }
    };
    await Promise.all([lane(18), lane(1907)]);
    polling = false;
    await reader;
    await app.close();
    const rerun = await docket(['ingest', src, '--db', db, '--ocr', 'never']).done;
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(count(db, 'SELECT count(*) n FROM documents')).toBe(10);
    expect(count(db, 'SELECT count(*) n FROM document_files')).toBe(11);
    expect(count(db, "SELECT count(*) n FROM documents WHERE status != 'ok'")).toBe(0);
    expect(count(db, HALF_DOCUMENTS)).toBe(0);
    expect(count(db, 'SELECT count(*) n FROM claims')).toBe(0);
    expect(query(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    // The kills did land mid-batch (some runs had stored part of the folder), and the page never failed or showed half a document.
    expect(storedAfterKill.some((n) => n > 0 && n < 10), storedAfterKill.join(',')).toBe(true);
    expect(seen.polls).toBeGreaterThan(5);
    expect(seen).toMatchObject({ half: 0, pageErrors: 0 });
  }, 240_000);
});
