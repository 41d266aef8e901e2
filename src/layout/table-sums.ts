import { cellAt, isSuspect, type Table } from './table-types.ts';

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
 * instead cover every ordinary row, or the subtotals. Used to repair OCR slips and to weigh OCR doubt;
 * the checks redo the arithmetic from the record's tables.
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

/**
 * Repairs an OCR misread cell only when the row's sum and the column's sum both imply the same value for it
 * (two independent witnesses); the cell keeps its printed text and says what was repaired. Never invents a
 * figure from a single sum.
 */
export function repairFromSums(table: Table): void {
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
