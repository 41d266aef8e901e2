import type { Doc, Line } from './doc-lines.ts';
import type { Word } from '../record/index.ts';
import { cellsOf, isFieldLabel, labelOf, overlapX, splitAtColumns, toCell, type Cell } from './form-cells.ts';

/** A label and its value as laid out on the page. */
export interface FormField {
  /** The label as printed, without its colon. */
  label: string;
  /** The value, continuation lines joined with spaces ('' when the form leaves it blank). */
  value: string;
  page: number;
  /** `inline`: "Label: value" in one cell; `right`: value in the next cell of the line; `below`: value under its label (grid column or the next line). */
  how: 'inline' | 'right' | 'below';
  labelCell: Cell;
  /** Cells the value was read from (empty for a blank value). */
  valueCells: Cell[];
}

/** A document's form structure: every line's cells and the key/value pairs read from them. */
export interface Form {
  cells: ReadonlyMap<number, Cell[]>;
  fields: FormField[];
}

/** Reads every key/value pair of the document's forms: label left of value, label above value, "Label: value". */
export function readForm(doc: Doc): Form {
  const cells = new Map<number, Cell[]>(doc.lines.map((l) => [l.index, cellsOf(doc, l)]));
  splitAtColumns(doc, cells);
  const fields: FormField[] = [];
  const used = new Set<Cell>();
  const row = (l: Line | undefined) => (l ? cells.get(l.index) ?? [] : []);
  const skip = new Set<number>();
  for (const [i, line] of doc.lines.entries()) {
    if (skip.has(i)) continue;
    let here = splitLabels(row(line));
    let at = i;
    // "Date of the" / "Decision" over "15/05/2018": labels wrapped in their grid columns are read whole, their values under the second line.
    const labelEnds = wrappedLabels(doc, row, i, here);
    if (labelEnds) {
      here = labelEnds.labels;
      at = i + 1;
    }
    // A row of labels OCR cut in two lines ("Decision date | Decision published" then, a little lower, "Effective from"): one row.
    const rest = !labelEnds ? rowRest(here, row(doc.lines[i + 1])) : null;
    if (rest) {
      here = [...here, ...rest];
      at = i + 1;
      skip.add(i + 1);
    }
    // (A row of labels that ends its page has its values at the top of the next: "Signature | Date" / page break / "Lisa Townsend | 02 August".)
    const after = doc.lines[at + 1];
    const next = after && (after.page === line.page || (after.pageStart && after.page === line.page + 1 && here.length >= 2 && here.every((c) => labelOf(c.text)))) ? after : undefined;
    const values = splitByColumns([...(labelEnds?.values ?? []), ...row(next), ...ocrValueLines(doc, cells, at)], here);
    const grid = gridFields(here, [...values, ...wrappedValues(doc, cells, at + 1, values)]);
    if (grid.length && labelEnds) skip.add(i + 1);
    if (grid.length) {
      grid.forEach((f) => f.valueCells.forEach((c) => used.add(c)));
      fields.push(...grid);
      continue;
    }
    for (let k = 0; k < here.length; k++) {
      const cell = here[k]!;
      if (used.has(cell)) continue;
      const inline = inlineField(cell);
      if (inline) {
        fields.push(inline);
        continue;
      }
      const lab = labelOf(cell.text);
      const right = here[k + 1];
      // A lone label in a table row whose cells wrapped: its value's lines around it, or its own second line below its value.
      // "Date of Decision:" alone, its value read by OCR as a block of its own beside it ("19th March 2018", a line or two away).
      const rowMate = lab?.colon && here.length === 1 && isOcr(cell) ? rowMateElsewhere(doc, cells, i, cell, used) : null;
      const wrapped = lab && here.length === 1 && !rowMate ? wrappedRow(cell, lab.label, row(doc.lines[i - 1]), row(next), row(doc.lines[i + 2]), used) : null;
      if (lab && rowMate) {
        fields.push({ label: lab.label, value: rowMate.text, page: line.page, how: 'right', labelCell: cell, valueCells: [rowMate] });
        used.add(rowMate);
      } else if (lab && right && !labelOf(right.text)?.colon && !inlineField(right)) {
        const more = continuation(doc, cells, i, right);
        const valueCells = [right, ...more];
        // "Name of Successful" / "Contractor" beside "City Build Manchester": a label wrapped in its cell is read whole.
        // (A row whose labels the grid reader already read over two lines is whole.)
        const wrap = labelEnds ? { label: null, lines: [] } : labelWrap(doc, cells, i, cell, valueCells);
        wrap.lines.forEach((j) => skip.add(j));
        fields.push({ label: wrap.label ?? lab.label, value: valueCells.map((c) => c.text).join(' '), page: line.page, how: 'right', labelCell: cell, valueCells });
        valueCells.forEach((c) => used.add(c));
        k++;
      } else if (wrapped) {
        fields.push({ label: wrapped.label, value: wrapped.valueCells.map((c) => c.text).join(' '), page: line.page, how: 'right', labelCell: cell, valueCells: wrapped.valueCells });
        wrapped.valueCells.forEach((c) => used.add(c));
      } else if (lab && here.length === 1 && next && splitRow(cell, row(next))) {
        // A table row that OCR split in two lines: the label, then its value a little lower and to its right.
        const value = row(next)[0]!;
        fields.push({ label: lab.label, value: value.text, page: line.page, how: 'right', labelCell: cell, valueCells: [value] });
        used.add(value);
      } else if (lab && !lab.colon && isOcr(cell) && isFieldLabel(lab.label) && here.length === 1 && next && stackedValue(cell, row(next))) {
        // "Ref" over "1590", each a block of its own in OCR: a field's label and its value stacked in a grid column.
        const value = row(next)[0]!;
        fields.push({ label: lab.label, value: value.text, page: line.page, how: 'below', labelCell: cell, valueCells: [value] });
        used.add(value);
      } else if (lab?.colon && here.length === 1 && next && row(next).length) {
        // "Title of Decision:" alone, its value on the line(s) below.
        const below = valueBelow(doc, cells, i);
        if (below.length) fields.push({ label: lab.label, value: below.map((c) => c.text).join(' '), page: line.page, how: 'below', labelCell: cell, valueCells: below });
      }
    }
  }
  return { cells, fields };
}

