/** Normalises text for a character error rate: markup and bullets dropped, whitespace folded. */
export function normaliseForCer(s: string): string {
  return s
    .replace(/<[^>]+>/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*#_`]+/g, '')
    .replace(/^[\s•·●o*\-–—]+(?=\S)/gm, '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Levenshtein distance with two rolling rows (O(n·m) time, O(m) memory). */
export function editDistance(a: string, b: string): number {
  if (a.length < b.length) [a, b] = [b, a];
  let prev = new Int32Array(b.length + 1).map((_, i) => i);
  let cur = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Character error rate of `hypothesis` against `reference`, both normalised. */
export function cer(hypothesis: string, reference: string): number {
  const ref = normaliseForCer(reference);
  return editDistance(normaliseForCer(hypothesis), ref) / Math.max(1, ref.length);
}
