import { countOf, findMoney, roundingTolerance, type MoneyMatch } from '../../layout/money.ts';
import { recommendationLists } from '../../layout/recommendation-lists.ts';
import { itemText } from '../../layout/list-items.ts';
import { joinLines } from '../../layout/list-items.ts';
import type { ExtractContext } from '../../layout/context.ts';
import { clean, locate, type Line } from '../../layout/doc-lines.ts';
import { allocationRuns } from '../../layout/allocations.ts';
import type { Evidence } from '../../record/index.ts';

/** A total stated in prose with the parts it is made of. */
export interface ProseSum {
  total: MoneyMatch;
  parts: MoneyMatch[];
  /** What the parts come to: their sum, or an annual figure times its years. */
  expected: number;
  how: string;
  text: string;
  firstLine: Line;
  /** The lines the passage was read from (to find where the total is printed). */
  lines: readonly Line[];
  /** Where the sum is stated, for the explanation ("a paragraph", "an allocation list"). */
  source: string;
  /** The arithmetic done, in figures ("353,000 + 453,000", "87,000 × 5"). */
  arithmetic: string;
  /** Quotes of the parts with their boxes (for lists read line by line). */
  partEvidence: Evidence[];
}

const YEARS = /\b(?:over|for|across)\s+(?:a\s+(?:period\s+of\s+)?)?(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+years?\b|\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]year period\b/i;
const CONSISTS = /consisting of|comprising|made up of|broken down as|split as follows|as follows/i;
const MARKER = /(?:^|\s)(?:\(?[a-h][.)]|\(?[ivx]{1,3}[.)]|[•·])\s+/g;

/**
 * Recommendation items and prose paragraphs of the document, each with its first line; lines of a
 * recommendation section that no item holds (an explanation under the decision) are read as paragraphs.
 */
function passages(ctx: ExtractContext): { text: string; firstLine: Line; lines: readonly Line[] }[] {
  const out: { text: string; firstLine: Line; lines: readonly Line[] }[] = [];
  const inItems = new Set<number>();
  for (const list of recommendationLists(ctx))
    for (const item of list.items) {
      out.push({ text: itemText(item), firstLine: item.lines[0]!, lines: item.lines });
      for (const l of item.lines) inItems.add(l.index);
    }
  let para: Line[] = [];
  const flush = () => {
    if (para.length) out.push({ text: joinLines(para.map((l) => l.text)), firstLine: para[0]!, lines: para });
    para = [];
  };
  for (const line of ctx.doc.lines) {
    if (line.breakBefore || inItems.has(line.index)) flush();
    if (!inItems.has(line.index)) para.push(line);
  }
  flush();
  return out;
}

/**
 * Totals stated with their parts: "£788K ... consisting of: a. £353,000 ...; b. £435,000 ..." and
 * "£435,000 ... over a 5-year period at a cost of £87,000 per annum".
 */
export function findProseSums(ctx: ExtractContext): ProseSum[] {
  const sums: ProseSum[] = [];
  const all = passages(ctx);
  for (const [k, { text, firstLine, lines }] of all.entries()) {
    const money = findMoney(text).filter((m) => !m.rangeEnd);
    // A total, then "consisting of", then one figure per listed part.
    for (const total of money) {
      const after = text.slice(total.end);
      const c = CONSISTS.exec(after);
      if (!c || c.index > 160 || /£/.test(after.slice(0, c.index))) continue;
      const rest = text.slice(total.end + c.index + c[0].length);
      const segments = rest.split(MARKER).slice(1).map((seg) => findMoney(seg).filter((m) => m.period === null && !m.rangeEnd));
      // A listed part with two figures ("£2m in 2025-26 and £1m in 2026-27") cannot be told from its total: not added up.
      if (segments.some((figures) => figures.length > 1)) continue;
      const parts = segments.map((figures) => figures[0]).filter((m): m is MoneyMatch => Boolean(m));
      if (parts.length >= 2)
        sums.push({ total, parts, expected: parts.reduce((a, p) => a + p.value, 0), how: parts.map((p) => p.text).join(' + '), text, firstLine, lines, source: 'the passage', arithmetic: parts.map((p) => num(p.value)).join(' + '), partEvidence: [] });
    }
    // An annual figure over a number of years, next to the total it makes.
    for (const annual of money.filter((m) => m.period === 'annual')) {
      const total = [...money].reverse().find((m) => m.end <= annual.start && m.period === null);
      // "the award of £22,000 to The Hope Hub (£22,000 a year over three years)": the same figure, said again as yearly, is no total.
      if (!total || total.value === annual.value) continue;
      const between = text.slice(total.end, annual.start);
      if (/£|;|\band\b/.test(between) || between.length > 160) continue;
      const y = YEARS.exec(`${between} ${text.slice(annual.end, annual.end + 40)}`);
      // "£313,020 (£156,010 per annum)" with its term in the next paragraph: "(2 years)", said once.
      const term = y || between.trim() !== '(' ? null : termOf(text.slice(annual.end)) ?? termOf(all[k + 1]?.text ?? '');
      const n = y?.[1] ?? y?.[2];
      const years = n ? countOf(n) : term ?? undefined;
      if (!years) continue;
      sums.push({ total, parts: [annual], expected: annual.value * years, how: `${annual.text} a year × ${years} years`, text, firstLine, lines, source: 'the passage', arithmetic: `${num(annual.value)} a year × ${years} years`, partEvidence: [] });
    }
  }
  return [...sums, ...listSums(ctx)];
}

