import type { Word } from '../record/index.ts';
import { clean, lineWords, type Doc, type Line } from './doc-lines.ts';
import { unionBox } from './page-text.ts';
import { isTotalRow, toCell, type Cell, type Table } from './table-types.ts';

/** A column heading that says its figures are pounds: "£", "(£)", "Award £" (the word before it is the column's name). */
const POUND_HEAD = /^[(\[]?£[)\]]?$/;
/** A figure printed without a pound sign: "320", "1,000", "120.00". */
const PLAIN_FIGURE = /^\d{1,3}(?:,\d{3})+(?:\.\d{2})?$|^\d{1,6}(?:\.\d{2})?$/;
/** A year, not a sum, where nothing says the column is pounds: "2022". */
const YEAR = /^(?:19|20)\d{2}$/;
/** A figure with its own pound sign: the list's own columns end where one is printed ("Total awards £1,740", "£8,383 available"). */
const POUND_FIGURE = /£\s?\d/;
/**
 * A lead-in that introduces a list of sums paid or given, one per line: "To approve the following payments:", "the Committee
 * agreed to make the following grants for 2014 ...:-", "Accounts for payment as follows:", "Payment to be authorised:",
 * "That funding in the sums shown below be allocated to the two projects indicated:".
 */
const LEAD_IN = /\b(?:(?:sums?|amounts?|figures?)\s+(?:shown|set\s+out|listed|detailed)\s+below\b[^.:]{0,120}|following\b[^.:]{0,40}?\b(?:payments?|grants?|awards?|donations?|accounts?|invoices?|cheques?|allocations?)\b[^.:]{0,160}|\b(?:payments?|grants?|donations?|accounts?|invoices?|cheques?)\b[^.:]{0,60}\bas\s+follows|\b(?:payments?|accounts?|invoices?|cheques?)\s+(?:to\s+be\s+(?:authori[sz]ed|approved|paid|signed|made)|for\s+(?:payment|approval|authori[sz]ation))\b[^.:]{0,60})\s*:-?\s*$/i;

const centre = (w: Word) => w.box.x + w.box.w / 2;
const right = (w: Word) => w.box.x + w.box.w;

/** The line's last word, with a figure grouped by a space read whole ("9 507"). */
function lastFigure(words: readonly Word[]): { text: string; words: Word[] } | null {
  const last = words[words.length - 1];
  if (!last) return null;
  const before = words[words.length - 2];
  if (before && /^\d{1,3}$/.test(before.text) && /^\d{3}(?:\.\d{2})?$/.test(last.text) && last.box.x - right(before) < last.box.h * 0.6) return { text: `${before.text},${last.text}`, words: [before, last] };
  return { text: last.text, words: [last] };
}

interface Anchor {
  /** The column's centre and right edge (page fractions). */
  x: number;
  right: number;
  /** The heading's or lead-in's line. */
  head: number;
  /** Lines the heading occupies (owned by the table), empty for a lead-in (its prose is read as prose). */
  owned: number[];
  /** Where nothing but a lead-in says the figures are pounds. */
  leadIn: boolean;
}

/** A heading row whose last word is a bare "£" ("Organisation | £", "Ref | Organisation | Purpose | Award £", or "£" alone under a row of headings). */
function poundHeading(doc: Doc, lines: readonly Line[], i: number): Anchor | null {
  const words = lineWords(doc, lines[i]!);
  const last = words[words.length - 1];
  if (!last || !POUND_HEAD.test(last.text) || words.some((w) => /\d/.test(w.text)) || words.length > 8) return null;
  const named = words.length > 1 ? words.slice(0, -1).some((w) => /\p{L}{2}/u.test(w.text)) : (lines[i - 1]?.text.split('\t').length ?? 0) >= 2;
  return named ? { x: centre(last), right: right(last), head: i, owned: [i], leadIn: false } : null;
}

/** A lead-in over lines that each end in a plain figure: the first such line places the column. */
function leadIn(doc: Doc, lines: readonly Line[], i: number): Anchor | null {
  const line = lines[i]!;
  const prev = lines[i - 1];
  const text = clean(`${prev && !prev.breakBefore && !/[.;:]\s*$/.test(prev.text) ? prev.text : ''} ${line.text}`);
  if (!LEAD_IN.test(text)) return null;
  // (The first line may be one OCR could not read: "[clerk's expenses B  oo  oo  Ri TT a127".)
  for (const next of lines.slice(i + 1, i + 4)) {
    if (next.page !== line.page) return null;
    const fig = lastFigure(lineWords(doc, next));
    if (!fig || !PLAIN_FIGURE.test(fig.text) || YEAR.test(fig.text)) continue;
    const w = fig.words[fig.words.length - 1]!;
    return { x: centre(w), right: right(w), head: i, owned: [], leadIn: true };
  }
  return null;
}

