import type Database from 'better-sqlite3';
import type { Amount, DecisionRecord } from '../record/index.ts';
import { buildContext } from '../layout/context.ts';
import { storedPages } from '../db/store-record.ts';
import { roundingTolerance } from '../layout/money.ts';
import { sharedWords } from '../checks/evidence.ts';
import { clean } from '../layout/doc-lines.ts';
import { loadRecord } from './load-record.ts';

/** One difference (or, with `all`, one sameness) between two records; pages on both sides. */
export interface Change {
  kind: 'field' | 'date' | 'amount' | 'recommendation' | 'exemption' | 'section';
  change: 'changed' | 'added' | 'removed' | 'same';
  what: string;
  old: unknown;
  new: unknown;
  oldPage: number | null;
  newPage: number | null;
}

/** Text compared the way a reader would: case, dashes, quotes, spacing and end punctuation do not count. */
export const loose = (s: unknown) =>
  typeof s === 'string' ? s.normalize('NFKD').toLowerCase().replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').replace(/[\s.;:,]+$/, '').trim() : JSON.stringify(s);
const numbers = (s: string) => (s.match(/\d[\d,.]*/g) ?? []).map((n) => n.replace(/[,.]$/, '')).sort().join(' ');
/** Two passages differ when a number differs or more than a few words do (OCR noise aside). */
const textChanged = (a: string, b: string) => numbers(a) !== numbers(b) || similarity(a, b) < 0.97;

const same = (a: Amount, b: Amount) => Math.abs(a.value - b.value) <= Math.max(roundingTolerance(a.text, a.value), roundingTolerance(b.text, b.value));
const words = (s: string) => new Set(clean(s).toLowerCase().split(/\W+/).filter(Boolean));
/** Token overlap (Dice) of two texts, 0..1. */
export function similarity(a: string, b: string): number {
  const x = words(a), y = words(b);
  if (!x.size && !y.size) return 1;
  let n = 0;
  for (const w of x) if (y.has(w)) n++;
  return (2 * n) / (x.size + y.size);
}

/** Pairs amounts by what they are for (section, kind, period, the words around them), then compares values. */
function diffAmounts(a: readonly Amount[], b: readonly Amount[]): Change[] {
  const out: Change[] = [];
  const left = [...a.keys()];
  const right = new Set(b.keys());
  const fit = (x: Amount, y: Amount) => (x.section === y.section ? 2 : 0) + (x.kind === y.kind ? 1 : 0) + (x.period === y.period ? 1 : 0) + sharedWords(x.context ?? '', y.context ?? '') + (x.page === y.page ? 0.5 : 0);
  const take = (i: number, accept: (x: Amount, y: Amount) => boolean) => {
    let best: number | null = null;
    for (const j of right) if (accept(a[i]!, b[j]!) && (best === null || fit(a[i]!, b[j]!) > fit(a[i]!, b[best]!))) best = j;
    if (best !== null) right.delete(best);
    return best;
  };
  const unmatched: number[] = [];
  // First the figures that stayed (same value, same role), then pair the rest by what they are for.
  for (const i of left) {
    const j = take(i, (x, y) => same(x, y) && x.section === y.section && fit(x, y) >= 4);
    if (j === null) unmatched.push(i);
    else out.push({ kind: 'amount', change: 'same', what: a[i]!.context ?? a[i]!.text, old: a[i]!.text, new: b[j]!.text, oldPage: a[i]!.page, newPage: b[j]!.page });
  }
  for (const i of unmatched) {
    const j = take(i, (x, y) => x.section === y.section && x.period === y.period && x.kind === y.kind && (loose(x.context) === loose(y.context) || sharedWords(x.context ?? '', y.context ?? '') >= 2));
    const x = a[i]!;
    if (j === null) out.push({ kind: 'amount', change: 'removed', what: x.context ?? '', old: x.text, new: null, oldPage: x.page, newPage: null });
    else {
      const y = b[j]!;
      out.push({ kind: 'amount', change: same(x, y) ? 'same' : 'changed', what: y.context ?? '', old: x.text, new: y.text, oldPage: x.page, newPage: y.page });
    }
  }
  for (const j of right) out.push({ kind: 'amount', change: 'added', what: b[j]!.context ?? '', old: null, new: b[j]!.text, oldPage: null, newPage: b[j]!.page });
  return out;
}

