import { oneLine } from '../errors.ts';
import { OcrPageError, type OcrEngine } from '../ocr/engine.ts';
import { ocrToPageText } from '../ocr/ocr-page-text.ts';
import { boldWords } from '../ocr/stroke-weight.ts';
import { hasHugeContent } from '../pdf/content-size.ts';
import { describeOversized, findOversizedImage } from '../pdf/oversized-images.ts';
import { encodePgm, findPageImages, isBlankPage, isWhitePreview, loadImageGrey, unreadInk, type PlacedImage } from '../pdf/page-images.ts';
import { findStoredScan, type StoredScan } from '../pdf/page-scan.ts';
import type { PDFDocumentProxy, PDFPageProxy } from '../pdf/pdfjs.ts';
import type { TextEngineChoice } from '../pdf/poppler/poppler-text.ts';
import type { RawPdf } from '../pdf/raw/raw-pdf.ts';
import { renderPageGrey } from '../pdf/render-page.ts';
import { readSkippedLines } from '../ocr/skipped-lines.ts';
import { readTextLayer } from '../pdf/text-layer.ts';
import { PageRecord, type Box } from '../record/index.ts';
import { coverageMatters, measureText, routePage, type OcrMode } from '../route/route-page.ts';

/** Settings of page reading. */
export interface ReadOptions {
  ocr: OcrMode;
  /** Resolution used when a page must be rendered for OCR (no single embedded scan). */
  renderDpi: number;
  /** Which reader gives born-digital pages their text (default `auto`: poppler when installed, else pdf.js). */
  text?: TextEngineChoice;
  /** Pages whose font weights are read (bold titles); later pages skip the cost. Default 2. */
  fontPages?: number;
}

/**
 * Reads one page from its best source (text layer or OCR), never throwing: a page that fails is
 * kept, empty, with its reason. `raw` gives the PDF's own structure, for handing a page's stored
 * JPEG to the engine as it is.
 */
export async function readPage(doc: PDFDocumentProxy, number: number, engine: OcrEngine, opts: ReadOptions, raw: () => RawPdf | null = () => null): Promise<PageRecord> {
  const started = performance.now();
  const ms = () => performance.now() - started;
  let page: PDFPageProxy | undefined;
  try {
    page = await doc.getPage(number);
    // Fonts (bold titles) need pdf.js's operator list, which a content-stream bomb makes gigabytes large.
    const fonts = number <= (opts.fontPages ?? 2) && !(raw() && page.ref && hasHugeContent(raw()!, page.ref));
    const layer = await readTextLayer(page, { fonts, raw: raw() });
    // Images are only looked at when they can change the route (a thin text layer) or are needed for OCR.
    // A page that is one stored JPEG is known without decoding it; other images need pdf.js's operator list.
    const thin = coverageMatters(measureText(layer.text, 0), opts.ocr);
    const scan = thin || opts.ocr === 'always' ? findStoredScan(page, raw()) : null;
    let images = thin ? (scan ? [scan.placed] : await findPageImages(page)) : null;
    const coverage = Math.max(0, ...(images ?? []).map((i) => i.coverage));
    const route = routePage(measureText(layer.text, coverage), opts.ocr);
    const base = { number, ...route, status: 'ok' as const, error: null };
    if (route.source === 'text') return PageRecord.parse({ ...base, confidence: null, chars: layer.text.length, ...layer, image: null, ms: ms() });
    // An image too large to decode is never handed to pdf.js or the OCR engine: the page keeps its text layer, skipped.
    const oversized = findOversized(page, raw());
    if (oversized) return PageRecord.parse({ ...base, status: 'skipped', confidence: null, chars: layer.text.length, ...layer, image: null, error: describeOversized(oversized), ms: ms() });
    try {
      const scanned = scan ?? findStoredScan(page, raw());
      if (!scanned) images ??= await findPageImages(page);
      const { text, words, confidence, image } = await ocrPage(doc, page, scanned, images ?? [], engine, opts);
      return PageRecord.parse({ ...base, confidence, chars: text.length, text, words, image, ms: ms() });
    } catch (err) {
      if (!(err instanceof OcrPageError)) throw err;
      return { ...base, status: 'failed', confidence: 0, chars: 0, text: '', words: [], image: null, error: err.message, ms: ms() };
    }
  } catch (err) {
    // A page pdf.js cannot parse is kept, empty, with its reason: never dropped.
    return { number, source: 'text', reason: 'page could not be read', status: 'failed', confidence: null, chars: 0, text: '', words: [], image: null, error: `page unreadable: ${oneLine(err)}`, ms: ms() };
  } finally {
    page?.cleanup();
  }
}

