import type { Box, PageText } from '../record/index.ts';
import { layoutWords, type LaidWord } from '../layout/page-text.ts';
import type { OcrResult, OcrWord } from './engine.ts';
import { splitMerged } from './merged-words.ts';

const round3 = (n: number) => Math.round(n * 1000) / 1000;

/** Top-to-top distance, in line heights, above which a gap between two lines is a paragraph break. */
const PARAGRAPH_GAP = 1.9;
/** Top-to-top distance, in the page's usual line pitch, that a paragraph break exceeds (its blank space is at least a quarter line). */
const PITCH_BREAK = 1.25;
/** A horizontal gap between two words, in the line's typical character widths, above which they sit in different columns. */
const COLUMN_GAP = 4;

/**
 * Lays OCR words out as page text: words by spaces, lines by newlines, paragraphs by blank lines.
 * Paragraphs are read from the vertical gaps between lines, as for the text layer (the engine's own
 * paragraphs split a page's lines far more often than its layout does). `place` maps a box from
 * image fractions to page fractions (identity for a rendered page). Each word's `size` is its line's
 * height as a fraction of the page height (the OCR reader's font size); words in `bold` are marked bold.
 */
export function ocrToPageText(result: OcrResult, place: (b: Box) => Box = (b) => b, bold: ReadonlySet<OcrWord> = new Set()): PageText {
  const lines = joinRows(readingOrder(attachHangingMarkers(result.paragraphs).filter((p) => p.some((l) => l.length))));
  const placed = lines.map((line) => line.map((w) => place(w.box)));
  // A line's height: its taller words (ascenders), not the median word, which may be all x-height.
  const heights = placed.map((boxes) => quantile(boxes.map((b) => b.h), 0.8));
  const tops = placed.map((boxes) => median(boxes.map((b) => b.y)));
  const pitch = bodyPitch(tops, heights);
  const laid: LaidWord[] = [];
  lines.forEach((line, l) => {
    // Median word tops: on a skewed scan a line's words do not share one top.
    const top = tops[l]!;
    const prevTop = l > 0 ? tops[l - 1]! : top;
    // Measured in the taller line's height, so a large-type title's lines stay together.
    const unit = Math.max(heights[l]!, heights[l - 1] ?? 0);
    const gap = l > 0 && unit > 0 ? (top - prevTop) / unit : 0;
    // A column gap, as on the text layer: wider than four of the line's typical characters.
    const charW = median(line.map((w, i) => placed[l]![i]!.w / Math.max(1, w.text.length)));
    const sepOf = (i: number) => {
      // A line whose words OCR boxed short ("Peterborough Youth ...") seems far from the one above: a break must also be wider than the page's line pitch allows.
      if (i === 0) return l === 0 ? '' : (gap > PARAGRAPH_GAP && !(pitch && top - prevTop < PITCH_BREAK * pitch)) || gap < -0.5 ? '\n\n' : '\n';
      const a = placed[l]![i - 1]!;
      return placed[l]![i]!.x - (a.x + a.w) > COLUMN_GAP * charW ? '\t' : ' ';
    };
    // A box's left rule read as a glyph before a wrapped line of prose ("I  contribute towards its operating costs ..."): no word.
    const rule = line.length > 1 && BOX_RULE.test(line[0]!.text) && sepOf(1) === '\t' && /^[a-z]/.test(line[1]!.text);
    line.forEach((w, i) => {
      if (rule && i === 0) return;
      const text = wordText(line, i);
      const word = { conf: round3(w.conf), size: heights[l]!, ...(bold.has(w) ? { bold: true } : {}) };
      const box = placed[l]![i]!;
      const sep = sepOf(rule && i === 1 ? 0 : i);
      const parts = splitMerged(text, i > 0 && sep === ' ' ? line[i - 1]!.text : '', line[i + 1]?.text ?? '');
      if (!parts) return laid.push({ ...word, text, box, sep });
      // The two words share the merged box, split where their letters part.
      const cut = box.w * (parts[0].length / text.length);
      laid.push({ ...word, text: parts[0], box: { ...box, w: cut }, sep });
      laid.push({ ...word, text: parts[1], box: { ...box, x: box.x + cut, w: box.w - cut }, sep: ' ' });
    });
  });
  return layoutWords(laid);
}

/** A lone upright stroke a scan reads where a box's rule runs: "I", "|", "l", "[", "]", "!". */
const BOX_RULE = /^[I|l[\]!]$/;

/** A paragraph's extent: left, top, right and bottom edges, and its first line's height (image fractions). */
function extent(p: readonly (readonly OcrWord[])[]) {
  // A speck the engine read as a glyph ("|", a lone low-confidence "r") stretches no paragraph.
  const words = p.flat().filter((w) => !isSpeck(w));
  const boxes = (words.length ? words : p.flat()).map((w) => w.box);
  return { x0: Math.min(...boxes.map((b) => b.x)), y0: Math.min(...boxes.map((b) => b.y)), x1: Math.max(...boxes.map((b) => b.x + b.w)), y1: Math.max(...boxes.map((b) => b.y + b.h)), lineH: Math.max(...(p.find((l) => l.some((w) => !isSpeck(w))) ?? p[0] ?? []).map((w) => w.box.h)) };
}

