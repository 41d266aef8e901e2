import type { Amount } from '../../record/index.ts';
import { clean, locate, type Line } from '../../layout/doc-lines.ts';
import type { ExtractContext } from '../../layout/context.ts';
import { defineExtractor } from '../define-extractor.ts';
import { findMoney } from '../../layout/money.ts';
import { clauseOf, subjectOf, yearOf } from '../amount-subject.ts';
import type { SectionKind } from '../../layout/segment.ts';

const KIND_WORDS: readonly [Amount['kind'], RegExp][] = [
  ['capital', /\bcapital\b/gi],
  ['revenue', /\brevenue\b|\brunning costs?\b|\bsupport and maintenance\b|\bongoing\b|\bmaintenance\b/gi],
  ['total', /\btotal\b|\boverall\b|\binvestment of\b|\bwhole[- ]life\b|\bin all\b/gi],
];

/** capital / revenue / total from the nearest such word in the figure's own clause. */
export function kindNear(text: string, start: number, end: number): Amount['kind'] {
  const clauseStart = Math.max(text.lastIndexOf(';', start), text.lastIndexOf('. ', start), 0);
  const nextStop = [text.indexOf(';', end), text.indexOf('. ', end), text.indexOf('£', end)].filter((i) => i >= 0);
  const clauseEnd = nextStop.length ? Math.min(...nextStop) : text.length;
  let best: { kind: Amount['kind']; d: number } | null = null;
  for (const [kind, re] of KIND_WORDS)
    for (const m of text.matchAll(re)) {
      const at = m.index ?? 0;
      if (at < clauseStart || at > clauseEnd) continue;
      const d = at < start ? start - at : at - end;
      if (d <= 60 && (!best || d < best.d)) best = { kind, d };
    }
  return best?.kind ?? null;
}

/** A few content words around a figure: what it is for, used to match figures across sections. */
export function contextOf(text: string, start: number, end: number): string {
  // The figure's own clause: back to the last sentence or clause break, forward to the next one.
  const head = text.slice(Math.max(0, start - 90), start).split(/;|\.\s+(?=[A-Z])|:\s/).pop() ?? '';
  const tail = text.slice(end, end + 90).split(/[;£]|\.\s+(?=[A-Z])/)[0] ?? '';
  const before = head.split(/\s+/).filter(Boolean).slice(-10);
  const after = tail.split(/\s+/).filter(Boolean).slice(0, 10);
  return clean([...before, '·', ...after].join(' ').toLowerCase());
}

const SECTION: Record<SectionKind, Amount['section']> = {
  header: 'body', summary: 'summary', recommendation: 'recommendation', body: 'body', signature: 'body', access: 'body', part2: 'body',
};

/**
 * Every money figure: prose figures with a pound sign (paragraph text joined across line breaks so
 * "p.a." on the next line still counts), and table cells under a `£000`-style header (scaled).
 */
export const amounts = defineExtractor({
  field: 'amounts',
  extract(ctx) {
    return repairDroppedPoints([...proseAmounts(ctx), ...tableAmounts(ctx)]);
  },
});

const digitsOf = (t: string) => t.replace(/[^\d]/g, '');

/**
 * An OCR'd figure that lost its decimal point ("£1164M" where the document elsewhere prints "£1.164M") is
 * read as that figure: same digits and unit, 10-1000 times larger, and every such twin agreeing. Never guessed
 * without a printed twin.
 */
function repairDroppedPoints(amounts: Amount[]): Amount[] {
  return amounts.map((a) => {
    // (A figure grouped by thousands, "£2,000,000", was read whole: its twin "£2,000.000" is the paper's own slip.)
    if (a.confidence === null || a.text.includes('.') || /\d,\d{3}\b/.test(a.text) || a.section === 'table') return a;
    const twins = amounts.filter((b) => b !== a && b.text.includes('.') && digitsOf(b.text) === digitsOf(a.text) && b.text.slice(-1).toLowerCase() === a.text.slice(-1).toLowerCase());
    const values = [...new Set(twins.map((b) => b.value))];
    const ratio = values.length === 1 ? a.value / values[0]! : 0;
    if (![10, 100, 1000].some((r) => Math.abs(ratio - r) < 1e-9)) return a;
    return { ...a, value: values[0]!, confidence: Math.min(a.confidence, 0.5), repair: `"${a.text}" read as ${twins[0]!.text}: the decimal point was lost in OCR` };
  });
}

