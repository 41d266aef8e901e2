import type { MoneyTable } from '../record/index.ts';
import { SUSPECT_CONFIDENCE } from './table-types.ts';
import { round2 } from './money.ts';

/** Pounds per printed unit of a table: `£000` → 1000, `£m` → 1e6, `£` → 1. */
export const unitScale = (unit: string | null) => (!unit ? 1 : /m/i.test(unit) ? 1e6 : /000|k/i.test(unit) ? 1e3 : 1);

/** One sum a money table states: a total cell and the cells it should add up. Cells are [row, column] (0-based). */
export interface StatedSum {
  /** `row`: a Total column sums the row's other columns; `column`: a total row sums rows above it. */
  axis: 'row' | 'column';
  total: [number, number];
  parts: [number, number][];
  /** What the parts come to, in pounds. */
  expected: number;
  /** The total as printed, in pounds. */
  stated: number;
  /** The rounding allowed, in pounds: half the table's finest printed digit for every figure in the sum (parts and total). */
  tolerance: number;
  agrees: boolean;
}

/** Indexes of the columns headed Total. */
export const totalColumns = (t: Pick<MoneyTable, 'header'>) => t.header.map((h, i) => (/\btotal\b/i.test(h) ? i : -1)).filter((i) => i >= 0);

/** The finest step the table prints its figures in, in pounds (one decimal in a £000 table: 100). */
function resolution(t: MoneyTable): number {
  const texts = t.rows.flatMap((r) => (r.cells ?? []).filter((c) => c !== null).map((c) => c!.text));
  const decimals = Math.max(0, ...texts.map((s) => /\.(\d+)/.exec(s)?.[1]?.length ?? 0));
  return unitScale(t.unit) * 10 ** -decimals;
}


function sumOf(t: MoneyTable, axis: StatedSum['axis'], total: [number, number], parts: [number, number][]): StatedSum | null {
  const value = (at: [number, number]) => t.rows[at[0]]?.values[at[1]] ?? null;
  const stated = value(total);
  const present = parts.filter((p) => value(p) !== null);
  if (stated === null || !present.length) return null;
  const expected = round2(present.reduce((a, p) => a + value(p)!, 0));
  const tolerance = (resolution(t) * (present.length + 1)) / 2 + 1e-6;
  return { axis, total, parts: present, expected, stated, tolerance, agrees: Math.abs(expected - stated) <= tolerance };
}

/**
 * Row sums: each Total column adds the columns since the previous Total column (a group such as Core, External,
 * Total); a Total column printed first adds the columns after it, up to the next Total.
 */
export function rowSums(t: MoneyTable): StatedSum[] {
  const totals = totalColumns(t);
  const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);
  return totals.flatMap((c, k) => {
    const before = range(k === 0 ? 0 : totals[k - 1]! + 1, c);
    const cols = before.length ? before : range(c + 1, totals[k + 1] ?? t.header.length);
    return t.rows.map((_, r) => sumOf(t, 'row', [r, c], cols.map((x): [number, number] => [r, x]))).filter((s): s is StatedSum => s !== null);
  });
}

/** Column sums: each subtotal or total row adds, in each of its columns, the rows its `sumOf` names. */
export function columnSums(t: MoneyTable): StatedSum[] {
  return t.rows.flatMap((row, r) =>
    row.sumOf ? row.values.map((_, c) => sumOf(t, 'column', [r, c], row.sumOf!.map((p): [number, number] => [p, c]))).filter((s): s is StatedSum => s !== null) : [],
  );
}

/** Whether any figure of a sum was read in doubt (OCR below SUSPECT_CONFIDENCE, or repaired): left to low-confidence. */
export const restsOnDoubt = (t: MoneyTable, s: StatedSum) =>
  [s.total, ...s.parts].some(([r, c]) => {
    const cell = t.rows[r]?.cells?.[c];
    return Boolean(cell) && (cell!.repair !== undefined || (cell!.confidence !== null && cell!.confidence < SUSPECT_CONFIDENCE));
  });

/** Every sum a table states, row sums first. */
export const statedSums = (t: MoneyTable) => [...rowSums(t), ...columnSums(t)];

/** A way of reading which rows a total adds up. */
export interface Reading {
  /** In words: "the rows since TOTAL SPENDING". */
  name: string;
  rows: number[];
}

type RowShape = Pick<MoneyTable['rows'][number], 'label' | 'values'> & { isTotal: boolean; heading: string | null };

/**
 * The readings of which rows the total row `t` adds up: the rows since the previous total (or the header); the
 * rows since a heading printed inside the table; for a later total also every ordinary row above it, the
 * subtotals above it, or the previous total carried on with the rows since.
 */
export function readingsOf(rows: readonly RowShape[], t: number): Reading[] {
  const totals = rows.map((r, i) => (r.isTotal && i < t ? i : -1)).filter((i) => i >= 0);
  const prev = totals[totals.length - 1] ?? -1;
  const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);
  const since = range(prev + 1, t);
  const out: Reading[] = [{ name: prev < 0 ? 'the rows above it' : `the rows since "${rows[prev]!.label}"`, rows: since }];
  const h = since.filter((r) => rows[r]!.heading !== null && r > prev + 1).pop();
  if (h !== undefined) out.push({ name: `the rows under the heading "${rows[h]!.heading}"`, rows: range(h, t) });
  if (totals.length) {
    out.push({ name: 'every ordinary row above it', rows: range(0, t).filter((r) => !rows[r]!.isTotal) });
    if (totals.length >= 2) out.push({ name: 'the subtotals above it', rows: totals });
    if (since.length) out.push({ name: `"${rows[prev]!.label}" and the rows since`, rows: [prev, ...since] });
  }
  const seen = new Set<string>();
  return out.filter((r) => r.rows.length && !seen.has(r.rows.join()) && seen.add(r.rows.join()));
}

/** How well a reading of a total row's coverage adds up: columns that agree, columns tried, and what each comes to. */
export function scoreReading(t: MoneyTable, total: number, rows: readonly number[]) {
  const sums = (t.rows[total]?.values ?? []).map((_, c) => sumOf(t, 'column', [total, c], rows.map((p): [number, number] => [p, c]))).filter((s): s is StatedSum => s !== null);
  return { agree: sums.filter((s) => s.agrees).length, tried: sums.length, expected: sums.map((s) => s.expected) };
}

/** The cell every disagreeing sum shares (one misprinted figure explains them all), or null when none does. */
export function sharedCell(failing: readonly StatedSum[]): [number, number] | null {
  const key = ([r, c]: [number, number]) => `${r},${c}`;
  let common: string[] | null = null;
  for (const s of failing) {
    const cells = new Set([s.total, ...s.parts].map(key));
    common = common ? common.filter((k) => cells.has(k)) : [...cells];
  }
  const first = common?.[0];
  return first ? (first.split(',').map(Number) as [number, number]) : null;
}
