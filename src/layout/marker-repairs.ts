import type { Line } from './doc-lines.ts';
import { DECIDES, IMPERATIVE_DECISION } from './item-wording.ts';
import { nextMarker, readMarker } from './list-markers.ts';

/**
 * A block's lines with the markers print or OCR lost put back before the list is read: a marker alone on its line joined to
 * its item, bare capitals in sequence ("A approve ...") marked, a garbled first marker ("(iy", "®") read, and the markers
 * of a list of which only the first was read numbered in turn.
 */
export function repairMarkers(lines: readonly Line[]): readonly Line[] {
  return lostBullets(lostMarkers(garbledFirstMarker(bareLetterMarkers(loneMarkers(leadInFirstMarker(lines))))));
}

/** "That (i) no revenue funding be awarded ...; and" over "(ii) a one-off capital award ...": the lead-in's first marker after its "That". */
const THAT_FIRST = /^(\s*)(?:That|RESOLVED\s+that|It\s+was\s+resolved\s+that)\s+(?=\((?:i|a|1)\)\s)/i;

/** A list whose first marker follows the lead-in's "That" on its line: the first item starts at its marker, as the next does. */
function leadInFirstMarker(lines: readonly Line[]): readonly Line[] {
  const at = lines.findIndex((l) => THAT_FIRST.test(l.text));
  if (at < 0) return lines;
  const first = readMarker(lines[at]!.text.replace(THAT_FIRST, '$1'), null);
  const next = first && nextMarker(first.marker);
  if (!next || !lines.slice(at + 1, at + 12).some((l) => readMarker(l.text.trim(), null)?.marker === next)) return lines;
  return lines.map((l, i) => (i === at ? { ...l, text: l.text.replace(THAT_FIRST, '$1') } : l));
}

