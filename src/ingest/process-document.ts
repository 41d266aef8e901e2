import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import PQueue from 'p-queue';
import { z } from 'zod';
import { DocketError, EXIT, oneLine } from '../errors.ts';
import { OcrPageError, type OcrEngine, type OcrResult } from '../ocr/engine.ts';
import { layoutWords, PageText, Word, type LaidWord } from '../page-text.ts';
import { encodePgm, findPageImages, loadImageGrey, type GreyImage, type PlacedImage } from '../pdf/page-images.ts';
import { withPdf } from '../pdf/open-pdf.ts';
import { renderPageGrey } from '../pdf/render-page.ts';
import { readTextLayer } from '../pdf/text-layer.ts';
import { coverageMatters, measureText, routePage, type OcrMode } from '../route/route-page.ts';

/** One page as stored: where its text came from, why, and the text with word boxes. */
export const PageRecord = z
  .object({
    /** 1-based page number. */
    number: z.number().int().min(1),
    source: z.enum(['text', 'ocr']),
    reason: z.string(),
    /** OCR confidence 0..1 for OCR pages, null for text pages. */
    confidence: z.number().nullable(),
    /** Characters of text obtained. */
    chars: z.number().int(),
    text: z.string(),
    words: z.array(Word),
    /** How the page's image was obtained for OCR: `embedded WxH @ D dpi` or `rendered @ D dpi`; null for text pages. */
    image: z.string().nullable(),
    /** Why the page has no text although it should (OCR timed out or failed); null when fine. */
    error: z.string().nullable(),
    /** Wall-clock milliseconds spent on the page. */
    ms: z.number(),
  })
  .strict();
export type PageRecord = z.infer<typeof PageRecord>;

/** Settings of page processing. */
export interface ProcessOptions {
  ocr: OcrMode;
  /** Resolution used when a page must be rendered for OCR (no single embedded scan). */
  renderDpi: number;
  /** Milliseconds without any page finishing after which the document is given up (an asynchronous hang in pdf.js). */
  stallMs?: number;
  /** Called as each page is finished (progress). */
  onPage?: (page: PageRecord) => void;
}

/** Reads every page of one PDF from its best source. Throws DocketError when the PDF cannot be opened. */
export async function processDocument(bytes: Uint8Array, engine: OcrEngine, opts: ProcessOptions): Promise<PageRecord[]> {
  return withPdf(bytes, async (doc) => {
    // Pages are read in parallel so OCR workers stay busy; the queue bounds decoded images in memory.
    const queue = new PQueue({ concurrency: Math.max(1, engine.concurrency) });
    const watchdog = stallWatchdog(opts.stallMs ?? 10 * 60_000);
    const jobs = Array.from({ length: doc.numPages }, (_, i) =>
      queue.add(async () => {
        const page = await processPage(doc, i + 1, engine, opts).finally(watchdog.rearm);
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

async function processPage(doc: PDFDocumentProxy, number: number, engine: OcrEngine, opts: ProcessOptions): Promise<PageRecord> {
  const started = performance.now();
  let page: PDFPageProxy | undefined;
  try {
    page = await doc.getPage(number);
    const layer = await readTextLayer(page);
    // Images are only looked at when they can change the route (a thin text layer) or are needed for OCR.
    let images = coverageMatters(measureText(layer.text, 0), opts.ocr) ? await findPageImages(page) : null;
    const coverage = Math.max(0, ...(images ?? []).map((i) => i.coverage));
    const route = routePage(measureText(layer.text, coverage), opts.ocr);
    const base = { number, ...route, error: null };
    if (route.source === 'text')
      return PageRecord.parse({ ...base, confidence: null, chars: layer.text.length, ...layer, image: null, ms: performance.now() - started });
    try {
      images ??= await findPageImages(page);
      const { text, words, confidence, image } = await ocrPage(doc, page, images, engine, opts);
      return PageRecord.parse({ ...base, confidence, chars: text.length, text, words, image, ms: performance.now() - started });
    } catch (err) {
      if (!(err instanceof OcrPageError)) throw err;
      return { ...base, confidence: 0, chars: 0, text: '', words: [], image: null, error: err.message, ms: performance.now() - started };
    }
  } catch (err) {
    // A page pdf.js cannot parse is kept, empty, with its reason: never dropped.
    return { number, source: 'text', reason: 'page could not be read', confidence: null, chars: 0, text: '', words: [], image: null, error: `page unreadable: ${oneLine(err)}`, ms: performance.now() - started };
  } finally {
    page?.cleanup();
  }
}

async function ocrPage(doc: PDFDocumentProxy, page: PDFPageProxy, images: PlacedImage[], engine: OcrEngine, opts: ProcessOptions) {
  const vp = page.getViewport({ scale: 1 });
  const scan = pickScanImage(images);
  let grey: GreyImage | null = scan ? await loadImageGrey(page, scan.name) : null;
  let dpi: number;
  let place: (b: Word['box']) => Word['box'];
  let image: string;
  if (scan && grey) {
    // OCR the embedded scan at its own resolution and map its boxes through the image's placement.
    const [x0, y0] = scan.topLeft;
    const [x1, y1] = scan.bottomRight;
    dpi = grey.width / (Math.abs(x1 - x0) / 72);
    place = (b) => ({ x: (x0 + b.x * (x1 - x0)) / vp.width, y: (y0 + b.y * (y1 - y0)) / vp.height, w: (b.w * Math.abs(x1 - x0)) / vp.width, h: (b.h * Math.abs(y1 - y0)) / vp.height });
    image = `embedded ${grey.width}x${grey.height} @ ${Math.round(dpi)} dpi`;
  } else {
    const rendered = await renderPageGrey(page, doc.canvasFactory, opts.renderDpi);
    grey = rendered;
    dpi = rendered.dpi;
    place = (b) => b;
    image = `rendered @ ${dpi} dpi`;
  }
  const result = await engine.recognize({ data: encodePgm(grey), width: grey.width, height: grey.height, dpi });
  grey = null;
  return { ...ocrToPageText(result, place), confidence: round3(result.confidence), image };
}

/** The one image that is the page's scan: upright, covering most of the page. */
function pickScanImage(images: PlacedImage[]): PlacedImage | null {
  const big = images.filter((i) => i.coverage >= 0.5 && i.bottomRight[0] > i.topLeft[0] && i.bottomRight[1] > i.topLeft[1]);
  return big.length === 1 ? big[0]! : null;
}

/** Lays OCR words out as page text: words by spaces, lines by newlines, paragraphs by blank lines. */
export function ocrToPageText(result: OcrResult, place: (b: Word['box']) => Word['box'] = (b) => b): PageText {
  const laid: LaidWord[] = [];
  result.paragraphs.forEach((para, p) =>
    para.forEach((line, l) =>
      line.forEach((w, i) => laid.push({ text: w.text, box: place(w.box), conf: round3(w.conf), sep: i > 0 ? ' ' : l > 0 ? '\n' : p > 0 ? '\n\n' : '' })),
    ),
  );
  return layoutWords(laid);
}

const round3 = (n: number) => Math.round(n * 1000) / 1000;
