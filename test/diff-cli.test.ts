// `docket diff` and `docket evidence` from the command line: the JSON contract, the redline, sides, evidence packs.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest/ingest.ts';
import { ReplayEngine } from '../src/ocr/fake-engines.ts';
import { DiffResult } from '../src/query/compare/schema.ts';
import { PIPELINE_VERSION } from '../src/version.ts';
import { ROOT, tempDir } from './helpers.ts';

const COMPARE = join(ROOT, 'fixtures/compare');
const dir = tempDir();
const db = join(dir, 'diff-cli.db');
const docket = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/docket.mjs'), ...args, '--db', db], { encoding: 'utf8', cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
const FINAL = join(COMPARE, 'pcd679-final.a.digital.pdf');
const DRAFT = join(COMPARE, 'pcd679-draft.b.mixed.pdf');
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

beforeAll(async () => {
  await ingest({ inputs: [COMPARE], db, engine: new ReplayEngine(join(COMPARE, 'ocr')) });
}, 120_000);

describe('docket diff', () => {
  it('prints the documented JSON shape: the one change, in pounds, with its places', () => {
    const r = docket('diff', FINAL, DRAFT, '--format', 'json');
    expect(r.status).toBe(0);
    const d = DiffResult.parse(JSON.parse(r.stdout));
    expect(d.a.sha256).toBe(sha(FINAL));
    expect(d.changes).toHaveLength(1);
    expect(d.changes[0]).toMatchObject({ kind: 'amount', oldValue: 353000, newValue: 335000, oldPage: 2, newPage: 2, a: { text: '£353K' }, b: { text: '£335K' } });
  });

  it('prints a redline: - the old sentence, + the new, the changed words marked', () => {
    const r = docket('diff', FINAL, sha(DRAFT).slice(0, 10));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^A \(old\): .*pcd679-final\.a\.digital\.pdf · PCD 679/m);
    expect(r.stdout).toMatch(/^-\s+3\.1\. The \[-£353K-\] Capital implementation costs/m);
    expect(r.stdout).toMatch(/^\+\s+3\.1\. The \{\+£335K\+\} Capital implementation costs/m);
    expect(r.stdout).toMatch(/£353,000 → £335,000 \(−£18,000\)/);
    expect(r.stdout).not.toMatch(/\x1b\[/); // no colour when not on a terminal
  });

  it('lists the documents a reference matches and exits 2', () => {
    const r = docket('diff', 'PCD 679', FINAL);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/A "PCD 679" matches 2 documents/);
    expect(r.stderr).toContain(sha(DRAFT).slice(0, 12));
    expect(docket('diff', FINAL).status).toBe(2);
  });

  it('writes an evidence pack: crops of each side with the change boxed, hashes, manifest and index', () => {
    const out = join(dir, 'pack-diff');
    const r = docket('diff', FINAL, DRAFT, '--evidence', out, '--format', 'json');
    expect(r.status).toBe(0);
    const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(m).toMatchObject({ tool: 'docket', kind: 'diff', pipelineVersion: PIPELINE_VERSION });
    expect(m.documents.map((d: { sha256: string }) => d.sha256)).toEqual([sha(FINAL), sha(DRAFT)]);
    for (const d of m.documents) expect(sha(join(out, d.copy))).toBe(d.sha256);
    expect(m.items).toHaveLength(1);
    expect(m.items[0].quotes.map((q: { side: string; page: number; text: string }) => [q.side, q.page, q.text])).toEqual([['A (old)', 2, '£353K'], ['B (new)', 2, '£335K']]);
    for (const f of m.files) expect(sha(join(out, f.path))).toBe(f.sha256);
    const png = readFileSync(join(out, m.items[0].quotes[0].crop));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain(m.items[0].quotes[1].crop);
  });
});

describe('docket evidence', () => {
  it('packs every flag of a document with its evidence cropped from the page', () => {
    const out = join(dir, 'pack-flags');
    const pdf = join(COMPARE, 'pcd450-final.b.digital.pdf');
    const r = docket('evidence', pdf, '--out', out);
    expect(r.status).toBe(0);
    const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const flags = JSON.parse(docket('show', sha(pdf).slice(0, 12), '--format', 'json').stdout).flags as { code: string; evidence: unknown[] }[];
    expect(flags.length).toBeGreaterThan(0);
    expect(m.items.map((i: { facts: { code: string } }) => i.facts.code)).toEqual(flags.map((f) => f.code));
    expect(m.items.flatMap((i: { quotes: unknown[] }) => i.quotes)).toHaveLength(flags.flatMap((f) => f.evidence).length);
    for (const q of m.items.flatMap((i: { quotes: { crop: string }[] }) => i.quotes)) expect(existsSync(join(out, q.crop))).toBe(true);
    expect(m.documents[0].sha256).toBe(sha(pdf));
    expect(docket('evidence', pdf).status).toBe(2);
  });
});
