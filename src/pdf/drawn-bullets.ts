import { drawnShapes, type DrawnShape } from './drawn-shapes.ts';
import { rawPage } from './raw/page-tree.ts';
import type { RawPdf } from './raw/raw-pdf.ts';
import type { Run } from './text-runs.ts';

/** Page `number`'s runs with the list markers it draws added as "•" runs (unchanged when its structure cannot be read). */
export function withDrawnBullets(runs: readonly Run[], raw: RawPdf | null, number: number): Run[] {
  if (!raw || !runs.length) return [...runs];
  try {
    const page = rawPage(raw, number);
    return page ? [...runs, ...drawnBullets(drawnShapes(raw, page), runs)] : [...runs];
  } catch {
    return [...runs];
  }
}

/**
 * List markers a page draws as shapes rather than prints as text (a browser prints a list's discs,
 * rings and squares as paths), given back as "•" runs so that a digital page's list reads as its scan
 * does. A marker is a small, square-ish shape (at most 0.6 of the text's size across, at least 0.15)
 * standing at the height of a line's letters, left of the line's first run by at most three text sizes,
 * with no text over it.
 */
export function drawnBullets(shapes: readonly DrawnShape[], runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const s of shapes) {
    const w = s.x1 - s.x0;
    const h = s.y1 - s.y0;
    // (Sizes in points: a marker is a few points across.)
    if (!(w >= 0.8 && h >= 0.8 && w <= 12) || w / h > 1.5 || h / w > 1.5) continue;
    // (A square is a list's third-level marker; a curve is a disc or a ring.)
    if (!s.curved && !s.filled) continue;
    const cy = (s.y0 + s.y1) / 2;
    const beside = runs.filter((r) => cy < r.base && cy > r.base - r.size * 0.8);
    const next = beside.filter((r) => r.x >= s.x1 && r.x - s.x1 <= r.size * 3).sort((a, b) => a.x - b.x)[0];
    if (!next || w > next.size * 0.6 || w < next.size * 0.15) continue;
    // Text over the shape, or between it and the run, means it is no marker of that line.
    if (beside.some((r) => r !== next && r.x < next.x && r.x + r.width > s.x0 - next.size * 0.1)) continue;
    out.push({ str: '•', x: s.x0, base: next.base, size: next.size, width: w, bold: false });
  }
  return out;
}
