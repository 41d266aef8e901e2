// The shapes of an evidence pack (its manifest.json is documented in the README's contract section).
import type { Box } from '../../record/index.ts';

/** A PDF a pack quotes: its identity, where it was read, and the copy kept in the pack. */
export interface PackDocument {
  /** `document`, or `A (old)` / `B (new)` in a comparison. */
  role: string;
  sha256: string;
  /** The PDF as found now (its bytes must still hash to `sha256`). */
  path: string;
  reference: string | null;
  title: string | null;
  /** Set by the writer: the pack's copy of the PDF, relative to the pack. */
  copy?: string;
}

/** One quoted place: a document's page, the box of the words (page fractions, top-left origin), and the words. */
export interface PackQuote {
  side: string;
  sha256: string;
  page: number;
  box: Box | null;
  text: string;
  sentence?: string;
  /** Set by the writer: the crop's file (relative) and its SHA-256. */
  crop?: string;
  cropSha256?: string;
}

/** One claim of the pack (a flag, a change) with the places it rests on. */
export interface PackItem {
  id: string;
  kind: 'flag' | 'change';
  /** One line: the flag's message, or what changed. */
  title: string;
  /** The flag's explanation, or the change's values. */
  detail: string;
  /** Flag code and severity, or change kind, old/new values and how sure the reading is. */
  facts: Record<string, unknown>;
  quotes: PackQuote[];
}

/** What `index.html` is made from: the manifest as written. */
export interface PackManifest {
  kind: 'flags' | 'diff';
  pipelineVersion: string;
  createdAt: string;
  documents: (Omit<PackDocument, 'path'> & { file: string })[];
  items: PackItem[];
  files: { path: string; sha256: string; bytes: number }[];
}
