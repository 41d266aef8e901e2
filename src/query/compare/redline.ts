import { printed } from './places.ts';
import type { Change, RedlineHunk, SectionChanges } from './schema.ts';
import { headingKey, type WordStream } from './tokens.ts';
import type { Hunk } from './word-diff.ts';

/** Words of unchanged context shown either side of a hunk. */
const CONTEXT = 8;

/** Each hunk with a few words of context, its pages and section: what a redline shows. */
export function redlineOf(a: WordStream, b: WordStream, hunks: readonly Hunk[]): RedlineHunk[] {
  return hunks.map((h) => {
    const at = b.tokens[h.bFrom] ?? b.tokens[h.bFrom - 1];
    const atA = a.tokens[h.aFrom] ?? a.tokens[h.aFrom - 1];
    return {
      before: printed(b.tokens.slice(Math.max(0, h.bFrom - CONTEXT), h.bFrom)),
      removed: printed(a.tokens.slice(h.aFrom, h.aTo)),
      added: printed(b.tokens.slice(h.bFrom, h.bTo)),
      after: printed(b.tokens.slice(h.bTo, h.bTo + CONTEXT)),
      aPage: atA?.spots[0]?.page ?? null,
      bPage: at?.spots[0]?.page ?? null,
      section: (at ? b.sections[at.section]?.heading : atA ? a.sections[atA.section]?.heading : undefined) ?? '(opening)',
    };
  });
}

/**
 * The sections with changes, matched across sides by their heading's words (never by position):
 * a section present on both sides is listed once with its page on each side.
 */
export function sectionsOf(a: WordStream, b: WordStream, changes: readonly Change[]): SectionChanges[] {
  const out = new Map<string, SectionChanges>();
  const firstPage = (s: WordStream, key: string, heading: string) => s.sections.find((x) => (x.key || x.heading) === (key || heading))?.page ?? null;
  for (const c of changes) {
    const heading = c.b?.section ?? c.a?.section ?? '(opening)';
    const key = heading === '(opening)' ? '' : headingKey(heading);
    const id = key || heading;
    const row = out.get(id) ?? { heading, aPage: firstPage(a, key, heading), bPage: firstPage(b, key, heading), changes: 0 };
    row.changes++;
    out.set(id, row);
  }
  return [...out.values()];
}
