// Scores a record against a truth file the way ../shared/eval/score.mjs does (same fields, weights and
// tolerances), without the recipients field: the golden test of the real documents uses it, so that the
// test runs where ../shared is absent. Keep it in step with score.mjs.
import type { DecisionRecord } from '../../src/record/index.ts';

/** A truth file in the shape of ../shared/fixtures/truth/*.json. */
export interface Truth {
  file: string;
  reference: string | null;
  title: string | null;
  authority: string;
  authorityMatch?: string[];
  decisionDate: string | null;
  deadline?: string | null;
  headlineAmount: number | null;
  keyAmounts: number[];
  allAmounts: number[];
  recommendationCount: number | null;
  recommendationStarts: string[];
  foiaSections: number[];
  part2: boolean | null;
  part1Deferred: boolean | null;
  flagsExpected: string[];
  flagsForbidden: string[];
}

const norm = (s: unknown) => String(s ?? '').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, ' ').trim();
const tokens = (s: unknown) => new Set(norm(s).split(' ').filter(Boolean));
function similar(a: unknown, b: unknown): number {
  const x = tokens(a), y = tokens(b);
  if (!x.size || !y.size) return 0;
  let both = 0;
  for (const t of x) if (y.has(t)) both++;
  return (2 * both) / (x.size + y.size);
}
const near = (a: unknown, b: number) => typeof a === 'number' && Math.abs(a - b) <= Math.max(1, Math.abs(b) * 0.005);
const AUTHORITY: Record<string, string[]> = { mopac: ['mopac', 'mayor s office for policing and crime', 'mayor of london'], 'essex pcc': ['essex'] };

/** Points scored per field (got, max) for one record. */
export function scoreRecord(r: DecisionRecord | undefined, t: Truth): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  if (!r) return new Map([['record present', [0, 1]]]);
  const add = (field: string, value: number, weight = 1) => out.set(field, [value * weight, weight]);
  add('record present', 1);
  const want = t.file.includes('.scanned.') || t.file.includes('.rough.') ? 'ocr' : t.file.includes('.digital.') ? 'text' : 'mixed';
  const srcs = r.pages.map((p) => p.source);
  add('page routing', want === 'mixed' ? (srcs[0] === 'ocr' && srcs.slice(1).every((x) => x === 'text') ? 1 : 0) : srcs.length > 0 && srcs.every((x) => x === want) ? 1 : 0);
  add('reference', norm(r.reference).replace(/ /g, '') === norm(t.reference).replace(/ /g, '') ? 1 : 0);
  add('title', similar(r.title, t.title) >= 0.85 ? 1 : 0);
  const aliases = (t.authorityMatch ?? AUTHORITY[norm(t.authority)] ?? [norm(t.authority)]).map(norm);
  add('authority', aliases.some((a) => norm(r.authority).includes(a)) ? 1 : 0, 0.5);
  add('decision date', r.decisionDate === t.decisionDate ? 1 : 0);
  if (t.deadline) add('deadline date', r.dates.some((d) => d.role === 'deadline' && d.date === t.deadline) ? 1 : 0);
  if (t.headlineAmount != null) add('headline amount', near(r.headlineAmount, t.headlineAmount) ? 1 : 0);
  const values = r.amounts.map((a) => a.value);
  if (t.keyAmounts.length) add('key amounts', t.keyAmounts.filter((k) => values.some((v) => near(v, k))).length / t.keyAmounts.length, 2);
  const bad = values.filter((v) => !t.allAmounts.some((k) => near(v, k)));
  add('amount precision', values.length ? 1 - bad.length / values.length : t.allAmounts.length ? 0 : 1);
  if (t.recommendationCount != null) {
    const recs = r.recommendations;
    const starts = t.recommendationStarts.filter((s, i) => recs[i] && norm(recs[i]!.text).startsWith(norm(s))).length;
    add('recommendations', 0.5 * (recs.length === t.recommendationCount ? 1 : 0) + 0.5 * (starts / Math.max(1, t.recommendationStarts.length)));
  }
  const secs = [...new Set(r.exemptions.foiaSections)].sort((a, b) => a - b);
  add('FOIA sections', JSON.stringify(secs) === JSON.stringify([...t.foiaSections].sort((a, b) => a - b)) ? 1 : 0);
  if (t.part2 != null) add('part 2', r.exemptions.part2 === t.part2 ? 1 : 0, 0.5);
  if (t.part1Deferred != null) add('part 1 deferral', r.exemptions.part1Deferred === t.part1Deferred ? 1 : 0, 0.5);
  const codes = new Set(r.flags.map((f) => f.code));
  for (const c of t.flagsExpected) add(`flag ${c} raised`, codes.has(c) ? 1 : 0);
  for (const c of t.flagsForbidden) add(`no false ${c}`, codes.has(c) ? 0 : 1);
  return out;
}

/** Sums per-field points over records: overall percentage and per field. */
export function total(scores: readonly Map<string, [number, number]>[]): { percent: number; fields: Map<string, number> } {
  const fields = new Map<string, [number, number]>();
  for (const s of scores) for (const [f, [g, m]] of s) fields.set(f, [(fields.get(f)?.[0] ?? 0) + g, (fields.get(f)?.[1] ?? 0) + m]);
  const [g, m] = [...fields.values()].reduce(([a, b], [x, y]) => [a + x, b + y], [0, 0]);
  return { percent: (100 * g) / Math.max(1, m), fields: new Map([...fields].map(([f, [x, y]]) => [f, (100 * x) / y])) };
}
