// Every fixture PDF's record against its hand-checked truth (fixtures/truth, the shape ../shared/eval reads),
// through the whole pipeline with recorded OCR replayed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingest } from '../src/ingest/ingest.ts';
import { readRecords } from '../src/export/export-records.ts';
import { openDbReadOnly, withDb } from '../src/db/open-db.ts';
import type { DecisionRecord } from '../src/record/index.ts';
import { FIXTURE_PDFS, ROOT, replayEngine, tempDir } from './helpers.ts';

interface Truth {
  file: string; reference: string; title: string; authority: string; decisionDate: string | null; deadline: string | null;
  headlineAmount: number | null; keyAmounts: number[]; allAmounts: number[]; recommendationCount: number | null;
  recommendationStarts: string[]; foiaSections: number[]; part2: boolean | null; part1Deferred: boolean | null;
  /** Named recipients (absent in older truth files). */
  recipients?: { name: string; amount: number | null }[];
  flagsExpected: string[]; flagsForbidden: string[];
}
// The shared fixtures' truth, and ours for a genre they lack (fixtures/extra: a council record, digital and scanned).
const truths: Truth[] = ['fixtures/truth', 'fixtures/extra-truth'].flatMap((dir) =>
  readdirSync(join(ROOT, dir)).sort().map((f) => JSON.parse(readFileSync(join(ROOT, dir, f), 'utf8')) as Truth),
);

/**
 * Known gaps, each with its reason. The draft prints a grand total of 762.7 where its rows sum to 752.7:
 * docket reports the printed figure and flags the sum; it does not invent the unprinted 752.7 as an amount.
 */
const KNOWN_GAPS: Record<string, { keyAmounts?: number[] }> = { 'pcc089-2017-draft.scanned.pdf': { keyAmounts: [752700] } };

const norm = (s: unknown) => String(s ?? '').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').trim();
const near = (a: number, b: number) => Math.abs(a - b) <= Math.max(1, Math.abs(b) * 0.005);

describe('golden records of the fixture PDFs', () => {
  const byFile = new Map<string, DecisionRecord>();
  beforeAll(async () => {
    const db = join(tempDir(), 'golden.db');
    await ingest({ inputs: [FIXTURE_PDFS, join(ROOT, 'fixtures/extra')], db, engine: replayEngine() });
    withDb(openDbReadOnly(db), (d) => {
      for (const r of readRecords(d)) byFile.set(r.file.split('/').pop()!, r);
    });
  });

  describe.each(truths.map((t) => [t.file, t] as const))('%s', (file, t) => {
    const rec = () => byFile.get(file)!;
    it('identifies the decision', () => {
      expect(norm(rec().reference).replace(/ /g, '')).toBe(norm(t.reference).replace(/ /g, ''));
      expect(norm(rec().title)).toBe(norm(t.title));
      expect(norm(rec().authority)).toContain(norm(t.authority).split(' ')[0]);
    });
    it('dates the decision and its deadline', () => {
      expect(rec().decisionDate).toBe(t.decisionDate);
      if (t.deadline) expect(rec().dates.filter((d) => d.role === 'deadline').map((d) => d.date)).toContain(t.deadline);
    });
    it('finds the money: key figures, headline, nothing that is not money', () => {
      const values = rec().amounts.map((a) => a.value);
      const gaps = KNOWN_GAPS[file]?.keyAmounts ?? [];
      for (const k of t.keyAmounts.filter((k) => !gaps.includes(k))) expect(values.some((v) => near(v, k)), `key amount ${k}`).toBe(true);
      if (t.headlineAmount !== null) expect(rec().headlineAmount).toBeCloseTo(t.headlineAmount, 0);
      expect(values.filter((v) => !t.allAmounts.some((k) => near(v, k)))).toEqual([]);
      for (const a of rec().amounts) expect(a.page).toBeGreaterThan(0);
    });
    it('lists the recommendations', () => {
      if (t.recommendationCount === null) return;
      const recs = rec().recommendations;
      expect(recs).toHaveLength(t.recommendationCount);
      t.recommendationStarts.forEach((s, i) => expect(norm(recs[i]!.text).startsWith(norm(s))).toBe(true));
    });
    it('names the recipients as the truth does (none invented where it names none)', () => {
      if (!Array.isArray(t.recipients)) return;
      expect(rec().recipients.map((r) => norm(r.name)).sort()).toEqual(t.recipients.map((r) => norm(r.name)).sort());
    });
    it('reads the exemptions', () => {
      expect(rec().exemptions.foiaSections).toEqual([...t.foiaSections].sort((a, b) => a - b));
      if (t.part2 !== null) expect(rec().exemptions.part2).toBe(t.part2);
      if (t.part1Deferred !== null) expect(rec().exemptions.part1Deferred).toBe(t.part1Deferred);
    });
    it('raises the expected flags and none of the forbidden ones', () => {
      const codes = rec().flags.map((f) => f.code);
      for (const c of t.flagsExpected) expect(codes).toContain(c);
      for (const c of t.flagsForbidden) expect(codes).not.toContain(c);
    });
  });
});
