import { cellAt, isSuspect, tableSums, type Cell, type Table } from '../../layout/tables.ts';
import { locate } from '../../layout/doc-lines.ts';
import { formatPounds } from '../../layout/money.ts';
import { defineCheck, ocrNote } from '../define-check.ts';
import { disagrees, findProseSums } from './prose-sums.ts';

const cellEvidence = (c: Cell, label: string) => ({ page: c.line.page, text: `${label}: ${c.raw}`, box: c.box, confidence: c.confidence });

/** Table sums that disagree, each total cell once; sums resting on a doubtful OCR cell are left to low-confidence. */
export function tableMismatches(t: Table) {
  const out = new Map<string, { total: Cell; expected: number; parts: Cell[]; kinds: string[]; label: string }>();
  for (const s of tableSums(t)) {
    const total = cellAt(t, s.total)!;
    const parts = s.parts.map((p) => cellAt(t, p)!);
    const sumOf = (cells: Cell[]) => Math.round(cells.reduce((a, c) => a + c.value, 0) * 100) / 100;
    const expected = sumOf(parts);
    if ([total, ...parts].some((c) => Number.isNaN(c.value)) || Math.abs(expected - total.value) < t.unit * 0.05) continue;
    // A total that adds up under another reading of the table (a grand total over subtotals) is not a mismatch.
    if (s.alternatives.some((alt) => Math.abs(sumOf(alt.map((p) => cellAt(t, p)!)) - total.value) < t.unit * 0.05)) continue;
    if ([total, ...parts].some(isSuspect)) continue;
    const row = t.rows[s.total[0]]!;
    const label = `${row.label} / ${t.columns[s.total[1]]?.label ?? ''}`;
    const key = s.total.join(',');
    const seen = out.get(key);
    if (seen) seen.kinds.push(s.kind);
    else out.set(key, { total, expected, parts, kinds: [s.kind], label });
  }
  return [...out.values()];
}

export const sumMismatch = defineCheck({
  id: 'sum-mismatch',
  severity: 'error',
  description: 'a stated total differs from the sum (or annual figure × years) of its stated parts',
  check({ ctx }) {
    const flags = [];
    for (const t of ctx.tables)
      for (const m of tableMismatches(t)) {
        const unit = t.unit === 1000 ? '£000' : t.unit === 1e6 ? '£m' : '£';
        flags.push({
          message: `Expected ${label(m.expected / t.unit)} (${unit}) for ${m.label}, the ${m.kinds.join(' and ')} sum of its parts, found ${m.total.raw}${ocrNote(m.total.confidence)}`,
          evidence: [cellEvidence(m.total, m.label), ...m.parts.slice(0, 8).map((c) => cellEvidence(c, 'part'))],
        });
      }
    for (const s of findProseSums(ctx).filter(disagrees)) {
      const loc = locate(ctx.doc, s.firstLine);
      flags.push({
        message: `Expected ${formatPounds(s.expected)} (${s.how}), found ${s.total.text}${ocrNote(loc.confidence)}`,
        evidence: [{ ...loc, text: s.text.slice(0, 240) }],
      });
    }
    return flags;
  },
  examples: {
    ok: [
      ['                 2017/18   2018/19   TOTAL\n                 £000      £000      £000\nServer           30        20        50\nLicences         2.1       2.2       4.3\nTOTAL Costs      32.1      22.2      54.3\n\nThis is the end of the table and prose follows.'],
      // Subtotals, then a grand total over them.
      ['                 2017/18   2018/19   TOTAL\n                 £000      £000      £000\nServer           30        20        50\nTotal capital    30        20        50\nLicences         2.1       2.2       4.3\nSupport          1         1         2\nTotal revenue    3.1       3.2       6.3\nTOTAL            33.1      23.2      56.3\n\nThis is the end of the table and prose follows.'],
      ['1. Approve a 5-year investment of £788K consisting of:\na. £353,000 capital costs; and\nb. £435,000 running costs over a 5-year period at a cost of £87,000 per annum.'],
    ],
    notOk: [
      ['                 2017/18   2018/19   TOTAL\n                 £000      £000      £000\nServer           30        20        50\nLicences         2.1       2.2       4.3\nTOTAL Costs      32.1      22.2      64.3\n\nThis is the end of the table and prose follows.'],
      ['1. Approve a 5-year investment of £788K consisting of:\na. £353,000 capital costs; and\nb. £453,000 running costs over a 5-year period at a cost of £87,000 per annum.'],
    ],
  },
});

const label = (n: number) => (Math.round(n * 100) / 100).toString();
