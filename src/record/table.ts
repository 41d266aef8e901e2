import { z } from 'zod';
import { Box } from './geometry.ts';

/** One figure of a table row as printed, where it is (page fractions) and how sure the reader was. */
export const TableCell = z.object({
  /** The figure as printed (`1,234.5`, `(30)`, `-`). */
  text: z.string(),
  box: Box.nullable(),
  /** OCR confidence 0..1 of the figure; null for the text layer. */
  confidence: z.number().nullable(),
  /** How an OCR slip was repaired from the table's own sums, when it was. */
  repair: z.string().optional(),
});
export type TableCell = z.infer<typeof TableCell>;

/** A row of a money table: its label, its values in pounds (null for an empty or unreadable cell) and its role. */
export const TableRow = z.object({
  label: z.string(),
  values: z.array(z.number().nullable()),
  role: z.enum(['part', 'subtotal', 'total']),
  /** Where the row is on its page (page fractions). */
  box: Box.nullable().optional(),
  /** The row's page (1-based), when the table runs on past the page of its header. */
  page: z.number().int().optional(),
  /** For subtotal and total rows: the indexes (0-based, into `rows`) of the rows it adds up, as docket read the table; null otherwise. */
  sumOf: z.array(z.number().int()).nullable().default(null),
  /** The printed figures, aligned with `values` (null where the cell is empty). */
  cells: z.array(TableCell.nullable()).optional(),
});
export type TableRow = z.infer<typeof TableRow>;

/** A money table as read: enough for a check to redo its arithmetic from the record alone. */
export const MoneyTable = z.object({
  /** 1-based page. */
  page: z.number().int(),
  /** `£`, `£000`, `£m`; null when no unit was found. */
  unit: z.string().nullable(),
  /** Column labels, left to right (the label column excluded). A column headed Total holds each row's total. */
  header: z.array(z.string()),
  rows: z.array(TableRow),
  /**
   * Which way totals run: `row` (a Total column sums each row), `column` (Total rows sum each column; a table
   * with both a Total column and Total rows is `column`, its Total column named in `header`); null when unknown.
   */
  axis: z.enum(['row', 'column']).nullable(),
  /** Whether every row between the header and the total was read and placed, and the totals' coverage is known. */
  certain: z.boolean(),
  /** Why the table is not certain (null when it is). */
  reason: z.string().nullable(),
});
export type MoneyTable = z.infer<typeof MoneyTable>;
