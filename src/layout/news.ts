import { clean, type Doc } from './doc-lines.ts';

// The marks of a news story or press release: a release line or "News" near its top, or remarks quoted and attributed.

/** A news story's marks: a release line or "News" near its top ("News release from: 23/05/2024", "Published Date: Dec 14th, 2023"), or a remark quoted and attributed ("..., said: “We're proud ..."). */
const NEWS_HEAD = /\b(?:news|press|media)\s+release\b|^\W*(?:latest\s+)?news\W*$|\bnews\s+(?:story|item|article)\b|(?:^|\|)\s*published(?:\s+(?:on|date))?\s*:/i;
const QUOTED = /\b(?:said|says|added|commented|explained)\s*[:,]?\s*[“"]|[”"]\s*,?\s*(?:said|says|added)\b/;

/** Someone's words, not the record's: a remark quoted and attributed ("Kev Saunders ... said, “We are thrilled to receive this funding ..."), or a sentence of one. */
export const spoken = (t: string) => QUOTED.test(t) || /^[“"]|[”"]$/.test(t);

/**
 * A paper of another kind that reports a decision as news ("Two village halls will receive funding ... Swavesey Village Hall has
 * been awarded a grant of £876", a council's release quoting its cabinet member): its key statement is the decision it reports,
 * as labellers count it; an appendix, letter or amendment of another kind states none.
 */
export function isNewsStory(doc: Doc): boolean {
  const head = doc.lines.slice(0, 8).map((l) => clean(l.text));
  return head.some((t) => NEWS_HEAD.test(t)) || QUOTED.test(doc.lines.map((l) => l.text).join(' '));
}
