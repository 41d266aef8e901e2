// pdf.js text extraction alone, as a baseline: getTextContent on every page of each file the
// parent sends, nothing else. Plain JavaScript (no tsx), like a user's own script would be.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const dir = (s) => pathToFileURL(join(root, s)).href + '/';
process.on('message', async (file) => {
  if (!file) return process.exit(0);
  let pages = 0;
  try {
    const doc = await getDocument({ data: new Uint8Array(readFileSync(file)), standardFontDataUrl: dir('standard_fonts'), cMapUrl: dir('cmaps'), cMapPacked: true, wasmUrl: dir('wasm'), verbosity: 0 }).promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      await page.getTextContent();
      page.cleanup();
      pages++;
    }
    await doc.destroy();
  } catch {
    // a file pdf.js cannot open counts no pages
  }
  process.send({ pages });
});
process.send({ pages: 0 });
