// Prints the recommendation lists a stored document gives and its sections (debugging list parsing).
// usage: DB=FILE npx tsx scripts/debug/rec-lists.ts FILE-SUBSTRING
import Database from 'better-sqlite3';
import { storedPages } from '../../src/db/store-record.ts';
import { buildContext } from '../../src/layout/context.ts';
import { recommendationLists } from '../../src/layout/recommendation-lists.ts';
import { itemText } from '../../src/layout/list-items.ts';
const db = new Database(process.env.DB!, { readonly: true });
const d = db.prepare('SELECT sha256 FROM documents WHERE file LIKE ?').get(`%${process.argv[2]}%`) as { sha256: string };
const ctx = buildContext(storedPages(db, d.sha256));
for (const l of recommendationLists(ctx)) { console.log('LIST q=', l.quality.toFixed(2)); for (const i of l.items) console.log('  ', i.lines[0]!.index, itemText(i).slice(0, 100)); }
console.log(ctx.sections.map((s) => `${s.kind}:${s.heading?.index}:${s.heading?.text.slice(0, 30)}`).join(' | '));
