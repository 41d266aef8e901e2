import type { Recommendation } from '../../record/index.ts';
import { makeChange } from './make-change.ts';
import { tokenAt } from './places.ts';
import type { Change } from './schema.ts';
import { findSpan, indices, keysOf, rangeOf, touches, type Claimed, type Span } from './spans.ts';
import type { CompareSide } from './values.ts';
import type { Hunk } from './word-diff.ts';

/** A recommendation and the words it is printed in. */
export interface PlacedRecommendation {
  rec: Recommendation;
  span: Span | null;
}

/** A list marker printed before an item: `2.`, `b)`, `(iv)`, `•`. */
const isMarker = (text: string) => /^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]$|^[•·▪–-]$/i.test(text);

/** Two recommendations are the same item when this share of their words is common (Dice). */
const SAME_ITEM = 0.5;
/** An item whose words are at least this much inside hunks was added or removed as a whole. */
const WHOLE = 0.6;

/** Where each recommendation is printed: from the first word in its box, as long as its text. */
export function placeRecommendations(side: CompareSide): PlacedRecommendation[] {
  const t = side.stream.tokens;
  return side.record.recommendations.map((rec) => {
    const first = keysOf(rec.text)[0];
    const start = t.findIndex((x) => tokenAt(x, rec.page, rec.box) && x.key === first);
    return { rec, span: findSpan(t, rec.text, start >= 0 ? start : undefined) };
  });
}

function dice(a: string, b: string): number {
  const [x, y] = [new Set(keysOf(a)), new Set(keysOf(b))];
  if (!x.size && !y.size) return 1;
  return (2 * [...x].filter((w) => y.has(w)).length) / (x.size + y.size);
}

/** Pairs A's items with B's by wording (best first), never by position in the list. */
function pairItems(xs: readonly PlacedRecommendation[], ys: readonly PlacedRecommendation[]) {
  const scored = xs.flatMap((x, i) => ys.map((y, j) => ({ i, j, s: dice(x.rec.text, y.rec.text) }))).filter((p) => p.s >= SAME_ITEM).sort((p, q) => q.s - p.s);
  const [usedA, usedB] = [new Set<number>(), new Set<number>()];
  const pairs: [number, number][] = [];
  for (const p of scored) if (!usedA.has(p.i) && !usedB.has(p.j)) (usedA.add(p.i), usedB.add(p.j), pairs.push([p.i, p.j]));
  return { pairs, onlyA: xs.map((_, i) => i).filter((i) => !usedA.has(i)), onlyB: ys.map((_, j) => j).filter((j) => !usedB.has(j)) };
}

/** Words of a side's hunks that fall in a span: not figures (those are reported as values) unless `all`. */
function wordsIn(side: CompareSide, s: 'a' | 'b', hunks: readonly Hunk[], span: Span, claimed: Claimed, all = false): number[] {
  return hunks.flatMap((h) => indices(rangeOf(h, s))).filter((k) => k >= span[0] && k < span[1] && !claimed[s].has(k) && (all || !side.stream.tokens[k]!.figure));
}

/**
 * Recommendations added, removed or reworded. Items pair by wording; a pair is `reworded` when
 * words other than figures changed inside it (its figures are reported as amounts, with the item
 * named). An item with no counterpart is added or removed when its words are among the words that
 * changed; otherwise the records differ where the words do not, and that is only a note.
 */
export function recommendationChanges(A: CompareSide, B: CompareSide, hunks: readonly Hunk[], claimed: Claimed): { changes: Change[]; notes: string[]; placed: { a: PlacedRecommendation[]; b: PlacedRecommendation[] } } {
  const [xs, ys] = [placeRecommendations(A), placeRecommendations(B)];
  const { pairs, onlyA, onlyB } = pairItems(xs, ys);
  const changes: Change[] = [];
  const notes: string[] = [];
  const hunkOf = (s: 'a' | 'b', k: number) => hunks.findIndex((h) => k >= rangeOf(h, s)[0] && k < rangeOf(h, s)[1]);
  for (const [i, j] of pairs) {
    const [x, y] = [xs[i]!, ys[j]!];
    if (!x.span || !y.span) continue;
    const near = hunks.filter((h) => touches(h, 'a', x.span) || touches(h, 'b', y.span));
    const [wa, wb] = [wordsIn(A, 'a', near, x.span, claimed), wordsIn(B, 'b', near, y.span, claimed)];
    const keys = (side: CompareSide, ks: number[]) => ks.map((k) => side.stream.tokens[k]!.key).sort().join(' ');
    if (keys(A, wa) === keys(B, wb)) continue;
    wa.forEach((k) => claimed.a.add(k));
    wb.forEach((k) => claimed.b.add(k));
    const spanOf = (ks: number[], h: Hunk | undefined, s: 'a' | 'b'): Span => (ks.length ? [Math.min(...ks), Math.max(...ks) + 1] : h ? rangeOf(h, s) : s === 'a' ? x.span! : y.span!);
    changes.push(makeChange(A, B, { kind: 'recommendation', change: 'reworded', what: `recommendation ${y.rec.index}`, old: x.rec.text, new: y.rec.text, oldValue: x.rec.index, newValue: y.rec.index, a: spanOf(wa, near[0], 'a'), b: spanOf(wb, near[0], 'b'), hunk: hunks.indexOf(near[0]!) }));
  }
  const whole = (side: CompareSide, s: 'a' | 'b', p: PlacedRecommendation, sign: 'added' | 'removed') => {
    const inHunks = p.span ? wordsIn(side, s, hunks, p.span, claimed, true) : [];
    if (!p.span || inHunks.length < WHOLE * (p.span[1] - p.span[0])) {
      notes.push(`recommendation ${p.rec.index} of ${s.toUpperCase()} ("${p.rec.text.slice(0, 60)}…") has no counterpart in the other record, but its words are in both documents (an extraction difference, not a change)`);
      return;
    }
    // The item's list marker ("2.", "b)") goes with it.
    const before = p.span[0] - 1;
    if (before >= 0 && isMarker(side.stream.tokens[before]!.text) && hunks.some((h) => before >= rangeOf(h, s)[0] && before < rangeOf(h, s)[1])) inHunks.unshift(before);
    inHunks.forEach((k) => claimed[s].add(k));
    const h = hunks[hunkOf(s, inHunks[0]!)]!;
    const text = p.rec.text;
    changes.push(makeChange(A, B, { kind: 'recommendation', change: sign, what: `recommendation ${p.rec.index}`, old: sign === 'removed' ? text : null, new: sign === 'added' ? text : null, oldValue: sign === 'removed' ? p.rec.index : null, newValue: sign === 'added' ? p.rec.index : null, a: s === 'a' ? p.span : rangeOf(h, 'a'), b: s === 'b' ? p.span : rangeOf(h, 'b'), hunk: hunks.indexOf(h) }));
  };
  for (const i of onlyA) whole(A, 'a', xs[i]!, 'removed');
  for (const j of onlyB) whole(B, 'b', ys[j]!, 'added');
  return { changes, notes, placed: { a: xs, b: ys } };
}
