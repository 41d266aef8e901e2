import { runChecks } from '../checks/run-checks.ts';
import { classifyDocument } from '../classify/document-type.ts';
import { oneLine } from '../errors.ts';
import { extractRecord } from '../extract/extract-record.ts';
import { classifyLinks } from '../extract/links-kind.ts';
import { EMPTY_EXTRACTED, type Extracted, type ExtractPage } from '../record/index.ts';

/** What extraction made of a document's pages; `error` says why extraction itself failed (the record is then empty). */
export interface Extraction {
  extracted: Extracted;
  error: string | null;
}

/**
 * Step two of the pipeline: fields, document type, tables, then checks, from a document's pages.
 * Pure: touches no file or database. An extraction that throws yields an empty record carrying the reason.
 */
export function extractFromPages(pages: readonly ExtractPage[]): Extraction {
  try {
    const { record: fields, ctx } = extractRecord(pages);
    const typing = classifyDocument(pages);
    const typed = { ...fields, ...typing, recommendations: inferredOnlyWhereDecided(fields.recommendations, typing.documentType) };
    const record = { ...typed, links: classifyLinks(typed, pages) };
    return { extracted: { ...record, flags: runChecks(record, ctx) }, error: null };
  } catch (err) {
    return { extracted: EMPTY_EXTRACTED, error: `extraction failed: ${oneLine(err)}` };
  }
}

/** A sentence inferred as the decision stands only on a paper that records decisions (a decision notice, minutes): a report or news item states none of its own. */
function inferredOnlyWhereDecided(recs: Extracted['recommendations'], type: Extracted['documentType']): Extracted['recommendations'] {
  return recs.some((r) => r.inferred) && type !== 'decision' && type !== 'minutes' ? [] : recs;
}