/** The plain figure a line prints under the column, if it does. */
function cellOf(words: readonly Word[], anchor: Anchor, line: Line): Cell | null {
  const fig = lastFigure(words);
  if (!fig || !PLAIN_FIGURE.test(fig.text) || (anchor.leadIn && YEAR.test(fig.text))) return null;
  const w = fig.words[fig.words.length - 1]!;
  if (Math.abs(centre(w) - anchor.x) > 0.08 && Math.abs(right(w) - anchor.right) > 0.04) return null;
  // ("9 507": the figure's words read as one, as printed.)
  const confs = fig.words.map((x) => x.conf).filter((c): c is number => c !== null);
  const cell = toCell({ text: fig.words.map((x) => x.text).join(' '), box: unionBox(fig.words.map((x) => x.box))!, conf: confs.length ? Math.min(...confs) : null }, line, 1);
  // (A lone digit is more often a speck OCR read than a sum: "=  -  n  1".)
  return cell && (cell.value >= 10 || fig.text.includes('.')) ? cell : null;
}

/**
 * Reads the rows under one anchor: each a label and one figure. A row whose figure is the sum of the rows above closes the
 * column as its total; so do a figure with its own "£", a total or balance that is not that sum (left to prose), prose after a
 * blank line, and the page's end. Under a heading, lines without a figure are the next row's wrapped label; under a lead-in,
 * rows whose figure could not be read (OCR) are passed over.
 */
function readColumn(doc: Doc, lines: readonly Line[], from: number, anchor: Anchor): Table | null {
  const table: Table = { unit: 1, unitText: '£', columns: [{ label: '£', x: anchor.x }], totalColumn: null, rows: [], lineIndexes: new Set(anchor.owned), headerLines: [lines[anchor.head]!], dropped: [], intro: clean(lines.slice(Math.max(0, anchor.head - 3), anchor.head + 1).map((l) => l.text).join(' ')), leadIn: anchor.leadIn };
  let pending: Line[] = [];
  let sum = 0;
  for (let i = from; i < lines.length && i < from + 60; i++) {
    const line = lines[i]!;
    if (line.page !== lines[anchor.head]!.page || POUND_FIGURE.test(line.text)) break;
    const words = lineWords(doc, line);
    const cell = cellOf(words, anchor, line);
    if (!cell) {
      if ((line.breakBefore && table.rows.length) || pending.length >= (anchor.leadIn ? 2 : 4)) break;
      pending.push(line);
      continue;
    }
    const own = clean(words.slice(0, words.length - cell.raw.split(' ').length).map((w) => w.text).join(' '));
    const total = table.rows.length >= 2 && Math.abs(cell.value - sum) < 0.5;
    if (!total && (isTotalRow(own) || (anchor.leadIn && !/\p{L}{2}/u.test(own)))) break;
    const labelLines = anchor.leadIn ? [] : pending;
    for (const l of anchor.leadIn ? pending : []) table.dropped.push({ line: l, words: [clean(l.text)], why: 'no figure read in the column' });
    const label = total ? own : clean([...labelLines.map((l) => l.text), own].join(' '));
    table.rows.push({ label, cells: new Map([[0, cell]]), isTotal: total, group: null, line, box: unionBox([...labelLines.flatMap((l) => lineWords(doc, l)), ...words].map((w) => w.box)), heading: null });
    for (const l of [...pending, line]) table.lineIndexes.add(l.index);
    pending = [];
    sum += cell.value;
    if (total) break;
  }
  // (Under a lead-in, the rows after the last figure are the list's too: "Bolingbroke Deanery (June magazine) | TBA".)
  if (anchor.leadIn) for (const l of pending) table.dropped.push({ line: l, words: [clean(l.text)], why: 'no figure read in the column' });
  return table.rows.filter((r) => !r.isTotal).length >= 2 ? table : null;
}

/**
 * Tables of one column of plain pounds: a heading row ending in "£" ("Organisation | £", "Award £") over rows that print
 * figures without the sign ("Drama for Fun | 320"), or a lead-in ("To approve the following payments:") over lines that each
 * end in a figure ("K & P Services (Handyman) | 120.00"). Lines already in `taken` are left alone.
 */
export function moneyColumnTables(doc: Doc, taken: ReadonlySet<number>): Table[] {
  const out: Table[] = [];
  const lines = doc.lines;
  for (let i = 0; i < lines.length; i++) {
    if (taken.has(i)) continue;
    const anchor = poundHeading(doc, lines, i) ?? leadIn(doc, lines, i);
    const table = anchor ? readColumn(doc, lines, i + 1, anchor) : null;
    if (!table || [...table.lineIndexes].some((k) => taken.has(k))) continue;
    out.push(table);
    i = Math.max(i, ...table.lineIndexes);
  }
  return out;
}
