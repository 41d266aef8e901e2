import { z } from 'zod';

/**
 * What kind of paper a document is, read from its content (never its file name).
 * - `decision`: a signed or proposed decision record (PCD/DMPCD forms, decision notices,
 *   records of decision, officer decisions)
 * - `report`: a report to a decision maker or committee
 * - `minutes`, `agenda`
 * - `assessment`: equality, data protection and other impact assessments; risk assessments
 * - `financial`: papers that are mainly tables of money (budget books, capital programmes,
 *   monitoring appendices, budget templates)
 * - `other`: policies and strategies (even full of figures), terms of reference, letters,
 *   questions and answers, motions and amendments, call-in requests, white papers...
 */
export const DocumentType = z.enum(['decision', 'report', 'minutes', 'agenda', 'assessment', 'financial', 'other']);
export type DocumentType = z.infer<typeof DocumentType>;

/** Record fields that a type of paper may not carry (see `notExpected`). */
export const RecordField = z.enum(['reference', 'title', 'decisionDate', 'headlineAmount', 'recommendations', 'decisionMaker', 'authority', 'dates', 'amounts', 'exemptions']);
export type RecordField = z.infer<typeof RecordField>;

/** The classifier's verdict, merged into the record as these four fields. */
export const DocumentTypeVerdict = z
  .object({
    documentType: DocumentType,
    /** The evidence that decided it, in a few words. */
    documentTypeReason: z.string(),
    /** 0..1, from the margin between the best and second-best scores. */
    documentTypeConfidence: z.number().min(0).max(1),
    /** Record fields this type of paper does not carry. */
    notExpected: z.array(RecordField),
  })
  .strict();
export type DocumentTypeVerdict = z.infer<typeof DocumentTypeVerdict>;

/** The classification of a document with its evidence. */
export const DocumentTyping = z.object({
  documentType: DocumentType.nullable(),
  /** The evidence that decided the type, in a few words. */
  documentTypeReason: z.string().nullable(),
  /** 0..1. */
  documentTypeConfidence: z.number().nullable(),
  /** Record fields this kind of paper does not carry (a null there means "not applicable"). */
  notExpected: z.array(z.string()),
});
export type DocumentTyping = z.infer<typeof DocumentTyping>;
