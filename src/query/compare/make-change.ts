import { placeOf } from './places.ts';
import type { Change } from './schema.ts';
import type { Span } from './spans.ts';
import type { CompareSide } from './values.ts';

/** What a change says, before it is placed on the pages. */
export interface ChangeFacts {
  kind: Change['kind'];
  change: Change['change'];
  what: string;
  old: string | null;
  new: string | null;
  oldValue?: Change['oldValue'];
  newValue?: Change['newValue'];
  /** The words on each side (an empty span: where the other side's words would go). */
  a: Span;
  b: Span;
  hunk: number | null;
}

/** A change placed on both sides: pages, boxes, sentences, sections and how sure the reading is. */
export function makeChange(A: CompareSide, B: CompareSide, f: ChangeFacts): Change {
  const a = placeOf(A.stream, f.a[0], f.a[1]);
  const b = placeOf(B.stream, f.b[0], f.b[1]);
  const confs = [a?.confidence, b?.confidence].filter((c): c is number => typeof c === 'number');
  return {
    kind: f.kind,
    change: f.change,
    what: f.what,
    old: f.old,
    new: f.new,
    oldValue: f.oldValue ?? null,
    newValue: f.newValue ?? null,
    oldPage: f.change === 'added' ? null : a?.page ?? null,
    newPage: f.change === 'removed' ? null : b?.page ?? null,
    a,
    b,
    uncertain: a?.source === 'ocr' || b?.source === 'ocr',
    confidence: confs.length ? Math.min(...confs) : null,
    hunk: f.hunk,
  };
}
