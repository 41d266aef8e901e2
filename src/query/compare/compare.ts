import type { DecisionRecord, ExtractPage } from '../../record/index.ts';
import { exemptionChanges, fieldChanges } from './fields.ts';
import { figureChanges } from './figures.ts';
import { makeChange } from './make-change.ts';
import { printed } from './places.ts';
import { recommendationChanges, type PlacedRecommendation } from './recommendations.ts';
import { redlineOf, sectionsOf } from './redline.ts';
import type { Change, DiffResult, DiffSide } from './schema.ts';
import { indices, rangeOf, type Claimed, type Span } from './spans.ts';
import { wordStream } from './tokens.ts';
import type { CompareSide, Reading } from './values.ts';
import { diffStreams, isNoise, ocrAt, type Hunk } from './word-diff.ts';

/** A document to compare: its record and its pages (with words). */
export interface CompareInput {
  record: DecisionRecord;
  pages: readonly ExtractPage[];
}

/**
 * Compares A (old) with B (new) by their words, whatever their typesetting: the two word streams
 * are aligned (`diffStreams`), and each place where the words differ is read for what changed:
 * fields (reference, title, decision maker), exemptions, recommendations (added, removed,
 * reworded), values (dates, sums of money with old and new values in pounds, other figures) and,
 * for what is left, words. Every change is placed on both sides (page, box, sentence, section).
 * Where the records differ but the words do not, that is a note, never a change.
 */
export function compareDocuments(a: CompareInput, b: CompareInput): DiffResult {
  const A: CompareSide = { record: a.record, stream: wordStream(a.pages) };
  const B: CompareSide = { record: b.record, stream: wordStream(b.pages) };
  const hunks = diffStreams(A.stream.tokens, B.stream.tokens);
  const claimed: Claimed = { a: new Set(), b: new Set() };
  const fields = fieldChanges(A, B, hunks, claimed);
  const exemptions = exemptionChanges(A, B, hunks, claimed);
  const recs = recommendationChanges(A, B, hunks, claimed);
  const label = labeller(A, B, recs.placed);
  const changes: Change[] = [...fields.changes, ...exemptions.changes, ...recs.changes];
  hunks.forEach((h, i) => {
    changes.push(...figureChanges(A, B, h, i, claimed, label));
    const words = wordChange(A, B, h, i, claimed);
    if (words) changes.push(words);
  });
  changes.sort((x, y) => (x.hunk ?? -1) - (y.hunk ?? -1));
  return {
    a: sideOf(A),
    b: sideOf(B),
    changes,
    sections: sectionsOf(A.stream, B.stream, changes),
    redline: redlineOf(A.stream, B.stream, hunks),
    notes: [...fields.notes, ...exemptions.notes, ...recs.notes],
  };
}

/** Names what a value is about: the record's subject, else the recommendation it is in, else its section. */
function labeller(A: CompareSide, B: CompareSide, placed: { a: PlacedRecommendation[]; b: PlacedRecommendation[] }) {
  return (s: 'a' | 'b', r: Reading): string => {
    const side = s === 'a' ? A : B;
    const rec = placed[s].find((p) => p.span && r.from >= p.span[0] && r.from < p.span[1]);
    const section = side.stream.sections[side.stream.tokens[r.from]?.section ?? 0]?.heading ?? '';
    return r.subject ?? (rec ? `recommendation ${rec.rec.index}` : section);
  };
}

/** What is left of a hunk once its values and fields are reported: words that differ, if any. */
function wordChange(A: CompareSide, B: CompareSide, h: Hunk, hunk: number, claimed: Claimed): Change | null {
  const left = (side: CompareSide, s: 'a' | 'b') => indices(rangeOf(h, s)).filter((k) => !claimed[s].has(k));
  const [ka, kb] = [left(A, 'a'), left(B, 'b')];
  const [ta, tb] = [ka.map((k) => A.stream.tokens[k]!), kb.map((k) => B.stream.tokens[k]!)];
  if (ta.map((t) => t.key).join(' ') === tb.map((t) => t.key).join(' ') || isNoise(ta, tb, ocrAt(h, A.stream.tokens, B.stream.tokens))) return null;
  const spanOf = (ks: number[], s: 'a' | 'b'): Span => (ks.length ? [ks[0]!, ks[ks.length - 1]! + 1] : rangeOf(h, s));
  const at = B.stream.tokens[h.bFrom] ?? A.stream.tokens[h.aFrom];
  const section = (at && (B.stream.tokens[h.bFrom] ? B : A).stream.sections[at.section]?.heading) ?? '(opening)';
  return makeChange(A, B, { kind: 'text', change: !ta.length ? 'added' : !tb.length ? 'removed' : 'changed', what: section, old: ta.length ? printed(ta) : null, new: tb.length ? printed(tb) : null, a: spanOf(ka, 'a'), b: spanOf(kb, 'b'), hunk });
}

function sideOf(s: CompareSide): DiffSide {
  const r = s.record;
  return { sha256: r.sha256, file: r.file, reference: r.reference, title: r.title, pageCount: r.pageCount, ocrPages: r.pages.filter((p) => p.source === 'ocr').map((p) => p.number), words: s.stream.tokens.length, furniture: s.stream.furniture };
}