/** A mark on the scan read as a glyph: no letter or figure, or one character read with little confidence. */
const isSpeck = (w: OcrWord) => !/[A-Za-z0-9£]/.test(w.text) || (w.text.length === 1 && w.conf < 0.7);

/**
 * The engine's paragraphs in reading order: one that the engine put before a paragraph lying wholly above it in the same
 * column (their spans overlap across) moves after it ("project." read as its own paragraph before the four lines it ends).
 */
export function readingOrder<P extends readonly (readonly OcrWord[])[]>(paragraphs: readonly P[]): P[] {
  const out = [...paragraphs];
  const ext = new Map(out.map((p) => [p, extent(p)]));
  for (let pass = 0; pass < out.length; pass++) {
    let moved = false;
    for (let i = 0; i < out.length && !moved; i++) {
      const a = ext.get(out[i]!)!;
      // The last later paragraph above this one (its descenders may reach half into this one's first line), overlapping it across by a fifth of the narrower.
      let j = -1;
      for (let k = i + 1; k < out.length; k++) {
        const b = ext.get(out[k]!)!;
        if (b.y0 < a.y0 && b.y1 <= a.y0 + 0.5 * a.lineH && Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 0.2 * Math.min(a.x1 - a.x0, b.x1 - b.x0)) j = k;
      }
      if (j > i) {
        out.splice(j + 1, 0, out[i]!);
        out.splice(i, 1);
        moved = true;
      }
    }
    if (!moved) break;
  }
  return out;
}

/**
 * Lines the engine read apart that share one row of the page, side by side ("Publication date:" and "Date of decision:" over
 * "21/05/2019" and "20/05/2019", each column its own block), are one line, as a text layer reads them: lines level with each
 * other (their middles within half a line's height) that lie wholly apart across are joined, in order across. The paragraphs
 * a row joins are then read together top to bottom, at the place of the first of them.
 */
export function joinRows(paragraphs: readonly (readonly (readonly OcrWord[])[])[]): OcrWord[][] {
  const lines = paragraphs.flatMap((p, k) => p.filter((l) => l.length).map((words) => ({ words, para: k })));
  // A rough scan lies skewed: rows are compared along the page's slope (a degree over half the width is half a line).
  const slope = skew(lines.map((l) => l.words));
  const span = lines.map(({ words: l }) => ({ x0: Math.min(...l.map((w) => w.box.x)), x1: Math.max(...l.map((w) => w.box.x + w.box.w)), mid: median(l.map((w) => w.box.y + w.box.h / 2 - slope * (w.box.x + w.box.w / 2))), h: median(l.map((w) => w.box.h)) }));
  // Rows: each line with the later lines level with it and apart from it.
  const solid = lines.map(({ words }) => isSolid(words));
  const rowOf = lines.map((_, i) => i);
  for (let i = 0; i < lines.length; i++) {
    if (rowOf[i] !== i || !solid[i]) continue;
    const row = [i];
    for (let j = i + 1; j < lines.length; j++) {
      if (rowOf[j] !== j || !solid[j] || lines[j]!.para === lines[i]!.para) continue;
      const b = span[j]!;
      if (row.every((k) => Math.abs(span[k]!.mid - b.mid) < 0.5 * Math.max(span[k]!.h, b.h) && (b.x0 >= span[k]!.x1 || b.x1 <= span[k]!.x0))) {
        row.push(j);
        rowOf[j] = i;
      }
    }
  }
  // Paragraphs a row joins belong together (union-find over paragraph numbers).
  const group = paragraphs.map((_, k) => k);
  const find = (k: number): number => (group[k] === k ? k : (group[k] = find(group[k]!)));
  lines.forEach((l, i) => {
    const a = find(l.para), b = find(lines[rowOf[i]!]!.para);
    if (a !== b) group[Math.max(a, b)] = Math.min(a, b);
  });
  // Each row's lines (a row's first line comes before the rest), then each group's rows, both in reading order of their first lines.
  const rows = new Map<number, number[]>();
  rowOf.forEach((head, k) => (rows.get(head) ?? rows.set(head, []).get(head)!).push(k));
  const groups = new Map<number, number[][]>();
  for (const [head, row] of rows) {
    const g = find(lines[head]!.para);
    (groups.get(g) ?? groups.set(g, []).get(g)!).push(row.sort((a, b) => span[a]!.x0 - span[b]!.x0));
  }
  const out: OcrWord[][] = [];
  for (const ofGroup of groups.values()) {
    // Paragraphs read together go top to bottom.
    const joined = new Set(ofGroup.flat().map((k) => lines[k]!.para)).size > 1;
    for (const row of joined ? [...ofGroup].sort((a, b) => span[a[0]!]!.mid - span[b[0]!]!.mid) : ofGroup) out.push(row.flatMap((k) => [...lines[k]!.words]));
  }
  return out;
}

