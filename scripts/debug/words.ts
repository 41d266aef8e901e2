// Prints a stored document's words matching a pattern, with their boxes and OCR confidence.
// usage: DB=FILE npx tsx scripts/debug/words.ts FILE-SUBSTRING REGEX
import Database from 'better-sqlite3';
import { storedPages } from '../../src/db/store-record.ts';
const db = new Database(process.env.DB!, { readonly: true });
const d = db.prepare('SELECT sha256 FROM documents WHERE file LIKE ?').get(`%${process.argv[2]}%`) as { sha256: string };
const pages = storedPages(db, d.sha256);
const re = new RegExp(process.argv[3]!);
for (const [n, p] of pages.entries()) for (const w of p.words) if (re.test(w.text)) console.log(n + 1, JSON.stringify(w.text), w.box.x.toFixed(3), w.box.y.toFixed(3), w.box.w.toFixed(3), w.box.h.toFixed(3), w.conf);
