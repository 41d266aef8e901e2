import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import type { DecisionRecord } from '../../record/index.ts';
import type { DiffResult, Place } from '../../query/diff.ts';
import { DocketError, EXIT } from '../../errors.ts';
import { PIPELINE_VERSION } from '../../version.ts';
import { cropWithBox } from './crop.ts';
import { packIndexHtml } from './pack-html.ts';
import type { PackDocument, PackItem, PackQuote } from './pack-types.ts';

export type { PackDocument, PackItem, PackQuote } from './pack-types.ts';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/**
 * Writes an evidence pack into `dir`: each PDF copied under `pdf/` after checking that its bytes
 * still hash to the SHA-256 the claims were read from, a PNG crop per quote under `crops/` with
 * the words boxed, `manifest.json` (pipeline version, documents, items, every file's SHA-256) and
 * `index.html` showing each claim with its crops. Returns the folder and the number of items.
 */
export async function writePack(dir: string, kind: 'flags' | 'diff', docs: PackDocument[], items: PackItem[]): Promise<{ dir: string; items: number }> {
  const out = resolve(dir);
  mkdirSync(join(out, 'pdf'), { recursive: true });
  mkdirSync(join(out, 'crops'), { recursive: true });
  const files: { path: string; sha256: string; bytes: number }[] = [];
  const keep = (rel: string, bytes: Uint8Array) => files.push({ path: rel, sha256: sha(bytes), bytes: bytes.length });
  for (const d of docs) {
    const bytes = readFileSync(d.path);
    if (sha(bytes) !== d.sha256) throw new DocketError(`${d.path} is no longer the PDF that was ingested (its SHA-256 differs): ingest it again, then make the pack`, EXIT.usage);
    d.copy = `pdf/${d.sha256.slice(0, 12)}-${basename(d.path).replace(/[^\w.-]+/g, '_')}`;
    if (!docs.slice(0, docs.indexOf(d)).some((o) => o.copy === d.copy)) (copyFileSync(d.path, join(out, d.copy)), keep(d.copy, bytes));
  }
  for (const item of items) {
    for (const [k, q] of item.quotes.entries()) {
      const doc = docs.find((d) => d.sha256 === q.sha256)!;
      const png = await cropWithBox(doc.path, q.sha256, q.page, q.box);
      q.crop = `crops/${item.id}-${k + 1}-p${q.page}.png`;
      q.cropSha256 = sha(png);
      writeFileSync(join(out, q.crop), png);
      keep(q.crop, png);
    }
  }
  const manifest = { tool: 'docket', kind, pipelineVersion: PIPELINE_VERSION, createdAt: new Date().toISOString(), documents: docs.map(({ path, ...d }) => ({ ...d, file: path })), items, files };
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(join(out, 'index.html'), packIndexHtml(manifest));
  return { dir: out, items: items.length };
}

/** The evidence pack of one document: every flag, each quote of its evidence cropped from its page. */
export function writeDocumentPack(record: DecisionRecord, pdfPath: string, dir: string) {
  const doc: PackDocument = { role: 'document', sha256: record.sha256, path: pdfPath, reference: record.reference, title: record.title };
  const items: PackItem[] = record.flags.map((f, i) => ({
    id: `flag-${i + 1}`,
    kind: 'flag',
    title: `${f.code} (${f.severity}): ${f.message}`,
    detail: f.explanation,
    facts: { code: f.code, severity: f.severity, message: f.message },
    quotes: f.evidence.map((e) => ({ side: 'document', sha256: record.sha256, page: e.page, box: e.box ?? null, text: e.text })),
  }));
  return writePack(dir, 'flags', [doc], items);
}

/** The evidence pack of a comparison: every change, cropped on each side where that side has a place. */
export function writeDiffPack(result: DiffResult, paths: { a: string; b: string }, dir: string) {
  const docs: PackDocument[] = [
    { role: 'A (old)', sha256: result.a.sha256, path: paths.a, reference: result.a.reference, title: result.a.title },
    { role: 'B (new)', sha256: result.b.sha256, path: paths.b, reference: result.b.reference, title: result.b.title },
  ];
  const quote = (side: string, shaOf: string, p: Place | null): PackQuote[] => (p ? [{ side, sha256: shaOf, page: p.page, box: p.box, text: p.text, sentence: p.sentence }] : []);
  const items: PackItem[] = result.changes.map((c, i) => ({
    id: `change-${i + 1}`,
    kind: 'change',
    title: `${c.kind} ${c.change}: ${c.what}`,
    detail: `${c.old ?? '—'} → ${c.new ?? '—'}`,
    facts: { kind: c.kind, change: c.change, old: c.old, new: c.new, oldValue: c.oldValue, newValue: c.newValue, oldPage: c.oldPage, newPage: c.newPage, uncertain: c.uncertain, confidence: c.confidence },
    quotes: [...quote('A (old)', result.a.sha256, c.a), ...quote('B (new)', result.b.sha256, c.b)],
  }));
  return writePack(dir, 'diff', docs, items);
}
