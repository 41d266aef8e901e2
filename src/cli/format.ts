import { DocketError, EXIT } from '../errors.ts';
import { DocumentType } from '../record/index.ts';
import { choice } from './command.ts';

export type RowFormat = 'table' | 'json' | 'csv';
export const ROW_FORMATS = ['table', 'json', 'csv'] as const;
type Row = Record<string, unknown>;

const cellText = (v: unknown) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));

/** RFC 4180 CSV: quote fields holding commas, quotes or line breaks. */
export function toCsv(rows: readonly Row[], columns = rows[0] ? Object.keys(rows[0]) : []): string {
  const q = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return [columns.map(q).join(','), ...rows.map((r) => columns.map((c) => q(cellText(r[c]))).join(','))].join('\n') + '\n';
}

/** A plain aligned table for terminals; long cells are cut with an ellipsis. */
export function toTable(rows: readonly Row[], columns = rows[0] ? Object.keys(rows[0]) : [], maxWidth = 60): string {
  if (!rows.length) return '(no rows)\n';
  const cut = (s: string) => (s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s).replace(/\s+/g, ' ');
  const cells = rows.map((r) => columns.map((c) => cut(cellText(r[c]))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

/** Formats rows for stdout in the chosen format. */
export function formatRows(rows: readonly Row[], format: RowFormat, columns?: string[]): string {
  if (format === 'json') return JSON.stringify(rows, null, 2) + '\n';
  if (format === 'csv') return toCsv(rows, columns);
  return toTable(rows, columns);
}

/** Parses a money option ("250000", "£1.2m", "500k") into pounds. */
export function parseMoneyOption(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const m = /^£?\s*([\d,]+(?:\.\d+)?)\s*([kmb]?)n?$/i.exec(v.trim());
  if (!m) throw new DocketError(`--${name} takes an amount such as 250000, 500k or £1.2m, got "${v}"`, EXIT.usage);
  return Number(m[1]!.replace(/,/g, '')) * ({ k: 1e3, m: 1e6, b: 1e9 }[m[2]!.toLowerCase()] ?? 1);
}

/** Parses a date option (YYYY, YYYY-MM or YYYY-MM-DD) into an ISO date string. */
export function parseDateOption(v: string | undefined, name: string, end = false): string | undefined {
  if (v === undefined) return undefined;
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(v);
  if (!m) throw new DocketError(`--${name} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${v}"`, EXIT.usage);
  const [y, mo, d] = [m[1]!, m[2] ?? (end ? '12' : '01'), m[3] ?? (end ? '31' : '01')];
  return `${y}-${mo}-${d}`;
}

/** The --type value checked against the document types (`decision`, `report`, ...), or undefined for every type. */
export const typeFilter = (value: string | undefined) => (value === undefined ? undefined : choice(value, 'type', DocumentType.options, 'decision'));

/** The help line of --type. */
export const TYPE_HELP = `--type T     only documents of type T (${DocumentType.options.join(', ')})`;
