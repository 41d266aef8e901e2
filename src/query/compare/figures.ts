import type { Change } from './schema.ts';
import { makeChange } from './make-change.ts';
import { indices, type Claimed, type Span } from './spans.ts';
import { readValues, type CompareSide, type Reading } from './values.ts';
import type { Hunk } from './word-diff.ts';

const KIND_ORDER: readonly Reading['kind'][] = ['date', 'amount', 'number'];
const keyOf = (s: CompareSide, r: Reading) => s.stream.tokens.slice(r.from, r.to).map((t) => t.key).join(' ');
const digitsOf = (s: CompareSide, r: Reading) => keyOf(s, r).replace(/\D/g, '');

/**
 * The values that changed in one hunk: dates, sums of money (old and new in pounds) and other
 * figures. Values printed alike on both sides cancel out (a figure inside reworded words is not a
 * changed figure); the rest pair up inside the hunk, whose surrounding words are the same on both
 * sides, so a figure is paired with the one printed in its place, never with one elsewhere that
 * merely comes in the same order. A value with no counterpart was added or removed.
 * `label` names what a reading is about where the record does not (e.g. its recommendation).
 */
export function figureChanges(A: CompareSide, B: CompareSide, h: Hunk, hunk: number, claimed: Claimed, label: (side: 'a' | 'b', r: Reading) => string): Change[] {
  const free = (set: Set<number>) => (r: Reading) => !indices([r.from, r.to]).some((i) => set.has(i));
  const xs = readValues(A, h.aFrom, h.aTo).filter(free(claimed.a));
  const ys = readValues(B, h.bFrom, h.bTo).filter(free(claimed.b));
  for (const x of [...xs]) {
    const same = ys.findIndex((y) => keyOf(B, y) === keyOf(A, x));
    if (same >= 0) (xs.splice(xs.indexOf(x), 1), ys.splice(same, 1));
  }
  const pairs: [Reading | null, Reading | null][] = [];
  // A figure read with its digits alike but its punctuation lost or changed (OCR: "135.2" as "[1352") pairs with its twin first.
  for (const x of [...xs]) {
    const twin = ys.findIndex((y) => digitsOf(B, y) === digitsOf(A, x));
    if (twin >= 0) (pairs.push([x, ys[twin]!]), xs.splice(xs.indexOf(x), 1), ys.splice(twin, 1));
  }
  for (const kind of KIND_ORDER) {
    const [px, py] = [xs.filter((r) => r.kind === kind), ys.filter((r) => r.kind === kind)];
    const n = Math.min(px.length, py.length);
    for (let k = 0; k < n; k++) pairs.push([px[k]!, py[k]!]);
    // Left over of one kind: a value read as a date or an amount on one side only pairs with what is left in its place.
    xs.splice(0, xs.length, ...xs.filter((r) => !px.slice(0, n).includes(r)));
    ys.splice(0, ys.length, ...ys.filter((r) => !py.slice(0, n).includes(r)));
  }
  const n = Math.min(xs.length, ys.length);
  for (let k = 0; k < n; k++) pairs.push([xs[k]!, ys[k]!]);
  for (const x of xs.slice(n)) pairs.push([x, null]);
  for (const y of ys.slice(n)) pairs.push([null, y]);
  return pairs.map(([x, y]) => {
    for (const i of x ? indices([x.from, x.to]) : []) claimed.a.add(i);
    for (const i of y ? indices([y.from, y.to]) : []) claimed.b.add(i);
    const kind = KIND_ORDER.find((k) => x?.kind === k || y?.kind === k)!;
    const span = (r: Reading | null, from: number, to: number): Span => (r ? [r.from, r.to] : [from, to]);
    return makeChange(A, B, {
      kind,
      change: !x ? 'added' : !y ? 'removed' : 'changed',
      what: (y ? label('b', y) : '') || (x ? label('a', x) : ''),
      old: x?.text.replace(/[,;:.]$/, '') ?? null,
      new: y?.text.replace(/[,;:.]$/, '') ?? null,
      oldValue: x?.value ?? null,
      newValue: y?.value ?? null,
      a: span(x, h.aFrom, h.aTo),
      b: span(y, h.bFrom, h.bTo),
      hunk,
    });
  });
}
