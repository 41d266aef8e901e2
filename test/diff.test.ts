// The auditor's compare on pairs typeset differently (fixtures/compare, README there): every planted
// change found with its values and pages on both sides, and nothing else.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest/ingest.ts';
import { openDbReadOnly, withDb } from '../src/db/open-db.ts';
import { ReplayEngine } from '../src/ocr/fake-engines.ts';
import { diff, resolveSide, type Change } from '../src/query/diff.ts';
import { DiffResult } from '../src/query/compare/schema.ts';
import { ROOT, fixturePdf, replayEngine, tempDir } from './helpers.ts';

export const COMPARE = join(ROOT, 'fixtures/compare');
const db = join(tempDir(), 'diff.db');
const run = (a: string, b: string) => withDb(openDbReadOnly(db), (d) => DiffResult.parse(diff(d, resolveSide(d, a, 'A'), resolveSide(d, b, 'B'))));
const brief = (c: Change) => ({ kind: c.kind, change: c.change, old: c.old, new: c.new, oldValue: c.oldValue, newValue: c.newValue, oldPage: c.oldPage, newPage: c.newPage });

beforeAll(async () => {
  await ingest({ inputs: [COMPARE], db, engine: new ReplayEngine(join(COMPARE, 'ocr')) });
  await ingest({ inputs: [fixturePdf('pcd679.mixed.pdf'), fixturePdf('pcd679-draft.mixed.pdf'), fixturePdf('pcc089-2017.digital.pdf'), fixturePdf('pcc089-2017-draft.scanned.pdf')], db, engine: replayEngine() });
}, 120_000);

describe('docket diff: one planted figure, different typesetting', () => {
  it('reports the figure alone, with old and new values in pounds and the page on each side', () => {
    const r = run(join(COMPARE, 'pcd679-final.a.digital.pdf'), join(COMPARE, 'pcd679-draft.b.mixed.pdf'));
    expect(r.a.pageCount).not.toBe(r.b.pageCount); // 8 pages against 7: other fonts, other breaks
    expect(r.changes.map(brief)).toEqual([{ kind: 'amount', change: 'changed', old: '£353K', new: '£335K', oldValue: 353000, newValue: 335000, oldPage: 2, newPage: 2 }]);
    const [c] = r.changes;
    expect(c!.a).toMatchObject({ text: '£353K', section: '3. Financial Comments', source: 'text', sentence: expect.stringMatching(/^3\.1\. The £353K Capital implementation costs are funded from Home Office\.$/) });
    expect(c!.b!.box).toEqual(expect.objectContaining({ x: expect.any(Number), y: expect.any(Number) }));
    expect(c!.uncertain).toBe(false);
    expect(r.sections).toEqual([{ heading: '3. Financial Comments', aPage: 2, bPage: 2, changes: 1 }]);
  });

  it('finds the shared fixtures\' planted changes and nothing else', () => {
    const r = run(fixturePdf('pcd679.mixed.pdf'), fixturePdf('pcd679-draft.mixed.pdf'));
    expect(r.changes.map(brief)).toEqual([{ kind: 'amount', change: 'changed', old: '£435K', new: '£453K', oldValue: 435000, newValue: 453000, oldPage: 2, newPage: 2 }]);
    const t = run(fixturePdf('pcc089-2017.digital.pdf'), fixturePdf('pcc089-2017-draft.scanned.pdf'));
    // The scanned draft's table total (in £000) is read in pounds and marked uncertain with its OCR confidence.
    expect(t.changes.find((c) => c.old === '752.7')).toMatchObject({ kind: 'amount', new: '762.7', oldValue: 752700, newValue: 762700, uncertain: true, confidence: expect.any(Number) });
  });

  it('reports nothing when only the typesetting differs (2 pages against 3, page 1 scanned)', () => {
    const r = run(join(COMPARE, 'kent115.a.digital.pdf'), join(COMPARE, 'kent115.c.mixed.pdf'));
    expect(r.b.ocrPages).toEqual([1]);
    expect(r.changes).toEqual([]);
    expect(r.redline).toEqual([]);
  });
});

