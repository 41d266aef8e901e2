// A disk that fills up during an ingest: a clear fatal message, and a database that stays whole and usable.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDb } from '../src/db/open-db.ts';
import { storeResult } from '../src/db/store.ts';
import { dbWriter, isBusy, isDiskFull, storageFailure } from '../src/db/write-lock.ts';
import { runDocument } from '../src/pipeline/run-document.ts';
import { ROOT, fixturePdf, query, replayEngine, tempDir } from './helpers.ts';

const BIN = join(ROOT, 'bin/docket.mjs');
const docket = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: ROOT });

/** Mounts a tmpfs of `size` at a new folder; null when mounting is refused (not root, no CAP_SYS_ADMIN). */
function smallDisk(size: string): string | null {
  const dir = tempDir('docket-full-');
  return spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]).status === 0 ? dir : null;
}
const canMount = (() => {
  const dir = smallDisk('64k');
  if (dir) spawnSync('umount', [dir]);
  return dir !== null;
})();

function distinctPdfs(dir: string, n: number): void {
  const bases = ['pcd450.digital.pdf', 'pcd679.digital.pdf', 'pcc089-2017.digital.pdf'].map((f) => readFileSync(fixturePdf(f)));
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `doc${i}.pdf`), Buffer.concat([bases[i % 3]!, Buffer.from(`\n%copy ${i}\n`)]));
}

describe.skipIf(!canMount)('a small disk (tmpfs) that fills up during ingest', () => {
  it('stops with one clear line, keeps every stored document whole, and a rerun on more space finishes', () => {
    const src = join(tempDir(), 'src');
    distinctPdfs(src, 8);
    const disk = smallDisk('640k')!;
    try {
      const db = join(disk, 'd.db');
      const full = docket('ingest', src, '--db', db, '--ocr', 'never', '--jobs', '1');
      expect(full.status, full.stderr).toBe(3);
      const errors = full.stderr.split('\n').filter((l) => l.startsWith('docket ingest:'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^docket ingest: the disk holding .*d\.db is full \(.*\): free some space, then run again \(every stored document is kept whole and the database stays usable\)$/);
      expect(full.stderr).not.toMatch(/\n\s+at |database is locked/);
      // Usable as it is, on the full disk: readable, whole, searchable.
      expect(query(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      const stored = query<{ n: number }>(db, 'SELECT count(*) n FROM documents')[0]!.n;
      expect(stored).toBeLessThan(8);
      expect(query(db, 'SELECT count(*) n FROM documents d WHERE d.page_count != (SELECT count(*) FROM pages p WHERE p.sha256 = d.sha256)')).toEqual([{ n: 0 }]);
      expect(docket('search', 'decision', '--db', db).status).toBe(0);
      // More space: a plain rerun stores the rest.
      expect(spawnSync('mount', ['-o', 'remount,size=16m', disk]).status).toBe(0);
      const rerun = docket('ingest', src, '--db', db, '--ocr', 'never', '--jobs', '1');
      expect(rerun.status, rerun.stderr).toBe(0);
      expect(rerun.stderr).toMatch(new RegExp(`${8 - stored} ok, 0 failed, ${stored} skipped`));
      expect(query(db, 'SELECT count(*) n FROM documents')).toEqual([{ n: 8 }]);
      expect(query(db, 'SELECT count(*) n FROM claims')).toEqual([{ n: 0 }]);
      expect(query(db, 'PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    } finally {
      spawnSync('umount', [disk]);
    }
  }, 120_000);
});

if (!canMount) console.warn('disk-full.test.ts: mounting a tmpfs was refused (needs root): the small-disk test is skipped; the size-limit simulation still runs');

describe('a database that reaches its size limit (PRAGMA max_page_count: SQLITE_FULL without a small disk)', () => {
  it('is told apart from a busy database, rolls the document back, and stays usable', async () => {
    const db = openDb(join(tempDir(), 'd.db'));
    const writer = dbWriter(db);
    const bytes = readFileSync(fixturePdf('pcd450.digital.pdf'));
    const result = await runDocument(bytes, { ocr: 'never', renderDpi: 300 }, { ocr: replayEngine() });
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 2}`);
    const err = await writer.write(() => storeResult(db, 'pcd450.pdf', result)).catch((e: unknown) => e);
    expect(isDiskFull(err)).toBe(true);
    expect(isBusy(err)).toBe(false);
    expect(storageFailure('d.db', err).message).toMatch(/^the disk holding d\.db is full/);
    expect(db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.pragma('max_page_count = 1073741823');
    await writer.write(() => storeResult(db, 'pcd450.pdf', result));
    expect(db.prepare('SELECT count(*) FROM pages').pluck().get()).toBe(result.pages.length);
    db.close();
  });
});
