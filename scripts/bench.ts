// npm run bench [-- --jobs N] [--digital DIR] [--skip-js] [--profile] [--rounds N]
// Side by side in one run, on the same files: docket's digital throughput against pdf.js text
// extraction alone and poppler's pdftotext (each with `jobs` processes); docket's OCR, per engine,
// against the native tesseract CLI (`jobs` processes, OMP_THREAD_LIMIT=1) with character error
// rates; peak memory summed over docket's process tree; an unchanged re-ingest. Writes out/bench.json.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { nativeOcr, pdfjsAlone, pdftotext } from './bench/baselines.ts';
import { cer } from './bench/cer.ts';
import { docketIngest, storedEngine, storedTexts } from './bench/docket-runs.ts';
import { summariseProfiles } from './bench/profile.ts';
import { ensureTool, version } from './bench/tools.ts';

const { values } = parseArgs({ options: { jobs: { type: 'string' }, digital: { type: 'string' }, 'skip-js': { type: 'boolean' }, profile: { type: 'boolean' }, rounds: { type: 'string' } } });
// Each comparison is run `rounds` times, the tools alternating, and the medians kept: a shared machine is noisy.
const rounds = Number(values.rounds ?? 1);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function medianOf<T extends { seconds: number }>(run: () => Promise<T>): Promise<T> {
  const runs: T[] = [];
  for (let i = 0; i < rounds; i++) runs.push(await run());
  const m = median(runs.map((r) => r.seconds));
  return runs.find((r) => r.seconds === m)!;
}
const jobs = Number(values.jobs ?? availableParallelism());
const digitalDir = values.digital ?? join(import.meta.dirname, '../../shared/corpus/kent');
const work = mkdtempSync(join(tmpdir(), 'docket-bench-'));
const log = (s: string) => process.stderr.write(`${s}\n`);
const f = (n: number, d = 2) => n.toFixed(d);
const pdfsIn = (dir: string) => readdirSync(dir).filter((x) => x.toLowerCase().endsWith('.pdf')).sort().map((x) => join(dir, x));
for (const [cmd, pkg] of [['pdftotext', 'poppler-utils'], ['pdfimages', 'poppler-utils'], ['tesseract', 'tesseract-ocr'], ['/usr/bin/time', 'time']] as const) ensureTool(cmd, pkg);
const report: Record<string, unknown> = { jobs, node: process.version, tesseract: version('tesseract', ['--version']), pdftotext: version('pdftotext', ['-v']) };

// 1. Digital: docket ingest against pdf.js text alone and pdftotext, interleaved, same files.
const digital = pdfsIn(digitalDir);
log(`digital: ${digital.length} PDFs from ${digitalDir}`);
const dDb = join(work, 'digital.db');
const profileDir = join(work, 'profile');
const profileEnv = values.profile ? { DOCKET_READER_FLAGS: `--cpu-prof --cpu-prof-dir=${profileDir}` } : {};
const pdfjsRuns: { seconds: number; pages: number }[] = [];
const docketRuns: Awaited<ReturnType<typeof docketIngest>>[] = [];
for (let i = 0; i < rounds; i++) {
  pdfjsRuns.push(await pdfjsAlone(digital, jobs));
  docketRuns.push(await docketIngest([digitalDir], dDb, ['--jobs', String(jobs), '--force']));
}
const pdfjs = pdfjsRuns.find((r) => r.seconds === median(pdfjsRuns.map((x) => x.seconds)))!;
const docketD = docketRuns.find((r) => r.seconds === median(docketRuns.map((x) => x.seconds)))!;
const poppler = await medianOf(() => pdftotext(digital, jobs));
const reingest = await medianOf(() => docketIngest([digitalDir], dDb, ['--jobs', String(jobs)]));
const pps = (s: number) => docketD.pages / s;
report.digital = { files: digital.length, pages: docketD.pages, ocrPages: docketD.ocrPages, docketS: docketD.seconds, pdfjsS: pdfjs.seconds, pdfjsPages: pdfjs.pages, pdftotextS: poppler.seconds, docketPeakTreeMb: docketD.peakTreeMb, reingestS: reingest.seconds };
log(`digital: docket ${f(pps(docketD.seconds), 0)} pages/s, pdf.js alone ${f(pps(pdfjs.seconds), 0)}, pdftotext ${f(pps(poppler.seconds), 0)}; re-ingest ${f(reingest.seconds)} s`);

// 2. OCR: the scanned fixtures, their stored JPEGs as pdfimages -j extracts them for native tesseract.
const scanDir = join(work, 'scans');
mkdirSync(scanDir);
const fixtures = join(import.meta.dirname, '../fixtures');
for (const p of [...pdfsIn(join(fixtures, 'pdf')), ...pdfsIn(join(fixtures, 'extra'))].filter((p) => /\.(scanned|rough)\.pdf$/.test(p))) copyFileSync(p, join(scanDir, basename(p)));
const scans = pdfsIn(scanDir);
const imageDir = join(work, 'images');
mkdirSync(imageDir);
const t0 = performance.now();
for (const s of scans) execFileSync('pdfimages', ['-j', s, join(imageDir, basename(s, '.pdf'))]);
const pdfimagesS = (performance.now() - t0) / 1000;
const images = readdirSync(imageDir).sort().map((i) => join(imageDir, i));
log(`OCR: ${scans.length} scanned PDFs, ${images.length} pages (pdfimages -j took ${f(pdfimagesS)} s)`);
const reference = (pdf: string) => {
  const name = basename(pdf).replace(/\.(scanned|rough)\.pdf$/, '');
  const txt = join(fixtures, 'text', `${name}.txt`);
  if (existsSync(txt)) return readFileSync(txt, 'utf8');
  const born = [join(fixtures, 'pdf', `${name}.digital.pdf`), join(fixtures, 'extra', `${name}.digital.pdf`)].find(existsSync);
  return born ? execFileSync('pdftotext', ['-layout', born, '-'], { encoding: 'utf8' }) : null;
};
const judged = scans.filter((s) => !s.includes('-draft') && reference(s) !== null); // a draft differs from its transcription by design
const meanCer = (textOf: (pdf: string) => string) => judged.reduce((a, s) => a + cer(textOf(s), reference(s)!), 0) / judged.length;
const nativeTextOf = (texts: string[]) => (pdf: string) => images.map((im, i) => (basename(im).startsWith(`${basename(pdf, '.pdf')}-`) ? texts[i] : '')).join('\n');
// The tesseract.js model, for a same-model comparison with the js engine.
const bestInt = join(work, 'tessdata-best-int');
mkdirSync(bestInt);
const dataPkg = dirname(createRequire(import.meta.url).resolve('@tesseract.js-data/eng/package.json'));
writeFileSync(join(bestInt, 'eng.traineddata'), gunzipSync(readFileSync(join(dataPkg, '4.0.0_best_int', 'eng.traineddata.gz'))));