/**
 * The cell OCR put on another line that sits on the label's row, to its right: its middle within half the label's height of
 * the label's, starting right of the label and within half the page's width (the nearest such, within eight lines).
 */
function rowMateElsewhere(doc: Doc, cells: ReadonlyMap<number, Cell[]>, i: number, label: Cell, used: ReadonlySet<Cell>): Cell | null {
  const mid = label.y + label.h / 2;
  const near: Cell[] = [];
  for (let j = Math.max(0, i - 8); j <= Math.min(doc.lines.length - 1, i + 8); j++) {
    if (j === i || doc.lines[j]!.page !== doc.lines[i]!.page) continue;
    for (const c of cells.get(doc.lines[j]!.index) ?? []) if (!used.has(c) && Math.abs(c.y + c.h / 2 - mid) < 0.5 * label.h && c.x0 > label.x1 + 0.005 && c.x0 - label.x1 < 0.5 && !labelOf(c.text)?.colon) near.push(c);
  }
  return near.sort((a, b) => a.x0 - b.x0)[0] ?? null;
}

/**
 * The cells of the next line that finish a scanned row of labels: each reads as a label, starts right of the row's last
 * label and sits on its row (its top within 0.6 of a line's height of the row's). OCR pages only.
 */
function rowRest(labels: readonly Cell[], next: readonly Cell[]): Cell[] | null {
  const last = labels[labels.length - 1];
  if (labels.length < 2 || !last || !isOcr(last) || !next.length || !labels.every((c) => labelOf(c.text))) return null;
  return next.every((c) => labelOf(c.text) && c.x0 > last.x1 && Math.abs(c.y - last.y) < 0.6 * last.h) ? [...next] : null;
}

