/** Abbreviations whose full stop ends no sentence ("St. Andrew’s Hall", "No. 3", "Cllr." and as OCR reads it "Clir."), as a pattern source. */
export const ABBREVIATION = String.raw`\b(?:St|No|Mr|Mrs|Ms|Dr|Cllr|Clir|Co|Rev|Revd)\.`;
/** Where a sentence ends: after a full stop or semicolon, not after an abbreviation. */
export const SENTENCE_BREAK = new RegExp(String.raw`(?<=[.;])(?<!${ABBREVIATION})\s+(?=[A-Z(£])`);
/** ... after a full stop only (a list a sentence introduces may run on past semicolons). */
export const FULL_STOP = new RegExp(String.raw`(?<=\.)(?<!${ABBREVIATION})\s+(?=[A-Z(£])`);

/** A text cut at `at`, except inside brackets ("the ESPO Framework (860; Lot 2) for a two-year period to ..." is one sentence). */
export function sentences(text: string, at: RegExp): string[] {
  const out: string[] = [];
  for (const piece of text.split(at)) {
    const last = out[out.length - 1];
    const open = (t: string) => (t.match(/\(/g) ?? []).length - (t.match(/\)/g) ?? []).length;
    if (last !== undefined && open(last) > 0) out[out.length - 1] = `${last} ${piece}`;
    else out.push(piece);
  }
  return out;
}
