import type { Amount } from '../../record/index.ts';
import { roundingTolerance } from '../../layout/money.ts';
import { escapeRegExp } from '../../layout/doc-lines.ts';
import { DECISION_PAPERS, defineCheck, num, ocrNote, type Finding } from '../define-check.ts';
import { evidenceOf, isThreshold, sameSubject, sameYear } from '../evidence.ts';

/**
 * Two figures are about the same thing: same period and year, the same subject (what each is for, from its own
 * sentence), and the same kind (a kind stated on one side only needs a closer subject).
 */
function sameThing(a: Amount, b: Amount): boolean {
  if (a.period !== b.period || !sameYear(a.year, b.year)) return false;
  if (a.kind && b.kind && a.kind !== b.kind) return false;
  const s = sameSubject(a, b);
  if (!s) return false;
  if (a.kind !== b.kind) return s.strength >= 2 || s.identical;
  // A subject that says only its kind ("capital spend", "running costs") matches a figure of that same kind.
  return s.strength > 0 || a.kind !== null;
}

const tolerance = (a: Amount, b: Amount) => Math.max(roundingTolerance(a.text, a.value), roundingTolerance(b.text, b.value));
const equal = (a: Amount, b: Amount) => Math.abs(a.value - b.value) <= tolerance(a, b);
/** Close enough to be the same figure misstated (a typo, a transposition, a moved decimal point), not a different sum. */
const close = (a: Amount, b: Amount) =>
  Math.abs(a.value - b.value) <= 0.35 * Math.max(a.value, b.value) || a.text.replace(/\D/g, '') === b.text.replace(/\D/g, ''); // same digits, point moved

/**
 * The party a figure is given to in its own words: named just after it ("£246,700 to the ... Institute"), or just before it
 * with nothing between but the figure's own words ("to the Institute (JDI) to the value of £264,700"; not "to X and £42,000").
 */
function partyOf(a: Amount, parties: readonly string[]): string | null {
  const quote = (a.quote ?? '').toLowerCase();
  const at = quote.indexOf(a.text.toLowerCase());
  if (at < 0) return null;
  const after = quote.slice(at + a.text.length);
  const named = parties.find((p) => new RegExp(String.raw`^\s*(?:to|for)\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,4}?${escapeRegExp(p)}\b`).test(after));
  if (named) return named;
  const before = quote.slice(0, at);
  const gaps = parties.map((p) => ({ p, gap: before.lastIndexOf(p) >= 0 ? before.slice(before.lastIndexOf(p) + p.length) : null }));
  return gaps.filter((g) => g.gap !== null && g.gap.length <= 40 && !/\band\b|,|£/.test(g.gap)).sort((x, y) => x.gap!.length - y.gap!.length)[0]?.p ?? null;
}

const sortDigits = (t: string) => t.replace(/\D/g, '').split('').sort().join('');
/** Two printings of one figure, one of them misstated: the same digits in another order (£246,700 / £264,700), or one digit changed. */
function misstated(a: string, b: string): boolean {
  const [x, y] = [a.replace(/\D/g, ''), b.replace(/\D/g, '')];
  if (x === y || x.length !== y.length || x.length < 3) return false;
  return sortDigits(a) === sortDigits(b) || [...x].filter((c, i) => c !== y[i]).length === 1;
}

/** The nearest figure for the same thing when none of them equals `x` and it is close enough to be a misstatement. */
function closestDisagreeing(x: Amount, others: readonly Amount[]): Amount | null {
  const peers = others.filter((o) => sameThing(o, x));
  if (!peers.length || peers.some((o) => equal(o, x))) return null;
  return peers.filter((o) => close(o, x)).sort((p, q) => Math.abs(p.value - x.value) - Math.abs(q.value - x.value))[0] ?? null;
}

const describe = (a: Amount) => `"${a.subject}"${a.kind ? `, ${a.kind}` : ''}${a.period ? `, ${a.period}` : ''}${a.year ? `, ${a.year}` : ''}`;

/** The comparison in words: both figures, what each is for, why they are the same thing, and the difference. */
function explain(a: Amount, b: Amount): string {
  const s = sameSubject(a, b);
  const why = s?.shared.length ? `both about ${s.shared.join(', ')}` : `both ${a.kind} figures (a subject that names only its kind)`;
  return `the ${a.section} on page ${a.page} gives ${a.text} for ${describe(a)}; the body on page ${b.page} gives ${b.text} for ${describe(b)}; ${why}, same period${a.year ? ` and year ${a.year}` : ' and no year stated'}; ${num(b.value)} − ${num(a.value)} = ${num(b.value - a.value)}, more than the rounding of either figure (±${num(tolerance(a, b))})`;
}