/** A capital letter printed as a marker with no closing mark ("A approve the proposed ...", "B delegate authority ..."). */
const BARE_LETTER = /^(\s*)([A-H])\s+(?=[A-Za-z£(])/;

/**
 * Lines that open with a bare capital letter in sequence from "A" (A, B, C ... each starting a line after a break or
 * an ended sentence) are items marked "A)", "B)": a single "A Letter of Acceptance is issued" stays a sentence.
 */
function bareLetterMarkers(lines: readonly Line[]): readonly Line[] {
  const at = lines.map((l, i) => (BARE_LETTER.test(l.text) && (i === 0 || l.breakBefore || /[.;:]\s*$|\b(?:and|or)\s*$/.test(lines[i - 1]!.text) || !/\w$/.test(lines[i - 1]!.text)) ? i : -1)).filter((i) => i >= 0);
  const letters = at.map((i) => BARE_LETTER.exec(lines[i]!.text)![2]!);
  let run = 0;
  while (run < letters.length && letters[run] === String.fromCharCode(65 + run)) run++;
  if (run < 2) return lines;
  const marked = new Set(at.slice(0, run));
  return lines.map((l, i) => (marked.has(i) ? { ...l, text: l.text.replace(BARE_LETTER, '$1$2) ') } : l));
}

/** A marker alone on its line: "7.2", "(1)", "b)". */
const LONE_MARKER = /^\s*(?:\d{1,2}\.\d{1,2}|\(?\d{1,2}[.)]|\(?[a-h][.)]|\([ivx]{1,4}\))\s*$/;

/** A marker a scan set on a line of its own, over its item's first line worded as a decision ("7.2" / "The Lead Member RESOLVED to (1) Approve ..."): one line again. */
function loneMarkers(lines: readonly Line[]): readonly Line[] {
  // (Only over a line worded as a decision: a lone "1." over "PART I - NON-CONFIDENTIAL FACTS" or "Wards affected" is no item.)
  const decision = (t: string) => DECIDES.test(t) || /^(?:The\s+)?(?:[A-Z][\w'’,&-]*\s+){1,6}(?:RESOLVED|resolved|AGREED|agreed|DECIDED|decided)\b/.test(t);
  const lone = (i: number) => LONE_MARKER.test(lines[i]!.text) && !!lines[i + 1] && lines[i + 1]!.page === lines[i]!.page && decision(lines[i + 1]!.text.trim());
  if (!lines.some((_, i) => lone(i))) return lines;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lone(i)) {
      out.push({ ...lines[i + 1]!, text: `${lines[i]!.text.trim()} ${lines[i + 1]!.text.trim()}`, breakBefore: lines[i]!.breakBefore });
      i++;
    } else out.push(lines[i]!);
  }
  return out;
}

/** What OCR makes of a list's first marker "(i)": "(©)", "®" alone on its line, "(iy". */
const GARBLED_MARKER = /^\s*(?:\(\s*[©®@¢]\s*\)|[©®@](?=\s|$)|\(i[yj](?=\s))\s*/;

/**
 * A list whose first marked item is its second ("(ii)", "b)", "2.") lost its first marker to OCR: a garbled token at the start of
 * a line above it ("(iy The tender of Kier ...", "®" alone over "Approved the FBC ...") is that first marker.
 */
function garbledFirstMarker(lines: readonly Line[]): readonly Line[] {
  const second = lines.findIndex((l) => ['ii', 'b', '2'].includes(readMarker(l.text, null)?.marker ?? ''));
  if (second < 1 || lines.slice(0, second).some((l) => readMarker(l.text, null))) return lines;
  const mark = readMarker(lines[second]!.text, null)!;
  const first = mark.type === 'roman' ? '(i)' : mark.type === 'num' ? '1.' : mark.close === '.' ? 'a.' : 'a)';
  for (let k = second - 1; k >= Math.max(0, second - 8); k--) {
    const g = GARBLED_MARKER.exec(lines[k]!.text);
    if (!g) continue;
    const rest = lines[k]!.text.slice(g[0].length).trim();
    if (rest) return lines.map((l, i) => (i === k ? { ...l, text: `${first} ${rest}` } : l));
    // The token alone on its line: the item is the line under it.
    const next = lines[k + 1];
    if (next && k + 1 < second && /^\s*[A-Z]/.test(next.text)) return lines.flatMap((l, i) => (i === k ? [] : i === k + 1 ? [{ ...l, text: `${first} ${l.text.trim()}` }] : [l]));
    return lines;
  }
  return lines;
}

/** An item's end that leads on to a next one of the same list: "... be noted;", "...; and", "... be approved and". */
const ITEM_LEADS_ON = /;\s*(?:and|or)?\s*$|\bbe\s+(?:noted|approved|agreed|endorsed|authorised)\s+and\s*$/i;

/**
 * A list of which only the first marker was read ("1. The revisions ... be noted;" then "The West Midlands Combined Authority enter
 * into ... be approved;" with its "2." lost to OCR): after the first item, a line that starts with a capital after a line that
 * ended an item on a semicolon is the next item, numbered in turn.
 */
function lostMarkers(lines: readonly Line[]): readonly Line[] {
  // (Markers of another style, a level down, may follow: "1. ..." then "That ... authority:" over "i) ..." and "ii) ...".)
  const all = lines.map((l, i) => (readMarker(l.text, null) ? i : -1)).filter((i) => i >= 0);
  const top = all.length ? readMarker(lines[all[0]!]!.text, null)! : null;
  const marked = top ? all.filter((i) => readMarker(lines[i]!.text, null)!.type === top.type) : [];
  const first = marked.length === 1 ? top : null;
  if (!first || !['1', 'a', 'i'].includes(first.marker) || first.type === 'bullet') return lines;
  let marker = first.marker;
  const label = (m: string) => (first.type === 'roman' ? `(${m})` : first.close === '.' ? `${m}.` : `${m})`);
  let found = 0;
  const hanging = hangingItems(lines, marked[0]!);
  const markerEdge = lines[marked[0]!]!.leftEdge;
  const wrapped = lines[marked[0]! + 1];
  const hangs = markerEdge != null && !!wrapped && !wrapped.breakBefore && (wrapped.leftEdge ?? 0) > markerEdge + 0.015;
  const out = lines.map((l, i) => {
    // (Or, where the first item opened on "That", a line that opens on "That" after one that ended a sentence.)
    const that = /^That\s/.test(first.rest) && /^\s*That\s/.test(l.text) && /\.\s*$/.test(lines[i - 1]!.text);
    // (Or a line back at the markers' edge, where the first item's wrapped lines hang further in, that opens on a decision's verb
    // after a sentence ended: "1. Approve the Supplementary Capital Programme ..." / "Projects as detailed within this report." /
    // "Agree that the current allocations form part of ...".)
    const atMarker = hangs && i > marked[0]! + 1 && Math.abs((l.leftEdge ?? -1) - markerEdge!) < 0.01 && /\.\s*$/.test(lines[i - 1]!.text) && (IMPERATIVE_DECISION.test(l.text.trim()) || DECIDES.test(l.text.trim()));
    if (i <= marked[0]! || !(ITEM_LEADS_ON.test(lines[i - 1]!.text.trim()) || that || hanging.has(i) || atMarker) || !/^\s*[A-Z]/.test(l.text)) return l;
    marker = nextMarker(marker);
    found++;
    return { ...l, text: `${label(marker)} ${l.text.trim()}` };
  });
  return found ? out : lines;
}

/**
 * "1. BMW UK Ltd for £5.5M for the purchase of Response Cars." over "Ford Motor Company Plc for £4.8M ..." and more such lines
 * with their markers lost to OCR: right after a one-line first item, two or more lines in a row set in from its marker (where
 * its text starts), each opening on a capital after a line that ended a sentence, are the next items.
 */
function hangingItems(lines: readonly Line[], first: number): Set<number> {
  const marker = lines[first]!.leftEdge;
  const out = new Set<number>();
  if (marker == null || !/\.\s*$/.test(lines[first]!.text)) return out;
  let indent: number | null = null;
  for (let i = first + 1; i < lines.length; i++) {
    const l = lines[i]!;
    const left = l.leftEdge;
    const ended = /[.;]\s*$/.test(lines[i - 1]!.text) || (out.size > 0 && /\w\s*$/.test(lines[i - 1]!.text) && out.has(i - 1));
    if (left == null || left < marker + 0.015 || (indent !== null && Math.abs(left - indent) > 0.01) || !ended || !/^\s*[A-Z]/.test(l.text) || l.breakBefore) break;
    indent ??= left;
    out.add(i);
  }
  return out.size >= 2 ? out : new Set();
}

/**
 * Bullets a scan lost after it read the first ("* To agree a £14,400 allocation ... Bath." then "To agree a £19,600 allocation ..."
 * with no glyph; "« £35,000 to CARE ...; and" then "£20,000 for Blythswood Care ..."): a line set in from the first bullet, where
 * the bullets' words start, after a line that ended an item, that opens as the first item did or follows an item's "; and", is
 * the next item. Prose set out at or left of the bullet ends the list.
 */
function lostBullets(lines: readonly Line[]): readonly Line[] {
  const at = lines.findIndex((l) => readMarker(l.text, null)?.type === 'bullet');
  const bulletEdge = lines[at]?.leftEdge;
  if (at < 0 || bulletEdge == null) return lines;
  const opening = (t: string) => t.trim().split(/\s+/).slice(0, 2).join(' ');
  const first = opening(readMarker(lines[at]!.text, null)!.rest);
  const wrapped = lines[at + 1] && !readMarker(lines[at + 1]!.text, null) ? lines[at + 1]!.leftEdge : null;
  let ended = false;
  return lines.map((l, i) => {
    if (i <= at || ended || readMarker(l.text, null) || l.leftEdge == null) return l;
    if (l.leftEdge < bulletEdge + 0.01) {
      ended = true;
      return l;
    }
    if (l.leftEdge < bulletEdge + 0.015 || (wrapped != null && Math.abs(l.leftEdge - wrapped) > 0.01)) return l;
    const prev = lines[i - 1]!.text.trim();
    const t = l.text.trim();
    const parallel = /[.;]$/.test(prev) && opening(t) === first && /^[A-Z£]/.test(t);
    // (An item's own figures may run on over a semicolon, "(up to £1,809,700 in 2025-26;" / "£1,659,700 in 2026-27; ...": only "; and" ends one.)
    const leadsOn = /;\s*(?:and|or)\s*$/.test(prev) && /^[A-Z£]/.test(t);
    // (Its bullet stood where the first one did.)
    return parallel || leadsOn ? { ...l, text: `• ${t}`, leftEdge: bulletEdge } : l;
  });
}
