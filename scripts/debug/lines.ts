// Prints the first lines of stored documents with their form cells (debugging the form reader).
// usage: npx tsx scripts/debug/lines.ts FILE-SUBSTRING...
import Database from 'better-sqlite3';
import { storedPages } from '../../src/db/store-record.ts';
import { buildContext } from '../../src/layout/context.ts';
const db = new Database(process.env.DB ?? 'out/docket.db', { readonly: true });
for (const pat of process.argv.slice(2)) {
const d = db.prepare('SELECT sha256 FROM documents WHERE file LIKE ?').get(`%${pat}%`) as { sha256: string };
const ctx = buildContext(storedPages(db, d.sha256));
for (const l of ctx.doc.lines.slice(0, 8)) console.log(l.index, l.breakBefore, JSON.stringify(l.text), (ctx.form.cells.get(l.index) ?? []).map((c) => `[${c.text.slice(0,30)} x${c.x0.toFixed(3)} s${c.size.toFixed(4)} b${c.bold}]`).join(' '));
}
