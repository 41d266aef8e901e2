import { describe, expect, it } from 'vitest';
import { CHECKS } from '../src/checks/index.ts';
import { textPage } from '../src/checks/text-page.ts';
import { extractFromPages as analyse } from '../src/pipeline/extract-from-pages.ts';

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
      expect(f.evidence.length).toBeGreaterThan(0);
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
});
