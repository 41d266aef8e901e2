// The query side against a database built from the fixtures (recorded OCR), through the API and the CLI.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest/ingest.ts';
import { openDbReadOnly, withDb } from '../src/db/open-db.ts';
import { diff } from '../src/query/diff.ts';
import { findDecision } from '../src/query/find-decision.ts';
import { search } from '../src/query/search.ts';
import { spend } from '../src/query/spend.ts';
import { FIXTURE_PDFS, ROOT, fixturePdf, query, replayEngine, tempDir } from './helpers.ts';

const db = join(tempDir(), 'query.db');
const docket = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/docket.mjs'), ...args, '--db', db], { encoding: 'utf8', cwd: ROOT });
const ro = <T>(fn: (d: import('better-sqlite3').Database) => T) => withDb(openDbReadOnly(db), fn);

beforeAll(async () => {
  await ingest({ inputs: [FIXTURE_PDFS], db, engine: replayEngine() });
});

describe('search', () => {
  it('finds pages by full text, best first, with a highlighted snippet', () => {
    const hits = ro((d) => search(d, '"data environment solution"'));
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]).toMatchObject({ reference: 'PCD 679', snippet: expect.stringContaining('[') });
  });
  it('takes text that is not FTS5 syntax as plain words', () => {
    expect(ro((d) => search(d, '£1.164M capital')).length).toBeGreaterThan(0);
    // Broken syntax does not throw: the words are searched as typed.
    expect(ro((d) => search(d, 'Vodafone AND (')).length).toBe(0);
    expect(ro((d) => search(d, 'Essex AND (')).length).toBeGreaterThan(0);
  });
});

describe('spend', () => {
  it('totals headline amounts by year, counting copies of one decision once', () => {
    const groups = ro((d) => spend(d, { by: 'year' }));
    expect(groups.map((g) => [g.group, g.decisions, g.total])).toEqual([['2017', 1, 752700], ['2018', 1, 1164000], ['2020', 1, 788000]]);
  });
  it('filters by date and minimum amount', () => {
    const groups = ro((d) => spend(d, { by: 'authority', from: '2018-01-01', min: 1e6 }));
    expect(groups).toMatchObject([{ group: "Mayor's Office for Policing and Crime (MOPAC)", decisions: 1, total: 1164000, items: [{ reference: 'PCD 450' }] }]);
  });
  it('groups by UK financial year (April to March) and by capital or revenue, each decision once', () => {
    expect(ro((d) => spend(d, { by: 'fy' })).map((g) => [g.group, g.decisions, g.total])).toEqual([['2017-18', 1, 752700], ['2018-19', 1, 1164000], ['2019-20', 1, 788000]]);
    expect(ro((d) => spend(d, { by: 'kind' })).find((g) => g.group === 'capital')).toMatchObject({ decisions: 1, total: 1164000, items: [{ reference: 'PCD 450', page: 1 }] });
  });
  it('splits by recipient without losing or inventing money: what no recipient is stated for is unattributed', () => {
    const byRecipient = ro((d) => spend(d, { by: 'recipient' }));
    expect(byRecipient.at(-1)!.group).toBe('unattributed');
    expect(byRecipient.reduce((s, g) => s + g.total, 0)).toBe(752700 + 1164000 + 788000);
    for (const g of byRecipient) for (const i of g.items) expect(i.page).toEqual(expect.any(Number));
  });
});

describe('diff', () => {
  it('reports exactly the figure changed in a draft, old and new, with both pages', () => {
    const changes = ro((d) => diff(d, findDecision(d, fixturePdf('pcd679.mixed.pdf')), findDecision(d, fixturePdf('pcd679-draft.mixed.pdf')))).changes;
    expect(changes.filter((c) => c.kind === 'amount')).toEqual([
      expect.objectContaining({ change: 'changed', old: '£435K', new: '£453K', oldPage: expect.any(Number), newPage: 2 }),
    ]);
    expect(changes.filter((c) => c.kind === 'field' || c.kind === 'exemption')).toEqual([]);
  });
  it('finds the changed table total of the scanned draft', () => {
    const changes = ro((d) => diff(d, findDecision(d, fixturePdf('pcc089-2017.scanned.pdf')), findDecision(d, fixturePdf('pcc089-2017-draft.scanned.pdf')))).changes;
    // The planted change, certain; other figures that differ are OCR misreads, and must say they are uncertain.
    const amounts = changes.filter((c) => c.kind === 'amount');
    expect(amounts).toContainEqual(expect.objectContaining({ change: 'changed', old: '752.7', new: '762.7' }));
    for (const c of amounts.filter((c) => !(c.old === '752.7' && c.new === '762.7'))) expect(c).toMatchObject({ uncertain: true });
  });
});

