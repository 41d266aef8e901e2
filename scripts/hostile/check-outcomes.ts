// Reads what an ingest of the hostile corpus stored and checks it against the manifest: each input's
// status (by kind), its one-line reason, its text, one record per distinct input, and the database's
// integrity. Used by test/hostile.test.ts and `npm run fuzz`.
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Expect, ManifestEntry } from './kinds.ts';
import type { Manifest } from './corpus.ts';

/** What became of one input, and whether that is what its kind expects. */
export interface Verdict {
  entry: ManifestEntry;
  /** `ok`, `partial`, `failed`, `input-error`, or `absent` (nothing stored). */
  got: string;
  error: string | null;
  /** Seconds the document took and its pages (from the record), when one was stored. */
  seconds: number | null;
  pageCount: number | null;
  pass: boolean;
  /** Why it does not pass. */
  why?: string;
}

/** The run's settings the expectations depend on. */
export interface RunSettings {
  maxPages: number;
}

const ALLOWED: Record<Expect, readonly string[]> = {
  ok: ['ok'],
  failed: ['failed'],
  partial: ['partial'],
  damaged: ['failed', 'partial'],
  any: ['ok', 'partial', 'failed'],
  'input-error': ['input-error'],
};

interface Row {
  sha256: string;
  status: string;
  error: string | null;
  page_count: number;
  duration_ms: number | null;
}

/** Checks every manifest entry against the database `dbPath` written by ingesting the corpus folder `dir`. */
export function checkOutcomes(dbPath: string, dir: string, manifest: Manifest, run: RunSettings): Verdict[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    const byPath = db.prepare('SELECT d.sha256, d.status, d.error, d.page_count, d.duration_ms FROM document_files f JOIN documents d ON d.sha256 = f.sha256 WHERE f.abs_path = ?');
    const inputError = db.prepare('SELECT error FROM input_errors WHERE path IN (?, ?)');
    const textOf = db.prepare("SELECT group_concat(text, ' ') AS t FROM (SELECT text FROM pages WHERE sha256 = ? ORDER BY number)");
    const skipped = db.prepare("SELECT count(*) AS n FROM pages WHERE sha256 = ? AND status = 'skipped'");
    const paths = new Map(manifest.entries.map((e) => [e.path, resolve(dir, e.path)]));
    const rowOf = (e: ManifestEntry) => byPath.all(paths.get(e.path)) as Row[];
    const text = (sha: string) => ((textOf.get(sha) as { t: string | null }).t ?? '').replace(/\s+/g, ' ');
    return manifest.entries.map((entry): Verdict => {
      const rows = rowOf(entry);
      const ie = inputError.get(resolve(dir, entry.path), `${dir}/${entry.path}`.replace(/\/+/g, '/')) as { error: string } | undefined;
      const row = rows[0];
      const got = row ? row.status : ie ? 'input-error' : 'absent';
      const error = row ? row.error : (ie?.error ?? null);
      const verdict = (why?: string): Verdict => ({ entry, got, error, seconds: row?.duration_ms != null ? row.duration_ms / 1000 : null, pageCount: row?.page_count ?? null, pass: !why, ...(why ? { why } : {}) });
      const expect: Expect = entry.pages && entry.pages > run.maxPages ? 'partial' : entry.expect;
      if (rows.length > 1) return verdict(`${rows.length} records for one path`);
      if (row && ie) return verdict('both a record and an input error');
      if (!ALLOWED[expect].includes(got)) return verdict(`expected ${expect}, got ${got}${error ? ` (${error})` : ''}`);
      if (got !== 'ok' && (!error || /\n|\s{4}at /.test(error))) return verdict('no one-line reason');
      if (entry.reason && !new RegExp(entry.reason).test(error ?? '')) return verdict(`reason does not match /${entry.reason}/: ${error}`);
      if (!row) return verdict();
      if (entry.phrase && got !== 'failed' && !text(row.sha256).includes(entry.phrase.replace(/\s+/g, ' '))) return verdict(`text lacks "${entry.phrase}"`);
      if (entry.pages && row.page_count !== entry.pages) return verdict(`${row.page_count} pages stored of ${entry.pages}`);
      if (entry.pages && entry.pages > run.maxPages && (skipped.get(row.sha256) as { n: number }).n !== entry.pages - run.maxPages)
        return verdict(`pages beyond --max-pages ${run.maxPages} not all recorded as skipped`);
      const same = entry.sameRecordAs ?? entry.sameTextAs;
      const other = same ? rowOf({ ...entry, path: same })[0] : undefined;
      if (same && !other) return verdict(`its control ${same} was not stored`);
      if (entry.sameRecordAs && other!.sha256 !== row.sha256) return verdict(`not the same record as ${same}`);
      if (entry.sameTextAs && wordOverlap(text(row.sha256), text(other!.sha256)) < 0.98) return verdict(`text differs from ${same}'s`);
      return verdict();
    });
  } finally {
    db.close();
  }
}

/** Share of words in common (multiset), 0..1: 1 when the two texts have the same words. */
export function wordOverlap(a: string, b: string): number {
  const count = (s: string) => s.split(/\s+/).filter(Boolean).reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());
  const [x, y] = [count(a), count(b)];
  let common = 0;
  let total = 0;
  for (const [w, n] of x) common += Math.min(n, y.get(w) ?? 0);
  for (const n of [...x.values(), ...y.values()]) total += n;
  return total ? (2 * common) / total : 1;
}

/** Whole-database checks: integrity, one document per distinct stored input, no document without a path. */
export function checkDatabase(dbPath: string): string[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    const problems: string[] = [];
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`);
    const orphans = db.prepare('SELECT count(*) AS n FROM documents d WHERE NOT EXISTS (SELECT 1 FROM document_files f WHERE f.sha256 = d.sha256)').get() as { n: number };
    if (orphans.n) problems.push(`${orphans.n} documents without a path`);
    const doubled = db.prepare('SELECT count(*) AS n FROM (SELECT abs_path FROM document_files GROUP BY abs_path HAVING count(*) > 1)').get() as { n: number };
    if (doubled.n) problems.push(`${doubled.n} paths stored under two records`);
    return problems;
  } finally {
    db.close();
  }
}

/** Outcome counts by kind, as `kind: ok 3, partial 1` lines. */
export function countByKind(verdicts: readonly Verdict[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const v of verdicts) {
    const m = out.get(v.entry.kind) ?? new Map<string, number>();
    m.set(v.got, (m.get(v.got) ?? 0) + 1);
    out.set(v.entry.kind, m);
  }
  return out;
}
