import type { Line } from './doc-lines.ts';
import { overlapX, toCell, type Cell } from './form-cells.ts';

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
  // (A line's height is its tallest cell's: OCR boxes a row's small number no taller than its digits.)
  const height = (l: Line) => Math.max(0, ...(cells.get(l.index) ?? []).map((c) => c.h));
  const flush = () => {
    const merged = band.length > 1 ? mergeBand(band, cells) : null;
    if (merged) out.push(merged);
    else out.push(...band);
    band = [];
  };
  const middles = oddCellMiddles(lines, cells);
  for (const [i, line] of lines.entries()) {
    const prev = band[band.length - 1];
    const [a, b] = [prev && first(prev), first(line)];
    const overlaps = !!prev && !!a && !!b && line.page === prev.page && b.y - a.y < 0.8 * Math.min(height(prev), height(line)) && b.y >= a.y;
    // (The row of an odd-lined cell takes the line above it, and the line below it.)
    if (!overlaps && !middles.has(i - 1) && !(middles.has(i) && band.length === 1)) flush();
    band.push(line);
  }
  flush();
  return out;
}

/**
 * Table rows whose tallest cell wrapped over an odd number of lines: its middle line shares the row's
 * baseline, so the lines above and below it start a whole line away, as ordinary lines do. They are
 * told by their symmetry: one cell each, in one column, as far above the row as below it, each over
 * at most one of the row's cells. Returns the indexes (in `lines`) of such rows.
 */
function oddCellMiddles(lines: readonly Line[], cells: ReadonlyMap<number, Cell[]>): Set<number> {
  const out = new Set<number>();
  for (let i = 1; i + 1 < lines.length; i++) {
    const [up, row, down] = [lines[i - 1]!, lines[i]!, lines[i + 1]!].map((l): Cell[] => cells.get(l.index) ?? []) as [Cell[], Cell[], Cell[]];
    if (row.length < 2 || up.length !== 1 || down.length !== 1 || lines[i - 1]!.page !== lines[i + 1]!.page) continue;
    const [u, d] = [up[0]!, down[0]!];
    // (Measured on the row's own cell in that column, the cell's middle line: a row number set smaller sits lower.)
    const r = row.find((c) => overlapX(c, u) > 0) ?? row[0]!;
    const [above, below] = [r.y - u.y, d.y - r.y];
    if (above <= 0 || below <= 0 || Math.abs(above - below) > 0.25 * Math.max(above, below) || Math.max(above, below) > 2 * r.h || overlapX(u, d) === 0) continue;
    if (row.filter((c) => overlapX(c, u) > 0).length > 1 || row.filter((c) => overlapX(c, d) > 0).length > 1) continue;
    // (Each nearer the row than to the line on its other side: "Forum*" half a line under its own row is no top line of the next.)
    const gap = (a: Line | undefined, b: Line) => (a && a.page === b.page ? Math.abs((cells.get(b.index)?.[0]?.y ?? Infinity) - (cells.get(a.index)?.[0]?.y ?? Infinity)) : Infinity);
    if (gap(lines[i - 2], lines[i - 1]!) <= above || gap(lines[i + 2], lines[i + 1]!) <= below) continue;
    out.add(i);
  }
  return out;
}

/**
 * A cell cut where another line of its band starts a column inside it: "9 Community Enterprises" between
 * "Islay and Jura" and "Ltd" is the row's number and the middle of its party's name, run together where
 * the gap between them was narrow.
 */
function splitAtColumns(cell: Cell, band: readonly Cell[]): Cell[] {
  const starts = band.filter((c) => c.line !== cell.line && c.x0 > cell.x0 && c.x0 < cell.x1).map((c) => c.x0);
  const words = [...cell.words];
  const cut = words.findIndex((w, k) => k > 0 && starts.some((x) => words[k - 1]!.box.x + words[k - 1]!.box.w <= x + 0.002 && w.box.x >= x - 0.004));
  return cut > 0 ? [toCell(cell.line, words.slice(0, cut)), ...splitAtColumns(toCell(cell.line, words.slice(cut)), band)] : [cell];
}

/** One band's cells regrouped by column into one line, or null when it holds a single column (not a table row). */
function mergeBand(band: readonly Line[], cells: ReadonlyMap<number, Cell[]>): Line | null {
  const given = band.flatMap((l) => cells.get(l.index) ?? []);
  const all = given.flatMap((c) => splitAtColumns(c, given)).sort((a, b) => a.x0 - b.x0);
  // A column is the cells whose spans overlap, however each is aligned in it: a row's number ("1") set just left of its
  // party's name is a column of its own.
  const columns: Cell[][] = [];
  let right = -1;
  for (const c of all) {
    const col = columns[columns.length - 1];
    if (col && c.x0 < right) {
      col.push(c);
      right = Math.max(right, c.x1);
    } else {
      columns.push([c]);
      right = c.x1;
    }
  }
  if (columns.length < 2) return null;
  const text = columns.map((col) => col.sort((a, b) => a.y - b.y).map((c) => c.text).join(' ')).join('\t');
  return { ...band[0]!, text, rightEdge: Math.max(...band.map((l) => l.rightEdge ?? 0)) };
}