interface OcrRow { engine: string; provenance: string; docketS: number; nativeS: number; docketCer: number; nativeCer: number; peakTreeMb: number; nativeData: string }
const ocrRows: OcrRow[] = [];
for (const engine of values['skip-js'] ? ['auto'] : ['auto', 'js']) {
  const db = join(work, `ocr-${engine}.db`);
  const natives: Awaited<ReturnType<typeof nativeOcr>>[] = [];
  const runs: Awaited<ReturnType<typeof docketIngest>>[] = [];
  for (let i = 0; i < rounds; i++) {
    natives.push(await nativeOcr(images, jobs, engine === 'js' ? bestInt : undefined));
    runs.push(await docketIngest([scanDir], db, ['--jobs', String(jobs), '--ocr-engine', engine, '--force']));
  }
  const native = natives.find((r) => r.seconds === median(natives.map((x) => x.seconds)))!;
  const run = runs.find((r) => r.seconds === median(runs.map((x) => x.seconds)))!;
  const texts = storedTexts(db);
  ocrRows.push({
    engine,
    provenance: storedEngine(db),
    docketS: run.seconds,
    nativeS: native.seconds,
    docketCer: meanCer((s) => texts.get(basename(s)) ?? ''),
    nativeCer: meanCer(nativeTextOf(native.texts)),
    peakTreeMb: run.peakTreeMb,
    nativeData: engine === 'js' ? '@tesseract.js-data/eng 4.0.0_best_int (same model)' : 'system data',
  });
  const r = ocrRows[ocrRows.length - 1]!;
  log(`OCR --ocr-engine ${engine}: docket ${f(r.docketS)} s, native ${f(r.nativeS)} s (${f(r.docketS / r.nativeS)}x); CER ${f(100 * r.docketCer)}% vs ${f(100 * r.nativeCer)}%`);
}
report.ocr = { pdfs: scans.length, pages: images.length, pdfimagesS, rows: ocrRows };
// Profiled separately: --cpu-prof slows the run it watches.
if (values.profile) {
  await docketIngest([digitalDir], join(work, 'profiled.db'), ['--jobs', String(jobs)], profileEnv, ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]);
  report.profile = summariseProfiles(profileDir).slice(0, 15);
}

const d = report.digital as { pages: number; docketS: number; pdfjsS: number; pdftotextS: number; docketPeakTreeMb: number; reingestS: number; files: number };
console.log(`docket bench — ${jobs} process(es) each, ${availableParallelism()} cores, node ${process.version}, ${report.tesseract}

| digital: ${d.files} PDFs, ${d.pages} pages | seconds | pages/s | docket / it |
|---|---|---|---|
| docket ingest (${jobs} readers) | ${f(d.docketS)} | ${f(d.pages / d.docketS, 0)} | 1.00x |
| pdf.js getTextContent alone (${jobs} processes) | ${f(d.pdfjsS)} | ${f(d.pages / d.pdfjsS, 0)} | **${f(d.pdfjsS / d.docketS)}x** |
| pdftotext (${jobs} processes) | ${f(d.pdftotextS)} | ${f(d.pages / d.pdftotextS, 0)} | ${f(d.pdftotextS / d.docketS)}x |

| OCR: ${scans.length} scanned PDFs, ${images.length} pages | docket s | native s | time ratio | docket CER | native CER | peak RSS (tree) |
|---|---|---|---|---|---|---|
${ocrRows.map((r) => `| --ocr-engine ${r.engine} (${r.provenance.split(';')[0]}) vs native, ${r.nativeData} | ${f(r.docketS)} | ${f(r.nativeS)} | **${f(r.docketS / r.nativeS)}x** | ${f(100 * r.docketCer)}% | ${f(100 * r.nativeCer)}% | ${f(r.peakTreeMb, 0)} MB |`).join('\n')}

| other | value |
|---|---|
| peak RSS over docket's process tree, digital ingest | ${f(d.docketPeakTreeMb, 0)} MB |
| unchanged re-ingest of the digital folder | ${f(d.reingestS)} s |
| pdfimages -j of the scans | ${f(pdfimagesS)} s |
${values.profile ? `\nCPU by code (digital ingest, all processes, ms):\n${(report.profile as { group: string; ms: number }[]).map((p) => `  ${p.group.padEnd(28)} ${f(p.ms, 0)}`).join('\n')}` : ''}`);
mkdirSync('out', { recursive: true });
writeFileSync('out/bench.json', JSON.stringify(report, null, 2));
