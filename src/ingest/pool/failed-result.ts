import { EMPTY_EXTRACTED, type DocumentResult } from '../../record/index.ts';
import { PIPELINE_VERSION } from '../../version.ts';

/**
 * The result of a document whose reader died (crash, time or memory limit): no pages, an empty
 * record, and `error` saying what to do. Built in the main process, which never loads the pipeline.
 */
export function failedResult(bytes: Uint8Array, sha256: string, error: string, durationMs: number): DocumentResult {
  return {
    sha256,
    bytes: bytes.length,
    status: 'failed',
    error,
    pages: [],
    extracted: EMPTY_EXTRACTED,
    extractError: null,
    provenance: { pipelineVersion: PIPELINE_VERSION, ocrEngine: null, ocrData: null },
    durationMs,
  };
}
