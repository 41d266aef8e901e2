import { hasHugeContent } from './content-size.ts';
import { isRef } from './raw/pdf-syntax.ts';
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

type Matrix = [number, number, number, number, number, number];

const times = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/** Decoded content bytes above which a page's shapes are not read (a vector plan, a content-stream bomb). */
const MAX_CONTENT_BYTES = 2 << 20;

// Content-stream tokens: strings, hex strings and dictionaries (skipped), arrays' brackets, names, numbers, operators.
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
    else if (t === 'Q') ((ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0]), (toView = times(ctm, base)));
    else if (t === 'cm' && n.length === 6) ((ctm = times(n as Matrix, ctm)), (toView = times(ctm, base)));
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

/** The page's content streams decoded and joined, as latin1 text; null when any cannot be read or they are too large. */
function contentText(raw: RawPdf, page: RawPage): string | null {
  try {
    // (Measured with a cap before anything is decoded whole: a content-stream bomb is never inflated.)
    if (hasHugeContent(raw, page.ref, MAX_CONTENT_BYTES)) return null;
    const contents = raw.resolve(page.dict.get('Contents'));
    const refs = Array.isArray(contents) ? contents.filter(isRef) : isRef(page.dict.get('Contents')) ? [page.dict.get('Contents')] : [];
    const parts: string[] = [];
    let size = 0;
    for (const ref of refs) {
      if (!isRef(ref)) continue;
      const bytes = raw.decodedStream(ref);
      if (!bytes) return null;
      size += bytes.length;
      if (size > MAX_CONTENT_BYTES) return null;
      parts.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'));
    }
    return parts.length ? parts.join('\n') : null;
  } catch {
    return null;
  }
}
