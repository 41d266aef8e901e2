// Prints docs/accuracy.md's table: per-field accuracy of each labelled real set, digital vs scanned/rough
// (recipients aside), from the export that `npm run score` writes (out/export-real.json).
// usage: npx tsx scripts/accuracy-table.ts [out/export-real.json]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DecisionRecord } from '../src/record/index.ts';
import { scoreRecord, total, type Truth } from './lib/score-record.ts';

const root = join(import.meta.dirname, '..');
const records = JSON.parse(readFileSync(process.argv[2] ?? join(root, 'out/export-real.json'), 'utf8')) as DecisionRecord[];
const byFile = new Map(records.map((r) => [r.file.split('/').pop()!, r]));
const SETS: [string, string][] = [['development', 'truth'], ['held-out 1', 'holdout-truth'], ['held-out 2', 'holdout2/truth'], ['held-out 3', 'holdout3/truth']];
const columns: { name: string; fields: Map<string, number>; percent: number }[] = [];
for (const [name, dir] of SETS) {
  const truths = readdirSync(join(root, 'fixtures/real', dir)).map((f) => JSON.parse(readFileSync(join(root, 'fixtures/real', dir, f), 'utf8')) as Truth);
  for (const [copy, keep] of [['digital', (t: Truth) => t.file.includes('.digital.')], ['scanned', (t: Truth) => !t.file.includes('.digital.')]] as const) {
    const { percent, fields } = total(truths.filter(keep).map((t) => scoreRecord(byFile.get(t.file), t)));
    columns.push({ name: `${name} ${copy}`, fields, percent });
  }
}
const names = [...new Set(columns.flatMap((c) => [...c.fields.keys()]))].sort();
console.log(`| field | ${columns.map((c) => c.name).join(' | ')} |`);
console.log(`|---|${columns.map(() => '---:').join('|')}|`);
for (const f of names) console.log(`| ${f} | ${columns.map((c) => (c.fields.has(f) ? `${c.fields.get(f)!.toFixed(0)}%` : '–')).join(' | ')} |`);
console.log(`| **all fields** | ${columns.map((c) => `**${c.percent.toFixed(1)}%**`).join(' | ')} |`);
