import { describe, expect, it } from 'vitest';
import { CHECKS } from '../src/checks/index.ts';
import { textPage } from '../src/checks/text-page.ts';
import { runChecks } from '../src/checks/run-checks.ts';
import { extractRecord } from '../src/extract/extract-record.ts';
import type { ExtractPage } from '../src/record/index.ts';

/** A rule's own behaviour, whatever type the classifier gives a fragment (an unknown type runs every check). */
const analyse = (pages: readonly ExtractPage[]) => {
  const { record, ctx } = extractRecord(pages);
  return { extracted: { ...record, flags: runChecks({ ...record, documentType: null }, ctx) } };
};
const flagsOf = (pages: string[]) => analyse(pages.map((t, i) => textPage(i + 1, t))).extracted.flags;

// Each rule's own examples are its tests: ok documents raise none of its flags, not-ok ones raise at least one.
describe.each(CHECKS.map((c) => [c.id, c] as const))('check %s', (id, check) => {
  it.each(check.examples.ok.map((pages, i) => [i, pages] as const))('ok example %i raises no flag', (_i, pages) => {
    expect(flagsOf(pages).filter((f) => f.code === id)).toEqual([]);
  });
  it.each(check.examples.notOk.map((pages, i) => [i, pages] as const))('not-ok example %i is flagged', (_i, pages) => {
    const flags = flagsOf(pages).filter((f) => f.code === id);
    expect(flags.length).toBeGreaterThan(0);
    for (const f of flags) {
      expect(f.message).toMatch(/^Expected .+, found /);
      expect(f.explanation.length).toBeGreaterThan(20);
      expect(f.evidence.length).toBeGreaterThan(0);
      for (const e of f.evidence) expect(e).toHaveProperty('box');
      expect(f.severity).toBe(check.severity);
    }
  });
});

describe('checks on OCR values', () => {
  it('says when a flag rests on an OCR reading, with its confidence', () => {
    const page = textPage(1, 'Recommendation:\nThe Deputy Mayor is recommended to approve:\n1. The release of £1.164M capital funding for a server.\n\n3. Financial Comments\n3.1. The required capital spend of £1.46m is funded in the capital plan.');
    const ocr = { ...page, source: 'ocr' as const, words: page.words.map((w) => ({ ...w, conf: 0.93 })) };
    const flag = analyse([ocr]).extracted.flags.find((f) => f.code === 'amount-mismatch');
    expect(flag?.message).toMatch(/OCR confidence 0\.93/);
  });

  it('repairs a misread table cell only when its row and its column both require the same value', () => {
    const table = '                 2017/18   2018/19   TOTAL\n                 £000      £000      £000\nServer           30        20        50\nLicences         22        24        24.1\nTOTAL Costs      52        22.1      74.1\n\nThis is the end of the table and prose follows.';
    const page = textPage(1, table);
    // "24" read with low confidence where the sums need 2.1: repaired, no sum-mismatch.
    const ocr = { ...page, source: 'ocr' as const, words: page.words.map((w) => ({ ...w, conf: w.text === '24' ? 0.6 : 0.95 })) };
    const out = analyse([ocr]).extracted;
    expect(out.flags.filter((f) => f.code === 'sum-mismatch')).toEqual([]);
    expect(out.amounts.find((a) => a.text === '24')).toMatchObject({ value: 2100, confidence: 0.5 });
    // The same misreading with high confidence is not repaired: it is a real discrepancy.
    const sure = { ...page, source: 'ocr' as const, words: page.words.map((w) => ({ ...w, conf: 0.95 })) };
    expect(analyse([sure]).extracted.flags.map((f) => f.code)).toContain('sum-mismatch');
  });
});

describe('OCR slips in figures', () => {
  it('repairs a lost decimal point only against a printed twin, marked with lower confidence', () => {
    const page = textPage(1, 'Recommendation:\nThe DMPC is recommended to approve:\n1. The release of £1164M capital funding for a management server.\n\n3. Financial Comments\n3.1. The required capital spend of £1.164M is funded in the capital plan.');
    const ocr = { ...page, source: 'ocr' as const, words: page.words.map((w) => ({ ...w, conf: 0.9 })) };
    const out = analyse([ocr]).extracted;
    expect(out.amounts.find((a) => a.text === '£1164M')).toMatchObject({ value: 1164000, confidence: 0.5, repair: expect.stringMatching(/decimal point/) });
    expect(out.flags.filter((f) => f.code === 'amount-mismatch')).toEqual([]);
    // From the text layer (no OCR) the printed figure stands: the documents disagree.
    expect(analyse([page]).extracted.flags.map((f) => f.code)).toContain('amount-mismatch');
  });

  it('leaves a figure grouped by thousands as read, whatever slip its twin has ("£2,000,000" beside the paper\'s "£2,000.000")', () => {
    const page = textPage(1, 'Recommendation:\nThe DMPC is recommended to approve a procurement with an estimated annual value of £2,000.000.\n\n1. Financial Comments\n1.1. The estimated cost is £2,000,000 per annum with total cost over six years of £12,000,000.');
    const ocr = { ...page, source: 'ocr' as const, words: page.words.map((w) => ({ ...w, conf: 0.9 })) };
    expect(analyse([ocr]).extracted.amounts.find((a) => a.text === '£2,000,000')).toMatchObject({ value: 2e6 });
  });

  it('reads a unit a scan set apart on the next line ("£0.250" / gap / "million to be funded")', () => {
    const page = textPage(1, 'Resolved that the Portfolio Holder approves the addition to the capital programme at an estimated cost of £0.250\n\nmillion to be funded from S106 receipts.');
    expect(analyse([page]).extracted.amounts.map((a) => a.value)).toEqual([250000]);
  });
});

