import { z } from 'zod';
import { DocumentTyping } from './document-type.ts';
import { Flag } from './flag.ts';
import { Link, Recipient } from './links.ts';
import { PageRecord, PageSummary } from './page.ts';
import { MoneyTable } from './table.ts';
import { Amount, DatedStatement, EMPTY_EXEMPTIONS, Exemptions, Recommendation } from './values.ts';

/** The fields extraction fills (everything of a record that is not about the file). */
export const Extracted = z.object({
  authority: z.string().nullable(),
  reference: z.string().nullable(),
  title: z.string().nullable(),
  /** Who took or is asked to take the decision, as printed. */
  decisionMaker: z.string().nullable().default(null),
  /** ISO date the decision maker signed or approved. */
  decisionDate: z.string().nullable(),
  dates: z.array(DatedStatement),
  /** The principal sum the decision approves, in pounds. */
  headlineAmount: z.number().nullable(),
  amounts: z.array(Amount),
  recommendations: z.array(Recommendation),
  exemptions: Exemptions,
  ...DocumentTyping.shape,
  documentType: DocumentTyping.shape.documentType.default(null),
  documentTypeReason: DocumentTyping.shape.documentTypeReason.default(null),
  documentTypeConfidence: DocumentTyping.shape.documentTypeConfidence.default(null),
  notExpected: DocumentTyping.shape.notExpected.default([]),
  tables: z.array(MoneyTable).default([]),
  recipients: z.array(Recipient).default([]),
  links: z.array(Link).default([]),
  flags: z.array(Flag),
});
export type Extracted = z.infer<typeof Extracted>;

export const EMPTY_EXTRACTED: Extracted = {
  authority: null,
  reference: null,
  title: null,
  decisionMaker: null,
  decisionDate: null,
  dates: [],
  headlineAmount: null,
  amounts: [],
  recommendations: [],
  exemptions: EMPTY_EXEMPTIONS,
  documentType: null,
  documentTypeReason: null,
  documentTypeConfidence: null,
  notExpected: [],
  tables: [],
  recipients: [],
  links: [],
  flags: [],
};

export const DocumentStatus = z.enum(['ok', 'partial', 'failed']);
export type DocumentStatus = z.infer<typeof DocumentStatus>;

/** What produced a record: pipeline version, OCR engine and its language data (null when no page was OCR'd). */
export const Provenance = z.object({ pipelineVersion: z.string(), ocrEngine: z.string().nullable(), ocrData: z.string().nullable() });
export type Provenance = z.infer<typeof Provenance>;

/**
 * The whole story of one PDF, as the pipeline returns it: plain and serialisable, so that a worker
 * thread or a queue worker can hand it back to the single writer unchanged.
 */
export const DocumentResult = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Size of the PDF in bytes. */
  bytes: z.number().int(),
  status: DocumentStatus,
  /** One line: why the document failed, or which pages failed for a partial one. */
  error: z.string().nullable(),
  pages: z.array(PageRecord),
  /** The extracted record with its flags (empty for a failed document). */
  extracted: Extracted,
  /** Why extraction itself failed, when it did (the pages are kept). */
  extractError: z.string().nullable(),
  provenance: Provenance,
  /** Wall-clock milliseconds the pipeline took. */
  durationMs: z.number(),
});
export type DocumentResult = z.infer<typeof DocumentResult>;

/** One exported decision record: the public contract of ../shared/spec/record.md. */
export const DecisionRecord = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  file: z.string(),
  files: z.array(z.string()),
  status: DocumentStatus,
  error: z.string().nullable(),
  pageCount: z.number().int(),
  pages: z.array(PageSummary),
  ...Extracted.shape,
  provenance: Provenance.extend({ processedAt: z.string() }),
});
export type DecisionRecord = z.infer<typeof DecisionRecord>;
