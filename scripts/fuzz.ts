// npm run fuzz: writes the full hostile corpus (>= 1,000 inputs, fixed seed) and ingests it with the
// real CLI, sampling the memory of its whole process tree; then checks every input against the
// manifest and prints files, outcome counts, the slowest document and the peak RSS.
//   npm run fuzz [-- --dir DIR] [--seed N] [--keep] [-- ...extra docket ingest options]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { treeMemory, type TreeMemory } from './hostile/tree-memory.ts';
import { checkDatabase, checkOutcomes, countByKind } from './hostile/check-outcomes.ts';
import { makeHostileCorpus } from './hostile/corpus.ts';
import { textDocument } from './hostile/crafted.ts';
import { ROOT } from './hostile/sources.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { dir: { type: 'string' }, seed: { type: 'string' }, keep: { type: 'boolean' } } });
const base = values.dir ? resolve(values.dir) : mkdtempSync(join(tmpdir(), 'docket-fuzz-'));
const dir = join(base, 'corpus');
const db = join(base, 'fuzz.db');
const extra = positionals;
const maxPages = Number(extra[extra.indexOf('--max-pages') + 1]) || 5000;

let t = performance.now();
const manifest = await makeHostileCorpus(dir, { seed: values.seed ? Number(values.seed) : 18, scale: 'full' });
// One more input that is listed with the others and deleted as soon as the run starts reading.
const vanishing = 'zz-vanishes-mid-run.pdf';
writeFileSync(join(dir, vanishing), textDocument([['This file is deleted while the run reads the others']]));
manifest.entries.push({ path: vanishing, kind: 'vanishing', expect: 'input-error', reason: '^vanished' });
console.log(`corpus: ${manifest.entries.length} inputs in ${dir} (seed ${manifest.seed}, made in ${((performance.now() - t) / 1000).toFixed(0)} s)${manifest.leftOut.length ? `; left out: ${manifest.leftOut.join('; ')}` : ''}`);

t = performance.now();
const run = await new Promise<{ code: number | null; peak: TreeMemory; stderr: string }>((done, fail) => {
  const child = spawn(process.execPath, [join(ROOT, 'bin/docket.mjs'), 'ingest', dir, '--db', db, ...extra], { stdio: ['ignore', 'ignore', 'pipe'] });
  let peak: TreeMemory = { totalMb: 0, byRole: { main: 0, readers: 0, ocr: 0, other: 0 } };
  let stderr = '';
  let vanished = false;
  const sample = setInterval(() => {
    const now = child.pid ? treeMemory(child.pid) : peak;
    if (now.totalMb > peak.totalMb) peak = now;
  }, 100);
  child.stderr.on('data', (d: Buffer) => {
    stderr += d;
    if (!vanished) rmSync(join(dir, vanishing), { force: true }), (vanished = true);
  });
  child.on('error', fail);
  child.on('close', (code) => (clearInterval(sample), done({ code, peak, stderr })));
});
const seconds = (performance.now() - t) / 1000;

const verdicts = checkOutcomes(db, dir, manifest, { maxPages });
const problems = checkDatabase(db);
const outcomes = new Map<string, number>();
for (const v of verdicts) outcomes.set(v.got, (outcomes.get(v.got) ?? 0) + 1);
const slowest = verdicts.filter((v) => v.seconds !== null).sort((a, b) => b.seconds! - a.seconds!)[0];
const wrong = verdicts.filter((v) => !v.pass);

console.log(`ingest: exit ${run.code} in ${seconds.toFixed(0)} s; ${run.stderr.trim().split('\n').pop()}`);
console.log(`files: ${verdicts.length}; outcomes: ${[...outcomes].map(([k, n]) => `${k} ${n}`).join(', ')}`);
console.log(`slowest document: ${slowest?.entry.path} (${slowest?.entry.kind}) ${slowest?.seconds?.toFixed(1)} s`);
console.log(`peak RSS of the process tree: ${Math.round(run.peak.totalMb)} MB (then: ${Object.entries(run.peak.byRole).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')})`);
console.log(`database: ${problems.length ? problems.join('; ') : 'integrity_check ok, one record per distinct input'}`);
console.log('by kind:');
for (const [kind, counts] of countByKind(verdicts)) console.log(`  ${kind.padEnd(18)} ${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}`);
console.log(wrong.length ? `NOT AS EXPECTED (${wrong.length}):\n${wrong.map((v) => `  ${v.entry.path}: ${v.why}`).join('\n')}` : 'every input as its kind expects');
writeFileSync(join(base, 'fuzz-report.json'), JSON.stringify({ seconds, exit: run.code, peak: run.peak, outcomes: Object.fromEntries(outcomes), slowest, problems, wrong }, null, 1));
if (!values.keep && !values.dir) rmSync(base, { recursive: true, force: true });
else console.log(`kept: ${base} (fuzz.db, corpus/, fuzz-report.json)`);
process.exitCode = wrong.length || problems.length || run.code !== 1 ? 1 : 0;
