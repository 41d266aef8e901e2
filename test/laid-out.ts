// Pages laid out by position, as a text layer gives them: for tests of readers that look at cells and columns.
import type { textPage } from '../src/checks/text-page.ts';
import { extractFromPages } from '../src/pipeline/extract-from-pages.ts';
import { layoutWords } from '../src/layout/page-text.ts';

/** A row of cells as a text layer gives it: each cell's words from x (percent of the page width) at top y, the first cell on a new line (none before the page's first), the others after a tab. */
export const row = (y: number, cells: [number, string][], first = false) =>
  cells.flatMap(([x, t], c) => t.split(' ').map((w, k, ws) => ({ text: w, conf: null as number | null, box: { x: (x + ws.slice(0, k).join(' ').length + (k ? 1 : 0)) / 100, y, w: w.length / 100, h: 0.0135 }, sep: (k === 0 ? (c === 0 ? (first ? '' : '\n') : '\t') : ' ') as '' | '\n' | '\t' | ' ' })));

/** The record of a page whose text-layer lines (with their font sizes, where set) are followed by rows laid out by position. */
export const laidOutRecord = (page: ReturnType<typeof textPage>, laid: ReturnType<typeof row>) => {
  // (Each word keeps the break its text printed before it: a new line, a cell's tab or a space.)
  const gap = (k: number) => (k === 0 ? '' : page.text.slice(page.words[k - 1]!.offset + page.words[k - 1]!.text.length, page.words[k]!.offset));
  const sepOf = (g: string) => (g.includes('\n') ? '\n' : g.includes('\t') ? '\t' : ' ') as '\n' | '\t' | ' ';
  const words = [...page.words.map((w, k) => ({ text: w.text, conf: null, box: w.box, sep: sepOf(gap(k)), ...(w.size ? { size: w.size } : {}) })), ...laid];
  const pageOf = layoutWords(words.map((w, i) => ({ ...w, sep: i === 0 ? ('' as const) : w.sep })));
  return extractFromPages([{ number: 1, source: 'text', ...pageOf }]).extracted;
};

/** Lines of running text laid out one under another from top y, each a single cell at the left margin (a line's height apart). */
export const textRows = (top: number, texts: readonly string[]) => texts.flatMap((t, k) => row(top + k * 0.0167, [[8, t]]));
