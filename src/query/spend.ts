import type Database from 'better-sqlite3';
import type { Recipient } from '../record/index.ts';

/** One decision's sum in a group, with the page where it is stated (its evidence). */
export interface SpendItem {
  reference: string | null;
  title: string | null;
  decisionDate: string | null;
  /** Pounds counted in this group: the headline amount, or a recipient's share of it. */
  amount: number;
  file: string;
  sha256: string;
  /** Page of the evidence: the headline amount's, or the recipient's phrase. */
  page: number | null;
}

/** One group of decisions and the sum of their amounts. */
export interface SpendGroup {
  group: string;
  decisions: number;
  /** Sum of amounts, pounds. */
  total: number;
  items: SpendItem[];
}

/** What spend groups by; `fy` is the UK financial year (April to March, "2024-25"), `kind` capital or revenue. */
export const SPEND_BY = ['year', 'fy', 'month', 'authority', 'recipient', 'kind'] as const;
export type SpendBy = (typeof SPEND_BY)[number];

export interface SpendOptions {
  by: SpendBy;
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  /** Smallest headline amount counted, pounds. */
  min?: number;
  /** Only documents of this type; default `decision` (spend is what decisions approve). */
  type?: string;
}

/** The group given to the part of a decision's sum that names no recipient. */
export const UNATTRIBUTED = 'unattributed';

/** The UK financial year of an ISO date: April 2024 to March 2025 is "2024-25". */
export function financialYear(date: string | null): string {
  if (!date || !/^\d{4}-\d{2}/.test(date)) return 'undated';
  const y = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 4 ? y : y - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}

interface Row extends SpendItem {
  authority: string | null;
  kind: string | null;
  json: string;
}

/** A decision's sum split by recipient where the decision states each one's sum; the rest is `unattributed`. */
function byRecipient(row: Row): [string, SpendItem][] {
  const { authority: _a, kind: _k, json, ...item } = row;
  const stated = ((JSON.parse(json) as { recipients?: Recipient[] }).recipients ?? []).filter((r) => r.amount !== null && r.amount > 0);
  const out: [string, SpendItem][] = stated.map((r) => [r.name, { ...item, amount: r.amount!, page: r.page }]);
  const rest = item.amount - stated.reduce((s, r) => s + r.amount!, 0);
  if (rest > 0.5) out.push([UNATTRIBUTED, { ...item, amount: rest }]);
  return out;
}

function groupOf(by: Exclude<SpendBy, 'recipient'>, r: Row): string {
  if (by === 'authority') return r.authority ?? 'unknown';
  if (by === 'kind') return r.kind === 'capital' || r.kind === 'revenue' ? r.kind : 'unstated';
  if (by === 'fy') return financialYear(r.decisionDate);
  return r.decisionDate ? r.decisionDate.slice(0, by === 'month' ? 7 : 4) : 'undated';
}

/**
 * Totals of the headline amounts of decisions, with decision counts, grouped by year, financial year, month,
 * authority, recipient (split where the decision states each recipient's sum) or kind (capital / revenue of the
 * headline figure). Each decision counts once: of the copies of one decision (same authority and reference) of the
 * type asked for, the signed, latest one, preferring a copy that prints its headline figure (a draft with a changed
 * figure does not), and the evidence page is where that figure (else the copy's largest) is printed. Time groups come in order; the others largest first, `unattributed` last.
 */
export function spend(db: Database.Database, opts: SpendOptions): SpendGroup[] {
  const rows = db
    .prepare(
      `SELECT x.reference, x.title, x.decision_date AS decisionDate, x.headline_amount AS amount, x.file, sha256, x.authority, r.extracted_json AS json,
              (SELECT a.kind FROM amounts a WHERE a.sha256 = x.sha256 AND a.value = x.headline_amount ORDER BY a.kind IS NULL, a.idx LIMIT 1) AS kind,
              COALESCE((SELECT a.page FROM amounts a WHERE a.sha256 = x.sha256 AND a.value = x.headline_amount ORDER BY a.idx LIMIT 1),
                       (SELECT a.page FROM amounts a WHERE a.sha256 = x.sha256 ORDER BY a.value DESC, a.idx LIMIT 1)) AS page
       FROM (SELECT *, row_number() OVER (PARTITION BY decision_key ORDER BY decision_date IS NULL, decision_date DESC,
                    EXISTS (SELECT 1 FROM amounts a WHERE a.sha256 = decisions.sha256 AND a.value = decisions.headline_amount) DESC, processed_at DESC, sha256) AS copy
             FROM decisions WHERE status = 'ok' AND headline_amount IS NOT NULL AND (@type IS NULL OR document_type = @type)) x
       JOIN records r USING (sha256)
       WHERE copy = 1 AND (@from IS NULL OR x.decision_date >= @from) AND (@to IS NULL OR x.decision_date <= @to) AND (@min IS NULL OR x.headline_amount >= @min)
       ORDER BY x.headline_amount DESC, sha256`,
    )
    .all({ from: opts.from ?? null, to: opts.to ?? null, min: opts.min ?? null, type: opts.type === undefined ? 'decision' : opts.type }) as Row[];
  const groups = new Map<string, SpendGroup & { shas: Set<string> }>();
  for (const row of rows) {
    const { authority: _a, kind: _k, json: _j, ...item } = row;
    const parts: [string, SpendItem][] = opts.by === 'recipient' ? byRecipient(row) : [[groupOf(opts.by, row), item]];
    for (const [grp, it] of parts) {
      const g = groups.get(grp) ?? { group: grp, decisions: 0, total: 0, items: [], shas: new Set<string>() };
      if (!g.shas.has(it.sha256)) g.decisions++;
      g.shas.add(it.sha256);
      g.total += it.amount;
      g.items.push(it);
      groups.set(grp, g);
    }
  }
  const list = [...groups.values()].map(({ shas: _s, ...g }) => g);
  const timed = opts.by === 'year' || opts.by === 'fy' || opts.by === 'month';
  return list.sort((a, b) => (timed ? a.group.localeCompare(b.group) : Number(a.group === UNATTRIBUTED) - Number(b.group === UNATTRIBUTED) || b.total - a.total || a.group.localeCompare(b.group)));
}
