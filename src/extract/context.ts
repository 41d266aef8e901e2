import type { Extracted } from '../export/record-schema.ts';
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

/** One field of the record: extractors run in table order and may read the fields extracted before them. */
export interface FieldExtractor<K extends keyof Extracted = keyof Extracted> {
  field: K;
  extract(ctx: ExtractContext, soFar: Readonly<Partial<Extracted>>): Extracted[K];
}

export const defineExtractor = <K extends keyof Extracted>(e: FieldExtractor<K>) => e;
