import type { Box, Word } from '../record/index.ts';
import type { Line } from './doc-lines.ts';
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
  /** The line the row's figures were read from. */
  line: Line;
  /** Where the row is on its page (page fractions): the union of its words' boxes. */
  box: Box | null;
  /** A heading printed just above the row inside the table ("SPENDING"), set off by a blank line or capitals. */
  heading: string | null;
}

/** A line inside a table that was not read whole: a figure left outside the columns, or one that is not a number. */
export interface DroppedLine {
  line: Line;
  /** The words that were not placed, as printed. */
  words: string[];
  /** Why, in a few words ("figure 3,939 not under any column"). */
  why: string;
}

/** A money table: columns read from its header, its unit (`£000` → 1000) and its rows. */
export interface Table {
  unit: number;
  /** The unit as printed (`£000s`, `£m`). */
  unitText: string;
  columns: { label: string; x: number }[];
  /** Index of the TOTAL column, if any (the first column headed Total when there are several). */
  totalColumn: number | null;
  rows: Row[];
  /** Indexes of the lines the table occupies (owned: not read again as prose). */
  lineIndexes: Set<number>;
  /** The header's lines (column labels and units). */
  headerLines: Line[];
  /** Lines inside the table not read whole, in reading order. */
  dropped: DroppedLine[];
  /** A single column of plain pounds (money-column.ts): the lines just above it, its lead-in or heading included. */
  intro?: string;
  /** ... read under a lead-in ("To approve the following payments:"), each row a party and its sum, not under a heading row. */
  leadIn?: boolean;
}

/** A cell below this OCR confidence may be a misread and can be repaired from the table's own sums. */
export const SUSPECT_CONFIDENCE = 0.85;

/** A cell whose reading is in doubt: not a number, repaired, or an OCR word read below SUSPECT_CONFIDENCE. */
export const isSuspect = (c: Cell) => Number.isNaN(c.value) || c.repair !== undefined || (c.confidence !== null && c.confidence < SUSPECT_CONFIDENCE);

/** The cell at [row, column], if the row has one there. */
export const cellAt = (table: Table, [r, c]: [number, number]) => table.rows[r]?.cells.get(c);

/** A row's marker printed as a cell of its own: "a.", "(ii)", "3)", a paragraph's "2.1". */
export const ROW_MARKER = /^\(?(?:[a-z]|[ivx]{1,4}|\d{1,3}(?:\.\d{1,2})?)[.)]?$/i;

/**
 * A row that closes or sums a table, not a party: "Total", "Grand Total", "Total Grants Awarded", "Balance" (not "Total Insight
 * Theatre", a party named with the word: after "Total" a total names no party, or names money).
 */
export function isTotalRow(name: string): boolean {
  const total = /^(?:sub-?\s?|grand\s+)?total\b(.*)$/i.exec(name);
  if (!total) return /^(?:budget|balance|remaining|overall|of which|less|sum)\b/i.test(name);
  const rest = total[1]!.trim();
  return !/^(?:[A-Z][a-z'’&]+\s*){2,}$/.test(rest) || /\b(?:grants?|awards?|awarded|allocat\w*|fund\w*|costs?|budget|spend|amounts?|requested|value|sum)\b/i.test(rest);
}

/** A figure word read as a cell in pounds (the table's unit applied; brackets or a minus make it negative), null when it is no number. */
export function toCell(w: Pick<Word, 'text' | 'box' | 'conf'>, line: Line, unit: number): Cell | null {
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