/** The image OCR reads: the stored JPEG as it is, else the one big scan decoded to grey, else the page rendered. */
async function ocrPage(doc: PDFDocumentProxy, page: PDFPageProxy, stored: StoredScan | null, images: PlacedImage[], engine: OcrEngine, opts: ReadOptions) {
  const vp = page.getViewport({ scale: 1 });
  const scan = stored?.placed ?? pickScanImage(images);
  const grey = !stored && scan ? await loadImageGrey(page, scan.name) : null;
  let input: { data: Uint8Array; width: number; height: number; dpi: number };
  let rendered: Awaited<ReturnType<typeof renderPageGrey>> | null = null;
  let place: (b: Box) => Box = (b) => b;
  let image: string;
  if (scan && (stored || grey)) {
    // OCR the embedded scan at its own resolution and map its boxes through the image's placement.
    const [x0, y0] = scan.topLeft;
    const [x1, y1] = scan.bottomRight;
    const width = stored ? scan.width : grey!.width;
    const height = stored ? scan.height : grey!.height;
    const dpi = width / (Math.abs(x1 - x0) / 72);
    place = (b) => ({ x: (x0 + b.x * (x1 - x0)) / vp.width, y: (y0 + b.y * (y1 - y0)) / vp.height, w: (b.w * Math.abs(x1 - x0)) / vp.width, h: (b.h * Math.abs(y1 - y0)) / vp.height });
    input = { data: stored ? stored.jpeg : encodePgm(grey!), width, height, dpi };
    image = `embedded ${width}x${height} @ ${Math.round(dpi)} dpi`;
  } else {
    // A blank page (a separator, the empty back of a sheet) gets what OCR would make of it (no words, no
    // confidence) without the engine's second of looking: seen first in a small preview, else at full size.
    const blank = { text: '', words: [], confidence: 0 };
    if (isWhitePreview(await renderPageGrey(page, doc.canvasFactory, 36))) return { ...blank, image: `blank page (white at 36 dpi): not OCR'd` };
    const full = await renderPageGrey(page, doc.canvasFactory, opts.renderDpi);
    rendered = full;
    image = `rendered @ ${Math.round(full.dpi)} dpi`;
    if (isBlankPage(full)) return { ...blank, image: `${image}, blank: not OCR'd` };
    input = { data: encodePgm(full), width: full.width, height: full.height, dpi: full.dpi };
  }
  let result = await engine.recognize(input);
  // Automatic layout analysis may skip paragraphs of a rough scan (skewed lines): a sparse reading that leaves much of
  // the page's ink unread is read again as one block of text, and the fuller reading kept.
  const words = result.paragraphs.flat(2);
  if (words.length < SPARSE_WORDS) {
    // The pixels OCR read, else (a stored JPEG handed over as it is) the page drawn small, the words placed on it.
    const own = rendered ?? grey;
    const pixels = own ?? (await renderPageGrey(page, doc.canvasFactory, 100));
    const unread = unreadInk(pixels, words.map((w) => (own ? w.box : place(w.box))));
    if (unread.share > UNREAD_SHARE && unread.height > UNREAD_HEIGHT) {
      const again = await engine.recognize({ ...input, psm: 6 });
      const chars = (r: typeof result) => r.paragraphs.flat(2).reduce((n, w) => n + w.text.length, 0);
      if (chars(again) > 1.2 * chars(result) && again.confidence >= result.confidence - 0.05) {
        result = again;
        image += `, read again as one block (${Math.round(unread.share * 100)}% of its ink unread by the automatic layout)`;
      }
    }
  }
  // Lines the layout analysis skipped (a rough scan's line left unread between two it read) are read again where they stand.
  // A stored JPEG handed over as it is is decoded by pdf.js for this, under the name its operator list gives it (decode and scan:
  // about 0.02 s a page with two readers, docs/performance.md).
  // (A scan pdf.js cannot decode is read without this, as before: its page is not lost for it.)
  const ownPixels = rendered ?? grey ?? (stored ? await decodedScan(page).catch(() => null) : null);
  if (ownPixels) {
    const fuller = await readSkippedLines(engine, ownPixels, input.dpi, result);
    if (fuller.lines) {
      result = fuller.result;
      image += `, ${fuller.lines} skipped line${fuller.lines > 1 ? 's' : ''} read again`;
    }
  }
  // On the first page (the header's), bold words are read from the thickness of their strokes.
  const pixels = page.pageNumber === 1 ? ownPixels : null;
  const bold = pixels ? boldWords(pixels, result.paragraphs.flat()) : undefined;
  return { ...ocrToPageText(result, place, bold), confidence: Math.round(result.confidence * 1000) / 1000, image };
}

/** A reading with fewer words than this is checked for ink it left unread. */
const SPARSE_WORDS = 250;
/** The share of the page's lines of ink left unread that sends it to a second reading. */
const UNREAD_SHARE = 0.25;
/** ... and the height of that unread ink, as a share of the page's: a few lines of text, not a mark or a rule. */
const UNREAD_HEIGHT = 0.03;

/** The page's first image over the decoding limit, read from the PDF's structure; null when none or unknown. */
function findOversized(page: PDFPageProxy, raw: RawPdf | null) {
  try {
    return raw && page.ref ? findOversizedImage(raw, page.ref) : null;
  } catch {
    return null; // structure the small reader does not follow: pdf.js still drops the image (maxImageSize)
  }
}

/** The page's one big scan decoded to grey by pdf.js, if it has one. */
async function decodedScan(page: PDFPageProxy) {
  const scan = pickScanImage(await findPageImages(page));
  return scan ? loadImageGrey(page, scan.name) : null;
}

/** The one image that is the page's scan: upright, covering most of the page. */
function pickScanImage(images: PlacedImage[]): PlacedImage | null {
  const big = images.filter((i) => i.coverage >= 0.5 && i.bottomRight[0] > i.topLeft[0] && i.bottomRight[1] > i.topLeft[1]);
  return big.length === 1 ? big[0]! : null;
}
