import type { Run } from '../text-runs.ts';

/** One page as poppler read it: its size and its text runs (points for `pdftotext -tsv`, points times the zoom for `pdftohtml -xml`). */
export interface PopplerPage {
  /** 1-based page number. */
  number: number;
  /** Page width and height in the output's units (points times the zoom); boxes are fractions of these. */
  width: number;
  height: number;
  runs: Run[];
  /** Signs of text not set left to right (sideways words, lines read right to left): such a page is better read by pdf.js, which turns the view. */
  sideways: number;
}

// pdf.js folds ligatures, presentation forms and odd spaces to their plain forms (NFKC on those only); so do we,
// so that both readers give the same text.
const COMPAT = /[\u00a0\u2000-\u200a\u202f\ufb00-\ufb06\ufb13-\ufb17\ufb1d-\ufb4f\ufb50-\ufdff\ufe70-\ufeff]+/gu;
export const normaliseGlyphs = (s: string) => s.replace(COMPAT, (m) => m.normalize('NFKC'));

/**
 * poppler's word boxes run from the font's ascent to its descent (1.1 to 1.4 font sizes tall, by
 * font): the baseline sits ~76% of the way down, and the size is taken as the box height over 1.2.
 */
const BASELINE = 0.76;
const HEIGHT_PER_SIZE = 1.2;
/** poppler ends a word at a space or a gap of 0.1 font sizes, or where the font changes (no gap): any real gap is a space. */
const WORD_GAP = 0.05;

/**
 * Parses `pdftotext -tsv` output into pages of one-word runs (left, baseline, size, width; points,
 * top-left origin), the shape pdf.js's reader builds, so one layout code path reads both. Words set
 * sideways (taller than wide, three letters or more) or upside down (a line read right to left) are
 * counted: such pages are left to pdf.js, which turns the view to the text.
 */
export function parsePopplerTsv(tsv: string): PopplerPage[] {
  const pages: PopplerPage[] = [];
  // The line (block, paragraph, line numbers) and left edge of the word before: one line's words come in reading order.
  let prevLine = '';
  let prevX = 0;
  for (const line of tsv.split('\n')) {
    const f = line.split('\t');
    if (f.length < 12) continue;
    const level = f[0];
    if (level === '1') {
      pages.push({ number: Number(f[1]), width: Number(f[8]), height: Number(f[9]), runs: [], sideways: 0 });
      continue;
    }
    const page = pages[pages.length - 1];
    if (level !== '5' || !page || Number(f[1]) !== page.number) continue;
    const str = normaliseGlyphs(f.length === 12 ? f[11]! : f.slice(11).join('\t'));
    if (!str.trim()) continue;
    const x = Number(f[6]);
    const top = Number(f[7]);
    const width = Number(f[8]);
    const height = Number(f[9]);
    if (!(Number.isFinite(x) && Number.isFinite(top) && Number.isFinite(width) && Number.isFinite(height))) continue;
    if (str.length >= 3 && height > width * 1.5) page.sideways++;
    // Words of one line come in reading order: running right to left, the page is upside down.
    const at = `${f[1]}:${f[2]}:${f[3]}:${f[4]}`;
    if (prevLine === at && x < prevX) page.sideways++;
    prevLine = at;
    prevX = x;
    page.runs.push({ str, x, base: top + height * BASELINE, size: height / HEIGHT_PER_SIZE || 1, width, spaceGap: WORD_GAP });
  }
  return pages;
}

/**
 * Reads the header pages' fonts (`fonts`: the same pages as `pdftohtml -xml` read them, in its own
 * units) onto `pages`: words inside bold spans are marked bold, and the words' box heights over
 * their fragments' font sizes give the document's height-per-size, by which every page's sizes and
 * baselines are set (poppler's boxes follow each font's bounding box, 1.1 to 1.4 sizes tall).
 */
export function applyFonts(pages: PopplerPage[], fonts: readonly PopplerPage[]): void {
  const ratios: number[] = [];
  const known = new Map<Run, number>();
  for (const font of fonts) {
    const page = pages.find((p) => p.number === font.number);
    if (!page) continue;
    const k = page.width / (font.width || 1);
    const spans = font.runs.map((r) => ({ bold: r.bold, size: r.size * k, x0: r.x * k, x1: (r.x + r.width) * k, y0: (r.base - r.size) * k, y1: r.base * k }));
    for (const run of page.runs) {
      const cx = run.x + run.width / 2;
      const cy = run.base - run.size * 0.4;
      const span = spans.find((s) => cx >= s.x0 && cx <= s.x1 && cy >= s.y0 && cy <= s.y1);
      if (!span) continue;
      if (span.bold) run.bold = true;
      if (span.size <= 0) continue;
      ratios.push((run.size * HEIGHT_PER_SIZE) / span.size);
      known.set(run, span.size);
    }
  }
  ratios.sort((a, b) => a - b);
  const median = ratios[Math.floor(ratios.length / 2)];
  const ratio = median && median >= 0.8 && median <= 2 ? median : HEIGHT_PER_SIZE;
  // A word whose font was read keeps that font's size; the others are sized by the document's usual ratio.
  for (const page of pages) for (const run of page.runs) run.size = known.get(run) ?? (run.size * HEIGHT_PER_SIZE) / ratio;
}
