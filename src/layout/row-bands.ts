import type { Line } from './doc-lines.ts';
import type { Cell } from './form-cells.ts';

/** Cells whose left edges are this close (page-width fraction) are one column of a table row. */
const SAME_COLUMN = 0.03;

/**
 * Table rows whose cells wrapped over several lines, read back as one line each. A row's cells sit
 * centred in it, so its lines overlap vertically (each starts less than 0.8 of a line height below
 * the one before, where separate rows and ordinary lines start a full line or more apart); the
 * lines of such a band are regrouped by column, each column's words in reading order, and joined
 * with tabs between columns ("Rotary Club | £162.50 subsidised letting | To cover the cost of ...").
 * Lines outside bands, and bands with no two columns, are returned as they are.
 */
export function mergeRowBands(lines: readonly Line[], cells: ReadonlyMap<number, Cell[]>): Line[] {
  const out: Line[] = [];
  let band: Line[] = [];
  const first = (l: Line) => cells.get(l.index)?.[0];
  const flush = () => {
    const merged = band.length > 1 ? mergeBand(band, cells) : null;
    if (merged) out.push(merged);
    else out.push(...band);
    band = [];
  };
  for (const line of lines) {
    const prev = band[band.length - 1];
    const [a, b] = [prev && first(prev), first(line)];
    const overlaps = !!prev && !!a && !!b && line.page === prev.page && b.y - a.y < 0.8 * Math.min(a.h, b.h) && b.y >= a.y;
    if (!overlaps) flush();
    band.push(line);
  }
  flush();
  return out;
}

/** One band's cells regrouped by column into one line, or null when it holds a single column (not a table row). */
function mergeBand(band: readonly Line[], cells: ReadonlyMap<number, Cell[]>): Line | null {
  const all = band.flatMap((l) => cells.get(l.index) ?? []).sort((a, b) => a.x0 - b.x0);
  const columns: Cell[][] = [];
  for (const c of all) {
    const col = columns[columns.length - 1];
    if (col && c.x0 - col[0]!.x0 < SAME_COLUMN) col.push(c);
    else columns.push([c]);
  }
  if (columns.length < 2) return null;
  const text = columns.map((col) => col.sort((a, b) => a.y - b.y).map((c) => c.text).join(' ')).join('\t');
  return { ...band[0]!, text, rightEdge: Math.max(...band.map((l) => l.rightEdge ?? 0)) };
}