describe('a yearly figure over a term', () => {
  it('checks a total against its yearly figure and term, but takes a figure said again as yearly for no total', () => {
    const sums = (text: string) => flagsOf([text]).filter((f) => f.code === 'sum-mismatch').map((f) => f.message);
    expect(sums('Decision\nTo approve the award of £60,000 to the Northway Trust (£22,000 a year over three years).')).toEqual([expect.stringMatching(/Expected £66,000/)]);
    expect(sums('Decision\nTo continue with the award of £22,000 to the Northway Trust (£22,000 a year over three years).')).toEqual([]);
  });
});

describe('checks scoped by document type', () => {
  const pages = ['Recommendation:\nThe Deputy Mayor is recommended to approve:\n1. The release of £1.164M capital funding for a management server.\n\n3. Financial Comments\n3.1. The required capital spend of £1.46m is funded in the capital plan.'].map((t, i) => textPage(i + 1, t));
  const codesAs = (documentType: 'decision' | 'minutes' | null) => {
    const { record, ctx } = extractRecord(pages);
    return runChecks({ ...record, documentType }, ctx).map((f) => f.code);
  };
  it('runs a check only on the types it declares; an unknown type runs them all', () => {
    expect(CHECKS.every((c) => c.appliesTo.length > 0)).toBe(true);
    expect(codesAs('decision')).toContain('amount-mismatch');
    expect(codesAs(null)).toContain('amount-mismatch');
    expect(codesAs('minutes')).not.toContain('amount-mismatch');
  });
});

describe('table sums', () => {
  it('raises table-unverified (info), never sum-mismatch, on a table with a dropped row', () => {
    const flags = flagsOf(['                     Prior Years   2025-26   2026-27\n                     £000s         £000s     £000s\nAdult Social Care           3,939  549       515\nChildren             162,244       97,113    105,761\nTotal Cash Limit     166,183       97,662    106,276\n\nThe table ends and prose follows.']);
    expect(flags.map((f) => [f.code, f.severity])).toEqual([['table-unverified', 'info']]);
    expect(flags[0]!.explanation).toMatch(/162,244 = 162,244; stated total \("Total Cash Limit"\) 166,183/);
  });
  it('explains a mismatch with the rows used and the arithmetic, each quote boxed on its page', () => {
    const [flag] = flagsOf(['                 2017/18   2018/19   TOTAL\n                 £000      £000      £000\nServer           30        20        50\nLicences         2.1       2.2       4.3\nTOTAL Costs      32.1      22.2      64.3\n\nThis is the end of the table and prose follows.']).filter((f) => f.code === 'sum-mismatch');
    expect(flag!.message).toBe('Expected 54.3 (£000) for TOTAL Costs / TOTAL, the row and column sum of its parts, found 64.3');
    expect(flag!.explanation).toMatch(/^row 3 \("TOTAL Costs"\) of the table on page 1, columns 1-2: 32\.1 \+ 22\.2 = 54\.3; stated in column "TOTAL" 64\.3/);
    expect(flag!.explanation).toMatch(/rows 1-2 of the table on page 1, column "TOTAL": 50 \+ 4\.3 = 54\.3; stated total \("TOTAL Costs"\) 64\.3/);
    expect(flag!.evidence[0]).toMatchObject({ page: 1, text: 'TOTAL Costs / TOTAL: 64.3', box: { x: expect.any(Number), y: expect.any(Number) } });
  });
  it('does not compare figures for different years or different things', () => {
    const codes = flagsOf(['Recommendation:\nThe Cabinet is asked to approve £20.1m of savings from adult social care in 2025-26.\n\n2. Financial Implications\n2.1. Savings from adult social care of £21.0m in 2026-27 are planned.\n2.2. The capital programme of £20.5m covers school buildings.']).map((f) => f.code);
    expect(codes).not.toContain('amount-mismatch');
  });
});
