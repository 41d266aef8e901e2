import type { OcrEngine } from '../ocr/engine.ts';
import type { DocumentResult, PageRecord } from '../record/index.ts';
import { DocumentPool, type PoolLimits } from './pool/document-pool.ts';
import type { ReadTask } from './pool/protocol.ts';

/** Settings of reading one document (serialisable: they cross to reader processes). */
export type ReadSettings = ReadTask['opts'];

/** Moves a document's bytes to the pipeline and its result back; never stores anything. */
export interface DocumentRunner {
  run(bytes: Uint8Array, sha256: string, opts: ReadSettings, onPage?: (source: PageRecord['source']) => void): Promise<DocumentResult>;
  close(): Promise<void>;
}

/** `pool`: reader processes, one per job (the default); `in-process`: runDocument in this process (tests with a fake engine, debugging). */
export type RunnerKind = 'pool' | 'in-process';

/** Runs documents in this process with `engine`: no isolation, no start-up cost, and of the limits only `maxPages`. */
export function inProcessRunner(engine: OcrEngine, maxPages?: number): DocumentRunner {
  return {
    // Loaded on first use: the main process of a pooled run never loads the pipeline (pdf.js, NLP).
    run: async (bytes, _sha256, opts, onPage) => {
      const { runDocument } = await import('../pipeline/run-document.ts');
      return runDocument(bytes, { ...opts, maxPages: opts.maxPages ?? maxPages, onPage: onPage && ((p) => onPage(p.source)) }, { ocr: engine });
    },
    close: async () => undefined,
  };
}

/** Creates the runner `kind` names; the pool's readers send their OCR to `engine`. */
export function createRunner(kind: RunnerKind, engine: OcrEngine, jobs: number, limits: PoolLimits): DocumentRunner {
  return kind === 'pool' ? new DocumentPool(engine, jobs, limits) : inProcessRunner(engine, limits.maxPages);
}
