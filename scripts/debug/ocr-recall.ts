// OCR recall per scanned/rough copy: the share of its digital twin's words (4+ letters) that its pages' text holds.
// usage: DB=FILE npx tsx scripts/debug/ocr-recall.ts [N]
import Database from 'better-sqlite3';
import { storedPages } from '../../src/db/store-record.ts';
const db = new Database(process.env.DB!, { readonly: true });
const docs = db.prepare('SELECT sha256, file FROM documents').all() as { sha256: string; file: string }[];
const byFile = new Map(docs.map((d) => [d.file, d.sha256]));
const words = (sha: string) => storedPages(db, sha).map((p) => p.text).join(' ').toLowerCase().match(/[a-z]{4,}/g) ?? [];
const out: [number, string][] = [];
for (const d of docs) {
  if (!/\.(scanned|rough)\.pdf$/.test(d.file)) continue;
  const twin = byFile.get(d.file.replace(/\.(scanned|rough)\.pdf$/, '.digital.pdf'));
  if (!twin) continue;
  const dw = words(twin);
  const ow = new Set(words(d.sha256));
  if (dw.length) out.push([dw.filter((w) => ow.has(w)).length / dw.length, d.file.split('/').slice(-3).join('/')]);
}
out.sort((a, b) => a[0] - b[0]);
for (const [r, f] of out.slice(0, Number(process.argv[2] ?? 25))) console.log(r.toFixed(3), f);
const m = out.map((o) => o[0]);
console.log('n', m.length, 'mean', (m.reduce((a, b) => a + b, 0) / m.length).toFixed(3), '<0.95:', m.filter((x) => x < 0.95).length, '<0.9:', m.filter((x) => x < 0.9).length);