const TERM = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)[\s-]+years?\b/gi;
/** The one term in years a passage states ("(2 years)", "a three-year programme"); null when none or several. */
function termOf(text: string): number | null {
  const found = [...new Set([...text.matchAll(TERM)].map((m) => countOf(m[1]!)!))];
  return found.length === 1 ? found[0]! : null;
}

const num = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 2 });
/** "(x4)", "4 x", "× 4": how many times a listed sum is given; "each" without a count cannot be added up. */
const TIMES = /\(\s*[x×]\s?(\d{1,2})\s*\)|\b(\d{1,2})\s?[x×]\s|[x×]\s?(\d{1,2})\b/i;

/** A line without the bullet OCR reads in many shapes ("*", "«", "»", "e"), its offset moved past it. */
function withoutBullet(line: Line): Line {
  const m = /^\s*(?:[*«»•·‣▪◦○●■□➢>+~°©¢-]|[eo](?=\s+[A-Z]))\s+/.exec(line.text);
  return m ? { ...line, text: line.text.slice(m[0].length), start: line.start + m[0].length } : line;
}

/**
 * A total introducing a list of allocations, one per line ("To agree to distribute £3.8m funds as follows:" then
 * "Coventry City Council: £136,617", "Remaining 4 LAs (x4): £30,857 each"): the introduction's only figure
 * against the sum of the lines.
 */
function listSums(ctx: ExtractContext): ProseSum[] {
  const lines = ctx.doc.lines.map(withoutBullet);
  const out: ProseSum[] = [];
  for (const run of allocationRuns(lines)) {
    const first = lines.indexOf(run.parts[0]!.line);
    const intro: Line[] = [];
    // The introduction: back to its paragraph's start, or further while it has no figure (OCR splits paragraphs).
    for (let i = first - 1; i >= 0 && intro.length < 4; i--) {
      intro.unshift(lines[i]!);
      if (lines[i]!.breakBefore && /£/.test(lines[i]!.text)) break;
    }
    const from = intro.findIndex((l) => findMoney(l.text).length > 0);
    if (from < 0) continue;
    intro.splice(0, from);
    const text = clean(intro.map((l) => l.text).join(' '));
    const money = findMoney(text).filter((m) => !m.rangeEnd);
    if (money.length !== 1 || money[0]!.period || !/(?:as follows|below|:)\s*$|as follows/i.test(text)) continue;
    // The total and the list must be one sentence: "distribute £3.8m funds as follows ... :".
    if (/[.!?]\s+[A-Z]/.test(text.slice(money[0]!.end))) continue;
    const times = run.parts.map((p) => {
      const t = TIMES.exec(p.line.text);
      const n = t ? Number(t[1] ?? t[2] ?? t[3]) : 1;
      return /\beach\b/i.test(p.line.text) && !t ? null : n;
    });
    if (times.some((n) => n === null)) continue;
    // A list read only in part (a bullet OCR'd into something else) ends at a line that still has a figure.
    const after = lines[lines.indexOf(run.parts[run.parts.length - 1]!.line) + 1];
    if (after && findMoney(after.text).length) continue;
    const expected = run.parts.reduce((a, p, k) => a + p.money.value * times[k]!, 0);
    // Parts that come to less than half or more than twice the total are another list, not a misstatement of it.
    if (expected < money[0]!.value / 2 || expected > money[0]!.value * 2) continue;
    out.push({
      total: money[0]!,
      parts: run.parts.map((p) => p.money),
      expected,
      how: run.parts.map((p, k) => (times[k]! > 1 ? `${p.money.text} × ${times[k]}` : p.money.text)).join(' + '),
      text,
      firstLine: intro[0]!,
      lines: intro,
      source: `the list of ${run.parts.length} allocations under "${text.slice(0, 60)}…"`,
      arithmetic: run.parts.map((p, k) => `${num(p.money.value)}${times[k]! > 1 ? ` × ${times[k]}` : ''}`).join(' + '),
      partEvidence: run.parts.map((p) => ({ ...locate(ctx.doc, p.line), text: clean(p.line.text) })),
    });
  }
  return out;
}

/** Whether a stated total disagrees with its parts beyond the rounding of the total and the parts as printed. */
export const disagrees = (s: ProseSum) => Math.abs(s.expected - s.total.value) > roundingTolerance(s.total.text, s.total.value) + s.parts.reduce((a, p) => a + roundingTolerance(p.text, p.value), 0);

/** Where a sum's total is printed: its line and the figure's characters in it (the first line when not found). */
export function totalPlace(s: ProseSum): { line: Line; from?: number; to?: number } {
  for (const line of s.lines) {
    const at = line.text.indexOf(s.total.text);
    if (at >= 0) return { line, from: at, to: at + s.total.text.length };
  }
  return { line: s.firstLine };
}

/** The sentence of a passage that states the total, as printed. */
export function totalSentence(s: ProseSum): string {
  const start = Math.max(0, ...['. ', '; ', ': '].map((b) => s.text.lastIndexOf(b, s.total.start) + b.length).filter((i) => i > 1));
  const stops = ['. ', '; '].map((b) => s.text.indexOf(b, s.total.end)).filter((i) => i >= 0);
  return s.text.slice(start, stops.length ? Math.min(...stops) + 1 : s.text.length).trim().slice(0, 300);
}
