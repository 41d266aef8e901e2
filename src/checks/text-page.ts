import { layoutWords, type LaidWord } from '../layout/page-text.ts';
import type { ExtractPage } from '../layout/doc-lines.ts';

/**
 * Builds a text-layer page from plain text on a fixed grid (1 character = 1/100 of the width, 1 line =
 * 1/60 of the height), so examples and tests can hold aligned tables. Two or more spaces separate cells.
 */
export function textPage(number: number, text: string): ExtractPage {
  const laid: LaidWord[] = [];
  let blank = false;
  text.split('\n').forEach((line, row) => {
    if (!line.trim()) {
      blank = true;
      return;
    }
    let first = true;
    for (const m of line.matchAll(/\S+/g)) {
      const col = m.index ?? 0;
      const gapBefore = col > 0 && /\s{2,}$/.test(line.slice(0, col));
      laid.push({
        text: m[0],
        conf: null,
        box: { x: col / 100, y: row / 60, w: m[0].length / 100, h: 1 / 60 },
        sep: first ? (laid.length ? (blank ? '\n\n' : '\n') : '') : gapBefore ? '\t' : ' ',
      });
      first = false;
    }
    blank = false;
  });
  return { number, source: 'text', ...layoutWords(laid) };
}
