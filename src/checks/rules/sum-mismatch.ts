import type { MoneyTable } from '../../record/index.ts';
import { locate } from '../../layout/doc-lines.ts';
import { formatPounds } from '../../layout/money.ts';
import { restsOnDoubt, statedSums, type StatedSum } from '../../layout/table-math.ts';
import { ALL_TYPES, defineCheck, num, ocrNote, type Finding } from '../define-check.ts';
import { expectedInUnit, explainSum, sumEvidence, totalLabel } from '../table-explain.ts';
import { disagrees, findProseSums, totalPlace, totalSentence } from './prose-sums.ts';

/** The sums of a certain table that disagree, grouped by total cell; sums resting on a doubtful OCR cell are left to low-confidence. */
export function tableMismatches(t: MoneyTable): StatedSum[][] {
  if (!t.certain) return [];
  const byTotal = new Map<string, StatedSum[]>();
  for (const s of statedSums(t).filter((s) => !s.agrees && !restsOnDoubt(t, s))) byTotal.set(s.total.join(), [...(byTotal.get(s.total.join()) ?? []), s]);
  return [...byTotal.values()];
}

function tableFinding(t: MoneyTable, sums: StatedSum[]): Finding {
  const s = sums[0]!;
  const total = t.rows[s.total[0]]!.cells?.[s.total[1]];
  const kinds = sums.map((x) => x.axis).join(' and ');
  return {
    message: `Expected ${expectedInUnit(t, s)} (${t.unit ?? '£'}) for ${totalLabel(t, s)}, the ${kinds} sum of its parts, found ${total?.text ?? num(s.stated)}${ocrNote(total?.confidence)}`,
    explanation: sums.map((x) => explainSum(t, x)).join('; and '),
    evidence: sumEvidence(t, s),
  };
}

export const sumMismatch = defineCheck({
  id: 'sum-mismatch',
  severity: 'error',
  description: 'a stated total differs from the sum (or annual figure × years) of its stated parts, in a table read with certainty or in prose',
  appliesTo: ALL_TYPES,
  check({ record, ctx }) {
    const flags: Finding[] = [];
    for (const t of record.tables) for (const sums of tableMismatches(t)) flags.push(tableFinding(t, sums));
    for (const s of findProseSums(ctx).filter(disagrees)) {
      const at = totalPlace(s);
      const loc = locate(ctx.doc, at.line, at.from, at.to);
      flags.push({
        message: `Expected ${formatPounds(s.expected)} (${s.how}), found ${s.total.text}${ocrNote(loc.confidence)}`,
        explanation: `${s.source} on page ${loc.page}: ${s.arithmetic} = ${num(s.expected)}; stated total ${s.total.text} (${num(s.total.value)}), a difference of ${num(s.total.value - s.expected)}`,
        evidence: [{ ...loc, text: totalSentence(s) }, ...s.partEvidence],
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
      ['Total funding approved is £250,000 (£125,000 per annum).\n\nThe grants run from April 2024 to March 2026 (2 years).'],
      // A part with two figures cannot be told from the total: not added up.
      ['1. Approve £5m consisting of:\na. £2m capital in 2025-26 and £1m in 2026-27; and\nb. £1m revenue.'],
      // A row's figure printed outside the columns was dropped: the table is not certain, so its Total is not checked here.
      ['                     Prior Years   2025-26   2026-27\n                     £000s         £000s     £000s\nAdult Social Care           3,939  549       515\nChildren             162,244       97,113    105,761\nTotal Cash Limit     166,183       97,662    106,276\n\nThe table ends and prose follows.'],
      // Year groups each with a Total column: summing a row across every column would be the wrong axis.
      ['                 Core      External  Total     Core      External  Total\n                 £000      £000      £000      £000      £000      £000\nRevised Base     1,000     100       1,100     1,100     0         1,100\nPay              50        5         55        60        0         60\nTOTAL            1,050     105       1,155     1,160     0         1,160\n\nThe table ends and prose follows.'],
    ],
    notOk: [
      ['                 2017/18   2018/19   TOTAL\n                 £000      £000      £000\nServer           30        20        50\nLicences         2.1       2.2       4.3\nTOTAL Costs      32.1      22.2      64.3\n\nThis is the end of the table and prose follows.'],
      ['1. Approve a 5-year investment of £788K consisting of:\na. £353,000 capital costs; and\nb. £453,000 running costs over a 5-year period at a cost of £87,000 per annum.'],
      // A total with its annual figure in brackets, the term stated in the next paragraph.
      ['Total funding approved is £250,000 (£120,000 per annum).\n\nThe grants run from April 2024 to March 2026 (2 years).'],
      // A subtotal misprinted under a grand total that adds up over the parts.
      ['                 2017/18   2018/19\n                 £000      £000\nServer           30        20\nHardware         10        5\nTotal capital    40        28\nLicences         2         2\nTotal revenue    2         2\nTOTAL            42        27\n\nThe table ends and prose follows.'],
    ],
  },
});
