import { z } from 'zod';

/** A rectangle as fractions (0..1) of the page's width and height, origin at the top left. */
export const Box = z.object({ x: z.number(), y: z.number(), w: z.number(), h: z.number() }).strict();
export type Box = z.infer<typeof Box>;

/** One word of a page's text, where it was read and how sure the reader was. */
export const Word = z
  .object({
    /** The word as read. */
    text: z.string(),
    /** Position on the page (fractions of page size, top-left origin). */
    box: Box,
    /** OCR confidence 0..1; null for text-layer words. */
    conf: z.number().nullable(),
    /** Character offset of the word's first character in the page's `text`. */
    offset: z.number().int(),
    /** Font size as a fraction of the page height, where the reader knows it (text-layer items, OCR line height). */
    size: z.number().optional(),
    /** True when the word is set in a bold face (known for text-layer words on header pages). */
    bold: z.boolean().optional(),
  })
  .strict();
export type Word = z.infer<typeof Word>;

/** A page's text in reading order together with its words. */
export const PageText = z.object({ text: z.string(), words: z.array(Word) }).strict();
export type PageText = z.infer<typeof PageText>;

/** Where a value was read: page (1-based), box (page fractions, top-left origin) and OCR confidence 0..1 (null for the text layer). */
export const Located = { page: z.number().int().min(1), box: Box.nullable(), confidence: z.number().nullable() };
