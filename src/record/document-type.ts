import { z } from 'zod';

/** What kind of paper a document is, read from its content (see the labelling guide in the export contract). */
export const DocumentType = z.enum(['decision', 'report', 'minutes', 'agenda', 'assessment', 'financial', 'other']);
export type DocumentType = z.infer<typeof DocumentType>;

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
