import { runChecks } from '../checks/run-checks.ts';
import { classifyDocument } from '../classify/document-type.ts';
import { oneLine } from '../errors.ts';
import { extractRecord } from '../extract/extract-record.ts';
import { classifyLinks } from '../extract/links-kind.ts';
import { INFERRED_DECISION, isNewsStory, REPORTS_DECISION } from '../layout/recommendation-lists.ts';
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
    // A sentence inferred as the decision stays in the record only where it is the paper's decision, or the decision a news story
    // reports (not an appendix's or a letter's key statement).
    const decides = INFERRED_DECISION[typing.documentType] === 'decision' || (typing.documentType === 'other' && isNewsStory(ctx.doc));
    // (... or a sentence of a paper of another kind that says a decision was taken: "The Commissioner approved ...", "... was awarded £2,000".)
    const kept = (r: { inferred?: true; text: string }) => !r.inferred || decides || (typing.documentType === 'other' && REPORTS_DECISION.test(r.text));
    const typed = { ...fields, ...typing, recommendations: fields.recommendations.filter(kept) };
    const record = { ...typed, links: classifyLinks(typed, pages) };
    return { extracted: { ...record, flags: runChecks(record, ctx) }, error: null };
  } catch (err) {
    return { extracted: EMPTY_EXTRACTED, error: `extraction failed: ${oneLine(err)}` };
  }
}

