import { pdfjs, type PDFPageProxy } from './pdfjs.ts';
import type { PageText } from '../record/index.ts';
import { layoutRuns, type Run } from './text-runs.ts';
import { withDrawnBullets } from './drawn-bullets.ts';
import type { RawPdf } from './raw/raw-pdf.ts';

/**
 * Reads a page's text layer into lines in reading order, with a box and font size for every word.
 * With `fonts`, also which words are bold: that needs the operator list (pdf.js loads fonts only
 * then), so callers ask for it on header pages only.
 */
export async function readTextLayer(page: PDFPageProxy, opts: { fonts?: boolean; raw?: RawPdf | null } = {}): Promise<PageText> {
  const content = await page.getTextContent();
  const viewport = page.getViewport({ scale: 1, rotation: readingRotation(page, content.items) });
  // Weights need the operator list, which decodes every image: only worth it on a page with text.
  const hasText = content.items.some((i) => 'str' in i && i.str.trim());
  const bold = opts.fonts && hasText ? await boldFonts(page, content) : new Set<string>();
  const runs: Run[] = [];
  for (const item of content.items) {
    if (!('str' in item) || !item.str.trim()) continue;
    const t = pdfjs().Util.transform(viewport.transform, item.transform);
    if (!Number.isFinite(t[4]) || !Number.isFinite(t[5])) continue; // a damaged text matrix places it nowhere
    const size = Math.hypot(t[2], t[3]) || Math.abs(item.height) || 1;
    runs.push({ str: item.str, x: t[4], base: t[5], size, width: Math.abs(item.width) || size * item.str.length * 0.5, bold: bold.has(item.fontName) });
  }
  // Drawn list markers are placed in the page's unturned view only.
  return layoutRuns(viewport.rotation === 0 ? withDrawnBullets(runs, opts.raw ?? null, page.pageNumber) : runs, viewport.width, viewport.height);
}

/**
 * The view rotation (degrees) in which most of the page's text runs left to right: the page's own
 * /Rotate, unless its text is turned another way (a sideways table, a page fed upside down), so
 * that lines are read as lines. Word boxes are then in that view.
 */
function readingRotation(page: PDFPageProxy, items: Awaited<ReturnType<PDFPageProxy['getTextContent']>>['items']): number {
  const view = page.getViewport({ scale: 1 }).transform;
  const chars = [0, 0, 0, 0];
  for (const item of items) {
    if (!('str' in item) || !item.str.trim()) continue;
    const t = pdfjs().Util.transform(view, item.transform);
    // Quarter turns clockwise (the view's y runs down) from left-to-right to the text's direction.
    chars[Math.round(Math.atan2(t[1], t[0]) / (Math.PI / 2)) & 3]! += item.str.length;
  }
  const turn = chars.indexOf(Math.max(...chars));
  return (page.rotate + 360 - turn * 90) % 360;
}

/** Names of the page's fonts whose face is bold (from the embedded font's name, e.g. `ABCDEF+Arial-BoldMT`). */
async function boldFonts(page: PDFPageProxy, content: Awaited<ReturnType<PDFPageProxy['getTextContent']>>): Promise<Set<string>> {
  const out = new Set<string>();
  try {
    await page.getOperatorList();
    const objs = page.commonObjs as unknown as { has(id: string): boolean; get(id: string): { name?: string; bold?: boolean; black?: boolean } };
    for (const id of new Set(content.items.flatMap((i) => ('fontName' in i ? [i.fontName] : [])))) {
      if (!objs.has(id)) continue;
      const font = objs.get(id);
      if (font.bold || font.black || /bold|black|heavy|semibold|demi/i.test(font.name ?? '')) out.add(id);
    }
  } catch {
    // Fonts are a hint for titles; a page whose fonts cannot be read is still read, without weights.
  }
  return out;
}
