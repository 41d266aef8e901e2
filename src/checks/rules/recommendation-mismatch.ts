import { locate } from '../../layout/doc-lines.ts';
import { recommendationLists } from '../../layout/recommendation-lists.ts';
import { itemText } from '../../layout/list-items.ts';
import { findMoney, roundingTolerance } from '../../layout/money.ts';
import { DECISION_PAPERS, defineCheck } from '../define-check.ts';

/** The figures of a list of recommendations, each with its printed text. */
const figures = (items: string[]) => items.flatMap((t) => findMoney(t).filter((m) => !m.rangeEnd));

export const recommendationMismatch = defineCheck({
  id: 'recommendation-mismatch',
  severity: 'warning',
  description: "the decision form's recommendations differ from the supporting report's: items added, dropped or with different figures",
  appliesTo: DECISION_PAPERS,
  check({ ctx }) {
    const lists = recommendationLists(ctx);
    if (lists.length < 2) return [];
    const [form, report] = [lists[0]!, lists[lists.length - 1]!];
    const a = form.items.map(itemText);
    const b = report.items.map(itemText);
    const flags = [];
    const fa = figures(a);
    const fb = figures(b);
    const missing = (xs: typeof fa, ys: typeof fb) => xs.filter((x) => !ys.some((y) => Math.abs(x.value - y.value) <= Math.max(roundingTolerance(x.text, x.value), roundingTolerance(y.text, y.value))));
    const onlyForm = missing(fa, fb);
    const onlyReport = missing(fb, fa);
    const where = (items: typeof form.items) => ({ ...locate(ctx.doc, items[0]!.lines[0]!), text: itemText(items[0]!).slice(0, 200) });
    const compared = `the decision form's list (p.${form.items[0]!.lines[0]!.page}, ${a.length} item${a.length === 1 ? '' : 's'}: ${fa.map((m) => m.text).join(', ') || 'no figures'}) and the report's list (p.${report.items[0]!.lines[0]!.page}, ${b.length} item${b.length === 1 ? '' : 's'}: ${fb.map((m) => m.text).join(', ') || 'no figures'})`;
    if (onlyForm.length || onlyReport.length)
      flags.push({
        explanation: `compared the figures of ${compared}: each figure was looked for on the other side within its rounding`,
        message: `Expected the same figures in both lists of recommendations, found ${onlyForm.map((m) => m.text).join(', ') || 'nothing'} only on the decision form and ${onlyReport.map((m) => m.text).join(', ') || 'nothing'} only in the report`,
        evidence: [where(form.items), where(report.items)],
      });
    // Item counts are compared only when both lists read cleanly (a scrambled scan is not a changed decision).
    else if (a.length !== b.length && form.quality === 1 && report.quality === 1)
      flags.push({
        explanation: `counted the items of ${compared}; both lists were read cleanly`,
        message: `Expected ${b.length} recommendations as in the report, found ${a.length} on the decision form`,
        evidence: [where(form.items), where(report.items)],
      });
    return flags;
  },
  examples: {
    ok: [['Recommendation:\nThe DMPC is recommended to:\n1. Approve £788K for the solution.\n2. Approve procurement via G-Cloud.\n\nSignature\n\nRecommendations\nThe DMPC is asked to:\n1. Approve £788K for the solution.\n2. Approve procurement via G-Cloud.\n\nTime sensitivity\nNone.']],
    notOk: [['Recommendation:\nThe DMPC is recommended to:\n1. Approve £788K for the solution.\n2. Approve procurement via G-Cloud.\n\nSignature\n\nRecommendations\nThe DMPC is asked to:\n1. Approve £878K for the solution.\n2. Approve procurement via G-Cloud.\n\nTime sensitivity\nNone.']],
  },
});
