import type { Amount, DatedStatement, Extracted } from '../record/index.ts';

/** The dated statement the record's decision date was read from (null when unsigned). */
export const decisionStatement = (r: Readonly<Extracted>) => r.dates.find((d) => d.role === 'decision' && d.date === r.decisionDate) ?? null;

/** Evidence for a flag from an extracted amount or date: where it is and the words it was read from. */
export const evidenceOf = (v: Pick<Amount | DatedStatement, 'page' | 'box' | 'confidence' | 'text'>, text = v.text) => ({
  page: v.page,
  text,
  box: v.box,
  confidence: v.confidence,
});

const STOP = new Set('the a an of and or to for in on at by with from be is are will this that as its it into via over per up new our we costs cost'.split(' '));

/** Content words of a context string (stopwords, numbers and the amount's own marker dropped). */
export const contentWords = (s: string) => new Set(s.toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 2 && !STOP.has(w)));

/** How many content words two contexts share. */
export function sharedWords(a: string, b: string): number {
  const x = contentWords(a);
  let n = 0;
  for (const w of contentWords(b)) if (x.has(w)) n++;
  return n;
}

/** Figures that are limits or thresholds (procurement rules, delegations), not sums approved. */
export const isThreshold = (a: Pick<Amount, 'context'>) => /or above|and above|or more|threshold|exceeds?|delegat|limit of|up to a maximum|in excess of/i.test(a.context ?? '');
