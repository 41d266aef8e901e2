import type { DocumentType, Extracted, ExtractPage, Link } from '../record/index.ts';
import { referencesIn, refKey } from './fields/links.ts';

type BelongsKind = Exclude<Link['kind'], 'cites' | 'record-of'>;

/**
 * How a paper of this type belongs with a decision, from its type and the wording of its head (title, first lines):
 * a call-in request is `call-in-of`, a report `report-for`, an impact assessment `assessment-for`, minutes `minutes-of`,
 * an appendix, annex or schedule (or any other paper) `appendix-of`; null for decision records and agendas.
 */
export function belongsKind(type: DocumentType | null, head: string): BelongsKind | null {
  if (/\bcall(?:ed)?[\s-]in\b/i.test(head) && type !== 'decision') return 'call-in-of';
  if (type === 'report') return 'report-for';
  if (type === 'assessment') return 'assessment-for';
  if (type === 'minutes') return 'minutes-of';
  if (type === 'other' || type === 'financial') return 'appendix-of';
  return type === null && /\b(?:appendix|annex|schedule)\b/i.test(head) ? 'appendix-of' : null;
}

/** The head of a document, where a paper says what it is: the title and the first 30 lines. */
export const headOf = (record: Pick<Extracted, 'title'>, pages: readonly ExtractPage[]): string =>
  `${record.title ?? ''}\n${(pages[0]?.text ?? '').split('\n').slice(0, 30).join('\n')}`;

/**
 * Once a paper is classified, says which decision it belongs with: a paper that is not a decision record and
 * carries a decision number (its own when that is one, as a report's "Decision Number: 24/00115", else the first it cites) links to
 * it by its kind (`report-for`, `assessment-for`, ...). Minutes record every decision they name (`minutes-of`).
 * Pure; the other links stay `cites`.
 */
export function classifyLinks(record: Extracted, pages: readonly ExtractPage[]): Link[] {
  const kind = belongsKind(record.documentType, headOf(record, pages));
  if (!kind) return record.links;
  if (kind === 'minutes-of') return record.links.map((l) => ({ ...l, kind }));
  // Its own reference only when that is a decision number (a report's "Decision Number: 24/00115"), not a report's own code.
  const own = record.reference && referencesIn(record.reference).length === 1 ? record.reference : null;
  if (own) return [{ kind, ref: own, sha256: null }, ...record.links.filter((l) => refKey(l.ref) !== refKey(own))];
  const [first, ...rest] = record.links;
  return first ? [{ ...first, kind }, ...rest] : record.links;
}
