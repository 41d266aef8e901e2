import PQueue from 'p-queue';
import { DocketError, EXIT } from '../errors.ts';
import type { OcrEngine } from '../ocr/engine.ts';
import { withPdf } from '../pdf/open-pdf.ts';
import { RawPdf } from '../pdf/raw/raw-pdf.ts';
import type { PageRecord } from '../record/index.ts';
import { readPage, type ReadOptions } from './read-page.ts';
import { popplerFor, popplerPage } from './poppler-pages.ts';

/** Settings of reading a document's pages. */
export interface ReadPagesOptions extends ReadOptions {
  /** Milliseconds without any page finishing after which the document is given up (an asynchronous hang in pdf.js). */
  stallMs?: number;
  /** Called as each page is finished (progress). */
  onPage?: (page: PageRecord) => void;
  /** Called once the PDF is open, with the number of pages to be read (runners size their time limits by it). */
  onOpen?: (pageCount: number) => void;
  /** Pages read at most; later ones are recorded as `skipped` (never dropped). Default: all. */
  maxPages?: number;
}

/** The engines a document is read with. */
export interface Engines {
  ocr: OcrEngine;
}

/**
 * Step one of the pipeline: reads every page of one PDF from its best source (routing, text layer
 * or OCR, with reasons). Touches no database. Throws DocketError when the PDF cannot be opened.
 */
export async function readPages(bytes: Uint8Array, opts: ReadPagesOptions, engines: Engines): Promise<PageRecord[]> {
  // poppler reads born-digital pages' text; pdf.js opens the file only to read the pages poppler cannot, or to count them.
  const poppler = popplerFor(bytes, opts);
  // The PDF's own structure, read once when first needed (page count, the first pages' content size, stored scans, image sizes).
  let raw: RawPdf | null | undefined;
  const rawPdf = () => (raw === undefined ? (raw = openRaw(bytes)) : raw);
  // A whole file whose every page poppler reads as text is never opened by pdf.js (~10 ms and a heap of objects a document).
  const known = poppler.used ? await popplerOnly(poppler, rawPdf, opts) : [];
  if (known.length && !known.includes(null)) return known as PageRecord[];
  return withPdf(bytes, async (doc) => {
    const toRead = Math.min(doc.numPages, opts.maxPages ?? Infinity);
    opts.onOpen?.(toRead);
    const fast = await poppler.pages(toRead);
    // Pages are read in parallel so OCR workers stay busy; the queue bounds decoded images in memory.
    const queue = new PQueue({ concurrency: Math.max(1, engines.ocr.concurrency) });
    const watchdog = stallWatchdog(opts.stallMs ?? 10 * 60_000);
    const jobs = Array.from({ length: toRead }, (_, i) =>
      queue.add(async () => {
        const page = (fast && known[i]) || popplerPage(fast, i + 1, opts, rawPdf) || (await readPage(doc, i + 1, engines.ocr, opts, rawPdf).finally(watchdog.rearm));
        opts.onPage?.(page);
        return page;
      }),
    );
    try {
      const read = (await Promise.race([Promise.all(jobs), watchdog.stalled])) as PageRecord[];
      return [...read, ...Array.from({ length: doc.numPages - toRead }, (_, i) => skippedPage(toRead + i + 1, toRead))];
    } finally {
      watchdog.stop();
      queue.clear();
    }
  });
}

/**
 * The pages poppler reads as text, when the file states its page count from a whole structure and
 * poppler read exactly that many (the count pdf.js would give): every page, and those beyond the page
 * limit as skipped, or the pages read so far up to the first one pdf.js must read (null). Empty when
 * the count is not known or poppler disagrees: pdf.js then opens the file and counts.
 */
async function popplerOnly(poppler: ReturnType<typeof popplerFor>, rawPdf: () => RawPdf | null, opts: ReadPagesOptions): Promise<(PageRecord | null)[]> {
  const count = rawPdf()?.statedPageCount();
  if (!count) return [];
  const toRead = Math.min(count, opts.maxPages ?? Infinity);
  opts.onOpen?.(toRead);
  const fast = await poppler.pages(toRead);
  if (!fast) return [];
  const pages: (PageRecord | null)[] = [];
  for (let n = 1; n <= toRead; n++) {
    const page = popplerPage(fast, n, opts, rawPdf);
    pages.push(page);
    if (!page) return pages;
  }
  for (const page of pages) opts.onPage?.(page!);
  return [...pages, ...Array.from({ length: count - toRead }, (_, i) => skippedPage(toRead + i + 1, toRead))];
}

/** A page beyond the page limit: recorded, empty, with the limit that skipped it. */
function skippedPage(number: number, maxPages: number): PageRecord {
  const error = `beyond the page limit (--max-pages ${maxPages}); raise the limit and ingest again (--force) to read it`;
  return { number, source: 'text', reason: 'not read: over the page limit', status: 'skipped', confidence: null, chars: 0, text: '', words: [], image: null, error, ms: 0 };
}

/** The small reader of PDF structure over `bytes`, or null when it cannot make sense of them (pdf.js still can). */
function openRaw(bytes: Uint8Array): RawPdf | null {
  try {
    return RawPdf.of(bytes);
  } catch {
    return null;
  }
}

/** Rejects `stalled` when `rearm` has not been called for `ms`: every finished page re-arms it. */
function stallWatchdog(ms: number) {
  let timer: NodeJS.Timeout | undefined;
  let fail!: (e: Error) => void;
  const stalled = new Promise<never>((_, reject) => (fail = reject));
  stalled.catch(() => undefined);
  const rearm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => fail(new DocketError(`stalled: no page finished in ${Math.round(ms / 1000)} s; the PDF may be damaged; repair it (qpdf in.pdf out.pdf) and ingest again`, EXIT.completedWithFailures)), ms);
  };
  rearm();
  return { stalled, rearm, stop: () => clearTimeout(timer) };
}
