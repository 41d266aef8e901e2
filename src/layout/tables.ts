import type { Box, Word } from '../record/index.ts';
import { clean, lineWords, type Doc, type Line } from './doc-lines.ts';
import { parseNumber } from './money.ts';

/** One figure of a table, read from its position under a column heading. */
export interface Cell {
  /** Value in pounds (the table's unit applied); NaN when the cell holds something that is not a number. */
  value: number;
  /** The figure as printed. */
  raw: string;
  line: Line;
  box: Box;
  /** OCR confidence 0..1 (null: text layer). */
  confidence: number | null;
  /** Why the printed figure was changed, when it was (an OCR slip repaired from the table's own sums). */
  repair?: string;
}

export interface Row {
  label: string;
  /** Cells by column index. */
  cells: Map<number, Cell>;
  isTotal: boolean;
  /** capital / revenue group the row sits in, when the table says. */
  group: 'capital' | 'revenue' | null;
}

/** A money table: columns read from its header, its unit (`£000` → 1000) and its rows. */
export interface Table {
  unit: number;
  columns: { label: string; x: number }[];
  /** Index of the TOTAL column, if any. */
  totalColumn: number | null;
  rows: Row[];
  /** Indexes of the lines the table occupies (owned: not read again as prose). */
  lineIndexes: Set<number>;
}

