import type Database from 'better-sqlite3';
import { formatPounds } from '../layout/money.ts';
import { spendChartSvg } from '../query/chart-svg.ts';
import { CHART_BY, DEFAULT_TOP_RECIPIENTS, type ChartBy } from '../query/spend-chart.ts';
import { SPEND_BY, spend, type SpendBy, type SpendOptions } from '../query/spend.ts';
import { DocumentType } from '../record/index.ts';
import { html, layout } from './html.ts';

/** The spend page's filters, from the query string, and what was ignored because it could not be read. */
export interface SpendQuery {
  options: SpendOptions;
  /** Named recipients drawn before the rest fold into one bar. */
  top: number;
  /** "from=31/01/2024: give a date as YYYY-MM-DD", one per value ignored. */
  ignored: string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads `by`, `from`, `to`, `min` (pounds), `type` and `top`; a value that cannot be read is ignored and said so. */
export function readSpendQuery(q: URLSearchParams): SpendQuery {
  const ignored: string[] = [];
  const take = <T>(name: string, ok: (v: string) => boolean, read: (v: string) => T, what: string): T | undefined => {
    const v = q.get(name);
    if (!v) return undefined;
    if (ok(v)) return read(v);
    ignored.push(`${name}=${v}: give ${what}`);
    return undefined;
  };
  const by = take('by', (v) => (SPEND_BY as readonly string[]).includes(v), (v) => v as SpendBy, SPEND_BY.join(', ')) ?? 'year';
  const options: SpendOptions = {
    by,
    from: take('from', (v) => ISO_DATE.test(v), String, 'a date as YYYY-MM-DD'),
    to: take('to', (v) => ISO_DATE.test(v), String, 'a date as YYYY-MM-DD'),
    min: take('min', (v) => /^\d+(\.\d+)?$/.test(v), Number, 'pounds as a plain number, such as 250000'),
    type: take('type', (v) => DocumentType.safeParse(v).success, String, DocumentType.options.join(', ')),
  };
  const top = take('top', (v) => /^[1-9]\d{0,2}$/.test(v), Number, 'a whole number from 1 to 999') ?? DEFAULT_TOP_RECIPIENTS;
  return { options, top, ignored };
}

const isChartBy = (by: SpendBy): by is ChartBy => (CHART_BY as readonly string[]).includes(by);

/** The query string of a spend view, keeping only the filters that are set. */
function queryString(s: SpendQuery): string {
  const o = s.options;
  const set = Object.entries({ by: o.by, from: o.from, to: o.to, min: o.min, type: o.type, top: s.top === DEFAULT_TOP_RECIPIENTS ? undefined : s.top }).filter(([, v]) => v !== undefined);
  return new URLSearchParams(set.map(([k, v]) => [k, String(v)])).toString();
}

/** The chart of a spend query as SVG, or null when its grouping has no chart. */
export async function spendChart(db: Database.Database, s: SpendQuery): Promise<string | null> {
  const by = s.options.by;
  return isChartBy(by) ? spendChartSvg(spend(db, s.options), { ...s.options, by, top: s.top }) : null;
}

/** The spend page: filters, the chart drawn on the server (an image of our own SVG), and the totals with their decisions. */
export function spendView(db: Database.Database, s: SpendQuery): string {
  const o = s.options;
  const groups = spend(db, o);
  const select = <T extends string>(name: string, values: readonly T[], current: string) =>
    html`<select name="${name}" id="spend-${name}">${values.map((v) => html`<option${v === current ? html` selected` : ''}>${v}</option>`)}</select>`;
  const chart = isChartBy(o.by)
    ? html`<figure class="chart"><img id="spend-chart" src="/chart/spend.svg?${queryString(s)}" alt="Bar chart of spend by ${o.by}; the same totals are in the table below"></figure>`
    : html`<p class="muted">Charts are drawn by ${CHART_BY.join(', ')}; the totals by ${o.by} are in the table below.</p>`;
  return layout('Spend', html`
<h1>Spend</h1>
<p class="muted">Headline amounts of ${o.type ?? 'decision'} papers, each decision once (its signed, latest copy); by recipient, split where the paper states each one's sum, the rest unattributed.</p>
<form class="filters" method="get" action="/spend">
  <label>By${select('by', SPEND_BY, o.by)}</label>
  <label>From<input type="date" name="from" value="${o.from ?? ''}"></label>
  <label>To<input type="date" name="to" value="${o.to ?? ''}"></label>
  <label>Headline at least (£)<input type="number" name="min" min="0" step="any" value="${o.min ?? ''}"></label>
  <label>Type${select('type', DocumentType.options, o.type ?? 'decision')}</label>
  <button id="spend-filter">Show</button>
</form>
${s.ignored.length ? html`<p class="missing" id="spend-ignored">Ignored: ${s.ignored.join('; ')}</p>` : ''}
${chart}
<table id="spend"><thead><tr><th>${o.by}</th><th class="num">Decisions</th><th class="num">Total</th><th>Decisions behind it (evidence page)</th></tr></thead>
<tbody>${groups.map((g) => html`<tr><td>${g.group}</td><td class="num">${g.decisions}</td><td class="num">${formatPounds(g.total)}</td><td><ul class="items">${g.items.map((i) => html`<li><span class="num">${formatPounds(i.amount)}</span> <a href="/d/${i.sha256}${i.page ? `#page-${i.page}` : ''}">${i.reference ?? '(no reference)'}</a> ${i.title ?? i.file.split('/').pop()} <span class="muted">${i.decisionDate ?? 'undated'}${i.page ? ` · p.${i.page}` : ''}</span></li>`)}</ul></td></tr>`)}</tbody></table>`);
}