function proseAmounts({ doc, sectionOf, tables }: ExtractContext): Amount[] {
  const owned = new Set(tables.flatMap((t) => [...t.lineIndexes]));
  const out: Amount[] = [];
  doc.lines.forEach((line, i) => {
    if (owned.has(line.index)) return;
    const next = doc.lines[i + 1];
    // Read with the start of the next line so a period ("p.a.") or kind word that wrapped still counts.
    // (A line that starts in lower case goes on from this one, whatever gap a scan left: "£0.250" / "million to be funded".)
    const text = `${line.text} ${next && (!next.breakBefore || /^[a-z]/.test(next.text)) ? next.text.slice(0, 40) : ''}`;
    // What the figure is for may sit on the lines around it: its clause is read from the paragraph.
    const { text: wide, offset } = paragraphAround(doc.lines, i, owned);
    const ocr = doc.pages.find((p) => p.number === line.page)?.source === 'ocr';
    for (const m of findMoney(text, { ocr })) {
      if (m.start >= line.text.length) continue;
      const loc = locate(doc, line, m.start, Math.min(m.end, line.text.length));
      const [ws, we] = [offset + m.start, offset + m.end];
      out.push({
        value: m.value,
        text: m.text,
        period: m.period,
        kind: kindNear(text, m.start, m.end),
        section: SECTION[sectionOf.get(line.index) ?? 'body'],
        ...loc,
        confidence: m.repaired ? Math.min(loc.confidence ?? 1, 0.5) : loc.confidence,
        context: contextOf(text, m.start, m.end),
        subject: subjectOf(wide, ws, we),
        year: yearOf(wide, ws, we),
        quote: quoteOf(wide, ws, we),
        ...(m.rangeEnd ? { rangeEnd: m.rangeEnd } : {}),
        ...(m.repaired ? { repair: `OCR letters or symbols in "${m.text}" read as digits / £` } : {}),
      });
    }
  });
  return out;
}

function tableAmounts({ tables }: ExtractContext): Amount[] {
  return tables.flatMap((t) =>
    t.rows.flatMap((row) =>
      [...row.cells.entries()]
        .filter(([, c]) => !Number.isNaN(c.value))
        .map(([col, c]): Amount => ({
          value: c.value,
          text: c.raw,
          period: null,
          subject: row.label || null,
          year: yearIn(t.columns[col]?.label ?? ''),
          kind: row.isTotal || col === t.totalColumn ? 'total' : row.group,
          section: 'table',
          page: c.line.page,
          box: c.box,
          confidence: c.confidence,
          context: clean(`${row.label} · ${t.columns[col]?.label ?? ''}`.toLowerCase()),
          quote: clean(`${row.label}: ${c.raw} (${t.columns[col]?.label ?? ''})`),
          ...(c.repair ? { repair: c.repair } : {}),
        })),
    ),
  );
}

/** The paragraph around line `i` (up to two lines either side, prose only) and where line `i` starts in it. */
function paragraphAround(lines: readonly Line[], i: number, owned: ReadonlySet<number>): { text: string; offset: number } {
  let from = i;
  while (from > i - 2 && from > 0 && !lines[from]!.breakBefore && !owned.has(lines[from - 1]!.index)) from--;
  let to = i;
  while (to < i + 2 && lines[to + 1] && !lines[to + 1]!.breakBefore && !owned.has(lines[to + 1]!.index)) to++;
  const before = lines.slice(from, i).map((l) => l.text.trim());
  const head = before.length ? `${before.join(' ')} ` : '';
  const text = head + lines.slice(i, to + 1).map((l, k) => (k === 0 ? l.text : l.text.trim())).join(' ');
  return { text, offset: head.length };
}

/** The figure's clause as printed, clipped to about 200 characters (the quote a flag shows). */
function quoteOf(text: string, start: number, end: number): string {
  const { before, after } = clauseOf(text, start, end);
  return clean(`${before.slice(-120)}${text.slice(start, end)}${after.slice(0, 100)}`);
}

/** A year in a column label ("2019/20", "Year 1" is not one). */
const yearIn = (label: string) => /\b(?:19|20)\d{2}(?:\s?[-/–]\s?\d{2,4})?\b/.exec(label)?.[0].replace(/\s/g, '') ?? null;