/** A label cut at a joining word ("Date of the", "Name and Title of the"): its column goes on below. */
const CUT_LABEL = /\b(?:of|the|and|for|to|by|in|&)$/i;
/** A label whole though it ends on "of": "Report of" over "Police and Crime" / "Commissioner" (its value wraps, not it). */
const WHOLE_WITH_OF = /^report\s+of$/i;
/** A label's last word that wraps alone under it, in lower case: "Decision" / "number" (not "Reference", a label of its own). */
const LABEL_LAST_WORD = /^(?:number|no\.?|ref(?:erence)?)$/;

/**
 * A grid's row of labels whose labels wrapped in their columns ("Ref. No | Date of the | Decision" over "DD 82 | Decision |
 * Status" over "15/05/2018 | Approved"): a cell of the next line under a label is its second line when it reads as words
 * (no figure, at most four words) and a value sits under it; a label cut at a joining word shows the row goes on. The
 * labels joined with their second lines, and the next line's cells that are values (under labels that did not wrap).
 */
function wrappedLabels(doc: Doc, row: (l: Line | undefined) => Cell[], i: number, here: readonly Cell[]): { labels: Cell[]; values: Cell[] } | null {
  const line = doc.lines[i]!;
  const [second, third] = [doc.lines[i + 1], doc.lines[i + 2]];
  if (here.length < 2 || !second || !third || second.page !== line.page || third.page !== line.page) return null;
  const col = (a: Cell, b: Cell) => Math.abs(a.x0 - b.x0) < 0.015;
  // (A value that starts under a short label and wraps, "Title of report" over "Home Office funding (Violence" / "Reduction Unit, ...",
  // is no label's second line: joined, the two no longer read as a label.)
  const cont = row(second).filter((c) => here.some((h) => col(h, c) && labelOf(`${h.text} ${c.text}`)) && !/\d/.test(c.text) && c.text.split(/\s+/).length <= 4 && row(third).some((v) => col(v, c)));
  // ("Decision" over "number" over "20/2023": a label's last word alone under it shows the same.)
  if (!here.some((h) => cont.some((c) => col(h, c) && ((CUT_LABEL.test(h.text.trim()) && !WHOLE_WITH_OF.test(h.text.trim())) || LABEL_LAST_WORD.test(c.text.trim()))))) return null;
  const labels = here.map((h) => {
    const c = cont.find((x) => col(h, x));
    return c ? toCell(h.line, [...h.words, ...c.words]) : h;
  });
  return { labels, values: row(second).filter((c) => !cont.includes(c)) };
}

/**
 * A lone label's field in a table row whose cells wrapped: the value it sits centred against (lines above and
 * below), else, its label cut over two lines, the value between them ("Document" / "FEP 2761" / "Number").
 */
function wrappedRow(cell: Cell, label: string, above: readonly Cell[], below: readonly Cell[], after: readonly Cell[], used: ReadonlySet<Cell>): { label: string; valueCells: Cell[] } | null {
  const centred = above[0] && !used.has(above[0]) ? centredValue(cell, above, below) : null;
  if (centred) return { label, valueCells: centred };
  const cut = wrappedLabel(cell, below, after);
  return cut ? { label: cut.label, valueCells: [cut.value] } : null;
}

/**
 * A lone label with one cell right of it on the line just above and one on the line just below, both
 * starting at the same left edge: a wrapped value the label is centred against ("Report title" beside
 * "Agreement to enter a Call off Contract ..." / "(PPE)").
 */
function centredValue(label: Cell, above: readonly Cell[], below: readonly Cell[]): Cell[] | null {
  const [a, b] = [above[0], below[0]];
  if (above.length !== 1 || below.length !== 1 || !a || !b || a.line.page !== label.line.page || b.line.page !== label.line.page) return null;
  const right = (c: Cell) => c.x0 > label.x1 + 0.02;
  const touching = (upper: Cell, lower: Cell) => lower.y - (upper.y + upper.h) < 0.8 * label.h;
  if (!right(a) || !right(b) || Math.abs(a.x0 - b.x0) > 0.015 || !touching(a, label) || !touching(label, b)) return null;
  return labelOf(a.text) || labelOf(b.text)?.colon ? null : [a, b];
}

