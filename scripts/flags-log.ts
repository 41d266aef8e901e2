// The precision log: ingests real archives and the fixtures into a temporary database and writes docs/flags.md,
// every `error` flag with its page, message and explanation, and the counts of warnings and infos. The verdicts
// (true or false when the page is read, and why) are written by hand in docs/flags.md; regenerating keeps each
// verdict beside its flag (matched by file, code and message) and marks new flags "to read".
//
//   npx tsx scripts/flags-log.ts [--skip-real] [--replay] [--keep DIR]
// Scans are OCR'd live (slow: ~20 minutes on 2 cores); --replay replays the shared fixtures' OCR from fixtures/ocr;
// --keep DIR keeps the databases in DIR and, on the next run, only re-extracts their stored pages (no PDF read).
import { mkdirSync } from 'node:fs';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { ingest } from '../src/ingest/ingest.ts';
import { openDb, openDbReadOnly, withDb } from '../src/db/open-db.ts';
import { reextractStale } from '../src/ingest/reextract.ts';
import { readRecords } from '../src/export/export-records.ts';
import { ReplayEngine } from '../src/ocr/fake-engines.ts';
import { PIPELINE_VERSION, EXTRACTOR_VERSION } from '../src/version.ts';
import type { DecisionRecord, Flag } from '../src/record/index.ts';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'docs/flags.md');

/** An archive to log: its folders, whether its discrepancies are planted, and the OCR to use. */
interface Archive {
  name: string;
  inputs: string[];
  planted: boolean;
  replay: boolean;
  note: string;
}

const ARCHIVES: Archive[] = [
  { name: 'kent', inputs: [join(ROOT, '../shared/corpus/kent')], planted: false, replay: false, note: 'Kent County Council papers as published (../shared/corpus/kent): budget books, reports, minutes, agendas, records of decision' },
  { name: 'real', inputs: ['pdf', 'holdout2/pdf', 'holdout3/pdf'].map((d) => join(ROOT, 'fixtures/real', d)), planted: false, replay: false, note: 'real decisions of many bodies, typeset from their published text or copied (fixtures/real); wmca-2024-5g and bristol-2019-708 carry real sum discrepancies' },
  { name: 'fixtures', inputs: [join(ROOT, 'fixtures/pdf'), join(ROOT, 'fixtures/extra')], planted: true, replay: process.argv.includes('--replay'), note: 'the shared fixtures: drafts with planted discrepancies (pcd679-draft, pcc089-2017-draft)' },
];

/** Verdicts already written, by flag key. */
function readVerdicts(): Map<string, string> {
  const verdicts = new Map<string, string>();
  if (!existsSync(OUT)) return verdicts;
  const text = readFileSync(OUT, 'utf8');
  for (const m of text.matchAll(/<!-- key: (.+?) -->\n(?:.*\n)*?- \*\*verdict\*\*: (.+)/g)) if (!/^to read/.test(m[2]!)) verdicts.set(m[1]!, m[2]!);
  return verdicts;
}

const keyOf = (r: DecisionRecord, f: Flag) => `${basename(r.file)}|${f.code}|${f.message}`.replace(/-->/g, '');
const pagesOf = (f: Flag) => [...new Set(f.evidence.map((e) => e.page))].join(', ');

async function records(a: Archive, dir: string): Promise<DecisionRecord[]> {
  const db = join(dir, `${a.name}.db`);
  if (existsSync(db)) withDb(openDb(db), (d) => reextractStale(d, undefined, true));
  else await ingest({ inputs: a.inputs.filter((p) => existsSync(p)), db, ...(a.replay ? { engine: new ReplayEngine(join(ROOT, 'fixtures/ocr')) } : {}) });
  return withDb(openDbReadOnly(db), (d) => [...readRecords(d)]);
}

