import { THRESHOLD_WORDING } from '../layout/money.ts';
import type { Amount, DatedStatement, Evidence, Extracted } from '../record/index.ts';

/** The dated statement the record's decision date was read from (null when unsigned). */
export const decisionStatement = (r: Readonly<Extracted>) => r.dates.find((d) => d.role === 'decision' && d.date === r.decisionDate) ?? null;

/** Evidence for a flag from an extracted amount or date: where it is (page, box) and the words it was read from. */
export const evidenceOf = (v: Pick<Amount | DatedStatement, 'page' | 'box' | 'confidence' | 'text'>, text = v.text): Evidence => ({
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

/** Figures that are limits or thresholds (procurement rules), or a delegation's, not sums to compare. */
export const isThreshold = (a: Pick<Amount, 'context'>) => THRESHOLD_WORDING.test(a.context ?? '') || /delegat/i.test(a.context ?? '');

/** Words of money in general, and the words that only say a figure's kind (compared separately, as `kind`). */
const GENERIC = new Set('cost costs funding fund funds budget budgets sum amount value total price figure contract contracts investment allocation spend expenditure required estimated approximately overall whole sums'.split(' '));
const KIND_WORDS = new Set('capital revenue running ongoing maintenance recurring one-off annual'.split(' '));
const stem = (w: string) => w.replace(/(?:ies)$/, 'y').replace(/(?<=[a-z]{3})s$/, '');

/** The words that say what a figure is for: its subject's content words, stemmed, without generic and kind words. */
export const subjectKey = (subject: string) => [...contentWords(subject)].filter((w) => !GENERIC.has(w) && !KIND_WORDS.has(w)).map(stem);

/**
 * Whether two figures have the same subject: one subject's key words are all in the other's, at least two of
 * them unless the subjects are the same word ("capital spend" has none beyond its kind, so it fits any).
 * `strength` counts the words shared. Null when the subjects differ or one is unknown.
 */
export function sameSubject(a: Pick<Amount, 'subject'>, b: Pick<Amount, 'subject'>) {
  if (!a.subject || !b.subject) return null;
  const [ka, kb] = [new Set(subjectKey(a.subject)), new Set(subjectKey(b.subject))];
  const shared = [...ka].filter((w) => kb.has(w));
  const identical = ka.size === kb.size && shared.length === ka.size;
  // All of one subject in the other; a single shared word ("contribution") only when it is all of both.
  if (shared.length !== Math.min(ka.size, kb.size) || (shared.length === 1 && !identical)) return null;
  return { strength: shared.length, shared, identical: identical && ka.size > 0 };
}

/** Two years as printed are the same year ("2019/20" = "2019-20"); two figures without a year agree. */
export function sameYear(a: string | null, b: string | null): boolean {
  const norm = (y: string) => {
    const m = /^((?:19|20)\d{2})(?:\s?[-/–]\s?((?:19|20)?\d{2}))?$/.exec(y.trim());
    return m ? `${m[1]}${m[2] ? `-${m[2].slice(-2)}` : ''}` : y.trim().toLowerCase();
  };
  return a === null || b === null ? a === b : norm(a) === norm(b);
}
