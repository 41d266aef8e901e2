import { wordKey } from './normalise.ts';
import type { Token } from './tokens.ts';
import type { Hunk } from './word-diff.ts';

/** Tokens `[from, to)` of one side. */
export type Span = readonly [number, number];

/** Token indices already explained by a change, per side, so no later change reports them again. */
export interface Claimed {
  a: Set<number>;
  b: Set<number>;
}

/** The keys of a text's words, as the word stream keys them. */
export const keysOf = (text: string) => text.split(/\s+/).map((w) => wordKey(w)).filter(Boolean);

/**
 * Where a text (a record's title, reference or recommendation) is printed in a word stream: the
 * first run of tokens whose keys are the text's, starting at `from` when given (a recommendation's
 * first word, found by its box). Falls back to the first few words when the whole is not found
 * (a value as extracted can drop a word the page has).
 */
export function findSpan(tokens: readonly Token[], text: string, from?: number): Span | null {
  const keys = keysOf(text);
  if (!keys.length) return null;
  if (from !== undefined) return [from, Math.min(tokens.length, from + keys.length)];
  for (const n of [keys.length, Math.min(3, keys.length)]) {
    for (let i = 0; i + n <= tokens.length; i++) {
      let k = 0;
      while (k < n && tokens[i + k]!.key === keys[k]) k++;
      if (k === n) return [i, Math.min(tokens.length, i + keys.length)];
    }
  }
  return null;
}

/** The side's range of a hunk. */
export const rangeOf = (h: Hunk, side: 'a' | 'b'): Span => (side === 'a' ? [h.aFrom, h.aTo] : [h.bFrom, h.bTo]);

/** Do a hunk's words on a side touch a span? (An insertion touches a span it falls inside.) */
export function touches(h: Hunk, side: 'a' | 'b', span: Span | null): boolean {
  if (!span) return false;
  const [from, to] = rangeOf(h, side);
  return from === to ? from > span[0] && from < span[1] : from < span[1] && to > span[0];
}

/** Indices `[from, to)` as a list. */
export const indices = ([from, to]: Span) => Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
