import type { Word } from '../record/index.ts';
import { clean, lineWords, type Doc, type Line } from './doc-lines.ts';

/** A run of words on one line set apart from its neighbours by a wide gap: one cell of a form or table. */
export interface Cell {
  text: string;
  line: Line;
  words: readonly Word[];
  /** Left and right edges, top and height: fractions of the page (top-left origin). */
  x0: number;
  x1: number;
  y: number;
  h: number;
  /** Median font size of its words (fraction of page height), 0 when unknown. */
  size: number;
  /** Most of its words are bold (known on text-layer header pages only). */
  bold: boolean;
}

/** A horizontal gap wider than this (fraction of page width), or two line heights, separates cells. */
const MIN_GAP = 0.02;

/** Splits a line into cells at wide horizontal gaps; a line without word boxes is one cell. */
export function cellsOf(doc: Doc, line: Line): Cell[] {
  const groups: Word[][] = [];
  let prev: Word | null = null;
  let ruled = true;
  for (const raw of lineWords(doc, line)) {
    // OCR reads a form's ruling lines as glyphs ("|", "[", "—"): they separate cells and are not words.
    const ocr = raw.conf !== null;
    if (ocr && RULE.test(raw.text)) {
      ruled = true;
      continue;
    }
    const lead = (ocr && /^[|[\]{}]+/.exec(raw.text)?.[0].length) || 0;
    const trail = (ocr && /[|[\]{}]+$/.exec(raw.text.slice(lead))?.[0].length) || 0;
    const w = lead || trail ? { ...raw, text: raw.text.slice(lead, raw.text.length - trail) } : raw;
    if (!w.text) {
      ruled = true;
      continue;
    }
    const gap = prev ? w.box.x - (prev.box.x + prev.box.w) : 0;
    const tabbed = prev ? line.text.slice(prev.offset - line.start + prev.text.length, raw.offset - line.start).includes('\t') : false;
    if (!prev || ruled || lead || tabbed || gap > Math.max(MIN_GAP, 2 * Math.min(prev.box.h, w.box.h)) || gap < -0.05) groups.push([w]);
    else groups[groups.length - 1]!.push(w);
    ruled = trail > 0;
    prev = w;
  }
  return groups.map((g) => toCell(line, g));
}

/** A word that is only ruling-line glyphs as OCR reads them. */
const RULE = /^(?:[|[\]{}_~=]+|[—–-]{2,})$/;

/** A cell made of the given words of a line. */
export function toCell(line: Line, words: readonly Word[]): Cell {
  const x0 = Math.min(...words.map((w) => w.box.x));
  const x1 = Math.max(...words.map((w) => w.box.x + w.box.w));
  const y = Math.min(...words.map((w) => w.box.y));
  const h = Math.max(...words.map((w) => w.box.y + w.box.h)) - y;
  const sizes = words.map((w) => w.size ?? 0).sort((a, b) => a - b);
  const bold = words.filter((w) => w.bold).length * 2 > words.length;
  return { text: clean(words.map((w) => w.text).join(' ')), line, words, x0, x1, y, h, size: sizes[Math.floor(sizes.length / 2)] ?? 0, bold };
}

/** How much two cells overlap horizontally, as a share of the narrower one (0..1). */
export function overlapX(a: Pick<Cell, 'x0' | 'x1'>, b: Pick<Cell, 'x0' | 'x1'>): number {
  const inter = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  return inter <= 0 ? 0 : inter / Math.max(1e-6, Math.min(a.x1 - a.x0, b.x1 - b.x0));
}

