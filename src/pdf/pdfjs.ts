// The one place pdf.js is loaded: every other module imports it from here. Its legacy build (and
// its worker, which sets globalThis.pdfjsWorker so pdf.js runs it in this thread without a dynamic
// import) replace some builtins; they are captured before and restored after (see keep-builtins.ts).
// Imported dynamically so that the capture runs first even in a bundle, where static imports of
// packages are hoisted above every module's body.
import { restoreBuiltins } from './keep-builtins.ts';

const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
restoreBuiltins();

export const { getDocument, OPS, Util } = pdfjs;
export type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
