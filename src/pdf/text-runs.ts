import { layoutWords, type LaidWord } from '../layout/page-text.ts';
import type { PageText } from '../record/index.ts';

/** A run of text as a PDF reader gives it (pdf.js text items, poppler fragments): one string, one width. */
export interface Run {
  str: string;
  /** Left, baseline and font size in viewport units (top-left origin). */
  x: number;
  base: number;
  size: number;
  width: number;
  /** Set in a bold face (known only when fonts were read). */
  bold?: boolean;
  /** Gap (in font sizes) from the run before above which a space is read; default 0.15. A reader that gives whole words (poppler splits at spaces) sets it low. */
  spaceGap?: number;
}

/** Lays runs out as page text: lines top to bottom, words placed within each run. `pageW`/`pageH` in the runs' units. */
export function layoutRuns(runs: readonly Run[], pageW: number, pageH: number): PageText {
  return layoutWords(runsToWords(groupLines(runs), pageW, pageH));
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

export function runsToWords(lines: readonly Run[][], pageW: number, pageH: number): LaidWord[] {
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
      if (prevEnd !== null) sep = gap > run.size * 2 ? '\t' : gap > run.size * (run.spaceGap ?? 0.15) ? ' ' : '';
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
  return WIDTHS.get(c) ?? 0.51;
}

const WIDTHS = new Map<string, number>([
  ...[...'frt()-/[]'].map((c) => [c, 0.36] as const),
  ...[...'ABCDEFGHJKLNOPQRSTUVXYZ£%&'].map((c) => [c, 0.68] as const),
  ...[...'0123456789'].map((c) => [c, 0.53] as const),
  ...[...'mwMW@'].map((c) => [c, 0.86] as const),
  ...[...'iljI.,:;\'|!'].map((c) => [c, 0.26] as const),
  [' ', 0.27],
]);

