import type Database from 'better-sqlite3';
import { basename, resolve } from 'node:path';
import { DocketError, EXIT } from '../errors.ts';

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Finds a stored decision by reference ("PCD 450"), SHA-256 (or a prefix of 8+), or file path / name. */
export function findDecision(db: Database.Database, key: string): string {
  const byHash = /^[0-9a-f]{8,64}$/i.test(key) ? (db.prepare('SELECT sha256 FROM documents WHERE sha256 LIKE ?').pluck().all(`${key.toLowerCase()}%`) as string[]) : [];
  if (byHash.length === 1) return byHash[0]!;
  const byPath = db.prepare('SELECT DISTINCT sha256 FROM document_files WHERE path = ? OR path = ? OR abs_path = ?').pluck().all(key, resolve(key), resolve(key)) as string[];
  if (byPath.length === 1) return byPath[0]!;
  const byRef = (db.prepare('SELECT sha256, reference, document_type AS type FROM records WHERE reference IS NOT NULL').all() as { sha256: string; reference: string; type: string | null }[]).filter((r) => squash(r.reference) === squash(key));
  if (byRef.length === 1) return byRef[0]!.sha256;
  // A decision number carried by its record and its report: the record.
  const records = byRef.filter((r) => r.type === 'decision');
  if (records.length === 1 && byHash.length === 0 && byPath.length === 0) return records[0]!.sha256;
  const byName = (db.prepare('SELECT DISTINCT sha256, path FROM document_files').all() as { sha256: string; path: string }[]).filter((r) => basename(r.path) === basename(key));
  const candidates = new Set([...byRef.map((r) => r.sha256), ...byName.map((r) => r.sha256)]);
  if (candidates.size === 1) return [...candidates][0]!;
  if (candidates.size > 1) throw new DocketError(`"${key}" matches ${candidates.size} documents: give a SHA-256 prefix or a file path (see \`docket query "SELECT sha256, file, reference FROM decisions"\`)`, EXIT.usage);
  throw new DocketError(`no decision matches "${key}": give a reference (PCD 450), a SHA-256 prefix or an ingested file path`, EXIT.usage);
}
