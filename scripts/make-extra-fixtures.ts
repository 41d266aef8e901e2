// Writes fixtures/extra: a council record of decision (a genre the shared fixtures lack) as a born-digital
// PDF and as a scan of it (rasterised at 200 dpi grey by poppler's pdftoppm, JPEG, image-only PDF).
// usage: npx tsx scripts/make-extra-fixtures.ts   (needs pdftoppm: apt-get install poppler-utils)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COUNCIL_RECORD } from './lib/council-record.ts';
import { makeScannedPdf, makeTextPdf } from './lib/pdf-makers.ts';

const out = 'fixtures/extra';
writeFileSync(join(out, 'kcc24-00093.digital.pdf'), makeTextPdf(COUNCIL_RECORD.split('\n')));
const tmp = mkdtempSync(join(tmpdir(), 'docket-extra-'));
execFileSync('pdftoppm', ['-r', '200', '-gray', '-jpeg', '-jpegopt', 'quality=80', join(out, 'kcc24-00093.digital.pdf'), join(tmp, 'p')]);
writeFileSync(join(out, 'kcc24-00093.scanned.pdf'), makeScannedPdf(readFileSync(join(tmp, 'p-1.jpg'))));
