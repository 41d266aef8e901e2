import type { MoneyTable, TableCell, TableRow } from '../../record/index.ts';
import { clean } from '../../layout/doc-lines.ts';
import { readingsOf, restsOnDoubt, scoreReading, sharedCell, statedSums, totalColumns, type Reading } from '../../layout/table-math.ts';
import type { Table } from '../../layout/tables.ts';
import { defineExtractor } from '../define-extractor.ts';

/**
 * The money tables as read (`tables`): unit, header, rows with their role (part, subtotal, total) and the rows
 * each total adds up, the axis of the totals, and whether the reading is certain enough to check its sums.
 */
export const tables = defineExtractor({
  field: 'tables',
  extract(ctx) {
    return ctx.tables.map(toMoneyTable);
  },
});

const clip = (s: string, n = 60) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Reads one layout table into the record's shape and judges it: certain only when nothing about it is in doubt. */
export function toMoneyTable(t: Table): MoneyTable {
  const header = t.columns.map((c) => c.label);
  const totalRows = t.rows.map((r, i) => (r.isTotal ? i : -1)).filter((i) => i >= 0);
  const last = totalRows[totalRows.length - 1];
  const rows: TableRow[] = t.rows.map((row, r) => ({
    label: row.label,
    values: header.map((_, c) => {
      const v = row.cells.get(c)?.value;
      return v === undefined || Number.isNaN(v) ? null : v;
    }),
    role: !row.isTotal ? 'part' : r === last ? 'total' : 'subtotal',
    box: row.box,
    page: row.line.page,
    sumOf: null,
    cells: header.map((_, c): TableCell | null => {
      const cell = row.cells.get(c);
      return cell ? { text: cell.raw, box: cell.box, confidence: cell.confidence, ...(cell.repair ? { repair: cell.repair } : {}) } : null;
    }),
  }));
  const table: MoneyTable = {
    page: t.headerLines[0]!.page,
    unit: t.unitText.replace(/^£\s?'?/, '£').replace(/s$/i, '') || null,
    header,
    rows,
    axis: totalRows.length ? 'column' : totalColumns({ header }).length ? 'row' : null,
    certain: false,
    reason: null,
  };
  const reasons = [...structureDoubts(t, table), ...coverage(t, table)];
  // Several sums that disagree with no figure in common: the table is more likely misread than misprinted
  // (sums resting on a doubtful OCR figure are explained by that doubt, and left to low-confidence).
  const failing = statedSums(table).filter((s) => !s.agrees && !restsOnDoubt(table, s));
  if (failing.length > 1 && !sharedCell(failing))
    reasons.push(`${failing.length} sums disagree with no figure in common (${failing.slice(0, 3).map((s) => `"${table.rows[s.total[0]]!.label}" / ${header[s.total[1]]}`).join(', ')}${failing.length > 3 ? ', …' : ''}): more likely misread than misprinted`);
  return { ...table, certain: reasons.length === 0, reason: reasons.length ? reasons.join('; ') : null };
}

/** Doubts about the table's shape: no axis, ambiguous Total columns, lines inside it not read whole. */
function structureDoubts(t: Table, table: MoneyTable): string[] {
  const reasons: string[] = [];
  const totals = totalColumns(table);
  if (!table.axis) reasons.push('no Total row or column: which way its figures add up is not known');
  if (totals.length > 1) reasons.push(`${totals.length} columns are headed Total: which columns each adds up is not known`);
  else if (totals.length === 1 && totals[0] !== table.header.length - 1)
    reasons.push(`the Total column is column ${totals[0]! + 1} of ${table.header.length}, not the last: which columns it adds up is not known`);
  const end = table.rows.map((r) => r.role !== 'part').lastIndexOf(true);
  const lastLine = t.rows[end >= 0 ? end : t.rows.length - 1]!.line.index;
  const unread = t.rows.flatMap((row) => [...row.cells.values()].filter((c) => Number.isNaN(c.value)).map((c) => ({ line: row.line, words: [c.raw], why: `"${c.raw}" under a figure column is not a number` })));
  const dropped = [...t.dropped, ...unread].filter((d) => d.line.index <= lastLine).sort((a, b) => a.line.index - b.line.index);
  const lines = [...new Set(dropped.map((d) => d.line))];
  if (lines.length) {
    const whys = (line: (typeof lines)[number]) => dropped.filter((d) => d.line === line).map((d) => d.why).slice(0, 2).join(', ');
    reasons.push(`${lines.length} line${lines.length > 1 ? 's' : ''} inside the table not read whole: ${lines.slice(0, 3).map((l) => `"${clip(clean(l.text))}" (${whys(l)})`).join('; ')}${lines.length > 3 ? '; …' : ''}`);
  }
  return reasons;
}

/**
 * Which rows each subtotal and total adds up: the reading that agrees in most of its columns (rows since the
 * previous total, under a heading, every ordinary row, the subtotals, or a running total). Sets `sumOf`; says
 * why when no reading can be told apart from another.
 */
function coverage(t: Table, table: MoneyTable): string[] {
  const shapes = t.rows.map((row, r) => ({ label: row.label, values: table.rows[r]!.values, isTotal: row.isTotal, heading: row.heading }));
  const reasons: string[] = [];
  table.rows.forEach((row, r) => {
    if (row.role === 'part') return;
    const readings = readingsOf(shapes, r);
    if (!readings.length) return void reasons.push(`"${clip(row.label, 40)}" has no rows above it to add up`);
    const scored = readings.map((reading) => ({ reading, ...scoreReading(table, r, reading.rows) }));
    const best = scored.reduce((a, b) => (b.agree > a.agree ? b : a), scored[0]!);
    row.sumOf = best.reading.rows;
    if (readings.length === 1 || (best.agree > 0 && best.agree * 2 >= best.tried)) return;
    const same = scored.every((s) => s.expected.join() === scored[0]!.expected.join());
    if (!same) reasons.push(`which rows "${clip(row.label, 40)}" adds up is not known: ${describe(readings)} — none adds up`);
  });
  return reasons;
}

const describe = (readings: Reading[]) => readings.map((r) => r.name).join(', ');
