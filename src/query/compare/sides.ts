import { basename, resolve } from 'node:path';
import type Database from 'better-sqlite3';
import { DocketError, EXIT } from '../../errors.ts';

interface Candidate {
  sha256: string;
  reference: string | null;
  title: string | null;
  file: string;
}

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
/** Shortest SHA-256 prefix taken as one (shorter hex strings are read as references). */
const MIN_PREFIX = 6;

/**
 * The stored document a side of a comparison names: a SHA-256 or a prefix of one, an ingested
 * file's path (or name), or a reference (`PCD 679`, `089/2017`; spacing and case do not count).
 * A key that matches several documents is refused with the list of them, so the user can pick one
 * by its SHA-256 prefix or file (exit code 2); so is one that matches none.
 */
export function resolveSide(db: Database.Database, key: string, which: string): string {
  const rows = db.prepare(`SELECT d.sha256, r.reference, r.title, d.file FROM documents d LEFT JOIN records r USING (sha256) WHERE d.status != 'failed' ORDER BY r.reference, d.file`).all() as Candidate[];
  const paths = db.prepare('SELECT sha256, path, abs_path FROM document_files').all() as { sha256: string; path: string; abs_path: string | null }[];
  const pick = (shas: Iterable<string>) => {
    const set = new Set(shas);
    return rows.filter((r) => set.has(r.sha256));
  };
  const tries: (() => Candidate[])[] = [
    () => (/^[0-9a-f]+$/i.test(key) && key.length >= MIN_PREFIX ? rows.filter((r) => r.sha256.startsWith(key.toLowerCase())) : []),
    () => pick(paths.filter((p) => p.path === key || p.path === resolve(key) || p.abs_path === resolve(key)).map((p) => p.sha256)),
    () => rows.filter((r) => r.reference !== null && squash(r.reference) === squash(key)),
    () => pick(paths.filter((p) => basename(p.path) === basename(key)).map((p) => p.sha256)),
  ];
  for (const t of tries) {
    const found = t();
    if (found.length === 1) return found[0]!.sha256;
    if (found.length > 1) throw new DocketError(`${which} "${key}" matches ${found.length} documents; give one by its SHA-256 prefix or file:\n${listing(found)}`, EXIT.usage);
  }
  throw new DocketError(`${which}: no document matches "${key}": give a file, a SHA-256 (or a prefix of ${MIN_PREFIX}+ characters) or a reference`, EXIT.usage);
}

function listing(found: readonly Candidate[]): string {
  return found.map((c) => `  ${c.sha256.slice(0, 12)}  ${(c.reference ?? '—').padEnd(10)}  ${c.file}${c.title ? `  (${c.title.slice(0, 50)})` : ''}`).join('\n');
}
