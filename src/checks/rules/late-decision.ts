import { DECISION_PAPERS, defineCheck, ocrNote } from '../define-check.ts';
import { decisionStatement, evidenceOf } from '../evidence.ts';

export const lateDecision = defineCheck({
  id: 'late-decision',
  severity: 'warning',
  description: 'the decision was signed after the date by which the report said it was required',
  appliesTo: DECISION_PAPERS,
  check({ record }) {
    const decision = decisionStatement(record);
    if (!decision) return [];
    const deadlines = record.dates.filter((d) => d.role === 'deadline' && d.date < decision.date);
    const deadline = deadlines.sort((a, b) => a.date.localeCompare(b.date))[0];
    if (!deadline) return [];
    const days = Math.round((Date.parse(decision.date) - Date.parse(deadline.date)) / 86_400_000);
    return [{
      message: `Expected a decision by ${deadline.date}${ocrNote(deadline.confidence)}, found it signed on ${decision.date}${ocrNote(decision.confidence)} (${days} day${days === 1 ? '' : 's'} late)`,
      explanation: `the paper asks for a decision by ${deadline.date} ("${deadline.text}", p.${deadline.page}); the decision is dated ${decision.date} ("${decision.text}", p.${decision.page}): ${decision.date} − ${deadline.date} = ${days} day${days === 1 ? '' : 's'}`,
      evidence: [evidenceOf(deadline), evidenceOf(decision)],
    }];
  },
  examples: {
    ok: [['Time sensitivity\nA decision is required from the Deputy Mayor by 31/08/2018.\n\nThe above request has my approval.\nSignature\nDate 30/08/2018']],
    notOk: [['Time sensitivity\nA decision is required from the Deputy Mayor by 31/08/2018.\n\nThe above request has my approval.\nSignature\nDate 03/09/2018']],
  },
});
