import type { Extracted, Flag } from '../export/record-schema.ts';
import type { ExtractPage } from '../extract/doc-lines.ts';

/** Runs every consistency check over an extracted record (filled in by the checks stage). */
export function runChecks(_record: Extracted, _pages: readonly ExtractPage[]): Flag[] {
  return [];
}