/** A line that may join a row: a word of letters or figures, two of them at least, read with fair confidence ("r", or "Esta" at 0.32, is a speck that would become a label row's first word). */
function isSolid(words: readonly OcrWord[]): boolean {
  return words.some((w) => !isSpeck(w)) && words.map((w) => w.text).join('').replace(/[^A-Za-z0-9£]/g, '').length >= 2 && words.reduce((a, w) => a + w.conf, 0) / words.length >= 0.5;
}

/** The page's slope (page-height fractions per page-width fraction): the median of its long lines' slopes, word middles against their centres. */
function skew(lines: readonly (readonly OcrWord[])[]): number {
  const slopes = lines
    .filter((l) => l.length >= 5 && l[l.length - 1]!.box.x - l[0]!.box.x > 0.3)
    .map((l) => {
      const pts = l.map((w) => [w.box.x + w.box.w / 2, w.box.y + w.box.h / 2] as const);
      const mx = pts.reduce((a, p) => a + p[0], 0) / pts.length, my = pts.reduce((a, p) => a + p[1], 0) / pts.length;
      const sxx = pts.reduce((a, p) => a + (p[0] - mx) ** 2, 0);
      return sxx > 0 ? pts.reduce((a, p) => a + (p[0] - mx) * (p[1] - my), 0) / sxx : 0;
    });
  return slopes.length >= 3 ? median(slopes) : 0;
}

/** Words that follow a planning agreement's section number: "S106 agreement", "S106 Commuted sum", "S106 monies". */
const S106_WORD = /^(?:agreements?|funding|funds?|monies|money|contributions?|obligations?|commuted|allocations?|receipts|balances?|deposits|sums?|payments?)\b/i;

/**
 * A word as read, with the pronoun "I" that OCR reads as "|" or "1" at the start of a line, before a lower-case word, put back; and
 * a councillor's title whose second "l" OCR reads as an "i" ("Clir Winder proposed ...", "Clirs Heppenstall and Till": no word of
 * its own) read as printed, "Cllr", before a name; a planning agreement's "S106" read as "$106" or "5106".
 */
function wordText(line: readonly OcrWord[], i: number): string {
  const w = line[i]!.text;
  const next = line[i + 1]?.text ?? '';
  if (/^Clirs?\.?$/.test(w) && /^[A-Z]/.test(next)) return w.replace('Clir', 'Cllr');
  // A planning agreement's section ("S106 funding", "S278 agreement") whose "S" a scan read as "$", or as "5" before its money's word.
  if (/^\$(?:106|278)\b/.test(w) || (/^5(?:106|278)$/.test(w) && S106_WORD.test(next))) return `S${w.slice(1)}`;
  return i === 0 && (w === '|' || w === '1') && /^[a-z]{2,}/.test(next) ? 'I' : w;
}

/** The page's usual top-to-top distance between consecutive lines of running text (page fractions), or null with too few lines to tell. */
function bodyPitch(tops: readonly number[], heights: readonly number[]): number | null {
  const steps = tops.slice(1).map((t, l) => ({ d: t - tops[l]!, unit: Math.max(heights[l + 1]!, heights[l]!) })).filter((s) => s.unit > 0 && s.d > 0.8 * s.unit && s.d < PARAGRAPH_GAP * s.unit).map((s) => s.d);
  return steps.length >= 5 ? median(steps) : null;
}

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(s.length * q))]! : 0;
}

const median = (xs: number[]) => quantile(xs, 0.5);

/** A list item's marker alone: "1.", "(ii)", "a)", "iv.", a bullet. */
const MARKER = /^(?:\(?(?:\d{1,2}|[ivx]{1,5}|[a-zA-Z])[.)]|\((?:\d{1,2}|[ivx]{1,5}|[a-zA-Z])\)|[•●▪◦■·*-])$/;

/**
 * Puts back list markers that the engine read as a column of their own: hanging markers set apart from their items
 * ("(i)" ... "(ii)" at the margin, each item's text indented) come out as a paragraph of markers before the items,
 * which then read as unmarked prose. Each line that is one marker joins the line of another paragraph that starts to
 * its right on the same row (their middles within half a line's height, the gap under a tenth of the width).
 */
export function attachHangingMarkers(paragraphs: readonly (readonly (readonly OcrWord[])[])[]): OcrWord[][][] {
  const out = paragraphs.map((p) => p.map((l) => [...l]));
  const middle = (w: OcrWord) => w.box.y + w.box.h / 2;
  for (const [pi, p] of out.entries())
    for (const line of p) {
      const w = line[0];
      if (line.length !== 1 || !w || !MARKER.test(w.text)) continue;
      const right = w.box.x + w.box.w;
      let target: OcrWord[] | undefined;
      for (const [qi, q] of out.entries())
        for (const other of q) {
          const first = other[0];
          if (qi === pi || !first || other === line || first.box.x <= right || first.box.x - right > 0.1 || MARKER.test(first.text)) continue;
          if (Math.abs(middle(first) - middle(w)) < 0.5 * Math.max(first.box.h, w.box.h) && (!target || first.box.x < target[0]!.box.x)) target = other;
        }
      if (target) {
        target.unshift(w);
        line.length = 0;
      }
    }
  return out.map((p) => p.filter((l) => l.length)).filter((p) => p.length);
}