/** A label cut over two lines at its column's left edge, with one cell right of it between them: the whole label and that value. */
function wrappedLabel(first: Cell, middle: readonly Cell[], rest: readonly Cell[]): { label: string; value: Cell } | null {
  const [v, r] = [middle[0], rest[0]];
  // Text layers only: OCR's lines of a form wander too much to tell a wrapped label from two fields.
  if (middle.length !== 1 || rest.length !== 1 || !v || !r || isOcr(first) || v.line.page !== first.line.page || r.line.page !== first.line.page) return null;
  if (v.x0 <= Math.max(first.x1, r.x1) + 0.02 || Math.abs(r.x0 - first.x0) > 0.015 || r.y - (first.y + first.h) > 2.5 * first.h) return null;
  const label = labelOf(`${first.text} ${r.text}`);
  return label && !labelOf(v.text)?.colon ? { label: label.label, value: v } : null;
}

/** The next line holds one short cell at the label's left edge, close under it, that names no field itself: the label's value below it. */
function stackedValue(label: Cell, below: readonly Cell[]): boolean {
  const v = below[0];
  // A field's value is short: a date, number or reference, or a few words ("Recommendations Approved"), not a title or a sentence.
  const short = v ? (/\d/.test(v.text) && v.text.length <= 25) || v.text.split(/\s+/).length <= 3 : false;
  return below.length === 1 && !!v && short && Math.abs(v.x0 - label.x0) < 0.015 && v.y - (label.y + label.h) < 2 * label.h && !labelOf(v.text)?.colon && !isFieldLabel(v.text) && !inlineField(v);
}

/** The next line holds only a cell right of the label, just below it: the label's value, pushed down by OCR. */
function splitRow(label: Cell, below: readonly Cell[]): boolean {
  const v = below[0];
  return below.length === 1 && !!v && v.x0 > label.x1 + 0.03 && v.y - (label.y + label.h) < 1.2 * label.h && !labelOf(v.text) && v.words.some((w) => w.conf !== null);
}

/** "Decision No: 24/00108" in one cell. */
function inlineField(cell: Cell): FormField | null {
  const m = /^([^:]{2,55}):\s+(\S.*)$/.exec(cell.text);
  const lab = m ? labelOf(m[1]!) : null;
  if (!m || !lab) return null;
  return { label: lab.label, value: m[2]!.trim(), page: cell.line.page, how: 'inline', labelCell: cell, valueCells: [cell] };
}

/** A row of labels with their values aligned under them on the next line (a grid). */
/** A cell that starts with a date: "31/03/2023", "4 April 2023", "January 2, 2026". */
const DATE_START = /^(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b)/i;

