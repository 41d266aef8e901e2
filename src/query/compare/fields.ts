import type { Exemptions } from '../../record/index.ts';
import { makeChange } from './make-change.ts';
import type { Change } from './schema.ts';
import { findSpan, indices, keysOf, rangeOf, touches, type Claimed, type Span } from './spans.ts';
import type { CompareSide } from './values.ts';
import type { Hunk } from './word-diff.ts';

/** What `fieldChanges` found: changes the words bear out, and record differences they do not. */
export interface FieldOutcome {
  changes: Change[];
  notes: string[];
}

const TEXT_FIELDS = ['reference', 'title', 'decisionMaker'] as const;
const loose = (v: unknown) => (typeof v === 'string' ? keysOf(v).join(' ') : JSON.stringify(Array.isArray(v) ? [...v].sort() : v));
const shown = (v: unknown) => (v === null || v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v));
const claim = (claimed: Claimed, side: 'a' | 'b', span: Span) => indices(span).forEach((i) => claimed[side].add(i));

/**
 * The reference, title and decision maker, where the two records differ and the words they were
 * read from differ too (a hunk falls on the field's words on a side). Those words are then
 * claimed: the change is reported once, as this field. Where the records differ but the words do
 * not, it is an extraction difference (a note), never a change.
 */
export function fieldChanges(A: CompareSide, B: CompareSide, hunks: readonly Hunk[], claimed: Claimed): FieldOutcome {
  const out: FieldOutcome = { changes: [], notes: [] };
  for (const field of TEXT_FIELDS) {
    const [va, vb] = [A.record[field], B.record[field]];
    if (loose(va) === loose(vb)) continue;
    const spanA = va ? findSpan(A.stream.tokens, va) : null;
    const spanB = vb ? findSpan(B.stream.tokens, vb) : null;
    const hit = hunks.map((h, i) => [h, i] as const).filter(([h]) => touches(h, 'a', spanA) || touches(h, 'b', spanB));
    if (!hit.length) {
      out.notes.push(`${field}: A reads ${JSON.stringify(va)}, B ${JSON.stringify(vb)}, but the words there are the same (an extraction difference, not a change)`);
      continue;
    }
    for (const [h] of hit) (claim(claimed, 'a', rangeOf(h, 'a')), claim(claimed, 'b', rangeOf(h, 'b')));
    const [h, i] = hit[0]!;
    out.changes.push(makeChange(A, B, { kind: 'field', change: !va ? 'added' : !vb ? 'removed' : 'changed', what: field, old: va, new: vb, oldValue: va, newValue: vb, a: spanA ?? rangeOf(h, 'a'), b: spanB ?? rangeOf(h, 'b'), hunk: i }));
  }
  return out;
}

/**
 * Exemptions (FOIA sections, Part 2, classification, grounds, until) that differ between the
 * records and whose differing words or numbers are among the words that changed: a FOIA section
 * 43 that became 41 is reported here, once, not also as a changed number.
 */
export function exemptionChanges(A: CompareSide, B: CompareSide, hunks: readonly Hunk[], claimed: Claimed): FieldOutcome {
  const out: FieldOutcome = { changes: [], notes: [] };
  for (const field of Object.keys(A.record.exemptions) as (keyof Exemptions)[]) {
    const [va, vb] = [A.record.exemptions[field], B.record.exemptions[field]];
    if (loose(va) === loose(vb)) continue;
    const words = (v: unknown) => new Set(keysOf(typeof v === 'string' ? v : Array.isArray(v) ? v.join(' ') : ''));
    const [wa, wb] = [words(va), words(vb)];
    const onlyA = [...wa].filter((w) => !wb.has(w));
    const onlyB = [...wb].filter((w) => !wa.has(w));
    const matches = (side: CompareSide, h: Hunk, s: 'a' | 'b', keys: string[]) => indices(rangeOf(h, s)).filter((k) => keys.includes(side.stream.tokens[k]!.key));
    const hit = hunks.map((h, i) => ({ h, i, a: matches(A, h, 'a', onlyA), b: matches(B, h, 'b', onlyB) })).filter((x) => x.a.length || x.b.length);
    if (!hit.length) {
      out.notes.push(`exemptions.${field}: A reads ${JSON.stringify(va)}, B ${JSON.stringify(vb)}, but the words there are the same (an extraction difference, not a change)`);
      continue;
    }
    const first = hit[0]!;
    // One edit often shows in two exemption fields ("Section 43" is a FOIA section and a ground): report it once.
    const same = out.changes.find((c) => c.hunk === first.i && first.a.every((k) => claimed.a.has(k)) && first.b.every((k) => claimed.b.has(k)));
    if (same) {
      same.what += `, ${field}`;
      continue;
    }
    for (const x of hit) (x.a.forEach((k) => claimed.a.add(k)), x.b.forEach((k) => claimed.b.add(k)));
    const spanOf = (ks: number[], s: 'a' | 'b'): Span => (ks.length ? [Math.min(...ks), Math.max(...ks) + 1] : rangeOf(first.h, s));
    const empty = (v: unknown) => v === null || (Array.isArray(v) && !v.length);
    out.changes.push(makeChange(A, B, { kind: 'exemption', change: empty(va) ? 'added' : empty(vb) ? 'removed' : 'changed', what: field, old: shown(va), new: shown(vb), oldValue: va, newValue: vb, a: spanOf(first.a, 'a'), b: spanOf(first.b, 'b'), hunk: first.i }));
  }
  return out;
}
