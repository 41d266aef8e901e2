// The word streams the compare runs on: what layout and reading noise must never make a change.
import { describe, expect, it } from 'vitest';
import { EMPTY_EXTRACTED, type DecisionRecord, type ExtractPage, type Word } from '../src/record/index.ts';
import { compareDocuments } from '../src/query/compare/compare.ts';
import { wordKey } from '../src/query/compare/normalise.ts';
import { wordStream } from '../src/query/compare/tokens.ts';

/** A page typeset from lines: each word boxed by its place in the line, OCR'd (with a confidence) or not; `^1` is a small footnote mark. */
function page(number: number, lines: string[], ocr: number | null = null): ExtractPage {
  const words: Word[] = [];
  let offset = 0;
  lines.forEach((line, row) => {
    let col = 0;
    for (const m of line.matchAll(/\S+/g)) {
      const small = m[0].startsWith('^'); // a footnote mark, set small
      words.push({ text: m[0].replace('^', ''), box: { x: 0.1 + col * 0.012, y: 0.1 + row * 0.02, w: m[0].length * 0.01, h: small ? 0.005 : 0.012 }, conf: ocr, offset: offset + (m.index ?? 0) });
      col += m[0].length + 1;
    }
    offset += line.length + 1;
  });
  return { number, source: ocr === null ? 'text' : 'ocr', text: lines.join('\n'), words };
}

const record = (pages: ExtractPage[]): DecisionRecord => ({
  ...EMPTY_EXTRACTED,
  sha256: '0'.repeat(64), file: 'x.pdf', files: ['x.pdf'], status: 'ok', error: null, pageCount: pages.length,
  pages: pages.map((p) => ({ number: p.number, source: p.source, reason: '', confidence: null, chars: p.text.length, status: 'ok', error: null })),
  provenance: { pipelineVersion: 'test', ocrEngine: null, ocrData: null, processedAt: '' },
});
const compare = (a: ExtractPage[], b: ExtractPage[]) => compareDocuments({ record: record(a), pages: a }, { record: record(b), pages: b });
const keys = (pages: ExtractPage[]) => wordStream(pages).tokens.map((t) => t.key).join(' ');

const FINAL = [
  page(1, ['Report to the Deputy Mayor', '3. Financial Comments', 'The total cost of the solu-', 'tion is £2.025m over five years, and', '• the supplier is Vodafone.', '1']),
  page(2, ['Report to the Deputy Mayor', '4. Legal Comments', 'The officer confirms the part-time post.', '2']),
];
const DRAFT = [
  page(1, ['Report to the Deputy Mayor', '3. Financial Comments', 'The total cost of the solution is', '£2.205m over five years, and the', 'supplier is Vodafone. 4. Legal', 'Page 1 of 2']),
  page(2, ['Report to the Deputy Mayor', 'Comments The officer confirms the part-', 'time post.', 'Page 2 of 2']),
];

describe('word keys', () => {
  it('folds ligatures, case, quotes, dashes, hyphens and surrounding punctuation, not figures', () => {
    expect(wordKey('ﬁnancial,')).toBe('financial');
    expect(wordKey('“Part-time”')).toBe(wordKey('parttime'));
    expect(wordKey('•')).toBe('');
    expect(wordKey('2017–18')).toBe('2017-18');
    expect(wordKey('£2.025m.')).toBe('£2.025m');
    expect(wordKey('£2,025m')).not.toBe(wordKey('£2.025m'));
    expect(wordKey('2021¹')).toBe('2021');
  });
  it('repairs on OCR pages only the slips the money reader repairs (E for £, O for 0)', () => {
    expect(wordKey('E1,O64', true)).toBe('£1,064');
    expect(wordKey('of', true)).toBe('of');
    expect(wordKey('E1,O64')).toBe('e1,o64');
  });
});

describe('word streams', () => {
  it('leave out page numbers and running heads, join hyphenated words, drop bullets and footnote marks', () => {
    expect(keys(FINAL)).toBe(keys([page(1, ['3. Financial Comments', 'The total cost of the solution is £2.025m over five years, and the supplier is Vodafone. ^1', '4. Legal Comments', 'The officer confirms the parttime post.'])]));
    expect(wordStream(FINAL).furniture).toBe(2 * 5 + 2); // two running heads of five words, two page numbers
  });
});

describe('compareDocuments', () => {
  it('finds only the changed figure, whatever the line and page breaks', () => {
    const r = compare(FINAL, DRAFT);
    expect(r.changes.map((c) => [c.kind, c.change, c.old, c.new, c.oldValue, c.newValue, c.oldPage, c.newPage])).toEqual([['amount', 'changed', '£2.025m', '£2.205m', 2025000, 2205000, 1, 1]]);
    expect(r.changes[0]!.a!.sentence).toBe('The total cost of the solution is £2.025m over five years, and the supplier is Vodafone.');
  });
  it('makes no change of identical words', () => {
    expect(compare(FINAL, FINAL).changes).toEqual([]);
    expect(compare(FINAL, [page(1, ['3. Financial Comments', 'The total cost of the solution is £2.025m over five years, and the supplier is Vodafone.', '4. Legal Comments', 'The officer confirms the part-time post.'])]).changes).toEqual([]);
  });
  it('tolerates OCR slips in words, never in figures', () => {
    const scanned = [page(1, ['3. Financial Comments', 'The tota1 cost of the so1ution is £2.025m over flve years, and the supp|ier is Vodafone.', '4. Legal Comments', 'The officer conflrms the part-time post.'], 0.8)];
    expect(compare(FINAL, scanned).changes).toEqual([]);
    const misread = [page(1, ['3. Financial Comments', 'The total cost of the solution is £2.026m over five years, and the supplier is Vodafone.', '4. Legal Comments', 'The officer confirms the part-time post.'], 0.71)];
    expect(compare(FINAL, misread).changes).toEqual([expect.objectContaining({ kind: 'amount', old: '£2.025m', new: '£2.026m', uncertain: true, confidence: 0.71 })]);
  });
  it('reports words that changed, with the section and the sentence on each side', () => {
    const edited = [page(1, ['3. Financial Comments', 'The total cost of the solution is £2.025m over five years, and the supplier is BT.', '4. Legal Comments', 'The officer confirms the part-time post.'])];
    const r = compare(FINAL, edited);
    expect(r.changes).toEqual([expect.objectContaining({ kind: 'text', change: 'changed', old: 'Vodafone.', new: 'BT.', what: '3. Financial Comments' })]);
    expect(r.redline).toEqual([expect.objectContaining({ removed: 'Vodafone.', added: 'BT.', section: '3. Financial Comments' })]);
  });
});
