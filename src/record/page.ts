import { z } from 'zod';
import { Word } from './geometry.ts';

/** Whether a page was read: `failed` (it would not render or read), `skipped` (a limit was reached). */
export const PageStatus = z.enum(['ok', 'failed', 'skipped']);
export type PageStatus = z.infer<typeof PageStatus>;

/** One page as read by the pipeline: where its text came from, why, and the text with word boxes. */
export const PageRecord = z
  .object({
    /** 1-based page number. */
    number: z.number().int().min(1),
    source: z.enum(['text', 'ocr']),
    /** Why that source was chosen. */
    reason: z.string(),
    /** OCR confidence 0..1 for OCR pages, null for text pages. */
    confidence: z.number().nullable(),
    /** Characters of text obtained. */
    chars: z.number().int(),
    text: z.string(),
    words: z.array(Word),
    /** How the page's image was obtained for OCR: `embedded WxH @ D dpi` or `rendered @ D dpi`; null for text pages. */
    image: z.string().nullable(),
    status: PageStatus,
    /** Why the page has no text although it should (OCR timed out or failed, page unreadable); null when fine. */
    error: z.string().nullable(),
    /** Wall-clock milliseconds spent on the page. */
    ms: z.number(),
  })
  .strict();
export type PageRecord = z.infer<typeof PageRecord>;

/** A page as extraction reads it: its number, source and text with words. */
export type ExtractPage = Pick<PageRecord, 'number' | 'source' | 'text' | 'words'>;

/** A page as the export contract shows it. */
export const PageSummary = z.object({
  number: z.number().int(),
  source: z.enum(['text', 'ocr']),
  reason: z.string(),
  confidence: z.number().nullable(),
  chars: z.number().int(),
  status: PageStatus,
  error: z.string().nullable(),
  /** Present with `export --with-text`. */
  text: z.string().optional(),
});
export type PageSummary = z.infer<typeof PageSummary>;
