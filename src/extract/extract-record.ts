import { EMPTY_EXTRACTED, Extracted, type DocumentType } from '../record/index.ts';
import { buildContext, type ExtractContext } from '../layout/context.ts';
import type { FieldExtractor } from './define-extractor.ts';
import type { ExtractPage } from '../layout/doc-lines.ts';
import { amounts } from './fields/amounts.ts';
import { authority } from './fields/authority.ts';
import { dates, decisionDate } from './fields/dates.ts';
import { decisionMaker } from './fields/decision-maker.ts';
import { exemptions } from './fields/exemptions.ts';
import { headlineAmount } from './fields/headline.ts';
import { links } from './fields/links.ts';
import { recommendations } from './fields/recommendations.ts';
import { recipients } from './fields/recipients.ts';
import { reference } from './fields/reference.ts';
import { tables } from './fields/tables.ts';
import { title } from './fields/title.ts';

/** Every field extractor, in the order they run (later ones may read earlier fields). */
export const EXTRACTORS: readonly FieldExtractor[] = [reference, authority, title, decisionMaker, dates, amounts, recommendations, decisionDate, recipients, headlineAmount, exemptions, tables, links];

/** Extracts the decision record's fields from a document's pages (flags are added by the checks), given its type when known. */
export function extractRecord(pages: readonly ExtractPage[], documentType: DocumentType | null = null): { record: Extracted; ctx: ExtractContext } {
  const ctx = buildContext(pages, documentType);
  const soFar: Partial<Extracted> = {};
  for (const e of EXTRACTORS) (soFar as Record<string, unknown>)[e.field] = e.extract(ctx, soFar);
  return { record: Extracted.parse({ ...EMPTY_EXTRACTED, ...soFar }), ctx };
}
