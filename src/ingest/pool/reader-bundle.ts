import { join } from 'node:path';
import { SRC, buildBundle } from '../../../bin/code-cache.mjs';

/** Packages the reader loads from node_modules as they are (native addons, WASM, large prebuilt files). */
const EXTERNAL = ['pdfjs-dist', 'better-sqlite3', 'tesseract.js', '@napi-rs/canvas', 'zod', 'p-queue', 'tinypool', '@tesseract.js-data/*', 'tsx'];
const ENTRY = join(SRC, 'ingest/pool/read-worker.ts');

/** How a reader process loads its code: a prebuilt file, or the TypeScript entry through tsx. */
export interface ReaderCode {
  filename: string;
  execArgv: string[];
}

/**
 * The reader's code as one JavaScript file (bin/code-cache.mjs: built with esbuild, reused while
 * no source file changes). Loading it takes ~0.6 s of CPU against ~2.6 s through tsx's loader,
 * paid by every reader. Falls back to tsx when the cache cannot be written or esbuild fails.
 */
export async function readerCode(): Promise<ReaderCode> {
  const file = await buildBundle(ENTRY, 'reader', EXTERNAL);
  return file ? { filename: file, execArgv: [] } : { filename: ENTRY, execArgv: ['--import', import.meta.resolve('tsx')] };
}
