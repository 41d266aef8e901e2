import { defineExtractor } from '../define-extractor.ts';
import { findMoney } from '../../layout/money.ts';
import { cellAt, tableSums, type Table } from '../../layout/tables.ts';

const APPROVAL = /\b(approv\w*|release|award\w*|agree\w*|delegat\w*|authori[sz]\w*|invest\w*|procure\w*|commit\w*|spend|allocat\w*|accept\w*|endorse\w*)\b/i;
const THRESHOLD = /or above|or more|and above|threshold|exceed|delegated authority|up to a (maximum|limit)|limit of/i;

/** The principal sum approved: in the recommendations, else a cost table's grand total, else the summary, else the body. */
export const headlineAmount = defineExtractor({
  field: 'headlineAmount',
  extract(ctx, soFar) {
    const recMoney = (soFar.recommendations ?? [])
      .filter((r) => APPROVAL.test(r.text))
      .flatMap((r) => findMoney(r.text).filter((m) => !THRESHOLD.test(r.text.slice(m.end, m.end + 20))));
    // A one-off sum when there is one; a decision that only states a yearly value is headed by it.
    const fromRecs = recMoney.filter((m) => m.period === null).map((m) => m.value);
    if (fromRecs.length) return Math.max(...fromRecs);
    if (recMoney.length) return Math.max(...recMoney.map((m) => m.value));
    for (const t of ctx.tables) {
      const grand = grandTotal(t);
      if (grand !== null) return grand;
    }
    const plain = (soFar.amounts ?? []).filter((a) => a.period === null && a.section !== 'table' && !THRESHOLD.test(a.context ?? ''));
    const summary = plain.filter((a) => a.section === 'summary');
    const pool = summary.length ? summary : plain;
    return pool.length ? Math.max(...pool.map((a) => a.value)) : null;
  },
});

/**
 * The table's grand total (TOTAL row × TOTAL column). When the printed figure disagrees with its parts
 * and the row and the column of totals agree with each other, their sum is taken (the misprint is flagged
 * by the sum-mismatch check).
 */
export function grandTotal(t: Table): number | null {
  const r = t.rows.map((row) => row.isTotal).lastIndexOf(true);
  if (r < 0 || t.totalColumn === null) return null;
  const printed = cellAt(t, [r, t.totalColumn]);
  if (!printed || Number.isNaN(printed.value)) return null;
  const sums = tableSums(t)
    .filter((s) => s.total[0] === r && s.total[1] === t.totalColumn)
    .map((s) => s.parts.reduce((a, p) => a + (cellAt(t, p)?.value ?? NaN), 0));
  const agree = sums.length === 2 && sums.every((v) => Math.abs(v - sums[0]!) < t.unit * 0.05);
  return agree && Math.abs(sums[0]! - printed.value) >= t.unit * 0.05 ? Math.round(sums[0]! * 100) / 100 : printed.value;
}