describe('query commands (CLI)', () => {
  it('refuses to write with a clear error and changes nothing', () => {
    const before = query(db, 'SELECT count(*) n FROM documents')[0];
    const r = docket('query', 'DELETE FROM documents');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/read-only/);
    expect(query(db, 'SELECT count(*) n FROM documents')[0]).toEqual(before);
    expect(JSON.parse(docket('query', 'SELECT reference, headline_amount FROM decisions WHERE reference = \'PCD 450\' LIMIT 1', '--format', 'json').stdout)).toEqual([{ reference: 'PCD 450', headline_amount: 1164000 }]);
  });
  it('shows one decision by reference, lists flags worst first, exports tables as CSV', () => {
    const show = docket('show', 'fixtures/pdf/pcd450.digital.pdf');
    expect(show.status).toBe(0);
    expect(show.stdout).toMatch(/PCD 450 — ANPR NAS Management Server/);
    expect(show.stdout).toMatch(/late-decision/);
    expect(docket('show', 'PCD 450').stderr).toMatch(/matches 4 documents/);
    const flags = JSON.parse(docket('flags', '--format', 'json').stdout) as { severity: string; code: string }[];
    expect(flags[0]!.severity).toBe('error');
    expect(flags.map((f) => f.code)).toContain('late-decision');
    expect(JSON.parse(docket('flags', '--code', 'sum-mismatch', '--format', 'json').stdout)).toHaveLength(1);
    const csv = docket('export', '--table', 'amounts', '--format', 'csv').stdout.split('\n');
    expect(csv[0]).toMatch(/^reference,sha256,idx,value,text/);
    expect(csv.some((l) => l.startsWith('PCD 450,') && l.includes('1164000'))).toBe(true);
  });
  it('searches and totals spend from the command line', () => {
    const hits = docket('search', 'Vodafone OR "data environment"', '--format', 'csv').stdout.split('\n');
    expect(hits[0]).toBe('reference,title,type,page,snippet,file,sha256');
    expect(hits[1]).toMatch(/^PCD 679,/);
    const spendTable = docket('spend', '--by', 'year', '--min', '£1m');
    expect(spendTable.status).toBe(0);
    expect(spendTable.stdout).toMatch(/2018\s+1\s+£1,164,000/);
    expect(docket('spend', '--by', 'fy', '--format', 'csv').stdout.split('\n')[0]).toBe('group,reference,title,decisionDate,amount,file,sha256,page');
    expect(docket('spend', '--min', 'lots').stderr).toMatch(/--min takes an amount/);
  });

  it('diffs two PDFs given by path', () => {
    const r = docket('diff', fixturePdf('pcd679.mixed.pdf'), fixturePdf('pcd679-draft.mixed.pdf'), '--format', 'json');
    expect(r.status).toBe(0);
    const amounts = (JSON.parse(r.stdout).changes as { kind: string }[]).filter((c) => c.kind === 'amount');
    expect(amounts).toHaveLength(1);
  });
});

describe('filtering by document type', () => {
  it('keeps only documents of the type asked for, in every query command', () => {
    // Every fixture is a decision record: asking for minutes finds nothing, asking for decisions finds them all.
    expect(ro((d) => search(d, '"data environment solution"', 50, { type: 'minutes' }))).toEqual([]);
    expect(ro((d) => search(d, '"data environment solution"', 50, { type: 'decision' })).length).toBeGreaterThan(0);
    expect(ro((d) => spend(d, { by: 'year', type: 'minutes' }))).toEqual([]);
    expect(ro((d) => spend(d, { by: 'year', type: 'decision' })).length).toBe(3);
    const flags = JSON.parse(docket('flags', '--type', 'decision', '--format', 'json').stdout) as { type: string; explanation: string }[];
    expect(flags.length).toBeGreaterThan(0);
    expect(flags.every((f) => f.type === 'decision' && f.explanation.length > 0)).toBe(true);
    expect(JSON.parse(docket('flags', '--type', 'agenda', '--format', 'json').stdout)).toEqual([]);
    expect(JSON.parse(docket('export', '--type', 'report').stdout)).toEqual([]);
    expect(JSON.parse(docket('export', '--type', 'decision').stdout).length).toBeGreaterThan(0);
    expect(docket('export', '--table', 'flags', '--type', 'minutes', '--format', 'csv').stdout.trim()).toBe('');
  });
  it('refuses a type that does not exist', () => {
    const r = docket('search', 'server', '--type', 'memo');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--type takes one of decision\|report/);
  });
});
