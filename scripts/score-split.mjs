#!/usr/bin/env node
// Per-field accuracy split by copy (digital vs scanned/rough) and by authority, from a scorer run.
// usage: node scripts/score-split.mjs TRUTH_DIR EXPORT.json  (runs ../shared/eval/score.mjs on subsets)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// --no-recipients: score without the recipients field (the issue on money asks for it; fields are judged without it).
const args = process.argv.slice(2).filter((a) => a !== '--no-recipients');
const noRecipients = process.argv.includes('--no-recipients');
const [truthDir, exportFile] = args;
const scorer = join(import.meta.dirname, '../../shared/eval/score.mjs');
const files = readdirSync(truthDir).filter((f) => f.endsWith('.json'));
const groups = new Map();
for (const f of files) {
  const t = JSON.parse(readFileSync(join(truthDir, f), 'utf8'));
  groups.set('all', [...(groups.get('all') ?? []), f]);
  const copy = /\.digital\./.test(t.file) ? 'digital' : 'scanned/rough';
  for (const key of [`copy: ${copy}`, `authority: ${t.authority}`]) groups.set(key, [...(groups.get(key) ?? []), f]);
}
for (const [key, members] of [...groups].sort()) {
  const dir = mkdtempSync(join(tmpdir(), 'split-'));
  for (const m of members) {
    if (!noRecipients) copyFileSync(join(truthDir, m), join(dir, m));
    else {
      const t = JSON.parse(readFileSync(join(truthDir, m), 'utf8'));
      delete t.recipients;
      writeFileSync(join(dir, m), JSON.stringify(t));
    }
  }
  const out = execFileSync('node', [scorer, '--truth', dir, '--export', exportFile], { encoding: 'utf8' });
  console.log(`${key.padEnd(60)} ${out.trim().split('\n').pop()} (${members.length} PDFs)`);
}
