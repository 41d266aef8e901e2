import Database from 'better-sqlite3';
import { storedPages } from '../../src/db/store-record.ts';
import { buildContext } from '../../src/layout/context.ts';
const db = new Database(process.env.DB!, { readonly: true });
const d = db.prepare('SELECT sha256 FROM documents WHERE file LIKE ?').get(`%${process.argv[2]}%`) as { sha256: string };
const ctx = buildContext(storedPages(db, d.sha256));
for (const l of ctx.doc.lines.slice(0, Number(process.env.N ?? 12))) {
  const cells = ctx.form.cells.get(l.index) ?? [];
  console.log(l.index, l.breakBefore ? 'B' : ' ', (l.leftEdge ?? -1).toFixed(2), (l.rightEdge ?? -1).toFixed(2), cells.map(c => `[${c.size?.toFixed?.(1)}${c.bold?'b':''}] ${c.text}`).join(' | '));
}
console.log('HEADER', JSON.stringify(ctx.header));
for (const f of ctx.form.fields.slice(0, 8)) console.log('FIELD', f.how, JSON.stringify(f.labelCell.text), '=>', JSON.stringify(f.value), f.valueCells.map((c) => c.line.index));
