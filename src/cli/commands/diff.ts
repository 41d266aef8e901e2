import { existsSync, readFileSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { DEFAULT_DB, DocketError, EXIT, diff, ingest, openDbReadOnly, pdfPathOf, renderDiffText, resolveSide, sha256Of, withDb, writeDiffPack } from '../../index.ts';
import { choice, defineCommand, parse } from '../command.ts';

const usage = 'docket diff <A> <B> [--db FILE] [--format text|json] [--evidence DIR]';

/**
 * The stored documents the command line names, in order: a PDF path is read, and ingested into
 * the database first unless these bytes are there already; anything else is a SHA-256 (or a
 * prefix), a stored file's path or a reference (one that matches several documents is refused,
 * listing them).
 */
export async function resolveArgs(dbPath: string, keys: readonly string[], labels: readonly string[]): Promise<string[]> {
  const isFile = (k: string) => existsSync(k) && statSync(k).isFile();
  const bytesSha = new Map(keys.filter(isFile).map((k) => [k, sha256Of(readFileSync(k))]));
  const stored = existsSync(dbPath) ? withDb(openDbReadOnly(dbPath), (db) => new Set(db.prepare("SELECT sha256 FROM documents WHERE status != 'failed'").pluck().all() as string[])) : new Set<string>();
  const missing = [...bytesSha].filter(([, sha]) => !stored.has(sha)).map(([k]) => k);
  if (missing.length) {
    const s = await ingest({ inputs: missing, db: dbPath });
    if (s.ok) process.stderr.write(`docket: ingested ${s.ok} new file(s) into ${dbPath}\n`);
    if (s.failed) throw new DocketError(`could not read ${s.failures.map((f) => `${f.file}: ${f.error}`).join('; ')}`, EXIT.completedWithFailures);
  }
  return withDb(openDbReadOnly(dbPath), (db) => keys.map((k, i) => bytesSha.get(k) ?? resolveSide(db, k, labels[i] ?? k)));
}

/** Where a stored document's PDF is now, or a usage error saying how to make it findable again. */
export function pdfOf(db: Database.Database, sha256: string): string {
  const path = pdfPathOf(db, sha256);
  if (!path) throw new DocketError(`the PDF of ${sha256.slice(0, 12)} is no longer where it was ingested: ingest it again from where it is now, then make the pack`, EXIT.usage);
  return path;
}

export const diffCommand = defineCommand({
  name: 'diff',
  summary: 'what changed between two documents (a draft and a final): values, fields and words, with pages',
  usage,
  help: `A is the old side and B the new, whatever their names. Each is a PDF (ingested on the fly if new), a SHA-256 or
a prefix of one, or a reference; a reference matching several documents lists them (exit code 2).

The documents are compared by their words, whatever their typesetting: line and page breaks, hyphenation at line
ends, page numbers and running heads, bullets, spacing and ligatures make no change, and on OCR pages reading slips
in words are tolerated (never in figures: a figure that differs is always reported, marked uncertain with its OCR
confidence). Each change says what it is (amount with old and new values in pounds, date, number, reference, title,
recommendation added/removed/reworded, exemption, words), its page, box and sentence on each side, and its section.

  --format text   a redline: - the old sentence, + the new, the changed words marked (in colour on a terminal)
  --format json   the shape documented in the README ("docket diff --format json")
  --evidence DIR  also write an evidence pack: a PNG crop of each change on each side with the words boxed,
                  both PDFs' SHA-256, the pipeline version, manifest.json and index.html`,
  run: async (argv) => {
    const { values, positionals } = parse(argv, { db: { type: 'string' }, format: { type: 'string' }, evidence: { type: 'string' } }, usage);
    if (positionals.length !== 2) throw new DocketError(`give two documents to compare, the old one first\nusage: ${usage}`, EXIT.usage);
    const format = choice(values.format, 'format', ['text', 'json'] as const, 'text');
    const dbPath = values.db ?? DEFAULT_DB;
    const [a, b] = await resolveArgs(dbPath, positionals, ['A', 'B']);
    const result = withDb(openDbReadOnly(dbPath), (db) => diff(db, a!, b!));
    if (format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else process.stdout.write(renderDiffText(result, { color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR }));
    if (values.evidence) {
      const [pa, pb] = withDb(openDbReadOnly(dbPath), (db) => [pdfOf(db, a!), pdfOf(db, b!)]);
      const pack = await writeDiffPack(result, { a: pa!, b: pb! }, values.evidence);
      process.stderr.write(`docket: evidence pack for ${pack.items} change(s) written to ${pack.dir} (open index.html)\n`);
    }
    return EXIT.ok;
  },
});
