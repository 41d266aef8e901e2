import { DocketError, EXIT } from '../errors.ts';
import { probePoppler, readWithPoppler, type PopplerProbe } from '../pdf/poppler/poppler-text.ts';
import type { PopplerPage } from '../pdf/poppler/poppler-tsv.ts';
import { layoutRuns } from '../pdf/text-runs.ts';
import { withDrawnBullets } from '../pdf/drawn-bullets.ts';
import type { RawPdf } from '../pdf/raw/raw-pdf.ts';
import { PageRecord } from '../record/index.ts';
import { coverageMatters, measureText, routePage } from '../route/route-page.ts';
import type { ReadOptions } from './read-page.ts';

/** The reading settings poppler's pages depend on. */
type PopplerSettings = ReadOptions & { stallMs?: number; maxPages?: number };

let probed: PopplerProbe | null | undefined;
/** The poppler this process reads with, probed once; null when `pdftohtml` is missing or broken. */
export function popplerProbe(): PopplerProbe | null {
  return probed === undefined ? (probed = probePoppler()) : probed;
}

/** Fails with a clear message when `--text-engine poppler` was asked for and poppler is not installed. */
export function requirePoppler(): PopplerProbe {
  const probe = popplerProbe();
  if (!probe) throw new DocketError('--text-engine poppler: pdftohtml does not run; install poppler-utils (apt-get install poppler-utils) or use --text-engine auto', EXIT.usage);
  return probe;
}

/** Sideways glyphs on a page above which pdf.js reads it (it turns the view to the text). */
const MAX_SIDEWAYS = 3;

/**
 * Starts poppler on a document's bytes when the settings allow it (`used`); `pages(n)` gives its pages
 * once the document's pages are counted, or null (not used, failed, or a page count that disagrees).
 */
export function popplerFor(bytes: Uint8Array, opts: PopplerSettings): { used: boolean; pages(count: number): Promise<PopplerPage[] | null> } {
  const choice = opts.text ?? 'auto';
  const probe = choice === 'pdfjs' || opts.ocr === 'always' ? null : choice === 'poppler' ? requirePoppler() : popplerProbe();
  if (!probe) return { used: false, pages: async () => null };
  const read = readWithPoppler(bytes, probe, { maxPages: opts.maxPages, fontPages: opts.fontPages, timeoutMs: Math.min(opts.stallMs ?? 600_000, 120_000) }).catch(() => null);
  return { used: true, pages: async (count) => ((await read)?.length === count ? read : null) };
}

/**
 * A page read from poppler's text when it is a plain text page (enough text, nothing garbled, not
 * sideways); null when the page must go to pdf.js (a scan, a thin layer over an image, odd text).
 */
export function popplerPage(pages: readonly PopplerPage[] | null, number: number, opts: PopplerSettings, raw: () => RawPdf | null = () => null): PageRecord | null {
  const page = pages?.[number - 1];
  if (!page || page.number !== number || page.sideways > MAX_SIDEWAYS) return null;
  const started = performance.now();
  const layer = layoutRuns(withDrawnBullets(page.runs, raw(), number), page.width, page.height);
  const features = measureText(layer.text, 0);
  if (coverageMatters(features, opts.ocr)) return null;
  const route = routePage(features, opts.ocr);
  if (route.source !== 'text') return null;
  const reason = route.reason.replace(/^text layer/, `text layer (${popplerProbe()?.version ?? 'poppler'} pdftotext)`);
  return PageRecord.parse({ number, ...route, reason, status: 'ok', error: null, confidence: null, chars: layer.text.length, ...layer, image: null, ms: performance.now() - started });
}
