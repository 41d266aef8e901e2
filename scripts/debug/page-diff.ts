// Files whose stored page text differs between two databases (by base name): what a change to the reading stage changed.
// usage: npx tsx scripts/debug/page-diff.ts NEW.db OLD.db
import Database from 'better-sqlite3';
import { storedPages } from '../../src/db/store-record.ts';
const a = new Database(process.argv[2]!, { readonly: true });
const b = new Database(process.argv[3]!, { readonly: true });
const base = (f: string) => f.split('/').pop()!;
const bDocs = new Map((b.prepare('SELECT sha256, file FROM documents').all() as { sha256: string; file: string }[]).map((d) => [base(d.file), d.sha256]));
let same = 0, diff = 0, missing = 0;
for (const d of a.prepare('SELECT sha256, file FROM documents').all() as { sha256: string; file: string }[]) {
  const other = bDocs.get(base(d.file));
  if (!other) { missing++; continue; }
  const ta = storedPages(a, d.sha256).map((p) => p.text).join('\n');
  const tb = storedPages(b, other).map((p) => p.text).join('\n');
  if (ta === tb) same++;
  else { diff++; console.log('DIFF', base(d.file), ta.length - tb.length); }
}
console.error({ same, diff, missing });
