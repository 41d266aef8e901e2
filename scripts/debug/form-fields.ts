// Prints the form fields docket reads from a stored document's pages (debugging the form reader).
// usage: npx tsx scripts/debug/form-fields.ts DB [file-substring]
import Database from 'better-sqlite3';
import { storedPages } from '../../src/db/store-record.ts';
import { buildContext } from '../../src/layout/context.ts';

const [dbPath, filter = ''] = process.argv.slice(2);
const db = new Database(dbPath!, { readonly: true });
const docs = db.prepare('SELECT sha256, file FROM documents WHERE file LIKE ? ORDER BY file').all(`%${filter}%`) as { sha256: string; file: string }[];
for (const d of docs) {
  const ctx = buildContext(storedPages(db, d.sha256));
  console.log(`== ${d.file}`);
  console.log(`  header: ${JSON.stringify(ctx.header?.title)} ref ${ctx.header?.reference}`);
  for (const f of ctx.form.fields.filter((f) => f.page <= 1)) console.log(`  p${f.page} ${f.how.padEnd(6)} ${JSON.stringify(f.label)} = ${JSON.stringify(f.value.slice(0, 90))}`);
}
// (the header title too)