const LABEL_WORDS = /^[A-Za-z][A-Za-z'’()/&,.-]*$/;

/**
 * A form label: a short phrase of words (no figures, no sentence), optionally ending in a colon or
 * question mark ("Decision Maker", "DECISION NO:", "Is Key decision?"). Returns the label without
 * its colon, or null.
 */
export function labelOf(text: string): { label: string; colon: boolean } | null {
  // "3. DATE DECISION TAKEN:": a numbered form's labels carry their number.
  const t = clean(text).replace(/^\d{1,2}[.)]\s+(?=[A-Za-z])/, '');
  const colon = /[:?]$/.test(t) || /\s[-–]$/.test(t);
  // "Contract Value (£)", "Total contract value £": a unit after a label is part of it.
  const core = t.replace(/\s*[:?\s–-]+$/, '').trim();
  const words = core.replace(/\s+\(?£(?:000|k|m)?\)?$/i, '').split(/\s+/);
  if (!core || words.length > 8 || core.length > 55 || !/^[A-Z]/.test(core) && !/^(?:ref|date|decision|title|subject)\b/i.test(core)) return null;
  if (!words.every((w) => LABEL_WORDS.test(w) || /^(no\.?|of|\/)$/i.test(w))) return null;
  if (/\.$/.test(core) && !/\bno\.$/i.test(core)) return null;
  return { label: core, colon };
}

/** Words of a form's own field labels ("Decision Maker", "Decision status", "Date of decision", "Decision Ref", "Report Number", "Report of", "Decision by"). */
const FIELD_WORDS = /\b(?:decision\s+(?:maker|status|taker|date|no|number|ref|by)|maker|status|date|ref(?:erence)?|key\s+decision|call[\s-]?in|portfolio|officer|meeting|published|publication|effective|wards?|lead\s+member)\b|^report\s+of$|\b(?:no\.?|number|type)$/i;

/**
 * A label (its colon left off) that names one of a form's own fields: neither a title nor the lead-in of a list
 * ("That the Portfolio Holder:" names a field's words but opens a resolution).
 */
export function isFieldLabel(label: string): boolean {
  return !!labelOf(`${label.trim()}:`)?.colon && FIELD_WORDS.test(label.trim()) && !/^That\s/i.test(label.trim());
}

/** How close (fraction of page width) a word's left edge must come to a column's to start a cell there. */
const COLUMN_SLACK = 0.004;
/** How many lines apart a grid's rows may be (a value wrapping over two or three lines between them). */
const ROW_REACH = 4;

/**
 * A grid's label and value printed with too narrow a gutter to read as two cells ("DETAILS OF DECISION North East Retail Crime
 * Partnership", its label long enough to reach its value): a one-cell line between two rows of a grid (labels at x, values at
 * X), starting at x, with a label's words before a word that starts at X, is split there. (Prose under a grid may have a word
 * at X by chance: only a line with the grid's rows on both sides is read.)
 */
export function splitAtColumns(doc: Doc, cells: Map<number, Cell[]>): void {
  const rows = new Map<string, number[]>();
  const key = (page: number, x0: number, x1: number) => `${page}:${x0.toFixed(3)}:${x1.toFixed(3)}`;
  for (const [k, line] of doc.lines.entries()) {
    const row = cells.get(line.index) ?? [];
    if (row.length === 2 && labelOf(row[0]!.text)) rows.set(key(line.page, row[0]!.x0, row[1]!.x0), [...(rows.get(key(line.page, row[0]!.x0, row[1]!.x0)) ?? []), k]);
  }
  const grids = [...rows.entries()].filter(([, at]) => at.length >= 2).map(([g, at]) => ({ at, edges: g.split(':').map(Number) as [number, number, number] }));
  for (const [k, line] of doc.lines.entries()) {
    const row = cells.get(line.index) ?? [];
    if (row.length !== 1) continue;
    const cell = row[0]!;
    for (const { at, edges: [page, x0, x1] } of grids) {
      if (page !== line.page || Math.abs(cell.x0 - x0) > COLUMN_SLACK || !at.some((j) => j < k && k - j <= ROW_REACH) || !at.some((j) => j > k && j - k <= ROW_REACH)) continue;
      const cut = cell.words.findIndex((w, j) => j > 0 && Math.abs(w.box.x - x1) <= COLUMN_SLACK);
      if (cut < 0 || !labelOf(cell.words.slice(0, cut).map((w) => w.text).join(' '))) continue;
      cells.set(line.index, [toCell(line, cell.words.slice(0, cut)), toCell(line, cell.words.slice(cut))]);
      break;
    }
  }
}
