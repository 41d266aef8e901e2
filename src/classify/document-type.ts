/**
 * Document-type classifier: what kind of paper a PDF is (decision record, report, minutes,
 * agenda, assessment, financial tables, other), read from the text of its first pages only.
 * Pure: no I/O, nothing of docket imported but the schema beside it.
 */
import { DocumentType, type DocumentTypeVerdict, type RecordField } from "../record/index.ts";
import { figureRowShare, readZones, type ClassifyPage } from "./page-lines.ts";
import type { DocumentView, Hit } from "./signal-kit.ts";
import { TYPE_SIGNALS } from "./type-signals.ts";

export { DocumentType, DocumentTypeVerdict, RecordField } from "../record/index.ts";
export type { ClassifyPage, ClassifyWord } from "./page-lines.ts";

/**
 * Record fields each type of paper does not carry, so that `null` there reads "not
 * applicable" rather than "not found".
 */
export const NOT_EXPECTED: Readonly<Record<DocumentType, readonly RecordField[]>> = {
  decision: [],
  report: ["decisionDate"],
  minutes: ["reference", "decisionDate", "recommendations", "headlineAmount", "decisionMaker"],
  agenda: ["reference", "decisionDate", "recommendations", "headlineAmount", "decisionMaker", "amounts"],
  assessment: ["reference", "decisionDate", "recommendations", "headlineAmount", "decisionMaker"],
  financial: ["reference", "decisionDate", "recommendations", "headlineAmount", "decisionMaker"],
  other: ["reference", "decisionDate", "headlineAmount", "decisionMaker"],
};

/** One type's total and the hits that made it, strongest first. */
export interface TypeScore {
  readonly type: DocumentType;
  readonly score: number;
  readonly hits: readonly Hit[];
}

/** Scores every type against the document; highest score first (ties keep table order). */
export function scoreDocumentTypes(pages: readonly ClassifyPage[]): TypeScore[] {
  const zones = readZones(pages);
  const doc: DocumentView = { ...zones, figureShare: figureRowShare(zones.body) };
  const scores = DocumentType.options.map((type) => {
    const hits = TYPE_SIGNALS.filter((s) => s.type === type)
      .map((s) => s.read(doc))
      .filter((h): h is Hit => h !== undefined)
      .sort((a, b) => b.weight - a.weight);
    return { type, score: hits.reduce((sum, h) => sum + h.weight, 0), hits };
  });
  return scores.sort((a, b) => b.score - a.score);
}

/**
 * Confidence from the lead of the best score over the second: 0.2 for a tie, rising towards
 * 0.98 (a lead of 3 points gives about 0.69, 6 about 0.87, 10 about 0.95).
 */
export function confidenceFromMargin(best: number, second: number): number {
  const margin = Math.max(0, best - second);
  return Math.round((0.2 + 0.78 * (1 - Math.exp(-margin / 3))) * 100) / 100;
}

/**
 * Classifies a document from the text of its pages (the first three are enough; later pages
 * are ignored). Evidence near the top of the first real page weighs most; covering letters
 * and blank pages in front of a pack are skipped, so a pack takes its first paper's type.
 *
 * @param pages the document's pages, 1-based `number`; `words` (boxes in page fractions) are
 *   used only where `text` is empty, e.g. OCR output
 * @returns the type, the evidence in a few words, a 0..1 confidence and the record fields
 *   this type does not carry
 */
export function classifyDocument(pages: readonly ClassifyPage[]): DocumentTypeVerdict {
  const [best, second] = scoreDocumentTypes(pages);
  if (!best) throw new Error("classifyDocument: no document types to score");
  const evidence = best.hits.slice(0, 2).map((h) => h.evidence);
  return {
    documentType: best.type,
    documentTypeReason: evidence.join(" and ") || "no genre signal",
    documentTypeConfidence: confidenceFromMargin(best.score, second?.score ?? 0),
    notExpected: [...NOT_EXPECTED[best.type]],
  };
}
