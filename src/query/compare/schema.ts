// The shape `docket diff --format json` prints (documented in the README's contract section).
import { z } from 'zod';
import { Box } from '../../record/index.ts';

/** Where a change is on one side. */
export const Place = z
  .object({
    /** 1-based page. */
    page: z.number().int().min(1),
    /** The changed words' box (page fractions, top-left origin); for words added on the other side, the box of the words where they would go. */
    box: Box.nullable(),
    /** The words on this side as printed ('' when the other side added them). */
    text: z.string(),
    /** The sentence around the change on this side, as printed. */
    sentence: z.string(),
    /** Where `text` is in `sentence`: character offsets `[start, end)` (equal where this side has no words there). */
    mark: z.tuple([z.number().int(), z.number().int()]),
    /** The heading of the section it is in, as printed ('(opening)' before the first heading). */
    section: z.string(),
    /** How the words were read: the PDF's text layer or OCR. */
    source: z.enum(['text', 'ocr']),
    /** Lowest OCR confidence (0..1) of the words; null for the text layer. */
    confidence: z.number().nullable(),
  })
  .strict();
export type Place = z.infer<typeof Place>;

/** What a change is about. */
export const ChangeKind = z.enum(['amount', 'number', 'date', 'field', 'recommendation', 'exemption', 'text']);
export type ChangeKind = z.infer<typeof ChangeKind>;

/** One real difference between A (old) and B (new): words that differ, never layout. */
export const Change = z
  .object({
    kind: ChangeKind,
    /** `reworded`: a recommendation whose words (not only its figures) changed. */
    change: z.enum(['changed', 'added', 'removed', 'reworded']),
    /** What it is: the amount's subject, the field's name (`reference`, `title`, `foiaSections`...), `recommendation 2`, or the section. */
    what: z.string(),
    /** A's value as printed (null when added). */
    old: z.string().nullable(),
    /** B's value as printed (null when removed). */
    new: z.string().nullable(),
    /** A's value read: pounds for amounts, the number for numbers, `YYYY-MM-DD` for dates, the field's value for fields; else null. */
    oldValue: z.union([z.number(), z.string(), z.boolean(), z.array(z.unknown())]).nullable(),
    newValue: z.union([z.number(), z.string(), z.boolean(), z.array(z.unknown())]).nullable(),
    /** Pages (1-based) on each side, null where that side has nothing. */
    oldPage: z.number().int().nullable(),
    newPage: z.number().int().nullable(),
    /** Where it is on each side; for an addition, `a` is where the words would go in A (and the reverse). */
    a: Place.nullable(),
    b: Place.nullable(),
    /** True when a side was read by OCR there: the reading, not only the document, may differ. */
    uncertain: z.boolean(),
    /** Lowest OCR confidence of the words involved on either side; null when both are text layer. */
    confidence: z.number().nullable(),
    /** Index of the word hunk (`redline`) the change was read from; null for changes not in the words (none yet). */
    hunk: z.number().int().nullable(),
  })
  .strict();
export type Change = z.infer<typeof Change>;

/** One place the word streams differ, with a few words of context: what the redline shows. */
export const RedlineHunk = z
  .object({
    before: z.string(),
    removed: z.string(),
    added: z.string(),
    after: z.string(),
    aPage: z.number().int().nullable(),
    bPage: z.number().int().nullable(),
    section: z.string(),
  })
  .strict();
export type RedlineHunk = z.infer<typeof RedlineHunk>;

/** A section (matched across sides by its heading's words) with changes in it. */
export const SectionChanges = z
  .object({
    heading: z.string(),
    /** Where the section starts on each side; null when the heading is on one side only. */
    aPage: z.number().int().nullable(),
    bPage: z.number().int().nullable(),
    changes: z.number().int(),
  })
  .strict();
export type SectionChanges = z.infer<typeof SectionChanges>;

/** One side of a comparison. */
export const DiffSide = z
  .object({
    sha256: z.string(),
    file: z.string(),
    reference: z.string().nullable(),
    title: z.string().nullable(),
    pageCount: z.number().int(),
    /** Pages read by OCR. */
    ocrPages: z.array(z.number().int()),
    /** Words compared, and words left out as page furniture (page numbers, running heads and feet). */
    words: z.number().int(),
    furniture: z.number().int(),
  })
  .strict();
export type DiffSide = z.infer<typeof DiffSide>;

/** The comparison of A (old) with B (new). */
export const DiffResult = z
  .object({
    a: DiffSide,
    b: DiffSide,
    changes: z.array(Change),
    sections: z.array(SectionChanges),
    redline: z.array(RedlineHunk),
    /** Extracted values that differ although the words they were read from do not (an extraction difference, not a change). */
    notes: z.array(z.string()),
  })
  .strict();
export type DiffResult = z.infer<typeof DiffResult>;