const UNIT_TOKEN = /^[(\[|]*£\s?(000|'000|k|m|000s)[)\]|]*$/i;
const COLUMN_TOKEN = /^[(\[|]*(?:\d{4}\s?\/\s?\d{2,4}|\d{4}|total|year\s?\d)[)\]|,]*$/i;
const NUMERIC = /^[(\[|]*-?\(?[\dOolI][\dOolI,]*(?:[.:][\dOolI]+)?\)?[)\]|]*$/;
/** A cell below this OCR confidence may be a misread and can be repaired from the table's own sums. */
export const SUSPECT_CONFIDENCE = 0.85;

/** Finds money tables: a header with a unit row (`£000`) or year/TOTAL columns, then rows of figures under them. */
export function findTables(doc: Doc): Table[] {
  const tables: Table[] = [];
  const lines = doc.lines;
  for (let i = 0; i < lines.length; i++) {
    const header = readHeader(doc, lines, i);
    if (!header) continue;
    const table = readRows(doc, lines, header);
    if (table.rows.some((r) => r.cells.size >= 2)) {
      repairFromSums(table);
      tables.push(table);
      i = Math.max(...table.lineIndexes);
    }
  }
  return tables;
}

function readHeader(doc: Doc, lines: readonly Line[], i: number): { unit: number; columns: Table['columns']; end: number; owned: number[] } | null {
  const words = lineWords(doc, lines[i]!);
  const units = words.filter((w) => UNIT_TOKEN.test(w.text));
  const cols = words.filter((w) => COLUMN_TOKEN.test(w.text));
  const next = lines[i + 1];
  const nextWords = next ? lineWords(doc, next) : [];
  const nextUnits = nextWords.filter((w) => UNIT_TOKEN.test(w.text));
  // "2017/18 ... TOTAL" over "£000 ... £000": columns from the unit row (aligned with the figures), labels from the years.
  if (cols.length >= 2 && nextUnits.length >= 2)
    return { unit: unitOf(nextUnits[0]!.text), columns: toColumns(nextUnits, cols), end: i + 1, owned: [i, i + 1] };
  if (units.length >= 2) return { unit: unitOf(units[0]!.text), columns: toColumns(units, cols), end: i, owned: [i] };
  // "Costs (£m)" in a caption or a corner cell above year / Total columns: the unit for the whole table.
  if (cols.length >= 2 && /\d{4}/.test(cols.map((c) => c.text).join(' '))) {
    const caption = [lines[i - 2], lines[i - 1], lines[i]].filter((l): l is Line => Boolean(l)).map((l) => l.text).join(' ');
    const unit = TABLE_UNIT.exec(caption);
    if (unit) return { unit: unitOf(unit[1] ?? unit[2]!), columns: toColumns(cols, cols), end: i, owned: [i] };
  }
  return null;
}

const TABLE_UNIT = /£\s?('?000s?|k|m)\b|\(\s?£?\s?('?000s?|k|m)\s?\)/i;

const unitOf = (t: string) => (/m/i.test(t) ? 1e6 : /000|k/i.test(t) ? 1e3 : 1);
const centre = (b: Box) => b.x + b.w / 2;

function toColumns(anchors: Word[], labels: Word[]): Table['columns'] {
  return anchors.map((a) => {
    const label = labels.length ? labels.reduce((best, l) => (Math.abs(centre(l.box) - centre(a.box)) < Math.abs(centre(best.box) - centre(a.box)) ? l : best)) : null;
    return { label: label ? label.text.replace(/^[(\[|]+|[)\]|,]+$/g, '') : a.text, x: centre(a.box) };
  });
}

function readRows(doc: Doc, lines: readonly Line[], header: NonNullable<ReturnType<typeof readHeader>>): Table {
  const { columns } = header;
  const spacing = Math.min(...columns.slice(1).map((c, k) => c.x - columns[k]!.x).filter((d) => d > 0), 0.2);
  const left = columns[0]!.x - spacing * 0.75;
  const table: Table = { unit: header.unit, columns, totalColumn: null, rows: [], lineIndexes: new Set(header.owned) };
  const t = columns.findIndex((c) => /total/i.test(c.label));
  table.totalColumn = t >= 0 ? t : null;
  let pendingLabel: string[] = [];
  let group: Row['group'] = null;
  for (let i = header.end + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const words = lineWords(doc, line).filter((w) => !/^[|\[\]()]+$/.test(w.text));
    const cells = new Map<number, Cell>();
    const labelWords: string[] = [];
    for (const w of words) {
      const inColumns = centre(w.box) >= left;
      const col = nearestColumn(columns, centre(w.box), spacing);
      if (inColumns && col !== null && NUMERIC.test(w.text)) {
        const cell = toCell(w, line, header.unit);
        if (cell && !cells.has(col)) cells.set(col, cell);
      } else if (inColumns && col !== null && w.text.length <= 3 && cells.size) {
        cells.set(col, { value: NaN, raw: w.text, line, box: w.box, confidence: w.conf });
      } else labelWords.push(w.text);
    }
    const label = clean(labelWords.join(' '));
    if (!cells.size) {
      // Short label fragments ("Additional", "HO cost for") belong to the next row; prose ends the table.
      if (label.split(' ').length <= 5 && !/[.:;]$/.test(label) && pendingLabel.length < 4) {
        pendingLabel.push(label);
        table.lineIndexes.add(line.index);
        continue;
      }
      break;
    }
    const fullLabel = clean([...pendingLabel, label].join(' '));
    pendingLabel = [];
    if (/^capital\b/i.test(fullLabel)) group = 'capital';
    else if (/^revenue\b/i.test(fullLabel)) group = 'revenue';
    table.rows.push({ label: fullLabel, cells, isTotal: /\btotal\b/i.test(fullLabel), group });
    table.lineIndexes.add(line.index);
  }
  return table;
}

function nearestColumn(columns: Table['columns'], x: number, spacing: number): number | null {
  let best: number | null = null;
  columns.forEach((c, k) => {
    if (Math.abs(c.x - x) <= spacing * 0.6 && (best === null || Math.abs(c.x - x) < Math.abs(columns[best]!.x - x))) best = k;
  });
  return best;
}

function toCell(w: Word, line: Line, unit: number): Cell | null {
  const raw = w.text.replace(/^[\[|]+|[\]|]+$/g, '');
  const negative = /^\(.*\)$|^-/.test(raw);
  const parsed = parseNumber(raw.replace(/^[(-]+|\)+$/g, ''));
  if (!parsed) return null;
  const value = Math.round((negative ? -1 : 1) * parsed.n * unit * 100) / 100;
  const cell: Cell = { value, raw, line, box: w.box, confidence: w.conf };
  if (parsed.repaired) {
    cell.repair = `read "${raw}" as ${parsed.n}`;
    cell.confidence = Math.min(cell.confidence ?? 1, 0.5);
  }
  return cell;
}

/** A cell whose reading is in doubt: not a number, repaired, or an OCR word read below SUSPECT_CONFIDENCE. */
export const isSuspect = (c: Cell) => Number.isNaN(c.value) || c.repair !== undefined || (c.confidence !== null && c.confidence < SUSPECT_CONFIDENCE);

/** A sum a table states: parts, the total cell, and other readings of which rows the total covers. */
export interface TableSum {
  parts: [number, number][];
  total: [number, number];
  kind: 'row' | 'column';
  /** Other part sets the total may legitimately cover (subtotal rows, or the rows under a grand total). */
  alternatives: [number, number][][];
}

/**
 * The sums a table states: each row's total (TOTAL column) and each total row's column sums. With
 * several total rows, a total covers the rows since the previous total (a subtotal); the last may
 * instead cover every ordinary row, or the subtotals.
 */
export function tableSums(table: Table): TableSum[] {
  const sums: TableSum[] = [];
  const T = table.totalColumn;
  table.rows.forEach((row, r) => {
    if (T === null || !row.cells.has(T)) return;
    const parts = [...row.cells.keys()].filter((c) => c !== T).map((c): [number, number] => [r, c]);
    if (parts.length) sums.push({ parts, total: [r, T], kind: 'row', alternatives: [] });
  });
  const totals = table.rows.map((row, r) => (row.isTotal ? r : -1)).filter((r) => r >= 0);
  const inColumn = (rows: number[], c: number) => rows.filter((r) => table.rows[r]!.cells.has(c)).map((r): [number, number] => [r, c]);
  totals.forEach((t, k) => {
    const since = k === 0 ? 0 : totals[k - 1]! + 1;
    const segment = Array.from({ length: t - since }, (_, i) => since + i);
    const ordinary = table.rows.map((_, r) => r).filter((r) => r < t && !table.rows[r]!.isTotal);
    const subtotals = totals.slice(0, k);
    for (const c of table.rows[t]!.cells.keys()) {
      const parts = inColumn(segment, c);
      const alternatives = k > 0 ? [inColumn(ordinary, c), inColumn(subtotals, c)].filter((a) => a.length) : [];
      if (parts.length || alternatives.length) sums.push({ parts: parts.length ? parts : alternatives[0]!, total: [t, c], kind: 'column', alternatives });
    }
  });
  return sums;
}

export const cellAt = (table: Table, [r, c]: [number, number]) => table.rows[r]?.cells.get(c);

/**
 * Repairs an OCR misread cell only when the row's sum and the column's sum both imply the same value for it
 * (two independent witnesses); the cell keeps its printed text and says what was repaired. Never invents a
 * figure from a single sum.
 */
function repairFromSums(table: Table): void {
  const sums = tableSums(table);
  for (let pass = 0; pass < 3; pass++) {
    let changed = false;
    const suspects = table.rows.flatMap((row, r) => [...row.cells.entries()].filter(([, c]) => isSuspect(c)).map(([c, cell]) => ({ at: [r, c] as [number, number], cell })));
    suspects.sort((a, b) => (a.cell.confidence ?? 0) - (b.cell.confidence ?? 0));
    for (const { at, cell } of suspects) {
      const implied = sums
        .filter((s) => !s.alternatives.length && [...s.parts, s.total].some(([r, c]) => r === at[0] && c === at[1]))
        .map((s) => impliedValue(table, s, at))
        .filter((v): v is number => v !== null);
      if (implied.length === 2 && Math.abs(implied[0]! - implied[1]!) < table.unit * 0.05 && implied[0]! >= 0 && !(Math.abs(implied[0]! - cell.value) < table.unit * 0.05)) {
        cell.repair = `"${cell.raw}" (OCR confidence ${cell.confidence ?? 'n/a'}) read as ${implied[0]! / table.unit}: the row and column totals both require it`;
        cell.value = implied[0]!;
        cell.confidence = Math.min(cell.confidence ?? 1, 0.5);
        changed = true;
      }
    }
    if (!changed) break;
  }
}

function impliedValue(table: Table, sum: TableSum, at: [number, number]): number | null {
  const others = [...sum.parts, sum.total].filter(([r, c]) => !(r === at[0] && c === at[1])).map((p) => cellAt(table, p));
  if (others.some((c) => !c || Number.isNaN(c.value))) return null;
  const isTotal = sum.total[0] === at[0] && sum.total[1] === at[1];
  const total = isTotal ? 0 : cellAt(table, sum.total)!.value;
  const partsSum = sum.parts.filter(([r, c]) => !(r === at[0] && c === at[1])).reduce((a, p) => a + cellAt(table, p)!.value, 0);
  return Math.round((isTotal ? partsSum : total - partsSum) * 100) / 100;
}
