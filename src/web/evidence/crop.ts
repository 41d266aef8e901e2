import type { Box } from '../../record/index.ts';
import { pageImage } from '../render-page-image.ts';

/** Width in pixels pages are rendered at for crops (an A4 page: about 170 dpi, small print readable). */
const RENDER_WIDTH = 1400;
/** Context kept above and below a boxed value, as a fraction of the page height (two or three lines). */
const CONTEXT = 0.035;

/** The region of a page a crop shows, in page fractions: the full text width, a few lines around the box. */
export function cropRegion(box: Box | null): Box {
  if (!box) return { x: 0, y: 0, w: 1, h: 1 };
  const x0 = Math.max(0, Math.min(0.04, box.x - 0.02));
  const x1 = Math.min(1, Math.max(0.96, box.x + box.w + 0.02));
  const y0 = Math.max(0, box.y - CONTEXT);
  const y1 = Math.min(1, box.y + box.h + CONTEXT);
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}

/**
 * A PNG of the region of a PDF page around a value, with the value boxed in red: the page is
 * rendered with pdf.js (cached by hash, as the web page does), cut to `cropRegion(box)`, and the
 * box (page fractions, top-left origin) drawn on it. Without a box, the whole page, unmarked.
 */
export async function cropWithBox(pdfPath: string, sha256: string, page: number, box: Box | null): Promise<Buffer> {
  // The canvas library loads when a crop is first drawn: a CLI command that draws none never pays for it.
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  const image = await loadImage(await pageImage(pdfPath, sha256, page, RENDER_WIDTH));
  const [W, H] = [image.width, image.height];
  const r = cropRegion(box);
  const [sx, sy, sw, sh] = [Math.round(r.x * W), Math.round(r.y * H), Math.max(1, Math.round(r.w * W)), Math.max(1, Math.round(r.h * H))];
  const canvas = createCanvas(sw, sh);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, sw, sh);
  ctx.drawImage(image, sx, sy, sw, sh, 0, 0, sw, sh);
  if (box) {
    const pad = 4;
    ctx.strokeStyle = '#d0021b';
    ctx.lineWidth = 3;
    ctx.strokeRect(box.x * W - sx - pad, box.y * H - sy - pad, box.w * W + 2 * pad, box.h * H + 2 * pad);
  }
  return canvas.toBuffer('image/png');
}