function gridFields(labels: readonly Cell[], cellsBelow: readonly Cell[]): FormField[] {
  let values = cellsBelow;
  if (labels.length < 2 || !values.length) return [];
  const parsed = labels.map((c) => labelOf(c.text));
  if (parsed.some((p) => !p)) return [];
  const upper = labels.every((c) => c.text === c.text.toUpperCase());
  // Two labels side by side are a grid row when they say so (colons, capitals) or are set bold over plain values.
  const boldOverPlain = labels.every((c) => c.bold) && values.every((c) => !c.bold) && !values[0]!.line.breakBefore;
  // ... or when a value under them starts with a date ("Publication date | Date of decision" over "31/03/2025 | 31/03/2025").
  // (A date in words too: "Signature | Date" over "Philip Seccombe | 4 April 2023", "... | January 2, 2026".)
  const column = (c: Cell) => values.filter((v) => v.y >= c.y && Math.abs(v.x0 - c.x0) < 0.015).map((v) => v.text).join(' ');
  const datesBelow = values.some((c) => DATE_START.test(column(c))) && !values.some((c) => labelOf(c.text)?.colon || isFieldLabel(c.text));
  // ... or when every one of them names a form's field ("Decision Maker | Date of Decision"), over values that do not.
  const fieldsOverValues = labels.every((c) => isFieldLabel(c.text)) && values.every((c) => !labelOf(c.text)?.colon && !isFieldLabel(c.text));
  // ... or, read by OCR (no weights to tell a label from its value), a row of cells each starting at a label's left edge, under labels
  // one of which names a form's field ("Decision number | Subject" over "65-2014 | Establishment of the ... Fund").
  const firstRow = values.filter((v) => v.line.index === values[0]!.line.index);
  const ocrColumns = isOcr(labels[0]!) && firstRow.length === labels.length && firstRow.every((v, k) => Math.abs(v.x0 - labels[k]!.x0) < 0.015) && labels.some((c) => isFieldLabel(c.text)) && firstRow.every((c) => !labelOf(c.text)?.colon && !isFieldLabel(c.text));
  const saysSo = labels.length >= 3 || parsed.every((p) => p!.colon) || upper || boldOverPlain || datesBelow || fieldsOverValues;
  if (!saysSo && !ocrColumns) return [];
  // Read by its columns alone, the grid's values are its first row (the lines after it may be the page's prose).
  if (!saysSo) values = firstRow;
  const line = labels[0]!.line;
  const gapBelow = values[0]!.y - (labels[0]!.y + labels[0]!.h);
  if (gapBelow > 4 * labels[0]!.h) return [];
  // Each value goes to the label whose column it overlaps most, else whose left edge is nearest.
  const byLabel = new Map<number, Cell[]>();
  for (const v of values) {
    const scored = labels.map((l, k) => ({ k, o: overlapX(l, v), d: Math.abs(l.x0 - v.x0) }));
    const best = scored.sort((a, b) => b.o - a.o || a.d - b.d)[0]!;
    if (best.o === 0 && best.d > 0.08) return [];
    byLabel.set(best.k, [...(byLabel.get(best.k) ?? []), v]);
  }
  if (values.every((v) => labelOf(v.text)?.colon)) return [];
  return labels.map((l, k) => ({
    label: parsed[k]!.label,
    value: (byLabel.get(k) ?? []).map((c) => c.text).join(' '),
    page: line.page,
    how: 'below' as const,
    labelCell: l,
    valueCells: byLabel.get(k) ?? [],
  }));
}

/**
 * Value cells under a row of labels, re-cut at the labels' left edges when the values ran together
 * (a tight grid whose column gap is narrower than a cell gap).
 */
function splitByColumns(values: readonly Cell[], labels: readonly Cell[]): Cell[] {
  if (labels.length < 2 || values.length >= labels.length) return [...values];
  const starts = labels.map((l) => l.x0).sort((a, b) => a - b);
  const columnOf = (x: number) => starts.filter((s) => s <= x + 0.01).length - 1;
  return values.flatMap((cell) => {
    const groups = new Map<number, Word[]>();
    for (const w of cell.words) groups.set(columnOf(w.box.x), [...(groups.get(columnOf(w.box.x)) ?? []), w]);
    const parts = [...groups.values()];
    // (Only where the words break apart, further than an average character's width of the cell: a title set across the columns
    // in one run of word spaces is one value.)
    const charWidth = cell.words.reduce((n, w) => n + w.box.w, 0) / Math.max(1, cell.words.reduce((n, w) => n + w.text.length, 0));
    const cut = parts.slice(1).every((ws, k) => ws[0]!.box.x - (parts[k]!.at(-1)!.box.x + parts[k]!.at(-1)!.box.w) > 1.2 * charWidth);
    return parts.length > 1 && cut ? parts.map((ws) => toCell(cell.line, ws)) : [cell];
  });
}

