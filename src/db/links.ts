import type Database from 'better-sqlite3';
import { basename } from 'node:path';
import { datedRef, refKey } from '../extract/fields/links.ts';
import { belongsKind } from '../extract/links-kind.ts';
import type { DocumentType, Link } from '../record/index.ts';

interface Row {
  sha256: string;
  reference: string | null;
  authority: string | null;
  date: string | null;
  type: DocumentType | null;
  title: string | null;
  json: string;
}

// A decision number in a file name: "24-00115_-_EqIA.pdf", "PCD_658 report.pdf", "MD2456-appendix.pdf".
const FILE_REF = /(?<![\d])(\d{2})[-_ ](\d{5})(?!\d)|\b(?:DMPCD|PCD|MD|DD|ADD)[-_ ]?\d{2,5}(?!\d)/gi;

/** Decision numbers named by a stored paper's file names, squashed. */
function fileRefs(db: Database.Database, sha256: string): string[] {
  const paths = db.prepare('SELECT path FROM document_files WHERE sha256 = ?').pluck().all(sha256) as string[];
  return [...new Set(paths.flatMap((p) => [...basename(p).matchAll(FILE_REF)].map((m) => refKey(m[0]))))];
}

/**
 * The decision a "decision of 30 January [2025]" reference names: a decision record of the same body decided
 * that day (without a printed year, the latest such day on or before the citing paper's own date), if exactly
 * one record of that body was decided then.
 */
function byDate(rows: readonly Row[], from: Row, ref: string): Row | null {
  const d = datedRef(ref)!;
  const md = `-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
  const same = rows.filter((r) => r.sha256 !== from.sha256 && r.type === 'decision' && r.authority && r.authority === from.authority && r.date?.endsWith(md));
  const fits = same.filter((r) => (d.year ? r.date!.startsWith(String(d.year)) : !from.date || r.date! <= from.date));
  const latest = fits.map((r) => r.date!).sort().pop();
  const onDay = fits.filter((r) => r.date === latest);
  return onDay.length === 1 ? onDay[0]! : null;
}

/**
 * Resolves every stored paper's links to the stored documents they name (matching references with case, spaces,
 * slashes and dashes ignored; a decision record before its report or copies), and adds the link a paper's file name
 * gives ("24-00115_-_EqIA.pdf" is the assessment for decision 24/00115) when its text named none. Rewrites
 * `records.extracted_json` where something changed; run after storing, so that links naming a paper stored later
 * resolve then. Returns how many records changed.
 */
export function resolveLinks(db: Database.Database): number {
  // Read and rewritten under one write lock: another run storing meanwhile cannot make this a stale write.
  if (!db.inTransaction) return db.transaction(() => resolveLinks(db)).immediate();
  const rows = db.prepare("SELECT r.sha256, r.reference, r.authority, r.decision_date AS date, r.document_type AS type, r.title, r.extracted_json AS json FROM records r JOIN documents d USING (sha256) WHERE d.status != 'failed'").all() as Row[];
  const byRef = new Map<string, Row[]>();
  for (const r of rows) if (r.reference) byRef.set(refKey(r.reference), [...(byRef.get(refKey(r.reference)) ?? []), r]);
  // Decision records first, then other papers carrying the number; the earliest-stored wins ties, stably.
  for (const list of byRef.values()) list.sort((a, b) => Number(b.type === 'decision') - Number(a.type === 'decision'));
  const target = (key: string, self: string) => byRef.get(key)?.find((r) => r.sha256 !== self) ?? null;
  const firstPage = db.prepare('SELECT text FROM pages WHERE sha256 = ? AND number = 1').pluck();
  const update = db.prepare('UPDATE records SET extracted_json = ? WHERE sha256 = ?');
  let changed = 0;
  db.transaction(() => {
    for (const r of rows) {
      const x = JSON.parse(r.json) as { links?: Link[] };
      const before = JSON.stringify(x.links ?? []);
      const links = (x.links ?? []).map((l) => ({ ...l, sha256: (datedRef(l.ref) ? byDate(rows, r, l.ref) : target(refKey(l.ref), r.sha256))?.sha256 ?? null }));
      if (r.type !== 'decision' && !links.some((l) => l.kind !== 'cites')) {
        const kind = belongsKind(r.type, `${r.title ?? ''}\n${String(firstPage.get(r.sha256) ?? '').split('\n').slice(0, 30).join('\n')}`);
        const named = kind && fileRefs(db, r.sha256).map((k) => target(k, r.sha256)).find((t) => t && t.reference);
        if (kind && named) links.splice(0, links.length, { kind, ref: named.reference!, sha256: named.sha256 }, ...links.filter((l) => refKey(l.ref) !== refKey(named.reference!)));
      }
      if (JSON.stringify(links) === before) continue;
      update.run(JSON.stringify({ ...x, links }), r.sha256);
      changed++;
    }
  })();
  return changed;
}
