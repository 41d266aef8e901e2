import { z } from 'zod';
import { Box } from './geometry.ts';

/** A row of a money table: its label, its values in pounds (null for an empty or unreadable cell) and its role. */
export const TableRow = z.object({
  label: z.string(),
  values: z.array(z.number().nullable()),
  role: z.enum(['part', 'subtotal', 'total']),
  /** Where the row is on its page (page fractions). */
  box: Box.nullable().optional(),
});
export type TableRow = z.infer<typeof TableRow>;

/** A money table as read: enough for a check to redo its arithmetic from the record alone. */
export const MoneyTable = z.object({
  /** 1-based page. */
  page: z.number().int(),
  /** `£`, `£000`, `£m`; null when no unit was found. */
  unit: z.string().nullable(),
  /** Column labels, left to right (the label column excluded). */
  header: z.array(z.string()),
  rows: z.array(TableRow),
  /** Which way totals run: `row` (a Total column sums each row), `column` (a Total row sums each column); null when unknown. */
  axis: z.enum(['row', 'column']).nullable(),
  /** Whether every row between the header and the total was read and placed. */
  certain: z.boolean(),
  /** Why the table is not certain (null when it is). */
  reason: z.string().nullable(),
});
export type MoneyTable = z.infer<typeof MoneyTable>;
