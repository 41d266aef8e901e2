import { describe, expect, it } from 'vitest';
import { isImplausibleWord, measureText, routePage } from '../src/route/route-page.ts';

const prose = 'The Deputy Mayor for Policing and Crime is recommended to approve the release of capital funding for the procurement of a management server. '.repeat(3);

describe('routePage', () => {
  it('uses a real text layer', () => {
    const r = routePage(measureText(prose, 0));
    expect(r.source).toBe('text');
    expect(r.reason).toMatch(/text layer/);
  });
  it('OCRs a page with no text', () => {
    expect(routePage(measureText('', 1))).toMatchObject({ source: 'ocr', reason: expect.stringMatching(/no text layer/) });
    expect(routePage(measureText('  \n ', 0)).source).toBe('ocr');
  });
  it('OCRs a scan with only a few words over it (a stamp, a page number)', () => {
    const r = routePage(measureText('Page 1 RECEIVED 3 Sep 2018', 0.98));
    expect(r).toMatchObject({ source: 'ocr', reason: expect.stringMatching(/scanned image covers 98%/) });
  });
  it('keeps the text layer of a scan that already carries a full OCR layer', () => {
    expect(routePage(measureText(prose, 1)).source).toBe('text');
  });
  it('keeps a short digital page with no image (a near-blank page)', () => {
    expect(routePage(measureText('Appendix A', 0)).source).toBe('text');
  });
  it('OCRs a garbled text layer: unmapped glyphs', () => {
    const garbled = 'Th\uFFFD \uFFFD\uFFFDpu\uFFFD\uFFFD M\uFFFD\uFFFD\uFFFD '.repeat(20);
    expect(routePage(measureText(garbled, 0))).toMatchObject({ source: 'ocr', reason: expect.stringMatching(/unmapped/) });
  });
  it('OCRs a garbled text layer: implausible words (a font without a Unicode map)', () => {
    const junk = Array.from({ length: 40 }, (_, i) => ['#$%&', 'xzqwrt', '!!@@', 'bcdfgh'][i % 4]).join(' ');
    expect(routePage(measureText(junk, 0))).toMatchObject({ source: 'ocr', reason: expect.stringMatching(/implausible/) });
  });
  it('does not take a table of figures for garbage', () => {
    const table = '2017/18 2018/19 £000 104 80.1 182.3 189.8 196.5 752.7 30 50 32 18 19 20 20 77 '.repeat(3);
    expect(routePage(measureText(table, 0)).source).toBe('text');
  });
  it('honours --ocr always / never', () => {
    expect(routePage(measureText(prose, 0), 'always').source).toBe('ocr');
    expect(routePage(measureText('', 1), 'never').source).toBe('text');
  });
});

describe('isImplausibleWord', () => {
  it('accepts words, acronyms and numbers', () => {
    for (const w of ['Management', 'MOPAC', 'ANPR', '£1.164M', '2019/20', 'PCD', "Mayor's", 'rhythm']) expect(isImplausibleWord(w)).toBe(false);
  });
  it('rejects symbol soup and vowel-less runs', () => {
    for (const w of ['#$%&', 'xzqwrtk', '@@!!', 'bcdfghjk']) expect(isImplausibleWord(w)).toBe(true);
  });
});

describe('coverageMatters', () => {
  it('is true exactly when the image coverage could change the route', async () => {
    const { coverageMatters } = await import('../src/route/route-page.ts');
    for (const text of [prose, 'Appendix A', 'Page 1 RECEIVED 3 Sep 2018', '']) {
      const f = measureText(text, 0);
      const changes = [0, 0.3, 0.7, 1].some((c) => routePage(measureText(text, c)).source !== routePage(f).source);
      if (changes) expect(coverageMatters(f)).toBe(true);
    }
    expect(coverageMatters(measureText(prose, 0))).toBe(false);
  });
});
