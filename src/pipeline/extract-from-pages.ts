import { runChecks } from '../checks/run-checks.ts';
import { classifyDocument } from '../classify/document-type.ts';
import { oneLine } from '../errors.ts';
import { extractRecord } from '../extract/extract-record.ts';
import { classifyLinks } from '../extract/links-kind.ts';
import { keepsInferred } from '../layout/recommendation-lists.ts';
import { EMPTY_EXTRACTED, type Extracted, type ExtractPage } from '../record/index.ts';

/** What extraction made of a document's pages; `error` says why extraction itself failed (the record is then empty). */
export interface Extraction {
  extracted: Extracted;
  error: string | null;
}

/**
 * Step two of the pipeline: document type, fields and tables, then checks, from a document's pages.
 * Pure: touches no file or database. An extraction that throws yields an empty record carrying the reason.
 */
export function extractFromPages(pages: readonly ExtractPage[]): Extraction {
  try {
    const typing = classifyDocument(pages);
    const { record: fields, ctx } = extractRecord(pages, typing.documentType);
    // A sentence inferred as the decision stays where the paper's kind records a decision, or reports one (not an appendix's key statement).
    const typed = { ...fields, ...typing, recommendations: fields.recommendations.filter((r) => !r.inferred || keepsInferred(typing.documentType, ctx.doc, r.text)) };
    const record = { ...typed, links: classifyLinks(typed, pages) };
    return { extracted: { ...record, flags: runChecks(record, ctx) }, error: null };
  } catch (err) {
    return { extracted: EMPTY_EXTRACTED, error: `extraction failed: ${oneLine(err)}` };
  }
}

