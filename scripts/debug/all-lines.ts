// Prints every line of a stored document with its layout facts (debugging list parsing).
// usage: DB=FILE npx tsx scripts/debug/all-lines.ts FILE-SUBSTRING [FROM-REGEX]
import Database from 'better-sqlite3';
import { storedPages } from '../../src/db/store-record.ts';
import { buildContext } from '../../src/layout/context.ts';
const db = new Database(process.env.DB ?? 'out/docket.db', { readonly: true });
const d = db.prepare('SELECT sha256 FROM documents WHERE file LIKE ?').get(`%${process.argv[2]}%`) as { sha256: string };
const ctx = buildContext(storedPages(db, d.sha256));
const from = process.argv[3] ? ctx.doc.lines.findIndex((l) => new RegExp(process.argv[3]!).test(l.text)) : 0;
for (const l of ctx.doc.lines.slice(Math.max(0, from), Math.max(0, from) + Number(process.env.N ?? 40)))
  console.log(l.index, l.page, l.breakBefore ? 'B' : ' ', (l.leftEdge ?? -1).toFixed(2), (l.rightEdge ?? -1).toFixed(2), ctx.sectionOf.get(l.index) ?? '-', JSON.stringify(l.text));
