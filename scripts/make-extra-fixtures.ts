// Writes fixtures/extra: a council record of decision (a genre the shared fixtures lack) as a born-digital
// PDF and as a scan of it (rasterised at 200 dpi grey by poppler's pdftoppm, JPEG, image-only PDF).
// usage: npx tsx scripts/make-extra-fixtures.ts   (needs pdftoppm: apt-get install poppler-utils)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeScannedPdf, makeTextPdf } from './lib/pdf-makers.ts';

const COUNCIL = `KENT COUNTY COUNCIL - RECORD OF DECISION
DECISION TAKEN BY:
Cabinet Member for Highways and Transport
DECISION NO:
24/00093
Key decision: YES
Subject Matter / Title of Decision
Highways Term Maintenance Contract - Extension
Decision:
As Cabinet Member for Highways and Transport, I agree to:
a) APPROVE the extension of the Highways Term Maintenance Contract for a further 2 years at an
estimated annual value of £45m; and
b) DELEGATE authority to the Director of Highways to take relevant actions to implement the decision.
Reason(s) for decision:
The current contract expires on 30 April 2025 and a replacement cannot be procured in time.
Financial implications: the extension costs £90m over two years, within the approved budget.
Cabinet Committee recommendations and other consultation:
The proposed decision was discussed at the Environment & Transport
Cabinet Committee on 12 September 2024.
Any interest declared when the decision was taken: None
Signed: R Smith                                 Date: 08/10/2024`;

const out = 'fixtures/extra';
writeFileSync(join(out, 'kcc24-00093.digital.pdf'), makeTextPdf(COUNCIL.split('\n')));
const tmp = mkdtempSync(join(tmpdir(), 'docket-extra-'));
execFileSync('pdftoppm', ['-r', '200', '-gray', '-jpeg', '-jpegopt', 'quality=80', join(out, 'kcc24-00093.digital.pdf'), join(tmp, 'p')]);
writeFileSync(join(out, 'kcc24-00093.scanned.pdf'), makeScannedPdf(readFileSync(join(tmp, 'p-1.jpg'))));
