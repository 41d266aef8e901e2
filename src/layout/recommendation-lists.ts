import type { ExtractContext } from './context.ts';
import { itemText, parseList, type ListItem } from './list-items.ts';

/** Share of items that end as a finished sentence or list entry: a scrambled or cut list scores lower. */
const quality = (items: readonly ListItem[]) => items.filter((i) => /[.;:]$|\b(and|or)$/.test(itemText(i))).length / Math.max(1, items.length);

/** Every recommendations block of the document (decision form, supporting report...) parsed into items. */
export function recommendationLists(ctx: ExtractContext): { items: ListItem[]; quality: number }[] {
  const lists = headedLists(ctx);
  return lists.length ? lists : leadInLists(ctx);
}

/** Lists under a recommendations or decision heading. */
function headedLists(ctx: ExtractContext): { items: ListItem[]; quality: number }[] {
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


/** "... the executive decisions set out below:", "It was RESOLVED that:": a list introduced by a sentence, where no heading names it. */
const LEAD_IN = /\b(?:decisions?|recommendations?|resolutions?|resolved|agreed?|approved?|decided)\b[^.]{0,40}:\s*$/i;

/** Lists introduced by a decision lead-in sentence (no recommendations heading in the document). */
function leadInLists(ctx: ExtractContext): { items: ListItem[]; quality: number }[] {
  const lines = ctx.doc.lines;
  const at = lines.findIndex((l, i) => i < 200 && LEAD_IN.test(`${lines[i - 1]?.text ?? ''} ${l.text}`) && /:\s*$/.test(l.text));
  if (at < 0) return [];
  const after = lines.slice(at + 1, at + 60);
  const end = after.findIndex((l) => ctx.sectionOf.get(l.index) !== ctx.sectionOf.get(after[0]?.index ?? -1));
  const items = parseList([lines[at]!, ...(end < 0 ? after : after.slice(0, end))]);
  return items.length ? [{ items, quality: quality(items) }] : [];
}
