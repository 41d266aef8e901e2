import { pdfjs, type PDFPageProxy } from './pdfjs.ts';
import type { Matrix } from './matrix.ts';

/** An image painted on a page and where it lands, in viewport units (PDF points, top-left origin). */
export interface PlacedImage {
  name: string;
  /** Pixel size of the image as stored in the PDF. */
  width: number;
  height: number;
  /** Viewport position of the image's top-left pixel and of its bottom-right pixel. */
  topLeft: [number, number];
  bottomRight: [number, number];
  /** Fraction (0..1) of the page area the image covers. */
  coverage: number;
}


const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Lists the raster images a page paints, following the graphics state to place each one. */
export async function findPageImages(page: PDFPageProxy): Promise<PlacedImage[]> {
  const { OPS, Util } = pdfjs();
  const viewport = page.getViewport({ scale: 1 });
  const ops = await page.getOperatorList();
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const images: PlacedImage[] = [];
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[];
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform) ctm = Util.transform(ctm, args as Matrix) as Matrix;
    else if (fn === OPS.paintImageXObject) {
      const [name, width, height] = args as [string, number, number];
      const m = Util.transform(viewport.transform, ctm) as Matrix;
      // The image fills the unit square; its top-left pixel sits at (0,1), bottom-right at (1,0).
      const topLeft = apply(m, 0, 1);
      const bottomRight = apply(m, 1, 0);
      const area = Math.abs((bottomRight[0] - topLeft[0]) * (bottomRight[1] - topLeft[1]));
      images.push({ name, width, height, topLeft, bottomRight, coverage: Math.min(1, area / (viewport.width * viewport.height)) });
    }
  }
  return images;
}

const IMAGE_TIMEOUT_MS = 30_000;

/** A decoded image as one grey byte per pixel. */
export interface GreyImage {
  width: number;
  height: number;
  grey: Uint8Array;
}

/** Decodes a painted image at its own resolution (pdf.js image kinds: 1 = 1 bit, 2 = RGB, 3 = RGBA). */
export async function loadImageGrey(page: PDFPageProxy, name: string): Promise<GreyImage | null> {
  const store = name.startsWith('g_') ? page.commonObjs : page.objs;
  const img = await new Promise<{ width: number; height: number; kind: number; data?: Uint8ClampedArray } | null>((resolve) => {
    // An image pdf.js could not decode may never resolve: give up after a while and let the page be rendered instead.
    const timer = setTimeout(() => resolve(null), IMAGE_TIMEOUT_MS);
    try {
      store.get(name, (v: unknown) => {
        clearTimeout(timer);
        resolve(v as never);
      });
    } catch {
      clearTimeout(timer);
      resolve(null);
    }
  });
  if (!img?.data) return null;
  return { width: img.width, height: img.height, grey: toGrey(img.width, img.height, img.kind, img.data) };
}

function toGrey(width: number, height: number, kind: number, data: Uint8ClampedArray): Uint8Array {
  const n = width * height;
  const out = new Uint8Array(n);
  if (kind === 1) {
    const rowBytes = (width + 7) >> 3;
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) out[y * width + x] = (data[y * rowBytes + (x >> 3)]! >> (7 - (x & 7))) & 1 ? 255 : 0;
  } else {
    const step = kind === 3 ? 4 : 3;
    for (let i = 0, j = 0; i < n; i++, j += step)
      out[i] = (data[j]! * 299 + data[j + 1]! * 587 + data[j + 2]! * 114) / 1000;
  }
  return out;
}

/** Encodes grey pixels as binary PGM, which tesseract reads directly (no slow PNG encode). */
export function encodePgm(img: GreyImage): Uint8Array {
  const header = Buffer.from(`P5\n${img.width} ${img.height}\n255\n`, 'latin1');
  return Buffer.concat([header, Buffer.from(img.grey.buffer, img.grey.byteOffset, img.grey.byteLength)]);
}

/**
 * Whether a rendered page has no ink worth reading: fewer clearly dark pixels (grey < 160) than one
 * small printed character has at this resolution (100 at 300 dpi; a page number alone has several
 * hundred). Such a page (a blank separator, the empty back of a sheet) is not handed to OCR, which
 * spends most of a second finding nothing on it.
 */
export function isBlankPage(image: GreyImage & { dpi: number }): boolean {
  const limit = Math.max(4, 100 * (image.dpi / 300) ** 2);
  return countBelow(image.grey, 160, limit) <= limit;
}

/**
 * Whether a page rendered small (a preview, ~36 dpi) is white all over: at most 3 pixels not pure
 * white. Anything drawn at all, even a light rule, fails this; it is the cheap first look before a
 * full-resolution render.
 */
export function isWhitePreview(image: GreyImage): boolean {
  return countBelow(image.grey, 250, 3) <= 3;
}

/**
 * The ink of a scan that no recognised word covers: of its rows with a few dark pixels (grey < 128, at least 0.5%
 * of the width), the share outside every word's box (a little margin around each), and their height as a share of
 * the page's. A page whose automatic layout analysis skipped paragraphs (skewed text on a rough scan) leaves much
 * of its ink unread; a lone mark or rule leaves only a sliver.
 */
export function unreadInk(image: GreyImage, words: readonly { y: number; h: number }[]): { share: number; height: number } {
  const covered = new Uint8Array(image.height);
  for (const w of words) {
    const pad = w.h * 0.3;
    for (let y = Math.max(0, Math.floor((w.y - pad) * image.height)); y < Math.min(image.height, Math.ceil((w.y + w.h + pad) * image.height)); y++) covered[y] = 1;
  }
  const need = Math.max(3, Math.round(image.width * 0.005));
  let ink = 0;
  let unread = 0;
  for (let y = 0; y < image.height; y++) {
    let dark = 0;
    for (let x = 0, i = y * image.width; x < image.width && dark < need; x++, i++) if (image.grey[i]! < 128) dark++;
    if (dark < need) continue;
    ink++;
    if (!covered[y]) unread++;
  }
  return { share: ink ? unread / ink : 0, height: unread / image.height };
}

/** Pixels darker than `level`, counted up to just past `cap`. */
function countBelow(grey: Uint8Array, level: number, cap: number): number {
  let n = 0;
  for (let i = 0; i < grey.length && n <= cap; i++) if (grey[i]! < level) n++;
  return n;
}