describe('docket diff: fields, dates, recommendations, exemptions', () => {
  it('reads a figure changed on a scanned page as uncertain, with its OCR confidence', () => {
    const r = run(join(COMPARE, 'pcd450-final.b.digital.pdf'), join(COMPARE, 'pcd450-draft.a.mixed.pdf'));
    expect(r.changes.map(brief)).toEqual([
      { kind: 'amount', change: 'changed', old: '£1.164M', new: '£1.146M', oldValue: 1164000, newValue: 1146000, oldPage: 1, newPage: 1 },
      { kind: 'date', change: 'changed', old: '03/09/2018', new: '05/09/2018', oldValue: '2018-09-03', newValue: '2018-09-05', oldPage: 1, newPage: 1 },
      { kind: 'exemption', change: 'changed', old: '[43]', new: '[41]', oldValue: [43], newValue: [41], oldPage: 6, newPage: 7 },
    ]);
    expect(r.changes[0]).toMatchObject({ uncertain: true, b: { source: 'ocr' } });
    expect(r.changes[0]!.confidence).toBeGreaterThan(0.5);
    expect(r.changes[2]!.uncertain).toBe(false); // page 7 of the draft is digital
    // The same £1.164M printed again later stays paired with its own counterpart: not a change.
    expect(r.changes.filter((c) => c.kind === 'amount')).toHaveLength(1);
  });

  it('reports the reference, a reworded and an added recommendation and a date, once each', () => {
    const r = run(join(COMPARE, 'pcd1489-final.a.digital.pdf'), join(COMPARE, 'pcd1489-draft.c.digital.pdf'));
    expect(r.changes.map((c) => [c.kind, c.change, c.what])).toEqual([
      ['field', 'changed', 'reference'],
      ['recommendation', 'reworded', 'recommendation 1'],
      ['recommendation', 'added', 'recommendation 2'],
      ['date', 'changed', 'other'],
    ]);
    expect(r.changes[0]).toMatchObject({ old: 'PCD 1489', new: 'PCD 1498' });
    expect(r.changes[1]!.a).toMatchObject({ text: 'are proposed to' });
    expect(r.changes[1]!.b).toMatchObject({ text: 'will' });
    expect(r.changes[2]).toMatchObject({ new: expect.stringMatching(/^Delegate authority/), oldPage: null, newPage: 1 });
    expect(r.changes[3]).toMatchObject({ oldValue: '2023-04-12', newValue: '2023-04-19' });
  });

  it('finds the same changes in a scan of the draft, each marked uncertain', () => {
    const r = run(join(COMPARE, 'pcd1489-final.a.digital.pdf'), join(COMPARE, 'pcd1489-draft.c.scanned.pdf'));
    expect(r.changes.map((c) => [c.kind, c.change, c.what])).toEqual([
      ['field', 'changed', 'reference'],
      ['recommendation', 'reworded', 'recommendation 1'],
      ['recommendation', 'added', 'recommendation 2'],
      ['date', 'changed', 'other'],
    ]);
    expect(r.changes.every((c) => c.uncertain && c.confidence !== null)).toBe(true);
  });

  it('takes A as the old side: swapped, an addition becomes a removal', () => {
    const r = run(join(COMPARE, 'pcd1489-draft.c.digital.pdf'), join(COMPARE, 'pcd1489-final.a.digital.pdf'));
    expect(r.changes.find((c) => c.kind === 'recommendation' && c.change !== 'reworded')).toMatchObject({ change: 'removed', oldPage: 1, newPage: null });
    expect(r.changes.find((c) => c.kind === 'date')).toMatchObject({ oldValue: '2023-04-19', newValue: '2023-04-12' });
  });
});

describe('sides', () => {
  it('takes a SHA-256 prefix or a file; a reference matching several documents lists them', () => {
    withDb(openDbReadOnly(db), (d) => {
      const sha = resolveSide(d, join(COMPARE, 'kent115.a.digital.pdf'), 'A');
      expect(resolveSide(d, sha.slice(0, 10), 'A')).toBe(sha);
      expect(() => resolveSide(d, 'PCD 679', 'A')).toThrow(/matches 4 documents[\s\S]*pcd679-final\.a\.digital\.pdf/);
      expect(resolveSide(d, 'PCD 1489', 'A')).toBe(resolveSide(d, join(COMPARE, 'pcd1489-final.a.digital.pdf'), 'A'));
      expect(() => resolveSide(d, 'PCD 9999', 'B')).toThrow(/no document matches/);
    });
  });
});
