import { decodedContent } from './content-size.ts';
import { mul, type Matrix } from './matrix.ts';
import type { RawPdf } from './raw/raw-pdf.ts';
import type { RawPage } from './raw/page-tree.ts';

/** A path a page paints, in viewport units (PDF points, top-left origin of the visible box). */
export interface DrawnShape {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Filled (f, F, f*, B, b...), else stroked. */
  filled: boolean;
  /** Made of curves (a disc, a ring), else of straight segments and rectangles. */
  curved: boolean;
}

/** Decoded content bytes above which a page's shapes are not read (a vector plan, a content-stream bomb). */
const MAX_CONTENT_BYTES = 2 << 20;

// Content-stream tokens: strings, hex strings and dictionaries (skipped), arrays' brackets, names, numbers, operators.
// (Read with a pattern, not PdfLexer as embedded-jpeg.ts walks a scan's page: the lexer's look-ahead for references after every
// whole number costs 2.9 ms a typeset page against 1.0 ms for this whole pass; embedded-jpeg.ts reads thin pages only.)
const TOKEN = /\((?:\\[\s\S]|[^\\)])*\)|<<|>>|<[0-9A-Fa-f\s]*>|[[\]{}]|\/[^\s/[\]()<>{}%]*|[+-]?(?:\d+\.?\d*|\.\d+)|[A-Za-z'"]+\*?|%[^\r\n]*/g;
const FILL = new Set(['f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const STROKE = new Set(['S', 's']);

/**
 * The paths painted directly by a page's content streams (not inside form XObjects), with the graphics state's
 * transforms followed; empty for a rotated page, a content stream that is not Flate or plain, or one too large.
 */
export function drawnShapes(raw: RawPdf, page: RawPage): DrawnShape[] {
  if (page.rotate !== 0) return [];
  const text = contentText(raw, page);
  if (!text) return [];
  const [bx0, , , by1] = page.box;
  // Default user space to the viewport: y down from the visible box's top.
  const base: Matrix = [1, 0, 0, -1, -bx0, by1];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let toView = base;
  const nums: number[] = [];
  // The current path's box (kept as it grows: a path may hold a great many points) and whether it curves.
  let path = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity, curved: false };
  const shapes: DrawnShape[] = [];
  const point = (x: number, y: number) => {
    const vx = toView[0] * x + toView[2] * y + toView[4];
    const vy = toView[1] * x + toView[3] * y + toView[5];
    path.x0 = Math.min(path.x0, vx);
    path.x1 = Math.max(path.x1, vx);
    path.y0 = Math.min(path.y0, vy);
    path.y1 = Math.max(path.y1, vy);
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    if ((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46) {
      nums.push(Number(t));
      continue;
    }
    if (c === 40 || c === 60 || c === 47 || c === 37 || c === 91 || c === 93 || c === 123 || c === 125 || c === 62) {
      if (c !== 91 && c !== 93) nums.length = 0;
      continue;
    }
    const n = nums.splice(0);
    if (t === 'q') stack.push(ctm);
    else if (t === 'Q') ((ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0]), (toView = mul(ctm, base)));
    else if (t === 'cm' && n.length === 6) ((ctm = mul(n as Matrix, ctm)), (toView = mul(ctm, base)));
    else if ((t === 'm' || t === 'l') && n.length === 2) point(n[0]!, n[1]!);
    else if (t === 'c' && n.length === 6) (point(n[4]!, n[5]!), point(n[0]!, n[1]!), point(n[2]!, n[3]!), (path.curved = true));
    else if ((t === 'v' || t === 'y') && n.length === 4) (point(n[0]!, n[1]!), point(n[2]!, n[3]!), (path.curved = true));
    else if (t === 're' && n.length === 4) (point(n[0]!, n[1]!), point(n[0]! + n[2]!, n[1]! + n[3]!));
    else if (FILL.has(t) || STROKE.has(t) || t === 'n') {
      if (t !== 'n' && path.x1 >= path.x0) shapes.push({ x0: path.x0, y0: path.y0, x1: path.x1, y1: path.y1, filled: FILL.has(t), curved: path.curved });
      path = { x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity, curved: false };
    } else if (t === 'ID') {
      // An inline image's data runs to "EI": skip it whole.
      const end = text.indexOf('EI', TOKEN.lastIndex);
      if (end < 0) break;
      TOKEN.lastIndex = end + 2;
    }
  }
  return shapes;
}

/** The page's content streams decoded and joined, as latin1 text; null when any cannot be read or they are too large (measured with a cap: a content-stream bomb is never inflated whole). */
function contentText(raw: RawPdf, page: RawPage): string | null {
  const parts = decodedContent(raw, page.ref, MAX_CONTENT_BYTES);
  if (!Array.isArray(parts) || !parts.length || parts.some((p) => !p)) return null;
  return parts.map((p) => Buffer.from(p!.buffer, p!.byteOffset, p!.byteLength).toString('latin1')).join('\n');
}
