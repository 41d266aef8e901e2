// The one place pdf.js is loaded, on first use (`loadPdfjs`, called by withPdf): a process that
// never opens a PDF (the main process of a pooled ingest) never pays for it, and under tsx that is
// ~280 MB of memory. Its legacy build (and its worker, which sets globalThis.pdfjsWorker so pdf.js
// runs it in this thread) replace some builtins; they were captured when keep-builtins.ts was
// evaluated, before any of this, and are restored right after.
import { restoreBuiltins } from './keep-builtins.ts';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loaded: Pdfjs | undefined;
let loading: Promise<Pdfjs> | undefined;

/** Loads pdf.js once (with its worker in this thread) and returns it. */
export function loadPdfjs(): Promise<Pdfjs> {
  return (loading ??= (async () => {
    const mod = await import('pdfjs-dist/legacy/build/pdf.mjs');
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    restoreBuiltins();
    return (loaded = mod);
  })());
}

/** pdf.js, for code that runs on an open document (so after `loadPdfjs`). */
export function pdfjs(): Pdfjs {
  if (!loaded) throw new Error('pdf.js used before a PDF was opened (call loadPdfjs first)');
  return loaded;
}

export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
