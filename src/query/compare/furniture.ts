import type { Doc, Line } from '../../layout/doc-lines.ts';

/** A page-number line: `3`, `Page 3`, `Page 3 of 7`, `- 3 -`, `3/7`. */
const PAGE_NUMBER = /^(?:page\s*)?[-–—(]?\s*\d{1,3}\s*[-–—)]?(?:\s*(?:of|\/)\s*\d{1,3})?$/i;
/** How many lines at the top and at the bottom of a page can be running heads or feet. */
const EDGE_LINES = 2;

/** A line's text with its figures masked, so "Page 2 of 7" and "Page 3 of 7" repeat. */
const shape = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();

/**
 * The lines that are page furniture, not the document's words: page numbers, and running heads
 * or feet (a line among the first or last two of a page whose text, figures aside, repeats at
 * the same edge of at least half the pages, two at least). Two typesettings of one text break
 * pages in different places, so these would otherwise read as words added or removed mid-text.
 */
export function furnitureLines(doc: Doc): Set<number> {
  const byPage = new Map<number, Line[]>();
  for (const line of doc.lines) byPage.set(line.page, [...(byPage.get(line.page) ?? []), line]);
  const edges = [...byPage.values()].map((lines) => ({
    top: lines.slice(0, EDGE_LINES),
    bottom: lines.slice(Math.max(EDGE_LINES, lines.length - EDGE_LINES)),
  }));
  const count = (which: 'top' | 'bottom') => {
    const seen = new Map<string, number>();
    for (const e of edges) for (const s of new Set(e[which].map((l) => shape(l.text)))) seen.set(s, (seen.get(s) ?? 0) + 1);
    return seen;
  };
  const repeats = { top: count('top'), bottom: count('bottom') };
  const enough = Math.max(2, Math.ceil(byPage.size / 2));
  const out = new Set<number>();
  for (const e of edges)
    for (const which of ['top', 'bottom'] as const)
      for (const l of e[which]) if (PAGE_NUMBER.test(l.text.trim()) || (repeats[which].get(shape(l.text)) ?? 0) >= enough) out.add(l.index);
  return out;
}
