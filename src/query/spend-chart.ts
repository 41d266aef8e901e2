import type { TopLevelSpec } from 'vega-lite';
import { formatPounds } from '../layout/money.ts';
import { UNATTRIBUTED, type SpendGroup, type SpendOptions } from './spend.ts';

/** What a spend chart can be drawn by: the decision's calendar year, its financial year, or its recipients. */
export const CHART_BY = ['year', 'fy', 'recipient'] as const;
export type ChartBy = (typeof CHART_BY)[number];

/** Named recipients drawn before the rest are folded into one bar. */
export const DEFAULT_TOP_RECIPIENTS = 12;

/** One bar of a spend chart. */
export interface ChartBar {
  /** The group as drawn: a year, a financial year, a recipient, "N other recipients" or `unattributed`. */
  group: string;
  /** Pounds. */
  total: number;
  /** Distinct decisions behind the bar. */
  decisions: number;
  /** The total as printed on the bar, e.g. "£1,164,000". */
  label: string;
}

export interface SpendChartOptions extends Omit<SpendOptions, 'by'> {
  by: ChartBy;
  /** For `recipient`: how many named recipients get their own bar, largest first; default `DEFAULT_TOP_RECIPIENTS`. */
  top?: number;
}

const bar = (group: string, total: number, shas: Iterable<string>): ChartBar => ({ group, total, decisions: new Set(shas).size, label: formatPounds(Math.round(total * 100) / 100) });
const shasOf = (gs: SpendGroup[]) => gs.flatMap((g) => g.items.map((i) => i.sha256));

/**
 * The bars of a spend chart, in the order of `spend()`: time groups in order; recipients largest first, those after
 * the top N folded into one "N other recipients" bar, and `unattributed` last. The bars' totals add up to the spend.
 */
export function chartBars(groups: readonly SpendGroup[], by: ChartBy, top = DEFAULT_TOP_RECIPIENTS): ChartBar[] {
  if (by !== 'recipient') return withEmptyYears(groups, by).map((g) => bar(g.group, g.total, shasOf([g])));
  const named = groups.filter((g) => g.group !== UNATTRIBUTED);
  const rest = named.slice(top);
  return [
    ...named.slice(0, top).map((g) => bar(g.group, g.total, shasOf([g]))),
    ...(rest.length ? [bar(`${rest.length} other recipient${rest.length > 1 ? 's' : ''}`, rest.reduce((s, g) => s + g.total, 0), shasOf(rest))] : []),
    ...groups.filter((g) => g.group === UNATTRIBUTED).map((g) => bar(g.group, g.total, shasOf([g]))),
  ];
}

/** Most empty years drawn between two years with spend; beyond it (a misread year?) the gap is left out. */
const MAX_EMPTY_YEARS = 30;

/** Year groups with the years between the first and the last that have no spend drawn as empty bars, so a gap shows. */
function withEmptyYears(groups: readonly SpendGroup[], by: 'year' | 'fy'): SpendGroup[] {
  const dated = groups.filter((g) => /^\d{4}/.test(g.group));
  if (!dated.length) return [...groups];
  const [first, last] = [Number(dated[0]!.group.slice(0, 4)), Number(dated.at(-1)!.group.slice(0, 4))];
  if (last - first + 1 - dated.length > MAX_EMPTY_YEARS) return [...groups];
  const name = (y: number) => (by === 'fy' ? `${y}-${String((y + 1) % 100).padStart(2, '0')}` : String(y));
  const byName = new Map(groups.map((g) => [g.group, g]));
  const years = Array.from({ length: last - first + 1 }, (_, i) => byName.get(name(first + i)) ?? { group: name(first + i), decisions: 0, total: 0, items: [] });
  return [...years, ...groups.filter((g) => !/^\d{4}/.test(g.group))];
}

const AXIS_TITLE: Record<ChartBy, string> = { year: 'year of decision', fy: 'financial year (April to March)', recipient: 'recipient' };

/** The lines under a chart's title: what is counted, the filters, and the totals. */
export function chartSubtitle(groups: readonly SpendGroup[], opts: SpendChartOptions): string[] {
  const type = opts.type ?? 'decision';
  const filters = [opts.from && `from ${opts.from}`, opts.to && `to ${opts.to}`, opts.min !== undefined && `headline at least ${formatPounds(opts.min)}`].filter(Boolean).join(', ');
  const total = groups.reduce((s, g) => s + g.total, 0);
  return [
    `Headline amounts of ${type} papers, each decision once (its signed, latest copy).`,
    ...(opts.by === 'recipient' ? ['Split by recipient where the paper states each one\u2019s sum; the rest is unattributed.'] : []),
    `${new Set(shasOf([...groups])).size} decision(s), ${formatPounds(Math.round(total * 100) / 100)} in all${filters ? `; ${filters}` : ''}.`,
  ];
}

/**
 * A Vega-Lite spec of spend as horizontal bars, each labelled with its total in pounds. Pure: the data are inline,
 * text from the database is data (never an expression), so a recipient's name is drawn as text only.
 */
export function spendChartSpec(groups: readonly SpendGroup[], opts: SpendChartOptions): TopLevelSpec {
  const bars = chartBars(groups, opts.by, opts.top);
  const y = { field: 'group', type: 'nominal' as const, sort: null, title: AXIS_TITLE[opts.by], axis: { labelLimit: 320 } };
  const x = { field: 'total', type: 'quantitative' as const, title: 'pounds', axis: { format: '$,.3~s', tickCount: 5 } };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: `Spend by ${AXIS_TITLE[opts.by]}`, subtitle: chartSubtitle(groups, opts), anchor: 'start' },
    data: { values: bars.length ? bars : [] },
    width: 420,
    height: { step: 24 },
    encoding: { y, x },
    layer: [
      { mark: { type: 'bar', color: '#3b6ea5' }, encoding: { description: { field: 'label' } } },
      { mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, fontSize: 11 }, encoding: { text: { field: 'label' } } },
    ],
    config: {
      locale: { number: { decimal: '.', thousands: ',', grouping: [3], currency: ['£', ''] } },
      font: 'sans-serif',
      view: { stroke: null },
    },
  };
}
