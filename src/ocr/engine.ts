import { z } from 'zod';
import { Box } from '../record/index.ts';

/** An image handed to an OCR engine. */
export interface OcrImage {
  /** Encoded image bytes (binary PGM from docket; PNG/JPEG also accepted by tesseract). */
  data: Uint8Array;
  /** Pixel size. */
  width: number;
  height: number;
  /** Resolution in dots per inch (PGM carries none, tesseract needs it for scale). */
  dpi: number;
  /** Tesseract page segmentation mode for this image, instead of the engine's own (6 = one uniform block of text). */
  psm?: number;
}

/** One recognised word; `box` in fractions of the image (top-left origin). */
export const OcrWord = z.object({ text: z.string(), box: Box, conf: z.number() }).strict();
export type OcrWord = z.infer<typeof OcrWord>;

/** OCR output for one image: words grouped in lines and paragraphs, in reading order. */
export const OcrResult = z
  .object({
    /** Paragraphs, each a list of lines, each a list of words. */
    paragraphs: z.array(z.array(z.array(OcrWord))),
    /** Mean word confidence weighted by length, 0..1. */
    confidence: z.number(),
  })
  .strict();
export type OcrResult = z.infer<typeof OcrResult>;

/** What produced OCR output; stored with every document. */
export interface OcrEngineInfo {
  engine: string;
  data: string;
}

/** The narrow interface every OCR engine (real or fake) implements. */
export interface OcrEngine {
  readonly info: OcrEngineInfo;
  /** How many images it can usefully work on at once. */
  readonly concurrency: number;
  recognize(image: OcrImage): Promise<OcrResult>;
  close(): Promise<void>;
}

/** Raised when one page could not be OCR'd (timeout, crash); the page is stored empty with this reason. */
export class OcrPageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OcrPageError';
  }
}
