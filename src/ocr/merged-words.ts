import { createRequire } from 'node:module';

/**
 * Two words a scan read as one where the space between them printed narrow: "Thatif it is necessary",
 * "Abudget transfer of £20,000", "Areview into ...", "toapprove the detailed Project Appraisal".
 * A token is split only where it is no English word itself and splits into a short function word and
 * an English word (list: an-array-of-english-words, ~275,000 words, loaded on first use). Capitalised
 * tokens (names: "Adamson", "Ingrid", "Ashall") split only where a sentence starts (the line's or a
 * column's first word, after a full stop, a bullet's glyph or a list marker) and the next word is lower
 * case or a sum ("Afurther £300k") but no verb a minute writes after a name ("proposed", "said"); their
 * second word must be long enough that a surname's tail ("dams", "lice") is not taken.
 */
export function splitMerged(word: string, before: string, after: string): [string, string] | null {
  const m = /^([A-Za-z]+)([.,;:]?)$/.exec(word);
  if (!m || m[1]!.length < 4) return null;
  const core = m[1]!;
  const lower = core.toLowerCase();
  if (english().has(lower)) return null;
  const split = (k: number): [string, string] => [core.slice(0, k), core.slice(k) + m[2]];
  // "That" opens a resolution; no name or word but "thatch" and its kin starts so.
  if (/^[Tt]hat[a-z]+$/.test(core) && english().has(lower.slice(4))) return split(4);
  if (/^[a-z]+$/.test(core)) {
    for (const p of LOWER_PREFIXES) {
      if (!lower.startsWith(p)) continue;
      const rest = lower.slice(p.length);
      if ((rest.length >= 5 && english().has(rest)) || (rest === 'the' && BEFORE_THE.has(p))) return split(p.length);
    }
    return null;
  }
  if (!/^[A-Z][a-z]+$/.test(core) || !/^[a-z£]/.test(after) || !(/^[^A-Za-z0-9]*$/.test(before) || /[.:;)]$/.test(before))) return null;
  for (const [p, least] of CAPITAL_PREFIXES) {
    // A name's verb follows it ("Adamson proposed", "Ingrid said"); "It was" is no name.
    if (p !== 'It' && SAID.test(after)) continue;
    const rest = lower.slice(p.length);
    if (core.startsWith(p) && rest.length >= least && english().has(rest)) return split(p.length);
  }
  return null;
}

/** A verb of reporting or moving, as a minute writes after a name. */
const SAID = /^[a-z]+(ed|s)$|^said$/;
/** A lower-case word's possible first word, longest first. */
const LOWER_PREFIXES = ['that', 'will', 'with', 'from', 'the', 'all', 'for', 'and', 'to', 'of', 'in', 'on', 'as', 'be', 'by', 'at', 'a'];
/** Words "the" follows ("ofthe", "tothe"). */
const BEFORE_THE = new Set(['of', 'to', 'in', 'on', 'at', 'and', 'for', 'by', 'from', 'with', 'that', 'all']);
/** A sentence's capitalised first word and the fewest letters of the word merged into it. */
const CAPITAL_PREFIXES: readonly [string, number][] = [['It', 2], ['In', 4], ['To', 5], ['A', 5]];

let words: ReadonlySet<string> | undefined;
function english(): ReadonlySet<string> {
  words ??= new Set(createRequire(import.meta.url)('an-array-of-english-words') as string[]);
  return words;
}