function diffFields(a: DecisionRecord, b: DecisionRecord): Change[] {
  const fields = ['reference', 'title', 'authority', 'decisionDate', 'headlineAmount'] as const;
  return fields.map((f) => ({ kind: 'field' as const, change: loose(a[f]) === loose(b[f]) ? ('same' as const) : ('changed' as const), what: f, old: a[f], new: b[f], oldPage: null, newPage: null }));
}

function diffDates(a: DecisionRecord, b: DecisionRecord): Change[] {
  const roles = [...new Set([...a.dates, ...b.dates].map((d) => d.role))];
  return roles.flatMap((role) => {
    const x = a.dates.filter((d) => d.role === role);
    const y = b.dates.filter((d) => d.role === role);
    return Array.from({ length: Math.max(x.length, y.length) }, (_, k): Change => {
      const [o, n] = [x[k], y[k]];
      const change = !o ? 'added' : !n ? 'removed' : o.date === n.date ? 'same' : 'changed';
      return { kind: 'date', change, what: role, old: o?.date ?? null, new: n?.date ?? null, oldPage: o?.page ?? null, newPage: n?.page ?? null };
    });
  });
}

function diffRecommendations(a: DecisionRecord, b: DecisionRecord): Change[] {
  return Array.from({ length: Math.max(a.recommendations.length, b.recommendations.length) }, (_, k): Change => {
    const [o, n] = [a.recommendations[k], b.recommendations[k]];
    const change = !o ? 'added' : !n ? 'removed' : textChanged(loose(o.text), loose(n.text)) ? 'changed' : 'same';
    return { kind: 'recommendation', change, what: `recommendation ${k + 1}${change === 'changed' ? ` (reworded, ${Math.round(100 * similarity(o!.text, n!.text))}% alike)` : ''}`, old: o?.text ?? null, new: n?.text ?? null, oldPage: o?.page ?? null, newPage: n?.page ?? null };
  });
}

function diffExemptions(a: DecisionRecord, b: DecisionRecord): Change[] {
  return (Object.keys(a.exemptions) as (keyof DecisionRecord['exemptions'])[]).map((k) => {
    const norm = (v: unknown) => loose(JSON.stringify(Array.isArray(v) ? [...v].sort() : v));
    const [o, n] = [norm(a.exemptions[k]), norm(b.exemptions[k])];
    return { kind: 'exemption' as const, change: o === n ? ('same' as const) : ('changed' as const), what: k, old: a.exemptions[k], new: b.exemptions[k], oldPage: null, newPage: null };
  });
}

/** Sections (by heading, in order of appearance) whose words differ. */
function diffSections(db: Database.Database, a: string, b: string): Change[] {
  const sectionsOf = (sha: string) => {
    const seen = new Map<string, number>();
    return new Map(
      buildContext(storedPages(db, sha)).sections.map((s) => {
        const head = s.heading ? clean(s.heading.text).slice(0, 60) : '(header)';
        const n = (seen.get(head) ?? 0) + 1;
        seen.set(head, n);
        return [`${head}${n > 1 ? ` #${n}` : ''}`, { text: s.lines.map((l) => l.text).join(' '), page: s.heading?.page ?? s.lines[0]?.page ?? null }];
      }),
    );
  };
  const [x, y] = [sectionsOf(a), sectionsOf(b)];
  const keys = [...new Set([...x.keys(), ...y.keys()])];
  return keys.map((k): Change => {
    const [o, n] = [x.get(k), y.get(k)];
    const change = !o ? 'added' : !n ? 'removed' : textChanged(loose(o.text), loose(n.text)) ? 'changed' : 'same';
    return { kind: 'section', change, what: k, old: o ? `${o.text.length} chars` : null, new: n ? `${n.text.length} chars` : null, oldPage: o?.page ?? null, newPage: n?.page ?? null };
  });
}

/** A field-level comparison of two stored decisions, for auditors: only what changed unless `all`. */
export function diff(db: Database.Database, shaA: string, shaB: string, opts: { all?: boolean } = {}): { a: DecisionRecord; b: DecisionRecord; changes: Change[] } {
  const a = loadRecord(db, shaA);
  const b = loadRecord(db, shaB);
  const changes = [...diffFields(a, b), ...diffDates(a, b), ...diffAmounts(a.amounts, b.amounts), ...diffRecommendations(a, b), ...diffExemptions(a, b), ...diffSections(db, shaA, shaB)];
  return { a, b, changes: opts.all ? changes : changes.filter((c) => c.change !== 'same') };
}
