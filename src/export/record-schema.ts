import { z } from 'zod';
import { Box } from '../page-text.ts';

/** Where a value was read: page (1-based), box (page fractions, top-left origin) and OCR confidence 0..1. */
const Located = { page: z.number().int().min(1), box: Box.nullable(), confidence: z.number().nullable() };

export const PageSummary = z.object({
  number: z.number().int(),
  source: z.enum(['text', 'ocr']),
  reason: z.string(),
  confidence: z.number().nullable(),
  chars: z.number().int(),
  /** Present with `export --with-text`. */
  text: z.string().optional(),
  error: z.string().nullable().optional(),
});

export const DateRole = z.enum(['decision', 'approval', 'report', 'meeting', 'deadline', 'other']);
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
  /** What the figure is for, in a few words of its sentence (used to match figures across sections). */
  context: z.string().optional(),
  /** For a range such as `£15 – 30K`: which end this value is. */
  rangeEnd: z.enum(['low', 'high']).optional(),
  /** How an OCR slip in the printed figure was repaired, when it was (the value is the repaired one). */
  repair: z.string().optional(),
});
export type Amount = z.infer<typeof Amount>;

export const Recommendation = z.object({ index: z.number().int().min(1), text: z.string(), ...Located, part: z.string().optional() });
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

export const Evidence = z.object({ page: z.number().int(), text: z.string(), box: Box.nullable().optional(), confidence: z.number().nullable().optional() });
export const Flag = z.object({ code: z.string(), severity: z.enum(['info', 'warning', 'error']), message: z.string(), evidence: z.array(Evidence) });
export type Flag = z.infer<typeof Flag>;

/** The fields extraction fills (everything of a record that is not about the file). */
export const Extracted = z.object({
  authority: z.string().nullable(),
  reference: z.string().nullable(),
  title: z.string().nullable(),
  decisionDate: z.string().nullable(),
  dates: z.array(DatedStatement),
  headlineAmount: z.number().nullable(),
  amounts: z.array(Amount),
  recommendations: z.array(Recommendation),
  exemptions: Exemptions,
  flags: z.array(Flag),
});
export type Extracted = z.infer<typeof Extracted>;

export const EMPTY_EXTRACTED: Extracted = {
  authority: null,
  reference: null,
  title: null,
  decisionDate: null,
  dates: [],
  headlineAmount: null,
  amounts: [],
  recommendations: [],
  exemptions: { part1Deferred: null, part2: null, foiaSections: [], classification: null, grounds: [], until: null },
  flags: [],
};

/** One exported decision record: the public contract of ../shared/spec/record.md. */
export const DecisionRecord = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  file: z.string(),
  files: z.array(z.string()),
  status: z.enum(['ok', 'failed']),
  error: z.string().nullable(),
  pageCount: z.number().int(),
  pages: z.array(PageSummary),
  ...Extracted.shape,
  /** What produced the record. */
  provenance: z.object({ pipelineVersion: z.string(), ocrEngine: z.string().nullable(), ocrData: z.string().nullable(), processedAt: z.string() }),
});
export type DecisionRecord = z.infer<typeof DecisionRecord>;
