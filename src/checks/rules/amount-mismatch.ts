import type { Amount } from '../../export/record-schema.ts';
import { roundingTolerance } from '../../extract/money.ts';
import { defineCheck, ocrNote } from '../define-check.ts';
import { evidenceOf, isThreshold, sharedWords } from '../evidence.ts';

/** Two figures are about the same thing: same period, compatible kind, and their sentences share what they are for. */
function sameThing(a: Amount, b: Amount): boolean {
  if (a.period !== b.period) return false;
  if (a.kind && b.kind && a.kind !== b.kind) return false;
  return sharedWords(a.context ?? '', b.context ?? '') >= (a.kind && a.kind === b.kind ? 1 : 2);
}

const equal = (a: Amount, b: Amount) => Math.abs(a.value - b.value) <= Math.max(roundingTolerance(a.text, a.value), roundingTolerance(b.text, b.value));
/** Close enough to be the same figure misstated (a typo, a transposition), not a different sum. */
const close = (a: Amount, b: Amount) => Math.abs(a.value - b.value) <= 0.35 * Math.max(a.value, b.value);

export const amountMismatch = defineCheck({
  id: 'amount-mismatch',
  severity: 'error',
  description: "a figure in the summary or recommendations differs from the body's figure for the same thing, beyond rounding",
  check({ record }) {
    const usable = (a: Amount) => !a.rangeEnd && !isThreshold(a);
    const stated = record.amounts.filter((a) => (a.section === 'summary' || a.section === 'recommendation') && usable(a));
    const body = record.amounts.filter((a) => a.section === 'body' && usable(a));
    const flags = [];
    const seen = new Set<string>();
    for (const b of body) {
      const peers = stated.filter((a) => sameThing(a, b));
      if (!peers.length || peers.some((a) => equal(a, b))) continue;
      const a = peers.filter((p) => close(p, b)).sort((x, y) => Math.abs(x.value - b.value) - Math.abs(y.value - b.value))[0];
      if (!a || seen.has(`${a.value}|${b.value}`)) continue;
      seen.add(`${a.value}|${b.value}`);
      flags.push({
        message: `Expected ${a.text}${ocrNote(a.confidence)} as stated in the ${a.section} (p.${a.page}), found ${b.text}${ocrNote(b.confidence)} in the body (p.${b.page}) for the same ${b.kind ?? 'item'}`,
        evidence: [evidenceOf(a), evidenceOf(b)],
      });
    }
    return flags;
  },
  examples: {
    ok: [[
      'Recommendation:\nThe Deputy Mayor is recommended to approve:\n1. The release of £1.164M capital funding for a management server.\n\n3. Financial Comments\n3.1. The required capital spend of £1.16m is funded in the capital plan. Revenue costs of £0.4m in 2019/20.\n4. Legal Comments\n4.1. Contracts valued at £181,302 or above follow the Regulations.',
    ]],
    notOk: [[
      'Recommendation:\nThe Deputy Mayor is recommended to approve:\n1. The release of £1.164M capital funding for a management server.\n\n3. Financial Comments\n3.1. The required capital spend of £1.46m is funded in the capital plan.',
    ]],
  },
});
