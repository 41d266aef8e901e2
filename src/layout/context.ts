import { buildDoc, type Doc, type ExtractPage } from './doc-lines.ts';
import { segment, sectionOfLines, type Section, type SectionKind } from './segment.ts';
import { findTables, type Table } from './tables.ts';
import { readForm, type Form } from './form.ts';
import { headerTitle, type HeaderTitle } from './header-title.ts';
import { mergeRowBands } from './row-bands.ts';
import type { Line } from './doc-lines.ts';
import type { DocumentType } from '../record/index.ts';
import { minuteItems, type MinuteItem } from './minute-items.ts';

/** Everything extractors read: the document's lines, its sections, and its tables (parsed once). */
export interface ExtractContext {
  doc: Doc;
  sections: Section[];
  sectionOf: Map<number, SectionKind>;
  /** The lines that are a section's heading (by line index). */
  headingLines: Set<number>;
  tables: Table[];
  /** Key/value pairs read by layout (labels left of or above their values). */
  form: Form;
  /** The header block's most prominent line (a title candidate), read by layout. */
  header: HeaderTitle | null;
  /** The document's lines with table rows whose cells wrapped read back as one line each (row-bands.ts): lists of sums read from these. */
  rows: Line[];
  /** A paper of minutes' items (heading, lines, routine or not), [] for other papers. */
  minutes: MinuteItem[];
  /** What kind of paper this is, when the caller typed it first (what a decision inferred from its prose may be: recommendation-lists.ts). */
  documentType?: DocumentType | null;
}

export function buildContext(pages: readonly ExtractPage[], documentType: DocumentType | null = null): ExtractContext {
  const doc = buildDoc(pages);
  const sections = segment(doc);
  const form = readForm(doc);
  const headingLines = new Set(sections.flatMap((s) => (s.heading ? [s.heading.index] : [])));
  return { doc, sections, sectionOf: sectionOfLines(sections), headingLines, tables: findTables(doc), form, header: headerTitle({ doc, form }), rows: mergeRowBands(doc.lines, form.cells), minutes: minuteItems(doc.lines), documentType };
}

