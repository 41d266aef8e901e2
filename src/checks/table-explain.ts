import type { Evidence, MoneyTable, TableCell } from '../record/index.ts';
import { unitScale, type StatedSum } from '../layout/table-math.ts';

/** "rows 1-6", "rows 1-4 and 6", "row 3" from 0-based indexes. */
export function rowRange(rows: readonly number[], noun = 'row'): string {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j > i ? `${sorted[i]! + 1}-${sorted[j]! + 1}` : `${sorted[i]! + 1}`);
    i = j + 1;
  }
  const list = runs.length > 1 ? `${runs.slice(0, -1).join(', ')} and ${runs[runs.length - 1]}` : runs[0] ?? '';
  return `${noun}${sorted.length > 1 ? 's' : ''} ${list}`;
}

const cellOf = (t: MoneyTable, [r, c]: [number, number]): TableCell | null => t.rows[r]?.cells?.[c] ?? null;
/** A figure as printed, or the value in the table's unit when the print is not kept. */
const printed = (t: MoneyTable, at: [number, number]) => cellOf(t, at)?.text ?? String((t.rows[at[0]]?.values[at[1]] ?? 0) / unitScale(t.unit));
const inUnit = (t: MoneyTable, pounds: number) => (Math.round((pounds / unitScale(t.unit)) * 100) / 100).toLocaleString('en-GB', { maximumFractionDigits: 2 });
const clip = (s: string, n = 50) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** Where a total sits: `"TOTAL Costs" / TOTAL`. */
export const totalLabel = (t: MoneyTable, s: StatedSum) => `${t.rows[s.total[0]]?.label ?? ''} / ${t.header[s.total[1]] ?? ''}`;

/** "page 3", or "pages 3-4" for a table that runs on. */
function pagesOf(t: MoneyTable): string {
  const pages = [...new Set([t.page, ...t.rows.map((r) => r.page ?? t.page)])].sort((a, b) => a - b);
  return pages.length > 1 ? `pages ${pages[0]}-${pages[pages.length - 1]}` : `page ${t.page}`;
}

/**
 * The arithmetic of one sum in words a reader can check against the page: which rows or columns, the figures
 * added and what they come to, and the total as printed.
 */
export function explainSum(t: MoneyTable, s: StatedSum): string {
  const terms = s.parts.map((p) => printed(t, p));
  const shown = terms.length > 12 ? [...terms.slice(0, 10), '…', terms[terms.length - 1]!] : terms;
  const where =
    s.axis === 'column'
      ? `${rowRange(s.parts.map((p) => p[0]))} of the table on ${pagesOf(t)}, column "${t.header[s.total[1]] ?? s.total[1] + 1}"`
      : `row ${s.total[0] + 1} ("${clip(t.rows[s.total[0]]?.label ?? '')}") of the table on ${pagesOf(t)}, ${rowRange(s.parts.map((p) => p[1]), 'column')}`;
  const stated = s.axis === 'column' ? `stated total ("${clip(t.rows[s.total[0]]?.label ?? '')}")` : `stated in column "${t.header[s.total[1]]}"`;
  return `${where}: ${shown.join(' + ')} = ${inUnit(t, s.expected)}; ${stated} ${printed(t, s.total)} (${t.unit ?? '£'}; difference ${inUnit(t, s.stated - s.expected)}, rounding allowed ${inUnit(t, s.tolerance)})`;
}

/** Evidence for a sum: the total cell, then up to `max` of its parts, each with its box on the page. */
export function sumEvidence(t: MoneyTable, s: StatedSum, max = 8): Evidence[] {
  const quote = (at: [number, number], label: string): Evidence => {
    const c = cellOf(t, at);
    const row = t.rows[at[0]];
    return { page: row?.page ?? t.page, text: `${label}: ${printed(t, at)}`, box: c?.box ?? row?.box ?? null, confidence: c?.confidence ?? null };
  };
  return [quote(s.total, totalLabel(t, s)), ...s.parts.slice(0, max).map((p) => quote(p, `${t.rows[p[0]]?.label ?? ''} / ${t.header[p[1]] ?? ''}`))];
}

/** A total as the message states it: the expected figure in the table's unit. */
export const expectedInUnit = (t: MoneyTable, s: StatedSum) => inUnit(t, s.expected).replace(/,/g, '');
