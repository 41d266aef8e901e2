import type { Amount } from '../../record/index.ts';
import { roundingTolerance } from '../../layout/money.ts';
import { defineCheck, ocrNote, type Check } from '../define-check.ts';
import { evidenceOf, isThreshold, sharedWords } from '../evidence.ts';

/** Two figures are about the same thing: same period, compatible kind, and their sentences share what they are for. */
function sameThing(a: Amount, b: Amount): boolean {
  if (a.period !== b.period) return false;
  // Figures for different years ("£0.4m in 2019/20", "£0.5m in 2020/21") are different things.
  const [ya, yb] = [yearsIn(a.context), yearsIn(b.context)];
  if (ya.size && yb.size && ![...ya].some((y) => yb.has(y))) return false;
  if (a.kind && b.kind && a.kind !== b.kind) return false;
  return sharedWords(a.context ?? '', b.context ?? '') >= (a.kind && a.kind === b.kind ? 1 : 2);
}

const yearsIn = (s: string | undefined) => new Set((s ?? '').match(/\b(?:19|20)\d{2}(?:\/\d{2,4})?\b/g) ?? []);
const equal = (a: Amount, b: Amount) => Math.abs(a.value - b.value) <= Math.max(roundingTolerance(a.text, a.value), roundingTolerance(b.text, b.value));
/** Close enough to be the same figure misstated (a typo, a transposition, a moved decimal point), not a different sum. */
const close = (a: Amount, b: Amount) =>
  Math.abs(a.value - b.value) <= 0.35 * Math.max(a.value, b.value) || a.text.replace(/\D/g, '') === b.text.replace(/\D/g, ''); // same digits, point moved

/** The nearest figure for the same thing when none of them equals `x` and it is close enough to be a misstatement. */
function closestDisagreeing(x: Amount, others: readonly Amount[]): Amount | null {
  const peers = others.filter((o) => sameThing(o, x));
  if (!peers.length || peers.some((o) => equal(o, x))) return null;
  return peers.filter((o) => close(o, x)).sort((p, q) => Math.abs(p.value - x.value) - Math.abs(q.value - x.value))[0] ?? null;
}

export const amountMismatch = defineCheck({
  id: 'amount-mismatch',
  severity: 'error',
  description: "a figure in the summary or recommendations differs from the body's figure for the same thing, beyond rounding",
  check({ record }) {
    const usable = (a: Amount) => !a.rangeEnd && !isThreshold(a);
    const stated = record.amounts.filter((a) => (a.section === 'summary' || a.section === 'recommendation') && usable(a));
    const body = record.amounts.filter((a) => a.section === 'body' && usable(a));
    const flags: ReturnType<Check['check']> = [];
    const seen = new Set<string>();
    const report = (a: Amount, b: Amount) => {
      if (seen.has(`${a.value}|${b.value}`)) return;
      seen.add(`${a.value}|${b.value}`);
      flags.push({
        message: `Expected ${a.text}${ocrNote(a.confidence)} as stated in the ${a.section} (p.${a.page}), found ${b.text}${ocrNote(b.confidence)} in the body (p.${b.page}) for the same ${b.kind ?? a.kind ?? 'item'}`,
        evidence: [evidenceOf(a), evidenceOf(b)],
      });
    };
    // Both ways: a body figure no statement agrees with (the body was changed), and a stated figure no
    // body figure agrees with (the summary or a recommendation was changed); the other copies may still agree.
    for (const b of body) {
      const a = closestDisagreeing(b, stated);
      if (a) report(a, b);
    }
    for (const a of stated) {
      const b = closestDisagreeing(a, body);
      if (b) report(a, b);
    }
    return flags;
  },
  examples: {
    ok: [[
      'Recommendation:\nThe Deputy Mayor is recommended to approve:\n1. The release of £1.164M capital funding for a management server.\n\n3. Financial Comments\n3.1. The required capital spend of £1.16m is funded in the capital plan. Revenue costs of £0.4m in 2019/20.\n4. Legal Comments\n4.1. Contracts valued at £181,302 or above follow the Regulations.',
    ], [
      'Executive Summary:\nRevenue costs of £0.4m in 2019/20 are funded from the project budget.\n\n3. Financial Comments\n3.1. Revenue costs of £0.5m in 2020/21 are funded from the project budget.',
    ]],
    notOk: [
      ['Recommendation:\nThe Deputy Mayor is recommended to approve:\n1. The release of £1.164M capital funding for a management server.\n\n3. Financial Comments\n3.1. The required capital spend of £1.46m is funded in the capital plan.'],
      // The recommendation changed on the form; the report's copy and the body still agree with each other.
      [
        'Recommendation:\nThe DMPC is recommended to approve:\n1. A contract for support at a cost of £585k p.a. over 4 years.\n\n3. Financial Comments\n3.1. Support and maintenance at an estimated cost of £555k p.a. over 4 years.',
        'Recommendations\nThe DMPC is asked to approve:\n1. A contract for support at a cost of £555k p.a. over 4 years.\n\nTime sensitivity\nNone.',
      ],
    ],
  },
});
