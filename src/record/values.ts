import { z } from 'zod';
import { Located } from './geometry.ts';

export const DateRole = z.enum(['decision', 'approval', 'report', 'meeting', 'deadline', 'other']);
export type DateRole = z.infer<typeof DateRole>;

/** A dated statement: ISO date, its role, and the text it was read from. */
export const DatedStatement = z.object({ role: DateRole, date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), text: z.string(), ...Located });
export type DatedStatement = z.infer<typeof DatedStatement>;

/** A money figure; `value` in pounds. */
export const Amount = z.object({
  value: z.number(),
  text: z.string(),
  period: z.enum(['annual']).nullable(),
  kind: z.enum(['capital', 'revenue', 'total']).nullable(),
  section: z.enum(['summary', 'recommendation', 'body', 'table']),
  ...Located,
  /** What the figure is for: a short phrase from its sentence or table row (null when the text gives none). */
  subject: z.string().nullable().default(null),
  /** The year or financial year the figure is for, as printed (`2025-26`), null when none. */
  year: z.string().nullable().default(null),
  /** The words around the figure (used to match figures across sections). */
  context: z.string().optional(),
  /** The figure's clause as printed (what a flag quotes), or its table row and column. */
  quote: z.string().optional(),
  /** For a range such as `£15 – 30K`: which end this value is. */
  rangeEnd: z.enum(['low', 'high']).optional(),
  /** How an OCR slip in the printed figure was repaired, when it was (the value is the repaired one). */
  repair: z.string().optional(),
});
export type Amount = z.infer<typeof Amount>;

/**
 * One recommended or decided item; `part` says which list it came from when a paper has several. `inferred` marks the one
 * sentence taken as the decision when no list, heading, lead-in or decision wording names one (the sentence that reads most
 * like a decision: an act such as award, appoint or enter into), on decision notices and minutes only; the headline is read
 * from it only when it names one sum.
 */
export const Recommendation = z.object({ index: z.number().int().min(1), text: z.string(), ...Located, part: z.string().optional(), inferred: z.literal(true).optional() });
export type Recommendation = z.infer<typeof Recommendation>;

export const Exemptions = z.object({
  part1Deferred: z.boolean().nullable(),
  part2: z.boolean().nullable(),
  foiaSections: z.array(z.number().int()),
  classification: z.string().nullable(),
  grounds: z.array(z.string()),
  until: z.string().nullable(),
});
export type Exemptions = z.infer<typeof Exemptions>;

export const EMPTY_EXEMPTIONS: Exemptions = { part1Deferred: null, part2: null, foiaSections: [], classification: null, grounds: [], until: null };