/**
 * The lines a label wrapped onto in its cell, beside its value: each holds one cell at the label's left edge, close under
 * the line above (within a third of a line's height, 0.8 for OCR's tighter word boxes: a new row of the form sits further
 * down), besides only the value's own continuation. The label joined with them while it still reads as a label, and the lines it took.
 */
function labelWrap(doc: Doc, cells: ReadonlyMap<number, Cell[]>, i: number, label: Cell, values: readonly Cell[]): { label: string | null; lines: number[] } {
  let text = label.text;
  let bottom = label.y + label.h;
  let whole: string | null = null;
  const lines: number[] = [];
  for (let j = i + 1; j < Math.min(doc.lines.length, i + 4); j++) {
    const l = doc.lines[j]!;
    const here = (cells.get(l.index) ?? []).filter((c) => !values.includes(c));
    const c = here[0];
    if (l.page !== label.line.page || here.length !== 1 || !c || Math.abs(c.x0 - label.x0) > 0.015 || c.y - bottom > (isOcr(label) ? 0.8 : 0.35) * label.h) break;
    const joined = labelOf(`${text} ${c.text}`);
    if (!joined || labelOf(c.text)?.colon) break;
    // ("Document" / "FEP 2761" / "Number": a line whose own value sits under it, in the value's column, starts a field of its own.)
    const under = doc.lines[j + 1] ? cells.get(doc.lines[j + 1]!.index) ?? [] : [];
    if (values[0] && under.length === 1 && !values.includes(under[0]!) && Math.abs(under[0]!.x0 - values[0].x0) < 0.015) break;
    text = `${text} ${c.text}`;
    bottom = c.y + c.h;
    whole = joined.label;
    lines.push(j);
  }
  return { label: whole, lines };
}

/** Lines below a value cell that continue it: one cell starting at the value's left edge, nothing in the label column. */
function continuation(doc: Doc, cells: ReadonlyMap<number, Cell[]>, i: number, value: Cell): Cell[] {
  const out: Cell[] = [];
  for (let j = i + 1; j < Math.min(doc.lines.length, i + 3); j++) {
    const l = doc.lines[j]!;
    const here = cells.get(l.index) ?? [];
    const c = here[0];
    if (l.page !== value.line.page || here.length !== 1 || !c || Math.abs(c.x0 - value.x0) > 0.015) break;
    if (c.y - (value.y + value.h) > 3 * value.h * (out.length + 1)) break;
    out.push(c);
  }
  return out;
}

/**
 * Lines under a grid's row of values that continue its cells (a value wrapped in its column: "11 July" / "2023"):
 * every cell starts at a value's left edge, close under the row, with no label or paragraph break. Text layers only
 * (OCR's value lines are joined by ocrValueLines).
 */
function wrappedValues(doc: Doc, cells: ReadonlyMap<number, Cell[]>, i: number, values: readonly Cell[]): Cell[] {
  const first = values[0];
  if (!first || isOcr(first) || values.length < 2) return [];
  const out: Cell[] = [];
  let bottom = Math.max(...values.map((c) => c.y + c.h));
  for (let j = i + 1; j < Math.min(doc.lines.length, i + 3); j++) {
    const l = doc.lines[j]!;
    const here = cells.get(l.index) ?? [];
    if (!here.length || l.page !== first.line.page || l.breakBefore || here[0]!.y - bottom > 0.6 * first.h) break;
    if (!here.every((c) => values.some((v) => Math.abs(v.x0 - c.x0) < 0.015) && !labelOf(c.text)?.colon && !inlineField(c))) break;
    out.push(...here);
    bottom = Math.max(...here.map((c) => c.y + c.h));
  }
  return out;
}

/**
 * On OCR pages a grid's row of values can come out as several lines (its cells a little higher or
 * lower than each other): the cells of the next lines, up to a label or a heading, join the row.
 */
