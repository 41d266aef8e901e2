// List markers a page draws as paths (a browser prints a list's discs that way) are read back as "•", so a digital page's
// list reads as its scan does: on a real published list (Highland's ward awards, typeset by a browser) with either text
// reader, and never from a table's rules or a shape away from the text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawnBullets } from '../src/pdf/drawn-bullets.ts';
import type { DrawnShape } from '../src/pdf/drawn-shapes.ts';
import type { Run } from '../src/pdf/text-runs.ts';
import { popplerProbe } from '../src/pipeline/poppler-pages.ts';
import { readPages } from '../src/pipeline/read-pages.ts';
import { realPages, ROOT, replayEngine } from './helpers.ts';

const run = (str: string, x: number, base: number, size = 11): Run => ({ str, x, base, size, width: str.length * size * 0.5 });
const shape = (x0: number, y0: number, x1: number, y1: number, curved = true, filled = true): DrawnShape => ({ x0, y0, x1, y1, curved, filled });

describe('list markers drawn as shapes', () => {
  it('reads a disc left of a line as its marker, and not a rule, a box far from the text, or a shape under text', () => {
    const runs = [run('Tain Task Force - £3,864', 72, 300), run('Total', 72, 400), run('£5,000', 300, 400), run('Signed', 72, 500)];
    const bullets = drawnBullets(
      [
        shape(58, 293, 62, 297), // a disc, 10 points left of "Tain", at the height of its letters
        shape(50, 402, 500, 403, false), // a table's rule under "Total"
        shape(20, 493, 24, 497), // a disc 48 points left of "Signed": too far to mark it
        shape(300, 393, 304, 397), // a disc under "£5,000"
      ],
      runs,
    );
    expect(bullets.map((b) => [b.str, b.x, b.base])).toEqual([['•', 58, 300]]);
  });

  const pdf = join(ROOT, 'fixtures/real/holdout297/pdf/highland-2023-easter-ross-area-committee-ward-discretionary-approvals.digital.pdf');
  const engines: ('pdfjs' | 'poppler')[] = ['pdfjs', ...(popplerProbe() ? (['poppler'] as const) : [])];
  it.each(engines)('gives a browser-printed list its markers back (%s reading the text layer)', async (text) => {
    const [page] = await readPages(readFileSync(pdf), { ocr: 'auto', renderDpi: 300, text }, { ocr: replayEngine() });
    const items = page!.text.split('\n').filter((l) => l.startsWith('• '));
    expect(items).toHaveLength(9);
    expect(items).toContain('• Tain Task Force - Tain Environmental Improvements/Rose Garden Fence repairs - £3,864.');
    expect(items).toContain('• Nigg & Shandwick Community Council - Shandwick Bay Carpark - £ 400');
  });

  it('adds no marker to a ruled table', async () => {
    const [page] = await realPages('holdout284/pdf/oxfordshire-2003-ex10-village-hall-grants-2003-04.digital.pdf');
    expect(page!.text).toContain('Bourton VH');
    expect(page!.text).not.toContain('•');
  });
});
