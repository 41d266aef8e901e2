import { DECISION_PAPERS, defineCheck, ocrNote } from '../define-check.ts';
import { decisionStatement, evidenceOf } from '../evidence.ts';

const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);

export const dateOrder = defineCheck({
  id: 'date-order',
  severity: 'warning',
  description: 'dates that cannot be in that order: signed before the report was written or before the meeting that considered it',
  appliesTo: DECISION_PAPERS,
  check({ record }) {
    const decision = decisionStatement(record);
    const approval = record.dates.find((d) => d.role === 'approval');
    const flags = [];
    for (const signed of [decision, approval]) {
      if (!signed) continue;
      const who = signed.role === 'decision' ? 'the decision' : 'the officer approval';
      for (const earlier of record.dates.filter((d) => (d.role === 'report' || (d.role === 'meeting' && d.text.split(/\s+/).length <= 10)) && d.date > signed.date)) {
        flags.push({
          message: `Expected ${who} on or after the ${earlier.role} of ${earlier.date}${ocrNote(earlier.confidence)}, found it signed on ${signed.date}${ocrNote(signed.confidence)}`,
          explanation: `${who} is dated ${signed.date} ("${signed.text}", p.${signed.page}); the ${earlier.role} is dated ${earlier.date} ("${earlier.text}", p.${earlier.page}), ${days(signed.date, earlier.date)} day(s) later, so ${who} came before it`,
          evidence: [evidenceOf(earlier), evidenceOf(signed)],
        });
      }
    }
    return flags;
  },
  examples: {
    ok: [['Date of report: 13/09/2017\n\nDecision and Final Sign Off\nI agree the recommendations to this report;\nPCC/Deputy PCC\nDate signed: 3/11/17']],
    notOk: [['Date of report: 13/09/2017\n\nDecision and Final Sign Off\nI agree the recommendations to this report;\nPCC/Deputy PCC\nDate signed: 3/08/17']],
  },
});
