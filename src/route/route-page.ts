import { z } from 'zod';

/** Measured facts about a page's text layer and images, the input of routing. */
export const PageFeatures = z
  .object({
    /** Non-whitespace characters in the text layer. */
    chars: z.number().int(),
    /** Whitespace-separated words in the text layer. */
    words: z.number().int(),
    /** Fraction (0..1) of characters that are replacement, private-use or control characters. */
    badGlyphRatio: z.number(),
    /** Fraction (0..1) of words (3+ letters) that no language would produce: no vowel, or odd mixes. */
    implausibleWordRatio: z.number(),
    /** Fraction (0..1) of the page area covered by its largest raster image. */
    imageCoverage: z.number(),
  })
  .strict();
export type PageFeatures = z.infer<typeof PageFeatures>;

/** Where a page's text comes from and why; the reason is stored with the page. */
export const Routing = z.object({ source: z.enum(['text', 'ocr']), reason: z.string() }).strict();
export type Routing = z.infer<typeof Routing>;

/** `auto` routes each page by its features; `always` / `never` force OCR or the text layer. */
export type OcrMode = 'auto' | 'always' | 'never';

/** Thresholds of the routing rules (chosen on the shared fixtures plus synthetic edge cases, see tests). */
export const ROUTING_LIMITS = {
  /** Below this many characters the text layer is too thin to stand for a page that shows an image. */
  minChars: 25,
  /** A scan covering more than this fraction of the page... */
  scanCoverage: 0.6,
  /** ...with fewer characters than this over it is a scanned page (stamp, header or a few labels). */
  charsOverScan: 200,
  maxBadGlyphRatio: 0.1,
  maxImplausibleWordRatio: 0.5,
  minWordsForPlausibility: 20,
} as const;

/** Decides, for one page, whether to use its text layer or OCR it, and says why. Pure. */
export function routePage(f: Readonly<PageFeatures>, mode: OcrMode = 'auto'): Routing {
  const L = ROUTING_LIMITS;
  if (mode === 'never') return { source: 'text', reason: 'OCR disabled (--ocr never)' };
  if (mode === 'always') return { source: 'ocr', reason: 'OCR forced (--ocr always)' };
  const pct = (r: number) => `${Math.round(r * 100)}%`;
  if (f.chars === 0) return { source: 'ocr', reason: f.imageCoverage > 0 ? `no text layer; image covers ${pct(f.imageCoverage)} of the page` : 'no text layer' };
  if (f.badGlyphRatio > L.maxBadGlyphRatio)
    return { source: 'ocr', reason: `garbled text layer: ${pct(f.badGlyphRatio)} of characters unmapped` };
  if (f.words >= L.minWordsForPlausibility && f.implausibleWordRatio > L.maxImplausibleWordRatio)
    return { source: 'ocr', reason: `garbled text layer: ${pct(f.implausibleWordRatio)} of words implausible` };
  if (f.imageCoverage >= L.scanCoverage && f.chars < L.charsOverScan)
    return { source: 'ocr', reason: `scanned image covers ${pct(f.imageCoverage)} of the page with only ${f.chars} characters of text over it` };
  if (f.chars < L.minChars && f.imageCoverage > 0.1)
    return { source: 'ocr', reason: `too little text (${f.chars} characters) beside an image` };
  return { source: 'text', reason: `text layer: ${f.chars} characters, ${f.words} words` };
}

/** Whether image coverage can change this page's route: only a thin text layer is decided by what lies under it. */
export function coverageMatters(f: Readonly<PageFeatures>, mode: OcrMode = 'auto'): boolean {
  return mode === 'auto' && f.chars < ROUTING_LIMITS.charsOverScan && routePage(f, mode).source === 'text';
}

/** Measures a text layer for routing. */
export function measureText(text: string, imageCoverage: number): PageFeatures {
  const chars = text.replace(/\s/g, '');
  const bad = chars.match(/[\uFFFD\uE000-\uF8FF\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  const words = text.split(/\s+/).filter(Boolean);
  const judged = words.filter((w) => w.length >= 3);
  const implausible = judged.filter(isImplausibleWord).length;
  return {
    chars: chars.length,
    words: words.length,
    badGlyphRatio: chars.length ? bad / chars.length : 0,
    implausibleWordRatio: judged.length ? implausible / judged.length : 0,
    imageCoverage,
  };
}

/** A word no English document would print: mostly symbols, no vowel, or a long consonant run. */
export function isImplausibleWord(w: string): boolean {
  const alnum = w.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (alnum / w.length < 0.5) return true;
  const letters = w.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || /\d/.test(w)) return false; // numbers, codes, short words
  if (/^[A-Z]+$/.test(letters) && letters.length <= 8) return false; // acronyms: ANPR, MOPAC
  if (!/[aeiouyAEIOUY]/.test(letters)) return true;
  return /[bcdfghjklmnpqrstvwxz]{6,}/i.test(letters);
}
