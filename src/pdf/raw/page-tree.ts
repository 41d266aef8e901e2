import { isDict, isName, isRef, type PdfDict, type PdfRef } from './pdf-syntax.ts';
import type { RawPdf } from './raw-pdf.ts';

/** A page as its structure states it: its object, the box it is shown in (PDF points) and its /Rotate. */
export interface RawPage {
  ref: PdfRef;
  /** The visible box, `[x0, y0, x1, y1]` in default user space (CropBox, else MediaBox; both inherited from the tree). */
  box: [number, number, number, number];
  /** Clockwise quarter turns the page is shown with (0, 90, 180, 270). */
  rotate: number;
}

const INHERITED = ['MediaBox', 'CropBox', 'Rotate'] as const;

/**
 * Page `number` (1-based) by walking /Root /Pages /Kids with the inherited attributes; null when the tree
 * cannot be followed (a reader then does without what the raw structure would have told it).
 */
export function rawPage(raw: RawPdf, number: number): RawPage | null {
  const trailerRoot = raw.root();
  const pages = trailerRoot && raw.get(trailerRoot, 'Pages');
  if (!isDict(pages)) return null;
  let node: PdfDict = pages;
  let left = number - 1;
  const inherited = new Map<string, unknown>();
  for (let depth = 0; depth < 32; depth++) {
    for (const key of INHERITED) if (node.has(key)) inherited.set(key, raw.get(node, key));
    const kids = raw.get(node, 'Kids');
    if (!Array.isArray(kids)) return null;
    let next: PdfDict | null = null;
    for (const kid of kids) {
      if (!isRef(kid)) continue;
      const dict = raw.dict(kid);
      if (!dict) continue;
      if (isName(dict.get('Type'), 'Pages') || dict.has('Kids')) {
        const count = raw.get(dict, 'Count');
        if (typeof count !== 'number') return null;
        if (left < count) {
          next = dict;
          break;
        }
        left -= count;
      } else if (left-- === 0) {
        for (const key of INHERITED) if (dict.has(key)) inherited.set(key, raw.get(dict, key));
        const box = numbers(inherited.get('CropBox')) ?? numbers(inherited.get('MediaBox'));
        const rotate = inherited.get('Rotate');
        if (!box) return null;
        return { ref: kid, box: [Math.min(box[0], box[2]), Math.min(box[1], box[3]), Math.max(box[0], box[2]), Math.max(box[1], box[3])], rotate: typeof rotate === 'number' ? ((rotate % 360) + 360) % 360 : 0 };
      }
    }
    if (!next) return null;
    node = next;
  }
  return null;
}

function numbers(v: unknown): [number, number, number, number] | null {
  return Array.isArray(v) && v.length === 4 && v.every((n) => typeof n === 'number') ? (v as [number, number, number, number]) : null;
}