export const amountMismatch = defineCheck({
  id: 'amount-mismatch',
  severity: 'error',
  description: "a figure in the summary or recommendations differs from the body's figure for the same thing (same subject, kind, period and year), beyond rounding",
  appliesTo: DECISION_PAPERS,
  check({ record }) {
    const usable = (a: Amount) => !a.rangeEnd && !isThreshold(a) && a.subject !== null;
    const stated = record.amounts.filter((a) => (a.section === 'summary' || a.section === 'recommendation') && usable(a));
    const body = record.amounts.filter((a) => a.section === 'body' && usable(a));
    const flags: Finding[] = [];
    const seen = new Set<string>();
    const report = (a: Amount, b: Amount) => {
      if (seen.has(`${a.value}|${b.value}`)) return;
      seen.add(`${a.value}|${b.value}`);
      flags.push({
        message: `Expected ${a.text}${ocrNote(a.confidence)} as stated in the ${a.section} (p.${a.page}), found ${b.text}${ocrNote(b.confidence)} in the body (p.${b.page}) for the same ${b.kind ?? a.kind ?? 'item'}`,
        explanation: explain(a, b),
        evidence: [evidenceOf(a, a.quote ?? a.text), evidenceOf(b, b.quote ?? b.text)],
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
    // The summary against the recommendations: one party given two sums that are one figure misstated
    // ("a grant payment of £246,700 to the ... Jill Dando Institute" above, "a grant to the Jill Dando Institute ... £264,700" in recommendation 2).
    const parties = record.recipients.map((r) => r.name.replace(/\s*\([^)]*\)/g, '').trim().toLowerCase()).filter((n) => n.split(/\s+/).length >= 2);
    for (const a of record.amounts.filter((x) => x.section === 'summary' && !x.rangeEnd && x.quote)) {
      for (const r of record.amounts.filter((x) => x.section === 'recommendation' && !x.rangeEnd && x.quote)) {
        const party = partyOf(a, parties);
        if (!party || party !== partyOf(r, parties) || a.period !== r.period || !misstated(a.text, r.text) || seen.has(`${r.value}|${a.value}`)) continue;
        seen.add(`${r.value}|${a.value}`);
        flags.push({
          message: `Expected ${r.text} as stated in the recommendations (p.${r.page}), found ${a.text} in the summary (p.${a.page}) for the same party (${party})`,
          explanation: `the summary on page ${a.page} gives ${a.text} and the recommendations on page ${r.page} give ${r.text} to the same party (${party}); the two figures have the same digits${sortDigits(a.text) === sortDigits(r.text) ? ' in another order' : ' but one'}: ${num(r.value)} − ${num(a.value)} = ${num(r.value - a.value)}`,
          evidence: [evidenceOf(r, r.quote ?? r.text), evidenceOf(a, a.quote ?? a.text)],
        });
      }
    }
    return flags;
  },
  examples: {
    ok: [[
      'Recommendation:\nThe Deputy Mayor is recommended to approve:\n1. The release of £1.164M capital funding for a management server.\n\n3. Financial Comments\n3.1. The required capital spend of £1.16m is funded in the capital plan. Revenue costs of £0.4m in 2019/20.\n4. Legal Comments\n4.1. Contracts valued at £181,302 or above follow the Regulations.',
    ], [
      'Executive Summary:\nRevenue costs of £0.4m in 2019/20 are funded from the project budget.\n\n3. Financial Comments\n3.1. Revenue costs of £0.5m in 2020/21 are funded from the project budget.',
    ], [
      // Two different things in the same year: core funded growth and all forecast growth.
      'Recommendation:\nThe Cabinet is asked to approve a 2025-26 revenue budget with £150.3m of core funded spending growth.\n\n2. Financial Implications\n2.1. The draft revenue budget for 2025-26 includes £170.1m (14.0% of the 2024-25 budget) of forecast spending growth.',
    ], [
      // Two parties with their own sums in the summary and the recommendations: nothing misstated.
      'Executive Summary:\nThe paper seeks approval for grants of £24,000 to the Eastbay Youth Trust and £42,000 to the Westbay Arts Trust.\n\nRecommendation:\n1. Approve a grant of £42,000 to the Westbay Arts Trust.\n2. Approve a grant of £24,000 to the Eastbay Youth Trust.',
    ], [
      // The same subject, but one figure is for a year and the other is not.
      'Recommendation:\nThe Cabinet is asked to approve £20.1m of savings from adult social care in 2025-26.\n\n2. Financial Implications\n2.1. Savings from adult social care of £23.0m are planned over the medium term.',
    ]],
    notOk: [
      ['Recommendation:\nThe Deputy Mayor is recommended to approve:\n1. The release of £1.164M capital funding for a management server.\n\n3. Financial Comments\n3.1. The required capital spend of £1.46m is funded in the capital plan.'],
      // The same subject phrased two ways: "the total cost of the project" and "the project will cost".
      ['Executive Summary:\nThe total cost of the project is £2.5m.\n\n3. Financial Comments\n3.1. The project will cost £2.8m in total, met from reserves.'],
      // The recommendation changed on the form; the report's copy and the body still agree with each other.
      [
        'Recommendation:\nThe DMPC is recommended to approve:\n1. A contract for support at a cost of £585k p.a. over 4 years.\n\n3. Financial Comments\n3.1. Support and maintenance at an estimated cost of £555k p.a. over 4 years.',
        'Recommendations\nThe DMPC is asked to approve:\n1. A contract for support at a cost of £555k p.a. over 4 years.\n\nTime sensitivity\nNone.',
      ],
      // One party, its grant's digits transposed between the summary and the recommendation.
      ['Executive Summary:\nThe paper seeks approval to fund a grant payment of £246,700 to the Northway Crime Science Institute (NCSI) for training.\n\nRecommendation:\n1. Approve the payment of a grant to the Northway Crime Science Institute to the value of £264,700.'],
    ],
  },
});
