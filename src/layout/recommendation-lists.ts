import type { ExtractContext } from './context.ts';
import { itemText, parseList, type ListItem } from './list-items.ts';

/** Share of items that end as a finished sentence or list entry: a scrambled or cut list scores lower. */
const quality = (items: readonly ListItem[]) => items.filter((i) => /[.;:]$|\b(and|or)$/.test(itemText(i))).length / Math.max(1, items.length);

/** Every recommendations block of the document (decision form, supporting report...) parsed into items. */
export function recommendationLists(ctx: ExtractContext): { items: ListItem[]; quality: number }[] {
  return ctx.sections
    .filter((s) => s.kind === 'recommendation')
    .map((s) => {
      // "Recommendation: The DMPC is asked to approve ..." keeps the words after the heading's label.
      const rest = s.heading ? s.heading.text.replace(/^.*?(?:recommendations?|decisions?(?:\s+(?:taken|made))?)\s*:?/i, '').trim() : '';
      const lines = rest ? [{ ...s.heading!, text: rest }, ...s.lines] : s.lines;
      const items = parseList(lines);
      return { items, quality: quality(items) };
    })
    .filter((l) => l.items.length);
}