function section(a: Archive, recs: DecisionRecord[], verdicts: Map<string, string>): { text: string; errors: number; verdicts: string[] } {
  const errors = recs.flatMap((r) => r.flags.filter((f) => f.severity === 'error').map((f) => ({ r, f })));
  const counts = new Map<string, number>();
  for (const r of recs) for (const f of r.flags) counts.set(`${f.severity} ${f.code}`, (counts.get(`${f.severity} ${f.code}`) ?? 0) + 1);
  const sev = (s: string) => [...counts].filter(([k]) => k.startsWith(s)).reduce((n, [, c]) => n + c, 0);
  const types = new Map<string, number>();
  for (const r of recs) types.set(r.documentType ?? 'unknown', (types.get(r.documentType ?? 'unknown') ?? 0) + 1);
  const out: string[] = [];
  const given: string[] = [];
  out.push(`## ${a.name}: ${recs.length} documents`, '', a.note + '.', '');
  out.push(`Document types: ${[...types].sort((x, y) => y[1] - x[1]).map(([t, n]) => `${t} ${n}`).join(', ')}.`, '');
  out.push(`**${errors.length} error** flag${errors.length === 1 ? '' : 's'} (${((errors.length * 20) / Math.max(1, recs.length)).toFixed(2)} per 20 documents${a.planted ? '; planted discrepancies, expected' : ''}), ${sev('warning')} warnings, ${sev('info')} infos.`, '');
  out.push('| severity | code | count |', '|---|---|---|');
  for (const [k, n] of [...counts].sort()) out.push(`| ${k.split(' ')[0]} | ${k.split(' ')[1]} | ${n} |`);
  out.push('');
  errors.forEach(({ r, f }, i) => {
    const key = keyOf(r, f);
    const verdict = verdicts.get(key) ?? 'to read';
    given.push(verdict);
    out.push(`### ${a.name} ${i + 1}. ${basename(r.file)} — ${f.code}, p.${pagesOf(f)}`, `<!-- key: ${key} -->`);
    out.push(`- type: ${r.documentType ?? 'unknown'}`, `- message: ${f.message}`, `- explanation: ${f.explanation}`);
    out.push(`- evidence: ${f.evidence.slice(0, 4).map((e) => `p.${e.page} "${e.text.slice(0, 120)}"`).join('; ')}${f.evidence.length > 4 ? '; …' : ''}`);
    out.push(`- **verdict**: ${verdict}`, '');
  });
  return { text: out.join('\n'), errors: errors.length, verdicts: given };
}

const skipReal = process.argv.includes('--skip-real');
const keep = process.argv[process.argv.indexOf('--keep') + 1];
const dir = process.argv.includes('--keep') && keep ? (mkdirSync(keep, { recursive: true }), keep) : mkdtempSync(join(tmpdir(), 'docket-flags-log-'));
const verdicts = readVerdicts();
const parts: string[] = [];
const tally: string[] = [];
for (const a of ARCHIVES.filter((x) => !(skipReal && x.name === 'real'))) {
  process.stderr.write(`ingesting ${a.name}…\n`);
  const s = section(a, await records(a, dir), verdicts);
  parts.push(s.text);
  const t = s.verdicts.filter((v) => /^true\b/i.test(v)).length;
  const f = s.verdicts.filter((v) => /^false\b/i.test(v)).length;
  tally.push(`| ${a.name} | ${s.errors} | ${t} | ${f} | ${s.errors - t - f} |`);
}
writeFileSync(
  OUT,
  [
    '# Precision log: error flags docket raises on real papers',
    '',
    `Regenerate the list with \`npx tsx scripts/flags-log.ts\` (pipeline ${PIPELINE_VERSION}, extractor ${EXTRACTOR_VERSION}); it ingests each archive into a temporary database. The verdicts are written by hand after reading the page (\`pdftotext -layout -f P -l P FILE -\`): \`true\` or \`false\`, and why. Regenerating keeps each verdict beside its flag (same file, code and message) and marks new flags "to read". Warnings and infos are counted, not read.`,
    '',
    'Before issue 13 (checks not scoped by type, tables summed as read whatever their structure, figures compared without knowing what they were for) the 62 Kent papers raised 218 error flags (188 sum-mismatch, 30 amount-mismatch), almost all false when read against the page.',
    '',
    '| archive | error flags | true | false | to read |',
    '|---|---|---|---|---|',
    ...tally,
    '',
    ...parts,
  ].join('\n') + '\n',
);
process.stderr.write(`wrote ${OUT}\n`);
