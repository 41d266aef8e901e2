import type Database from 'better-sqlite3';

/** One group of decisions and the sum of their headline amounts. */
export interface SpendGroup {
  group: string;
  decisions: number;
  /** Sum of headline amounts, pounds. */
  total: number;
  items: { reference: string | null; title: string | null; decisionDate: string | null; amount: number; file: string }[];
}

export interface SpendOptions {
  by: 'year' | 'month' | 'authority';
  /** ISO dates, inclusive. */
  from?: string;
  to?: string;
  /** Smallest headline amount counted, pounds. */
  min?: number;
  /** Only documents of this type (`decision`, `report`, ...). */
  type?: string;
}

/**
 * Totals of headline amounts with decision counts, grouped by year, month or authority; largest first within a
 * group. Copies of one decision (same authority and reference) count once: the signed, latest one.
 */
export function spend(db: Database.Database, opts: SpendOptions): SpendGroup[] {
  const key = opts.by === 'authority' ? "coalesce(authority, 'unknown')" : opts.by === 'month' ? "coalesce(substr(decision_date, 1, 7), 'undated')" : "coalesce(substr(decision_date, 1, 4), 'undated')";
  const rows = db
    .prepare(
      `SELECT ${key} AS grp, reference, title, decision_date AS decisionDate, headline_amount AS amount, file FROM decisions
       WHERE status = 'ok' AND headline_amount IS NOT NULL AND is_latest_copy
         AND (@from IS NULL OR decision_date >= @from) AND (@to IS NULL OR decision_date <= @to) AND (@min IS NULL OR headline_amount >= @min)
         AND (@type IS NULL OR document_type = @type)
       ORDER BY grp, headline_amount DESC`,
    )
    .all({ from: opts.from ?? null, to: opts.to ?? null, min: opts.min ?? null, type: opts.type ?? null }) as (SpendGroup['items'][number] & { grp: string })[];
  const groups = new Map<string, SpendGroup>();
  for (const { grp, ...item } of rows) {
    const g = groups.get(grp) ?? { group: grp, decisions: 0, total: 0, items: [] };
    g.decisions++;
    g.total += item.amount;
    g.items.push(item);
    groups.set(grp, g);
  }
  return [...groups.values()];
}