function ocrValueLines(doc: Doc, cells: ReadonlyMap<number, Cell[]>, i: number): Cell[] {
  const labels = cells.get(doc.lines[i]!.index) ?? [];
  const top = labels[0];
  if (!top || !top.words.some((w) => w.conf !== null) || labels.length < 2) return [];
  const out: Cell[] = [];
  const valued = (cells.get(doc.lines[i + 1]?.index ?? -1) ?? []).some((c) => /\w{2}/.test(c.text));
  for (let j = i + 2; j < Math.min(doc.lines.length, i + 4); j++) {
    const l = doc.lines[j]!;
    const here = cells.get(l.index) ?? [];
    if (!here.length) continue; // a line of ruling glyphs only
    // (Once the row has values, a paragraph break ends it: "Yes | Yes", then a gap, then the next field "Decision made | To proceed ...".)
    if (l.page !== doc.lines[i]!.page || here[0]!.y - (top.y + top.h) > 5 * top.h || (l.breakBefore && (valued || out.length))) break;
    if (here.some((c) => labelOf(c.text)?.colon || inlineField(c)) || (here.length >= 2 && here.every((c) => labelOf(c.text)))) break;
    out.push(...here.filter((c) => /\w{2}/.test(c.text)));
  }
  return out;
}

/** A cell holding two labels that ran together ("Date signed: Authorisation name:"), cut at the colon between them. */
function splitLabels(row: readonly Cell[]): Cell[] {
  return row.flatMap((c) => {
    const cut = c.words.findIndex((w, k) => k > 0 && k < c.words.length - 1 && /:$/.test(w.text));
    if (cut < 0 || !/:$/.test(c.text) || !labelOf(c.words.slice(0, cut + 1).map((w) => w.text).join(' '))?.colon) return [c];
    const rest = c.words.slice(cut + 1);
    return labelOf(rest.map((w) => w.text).join(' '))?.colon ? [toCell(c.line, c.words.slice(0, cut + 1)), toCell(c.line, rest)] : [c];
  });
}

/** The lines under a lone label, up to a paragraph break, another label or three lines. */
function valueBelow(doc: Doc, cells: ReadonlyMap<number, Cell[]>, i: number): Cell[] {
  const out: Cell[] = [];
  for (let j = i + 1; j < Math.min(doc.lines.length, i + 4); j++) {
    const l = doc.lines[j]!;
    const here = cells.get(l.index) ?? [];
    if (l.page !== doc.lines[i]!.page || (j > i + 1 && l.breakBefore) || here.length !== 1) break;
    if (labelOf(here[0]!.text)?.colon || inlineField(here[0]!)) break;
    out.push(here[0]!);
    if (/[.]$/.test(here[0]!.text)) break;
  }
  return out;
}

/** A form's field for the value decided ("VALUE OF CONTRACT: | The contract value is £58,743.", "Total cost | £12,400"). */
// (A unit after the label is part of it: "Contract Value (£)".)
export const VALUE_FIELD = /^(?:(?:(?:total|estimated|maximum|overall)\s+)?(?:value|cost|amount|sum)\s+of\s+(?:the\s+)?(?:contract|award|grant|decision|spend|expenditure|funding)|(?:(?:total|estimated|maximum)\s+)?(?:contract|award|grant|decision)\s+(?:value|sum|amount)|(?:total|estimated)\s+(?:value|cost))(?:\s*\(?£(?:000|k|m)?\)?)?$/i;

/** The first field whose label matches (the whole label, case-insensitive), optionally with a value test. */
export function findField(form: Form, label: RegExp, value: (v: string) => boolean = (v) => v.length > 0): FormField | undefined {
  return form.fields.find((f) => (label.test(f.label) || (isOcr(f.labelCell) && label.test(ocrLabelFix(f.label)))) && value(f.value));
}

const isOcr = (c: Cell) => c.words.some((w) => w.conf !== null);

/** Common OCR slips in label words ("Ret" for Ref, "Dale" for Date, a 0 for an o). */
const ocrLabelFix = (label: string) => label.replace(/\bRet\b/g, 'Ref').replace(/\bDale\b/g, 'Date').replace(/(?<=[A-Za-z])0|0(?=[A-Za-z])/g, 'o');
