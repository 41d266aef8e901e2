// Prints the recommendation sections' lines of stored documents (debugging list parsing).
// usage: DB=path npx tsx scripts/debug/rec-lines.ts FILE-SUBSTRING...
import Database from 'better-sqlite3';
import { storedPages } from '../../src/db/store-record.ts';
import { buildContext } from '../../src/layout/context.ts';

const db = new Database(process.env.DB ?? 'out/docket.db', { readonly: true });
for (const pat of process.argv.slice(2)) {
  const d = db.prepare('SELECT sha256, file FROM documents WHERE file LIKE ?').get(`%${pat}%`) as { sha256: string; file: string };
  const ctx = buildContext(storedPages(db, d.sha256));
  console.log(`== ${d.file}`);
  for (const s of ctx.sections.filter((s) => s.kind === 'recommendation'))
    for (const l of [s.heading!, ...s.lines].slice(0, 14)) console.log(`  ${l.breakBefore ? '¶' : ' '} ${(l.leftEdge ?? 0).toFixed(3)} ${(l.rightEdge ?? 0).toFixed(2)} ${JSON.stringify(l.text).slice(0, 110)}`);
}
