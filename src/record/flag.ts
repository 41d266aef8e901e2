import { z } from 'zod';
import { Box } from './geometry.ts';

/** A quoted place a flag rests on: page (1-based), the words, their box (page fractions) and OCR confidence. */
export const Evidence = z.object({ page: z.number().int(), text: z.string(), box: Box.nullable().optional(), confidence: z.number().nullable().optional() });
export type Evidence = z.infer<typeof Evidence>;

export const Severity = z.enum(['info', 'warning', 'error']);
export type Severity = z.infer<typeof Severity>;

/** An inconsistency found by a check. */
export const Flag = z.object({
  /** The check's id (`sum-mismatch`, ...). */
  code: z.string(),
  severity: Severity,
  /** "Expected X, found Y". */
  message: z.string(),
  /** The arithmetic or comparison done, in words a reader can check. */
  explanation: z.string(),
  evidence: z.array(Evidence),
});
export type Flag = z.infer<typeof Flag>;
