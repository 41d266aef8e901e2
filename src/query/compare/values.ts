import type { Amount, DatedStatement, DecisionRecord } from '../../record/index.ts';
import { findDates } from '../../layout/dates.ts';
import { findMoney } from '../../layout/money.ts';
import { tokenAt } from './places.ts';
import type { Token, WordStream } from './tokens.ts';

/** One side of a comparison: its record and its word stream. */
export interface CompareSide {
  record: DecisionRecord;
  stream: WordStream;
}

/** A value read from words of a hunk: a sum of money, a date or a bare number. */
export interface Reading {
  kind: 'amount' | 'date' | 'number';
  /** Tokens `[from, to)` of the side the value was printed in. */
  from: number;
  to: number;
  /** As printed. */
  text: string;
  /** Pounds for amounts (a `£000` table's cell is read through the record), `YYYY-MM-DD` for dates, the number for numbers (null when it does not parse). */
  value: number | string | null;
  /** What the value is for: the amount's subject or the date's role, when the record says. */
  subject: string | null;
  /** The record's amount printed there, when there is one. */
  amount: Amount | null;
}

/** Words read either side of a hunk so that a figure's unit or a date's month and year are seen whole. */
const REACH = 6;

/**
 * The values printed in tokens `[from, to)` of a side: dates and sums of money found in the words
 * around (a match must touch the range), the record's own amounts and dates where they sit on the
 * same words (so a `£000` table cell is worth its pounds), and every other figure as a number.
 */
export function readValues(side: CompareSide, from: number, to: number): Reading[] {
  const t = side.stream.tokens;
  const lo = Math.max(0, from - REACH);
  const hi = Math.min(t.length, to + REACH);
  const starts: number[] = [];
  let text = '';
  for (let i = lo; i < hi; i++) {
    starts.push(text.length);
    text += `${t[i]!.text} `;
  }
  const tokensOf = (s: number, e: number) => {
    const idx = starts.map((st, k) => [st, st + t[lo + k]!.text.length, lo + k] as const).filter(([a, b]) => a < e && b > s).map(([, , i]) => i);
    return idx.length ? [Math.min(...idx), Math.max(...idx) + 1] as const : null;
  };
  const touches = (r: readonly [number, number] | null): r is readonly [number, number] => r !== null && r[0] < to && r[1] > from;
  const out: Reading[] = [];
  const free = (r: readonly [number, number]) => !out.some((o) => o.from < r[1] && o.to > r[0]);
  const ocr = t.slice(from, to).some((x) => x.ocr);
  for (const d of findDates(text)) {
    const r = tokensOf(d.start, d.end);
    if (!touches(r) || !free(r)) continue;
    const stated = recordDate(side.record, t.slice(r[0], r[1]));
    out.push({ kind: 'date', from: r[0], to: r[1], text: d.text, value: d.iso, subject: stated?.role ?? null, amount: null });
  }
  for (const m of findMoney(text, { ocr })) {
    const r = tokensOf(m.start, m.end);
    if (!touches(r) || !free(r)) continue;
    const amount = recordAmount(side.record, t.slice(r[0], r[1]), m.value);
    out.push({ kind: 'amount', from: r[0], to: r[1], text: m.text, value: amount?.value ?? m.value, subject: amount?.subject ?? null, amount });
  }
  for (let i = from; i < to; i++) {
    if (!t[i]!.figure || !free([i, i + 1])) continue;
    const amount = recordAmount(side.record, [t[i]!], null);
    const n = Number(t[i]!.key.replace(/[£,]/g, ''));
    out.push(amount
      ? { kind: 'amount', from: i, to: i + 1, text: t[i]!.text, value: amount.value, subject: amount.subject, amount }
      : { kind: 'number', from: i, to: i + 1, text: t[i]!.text, value: Number.isFinite(n) ? n : null, subject: null, amount: null });
  }
  return out.sort((a, b) => a.from - b.from);
}

/** The record's amount printed on these words (the one of this value for a range's two ends). */
function recordAmount(r: DecisionRecord, tokens: readonly Token[], value: number | null): Amount | null {
  const here = r.amounts.filter((a) => tokens.some((t) => tokenAt(t, a.page, a.box)));
  return here.find((a) => value !== null && Math.abs(a.value - value) < 0.01) ?? here.find((a) => value === null && tokens.some((t) => digits(a.text) === digits(t.key))) ?? (value === null ? null : here[0] ?? null);
}

const digits = (s: string) => s.replace(/:/g, '.').replace(/[^\d.]/g, '').replace(/\.$/, '');

function recordDate(r: DecisionRecord, tokens: readonly Token[]): DatedStatement | null {
  return r.dates.find((d) => tokens.some((t) => tokenAt(t, d.page, d.box))) ?? null;
}
