import { runChecks } from '../checks/run-checks.ts';
import { classifyDocument } from '../classify/document-type.ts';
import { oneLine } from '../errors.ts';
import { extractRecord } from '../extract/extract-record.ts';
import { classifyLinks } from '../extract/links-kind.ts';
import { INFERRED_DECISION } from '../layout/recommendation-lists.ts';
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
    // A sentence inferred as the decision stays in the record only where it is the paper's decision (not a news item's key statement).
    const decides = INFERRED_DECISION[typing.documentType] === 'decision';
    const typed = { ...fields, ...typing, recommendations: decides ? fields.recommendations : fields.recommendations.filter((r) => !r.inferred) };
    const record = { ...typed, links: classifyLinks(typed, pages) };
    return { extracted: { ...record, flags: runChecks(record, ctx) }, error: null };
  } catch (err) {
    return { extracted: EMPTY_EXTRACTED, error: `extraction failed: ${oneLine(err)}` };
  }
}

