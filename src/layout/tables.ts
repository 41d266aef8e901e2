import type { Box, Word } from '../record/index.ts';
import { clean, lineWords, type Doc, type Line } from './doc-lines.ts';
import { unionBox } from './page-text.ts';
import { repairFromSums } from './table-sums.ts';
import { moneyColumnTables } from './money-column.ts';
import { toCell, type Cell, type DroppedLine, type Row, type Table } from './table-types.ts';

export { cellAt, isSuspect, SUSPECT_CONFIDENCE, type Cell, type DroppedLine, type Row, type Table } from './table-types.ts';
export { tableSums, type TableSum } from './table-sums.ts';

// "£000", "£k", "£m", or a bare "£" over plain pounds ("2019/20 £ | 2020/21 £").
const UNIT_TOKEN = /^[(\[|]*£\s?(000|'000|k|m|000s)?[)\]|]*$/i;
const COLUMN_TOKEN = /^[(\[|]*(?:\d{4}\s?[-/–]\s?\d{2,4}|\d{4}|total|year\s?\d)[)\]|,]*$/i;
const NUMERIC = /^[(\[|]*-?\(?[\dOolI][\dOolI,]*(?:[.:][\dOolI]+)?\)?[)\]|]*$/;
/** A dash printed for nothing in a figure column. */
const DASH = /^[-–—]$/;
/** A word printed like a money figure (thousands commas or decimals), wherever it stands. */
const FIGURE_LIKE = /^[(\-–]?\d{1,3}(?:,\d{3})+(?:\.\d+)?\)?$|^[(\-–]?\d+\.\d+\)?$/;

/** Finds money tables: a header with a unit row (`£000`) or year/TOTAL columns, then rows of figures under them; and single columns of plain pounds (money-column.ts). */
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
  const taken = new Set(tables.flatMap((t) => [...t.lineIndexes]));
  return [...tables, ...moneyColumnTables(doc, taken)].sort((a, b) => Math.min(...a.lineIndexes) - Math.min(...b.lineIndexes));
}

interface Header {
  unit: number;
  unitText: string;
  columns: Table['columns'];
  end: number;
  owned: number[];
}

function readHeader(doc: Doc, lines: readonly Line[], i: number): Header | null {
  const words = lineWords(doc, lines[i]!);
  const units = words.filter((w) => UNIT_TOKEN.test(w.text));
  const cols = words.filter((w) => COLUMN_TOKEN.test(w.text));
  const next = lines[i + 1];
  const nextWords = next ? lineWords(doc, next) : [];
  const nextUnits = nextWords.filter((w) => UNIT_TOKEN.test(w.text));
  const unitWord = (w: Word) => w.text.replace(/^[(\[|]+|[)\]|]+$/g, '');
  // "2017/18 ... TOTAL" over "£000 ... £000": columns from the unit row (aligned with the figures), labels from the years.
  if (cols.length >= 2 && nextUnits.length >= 2)
    return { unit: unitOf(nextUnits[0]!.text), unitText: unitWord(nextUnits[0]!), columns: toColumns(nextUnits, cols), end: i + 1, owned: [i, i + 1] };
  if (units.length >= 2) return { unit: unitOf(units[0]!.text), unitText: unitWord(units[0]!), columns: toColumns(units, cols), end: i, owned: [i] };
  // "Costs (£m)" in a caption or a corner cell above year / Total columns: the unit for the whole table.
  if (cols.length >= 2 && /\d{4}/.test(cols.map((c) => c.text).join(' '))) {
    const caption = [lines[i - 2], lines[i - 1], lines[i]].filter((l): l is Line => Boolean(l)).map((l) => l.text).join(' ');
    const unit = TABLE_UNIT.exec(caption);
    if (unit) return { unit: unitOf(unit[1] ?? unit[2]!), unitText: `£${unit[1] ?? unit[2]!}`, columns: toColumns(cols, cols), end: i, owned: [i] };
  }
  return null;
}

const TABLE_UNIT = /£\s?('?000s?|k|m)\b|\(\s?£?\s?('?000s?|k|m)\s?\)/i;

const unitOf = (t: string) => (/m/i.test(t) ? 1e6 : /000|k/i.test(t) ? 1e3 : 1);
const centre = (b: Box) => b.x + b.w / 2;

/** Columns at the anchors (unit tokens or labels), each labelled by the label word nearest it, if one is near. */
function toColumns(anchors: Word[], labels: Word[]): Table['columns'] {
  const xs = anchors.map((a) => centre(a.box));
  const spacing = Math.min(...xs.slice(1).map((x, k) => x - xs[k]!).filter((d) => d > 0), 0.2);
  return anchors.map((a) => {
    const d = (l: Word) => Math.abs(centre(l.box) - centre(a.box));
    const label = labels.length ? labels.reduce((best, l) => (d(l) < d(best) ? l : best)) : null;
    // A label far from every anchor belongs to no column: one "Total" must not name them all.
    return { label: label && d(label) <= spacing * 0.6 ? label.text.replace(/^[(\[|]+|[)\]|,]+$/g, '') : a.text, x: centre(a.box) };
  });
}

/** One line read against the columns: its cells, its label words, and what could not be placed. */
interface ReadLine {
  cells: Map<number, Cell>;
  label: string;
  words: Word[];
  /** Figures and words that were not placed: why, and the words. */
  unplaced: { why: string; words: string[] }[];
}

function readLine(doc: Doc, line: Line, columns: Table['columns'], spacing: number, unit: number): ReadLine {
  const left = columns[0]!.x - spacing * 0.75;
  const words = lineWords(doc, line).filter((w) => !/^[|\[\]()]+$/.test(w.text));
  const cells = new Map<number, Cell>();
  const labelWords: Word[] = [];
  const unplaced: ReadLine['unplaced'] = [];
  for (const w of words) {
    const inColumns = centre(w.box) >= left;
    const col = inColumns ? nearestColumn(columns, centre(w.box), spacing) : null;
    if (col !== null && NUMERIC.test(w.text)) {
      const cell = toCell(w, line, unit);
      if (!cell) unplaced.push({ why: `"${w.text}" is not a readable figure`, words: [w.text] });
      else if (!cells.has(col)) cells.set(col, cell);
      else unplaced.push({ why: `figure ${w.text} shares a column with ${cells.get(col)!.raw}`, words: [w.text] });
    } else if (col !== null && DASH.test(w.text)) {
      if (!cells.has(col)) cells.set(col, { value: 0, raw: w.text, line, box: w.box, confidence: w.conf });
    } else if (col !== null && w.text.length <= 3 && cells.size) {
      // Kept as an unread cell: an OCR slip the table's sums may still repair.
      cells.set(col, { value: NaN, raw: w.text, line, box: w.box, confidence: w.conf });
    } else {
      if (FIGURE_LIKE.test(w.text) && labelWords.length + cells.size > 0) unplaced.push({ why: `figure ${w.text} is not under any column`, words: [w.text] });
      else if (inColumns && /[A-Za-z]{2}/.test(w.text) && [...cells.values()].some((c) => c.box.x < w.box.x)) unplaced.push({ why: `label word "${w.text}" is printed among the figures`, words: [w.text] });
      labelWords.push(w);
    }
  }
  return { cells, label: clean(labelWords.map((w) => w.text).join(' ')), words, unplaced };
}

/** A line of column headings: two or more units or years, and no figure. */
function isHeaderLine(doc: Doc, line: Line): boolean {
  const words = lineWords(doc, line).map((w) => w.text);
  const heads = words.filter((w) => UNIT_TOKEN.test(w) || /^(?:19|20)\d{2}(?:\s?[-/–]\s?\d{2,4})?$|^total$/i.test(w));
  return heads.length >= 2 && !words.some((w) => FIGURE_LIKE.test(w));
}

/** A lone page number at the foot or head of a page, read as if it were a figure. */
const isPageFurniture = (line: Line, read: ReadLine, next: Line | undefined) =>
  !read.label && read.cells.size === 1 && /^\d{1,3}$/.test([...read.cells.values()][0]!.raw) && (line.pageStart || !next || next.page !== line.page);

/** A heading inside a table: a label-only line in capitals, or one set off by a blank line. */
const isHeading = (line: Line, label: string, first: boolean) => !first && ((line.breakBefore && !line.pageStart) || (/[A-Z]{3}/.test(label) && !/[a-z]/.test(label)));

function readRows(doc: Doc, lines: readonly Line[], header: Header): Table {
  const { columns } = header;
  const spacing = Math.min(...columns.slice(1).map((c, k) => c.x - columns[k]!.x).filter((d) => d > 0), 0.2);
  const headerLines = header.owned.map((i) => lines[i]!);
  const t = columns.findIndex((c) => /total/i.test(c.label));
  const table: Table = { unit: header.unit, unitText: header.unitText, columns, totalColumn: t >= 0 ? t : null, rows: [], lineIndexes: new Set(header.owned), headerLines, dropped: [] };
  let pending: { line: Line; read: ReadLine }[] = [];
  let group: Row['group'] = null;
  for (let i = header.end + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (isHeaderLine(doc, line) && readHeader(doc, lines, i)) break; // a new header (or this one repeated on a new page) starts a new table
    const read = readLine(doc, line, columns, spacing, header.unit);
    if (isPageFurniture(line, read, lines[i + 1])) {
      table.lineIndexes.add(line.index);
      continue;
    }
    if (!read.cells.size) {
      // Short label fragments ("Additional", "HO cost for") and headings belong to the next row; prose ends the table.
      if (read.label.split(' ').length <= 5 && !/[.:;]$/.test(read.label) && pending.length < 4) {
        pending.push({ line, read });
        continue;
      }
      break;
    }
    const first = pending[0];
    const heading = first && isHeading(first.line, first.read.label, table.rows.length === 0) ? first.read.label : null;
    const labelParts = (heading ? pending.slice(1) : pending).map((p) => p.read.label);
    const label = clean([...labelParts, read.label].join(' '));
    if (/^capital\b/i.test(heading ?? label)) group = 'capital';
    else if (/^revenue\b/i.test(heading ?? label)) group = 'revenue';
    for (const p of [...pending, { line, read }]) {
      table.lineIndexes.add(p.line.index);
      for (const u of p.read.unplaced) table.dropped.push({ line: p.line, words: u.words, why: u.why });
    }
    const box = unionBox([...pending.flatMap((p) => p.read.words), ...read.words].map((w) => w.box));
    table.rows.push({ label, cells: read.cells, isTotal: /\btotal\b/i.test(label), group, line, box, heading });
    pending = [];
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
