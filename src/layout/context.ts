import { buildDoc, type Doc, type ExtractPage } from './doc-lines.ts';
import { segment, sectionOfLines, type Section, type SectionKind } from './segment.ts';
import { findTables, type Table } from './tables.ts';

/** Everything extractors read: the document's lines, its sections, and its tables (parsed once). */
export interface ExtractContext {
  doc: Doc;
  sections: Section[];
  sectionOf: Map<number, SectionKind>;
  tables: Table[];
}

export function buildContext(pages: readonly ExtractPage[]): ExtractContext {
  const doc = buildDoc(pages);
  const sections = segment(doc);
  return { doc, sections, sectionOf: sectionOfLines(sections), tables: findTables(doc) };
}

