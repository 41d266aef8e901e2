import type { PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { GreyImage } from './page-images.ts';

/** Renders a page with pdf.js onto a canvas at `dpi` and returns grey pixels (for pages with no single scan image). */
export async function renderPageGrey(page: PDFPageProxy, canvasFactory: unknown, dpi: number): Promise<GreyImage> {
  const viewport = page.getViewport({ scale: dpi / 72 });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  const factory = canvasFactory as CanvasFactory;
  const { canvas, context } = factory.create(width, height);
  try {
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    await page.render({ canvasContext: context as never, canvas: canvas as never, viewport }).promise;
    const rgba = context.getImageData(0, 0, width, height).data;
    const grey = new Uint8Array(width * height);
    for (let i = 0, j = 0; i < grey.length; i++, j += 4) grey[i] = (rgba[j]! * 299 + rgba[j + 1]! * 587 + rgba[j + 2]! * 114) / 1000;
    return { width, height, grey };
  } finally {
    factory.destroy({ canvas, context });
  }
}

interface CanvasFactory {
  create(w: number, h: number): { canvas: unknown; context: Ctx };
  destroy(c: { canvas: unknown; context: Ctx }): void;
}
interface Ctx {
  fillStyle: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
}
