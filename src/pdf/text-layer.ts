import { pdfjs, type PDFPageProxy } from './pdfjs.ts';
import type { PageText } from '../record/index.ts';
import { layoutWords, type LaidWord } from '../layout/page-text.ts';

interface Run {
  str: string;
  /** Left, baseline and font size in viewport units (top-left origin). */
  x: number;
  base: number;
  size: number;
  width: number;
  /** Set in a bold face (known only when fonts were read). */
  bold?: boolean;
}

/**
 * Reads a page's text layer into lines in reading order, with a box and font size for every word.
 * With `fonts`, also which words are bold: that needs the operator list (pdf.js loads fonts only
 * then), so callers ask for it on header pages only.
 */
export async function readTextLayer(page: PDFPageProxy, opts: { fonts?: boolean } = {}): Promise<PageText> {
  const content = await page.getTextContent();
  const viewport = page.getViewport({ scale: 1, rotation: readingRotation(page, content.items) });
  // Weights need the operator list, which decodes every image: only worth it on a page with text.
  const hasText = content.items.some((i) => 'str' in i && i.str.trim());
  const bold = opts.fonts && hasText ? await boldFonts(page, content) : new Set<string>();
  const runs: Run[] = [];
  for (const item of content.items) {
    if (!('str' in item) || !item.str.trim()) continue;
    const t = pdfjs().Util.transform(viewport.transform, item.transform);
    if (!Number.isFinite(t[4]) || !Number.isFinite(t[5])) continue; // a damaged text matrix places it nowhere
    const size = Math.hypot(t[2], t[3]) || Math.abs(item.height) || 1;
    runs.push({ str: item.str, x: t[4], base: t[5], size, width: Math.abs(item.width) || size * item.str.length * 0.5, bold: bold.has(item.fontName) });
  }
  return layoutWords(runsToWords(groupLines(runs), viewport.width, viewport.height));
}

/**
 * The view rotation (degrees) in which most of the page's text runs left to right: the page's own
 * /Rotate, unless its text is turned another way (a sideways table, a page fed upside down), so
 * that lines are read as lines. Word boxes are then in that view.
 */
function readingRotation(page: PDFPageProxy, items: Awaited<ReturnType<PDFPageProxy['getTextContent']>>['items']): number {
  const view = page.getViewport({ scale: 1 }).transform;
  const chars = [0, 0, 0, 0];
  for (const item of items) {
    if (!('str' in item) || !item.str.trim()) continue;
    const t = pdfjs().Util.transform(view, item.transform);
    // Quarter turns clockwise (the view's y runs down) from left-to-right to the text's direction.
    chars[Math.round(Math.atan2(t[1], t[0]) / (Math.PI / 2)) & 3]! += item.str.length;
  }
  const turn = chars.indexOf(Math.max(...chars));
  return (page.rotate + 360 - turn * 90) % 360;
}

/** Groups runs whose baselines are within half a font size into lines, top to bottom, left to right. */
export function groupLines(runs: readonly Run[]): Run[][] {
  const sorted = [...runs].sort((a, b) => a.base - b.base || a.x - b.x);
  const lines: Run[][] = [];
  for (const run of sorted) {
    const line = lines[lines.length - 1];
    const first = line?.[0];
    if (line && first && Math.abs(run.base - first.base) <= Math.min(run.size, first.size) * 0.5) line.push(run);
    else lines.push([run]);
  }
  return lines.map((l) => l.sort((a, b) => a.x - b.x));
}

function runsToWords(lines: readonly Run[][], pageW: number, pageH: number): LaidWord[] {
  const words: LaidWord[] = [];
  let prevBase: number | null = null;
  let prevSize = 0;
  for (const line of lines) {
    const first = line[0]!;
    const lineGap = prevBase === null ? 0 : first.base - prevBase;
    let sep: LaidWord['sep'] = prevBase === null ? '' : lineGap > Math.max(prevSize, first.size) * 1.9 ? '\n\n' : '\n';
    let prevEnd: number | null = null;
    let prevSpace = false;
    for (const run of line) {
      const gap = prevEnd === null ? 0 : run.x - prevEnd;
      // A gap wider than two font sizes separates table columns or form fields.
      if (prevEnd !== null) sep = gap > run.size * 2 ? '\t' : gap > run.size * 0.15 ? ' ' : '';
      if (sep === '' && prevEnd !== null && (/^\s/.test(run.str) || prevSpace)) sep = ' ';
      splitRun(run, pageW, pageH).forEach((w, i) => {
        const glue = i === 0 ? sep : ' ';
        if (glue === '' && words.length && prevEnd !== null) {
          const last = words[words.length - 1]!;
          words[words.length - 1] = { ...last, text: last.text + w.text, box: { ...last.box, w: w.box.x + w.box.w - last.box.x } };
        } else words.push({ ...w, sep: glue });
      });
      prevEnd = run.x + run.width;
      prevSpace = /\s$/.test(run.str);
    }
    prevBase = first.base;
    prevSize = first.size;
  }
  return words;
}

/** Splits a run into words, placing each by the approximate advance widths of the characters before it. */
function splitRun(run: Run, pageW: number, pageH: number): Omit<LaidWord, 'sep'>[] {
  // pdf.js gives one width per run: share it out by typical glyph widths, so words late in a long run of a
  // proportional font do not drift (an "i" is a third of an "m").
  const widths = [...run.str].map(glyphWidth);
  const scale = run.width / Math.max(1e-6, widths.reduce((a, b) => a + b, 0));
  const offsets = widths.reduce<number[]>((acc, w) => (acc.push(acc[acc.length - 1]! + w * scale), acc), [0]);
  const out: Omit<LaidWord, 'sep'>[] = [];
  for (const m of run.str.matchAll(/\S+/g)) {
    const i = m.index ?? 0;
    const x = run.x + offsets[i]!;
    const w = offsets[i + m[0].length]! - offsets[i]!;
    const top = run.base - run.size * 0.85;
    out.push({ text: m[0], conf: null, size: run.size / pageH, bold: run.bold, box: { x: x / pageW, y: top / pageH, w: w / pageW, h: (run.size * 1.1) / pageH } });
  }
  return out;
}

/** Typical advance width of a character in ems (Helvetica/Times-like averages; relative sizes are what matter). */
export function glyphWidth(c: string): number {
  if (/[iljI.,:;'|!]/.test(c)) return 0.26;
  if (c === ' ') return 0.27;
  if (/[frt()\-\/[\]]/.test(c)) return 0.36;
  if (/[mwMW@]/.test(c)) return 0.86;
  if (/[A-Z£%&]/.test(c)) return 0.68;
  if (/[0-9]/.test(c)) return 0.53;
  return 0.51;
}

/** Names of the page's fonts whose face is bold (from the embedded font's name, e.g. `ABCDEF+Arial-BoldMT`). */
async function boldFonts(page: PDFPageProxy, content: Awaited<ReturnType<PDFPageProxy['getTextContent']>>): Promise<Set<string>> {
  const out = new Set<string>();
  try {
    await page.getOperatorList();
    const objs = page.commonObjs as unknown as { has(id: string): boolean; get(id: string): { name?: string; bold?: boolean; black?: boolean } };
    for (const id of new Set(content.items.flatMap((i) => ('fontName' in i ? [i.fontName] : [])))) {
      if (!objs.has(id)) continue;
      const font = objs.get(id);
      if (font.bold || font.black || /bold|black|heavy|semibold|demi/i.test(font.name ?? '')) out.add(id);
    }
  } catch {
    // Fonts are a hint for titles; a page whose fonts cannot be read is still read, without weights.
  }
  return out;
}
