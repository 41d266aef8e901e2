import type { PDFPageProxy } from './pdfjs.ts';
import type { GreyImage } from './page-images.ts';
import { MAX_IMAGE_PIXELS } from './oversized-images.ts';

/** The canvas pdf.js renders onto (from `doc.canvasFactory`, backed by @napi-rs/canvas in Node). */
export interface RenderedCanvas {
  canvas: { toBuffer(type: string): Buffer };
  context: { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } };
  width: number;
  height: number;
}

interface CanvasFactory {
  create(w: number, h: number): { canvas: unknown; context: unknown };
  destroy(c: { canvas: unknown; context: unknown }): void;
}

/** Renders a page at `scale` (1 = 72 dpi) on a white canvas, hands it to `use`, and always frees the canvas. */
export async function withRenderedPage<T>(page: PDFPageProxy, canvasFactory: unknown, scale: number, use: (c: RenderedCanvas) => T): Promise<T> {
  const viewport = page.getViewport({ scale });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  const factory = canvasFactory as CanvasFactory;
  const entry = factory.create(width, height);
  try {
    const context = entry.context as RenderedCanvas['context'] & { fillStyle: string; fillRect(x: number, y: number, w: number, h: number): void };
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    await page.render({ canvasContext: context as never, canvas: entry.canvas as never, viewport }).promise;
    return use({ canvas: entry.canvas as RenderedCanvas['canvas'], context, width, height });
  } finally {
    factory.destroy(entry);
  }
}

/** Renders a page with pdf.js at `dpi` and returns grey pixels (for pages with no single scan image). */
export async function renderPageGrey(page: PDFPageProxy, canvasFactory: unknown, dpi: number): Promise<GreyImage & { dpi: number }> {
  // Oversized pages (plans, A0 posters, a hostile 1,000,000-point page) are rendered at a lower, possibly
  // fractional, resolution so that one page stays under MAX_IMAGE_PIXELS (~40 MP: A4 at 300 dpi is 8.7 MP).
  const base = page.getViewport({ scale: 1 });
  const area = Math.max(1, base.width * base.height);
  dpi = Math.min(dpi, 72 * Math.sqrt(MAX_IMAGE_PIXELS / area) * 0.999);
  return withRenderedPage(page, canvasFactory, dpi / 72, ({ context, width, height }) => {
    const rgba = context.getImageData(0, 0, width, height).data;
    const grey = new Uint8Array(width * height);
    for (let i = 0, j = 0; i < grey.length; i++, j += 4) grey[i] = (rgba[j]! * 299 + rgba[j + 1]! * 587 + rgba[j + 2]! * 114) / 1000;
    return { width, height, grey, dpi };
  });
}
