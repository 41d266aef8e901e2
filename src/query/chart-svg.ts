import type { TopLevelSpec } from 'vega-lite';
import { spendChartSpec, type SpendChartOptions } from './spend-chart.ts';
import type { SpendGroup } from './spend.ts';

/** The part of a Vega scenegraph text item that text width depends on. */
interface TextItem {
  /** Pixels; Vega's default is 11. */
  fontSize?: number;
  fontWeight?: string | number;
  /** Pixels; text is cut to fit when > 0. */
  limit?: number;
}

/**
 * Width of a line of sans-serif text, pixels, by the average advance of a character (DejaVu Sans ~0.58 em, Arial
 * ~0.5 em; bold wider). Vega's own estimate without the `canvas` package is 0.8 em, which makes charts half empty;
 * a fixed estimate also keeps the SVG the same on every machine. Text longer than the item's limit counts as the limit.
 */
export function estimateTextWidth(item: TextItem, text: unknown): number {
  const size = item.fontSize ?? 11;
  const em = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600 ? 0.68 : 0.62;
  const width = String(text ?? '').trim().length * size * em;
  return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
}

/**
 * A Vega-Lite spec drawn as SVG text in Node by Vega's headless view (no browser, no DOM, no canvas). Vega and
 * Vega-Lite load on first use, so the commands that draw nothing do not pay for them. The spec must hold its data
 * inline: nothing is fetched.
 */
export async function renderVegaLiteSvg(spec: TopLevelSpec): Promise<string> {
  const [vega, { compile }] = await Promise.all([import('vega'), import('vega-lite')]);
  // A user-defined width function is Vega's supported hook for measuring text without a canvas (vega-scenegraph textMetrics).
  (vega as unknown as { textMetrics: { width: typeof estimateTextWidth } }).textMetrics.width = estimateTextWidth;
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Spend as an SVG bar chart, each bar labelled with its total in pounds (see `spendChartSpec`). */
export const spendChartSvg = (groups: readonly SpendGroup[], opts: SpendChartOptions): Promise<string> => renderVegaLiteSvg(spendChartSpec(groups, opts));
