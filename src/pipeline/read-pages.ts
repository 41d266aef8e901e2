import PQueue from 'p-queue';
import { DocketError, EXIT } from '../errors.ts';
import type { OcrEngine } from '../ocr/engine.ts';
import { withPdf } from '../pdf/open-pdf.ts';
import type { PageRecord } from '../record/index.ts';
import { readPage, type ReadOptions } from './read-page.ts';

/** Settings of reading a document's pages. */
export interface ReadPagesOptions extends ReadOptions {
  /** Milliseconds without any page finishing after which the document is given up (an asynchronous hang in pdf.js). */
  stallMs?: number;
  /** Called as each page is finished (progress). */
  onPage?: (page: PageRecord) => void;
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
  return withPdf(bytes, async (doc) => {
    // Pages are read in parallel so OCR workers stay busy; the queue bounds decoded images in memory.
    const queue = new PQueue({ concurrency: Math.max(1, engines.ocr.concurrency) });
    const watchdog = stallWatchdog(opts.stallMs ?? 10 * 60_000);
    const jobs = Array.from({ length: doc.numPages }, (_, i) =>
      queue.add(async () => {
        const page = await readPage(doc, i + 1, engines.ocr, opts).finally(watchdog.rearm);
        opts.onPage?.(page);
        return page;
      }),
    );
    try {
      return (await Promise.race([Promise.all(jobs), watchdog.stalled])) as PageRecord[];
    } finally {
      watchdog.stop();
      queue.clear();
    }
  });
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
