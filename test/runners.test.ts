import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentResult, ingest, openDbReadOnly, readRecords, runDocument, toRecord, withDb, type DecisionRecord } from '../src/index.ts';
import { fixturePdf, replayEngine, tempDir } from './helpers.ts';

/** A record with what differs between runs by nature (timing, when and where) taken out. */
const comparable = (r: DecisionRecord) => ({ ...r, files: [], provenance: { ...r.provenance, processedAt: '' } });

describe('one pipeline, thin runners', () => {
  // A mixed PDF: a scanned signed form (OCR, replayed) and digital pages.
  const name = 'pcd679.mixed.pdf';

  it('gives a plain, serialisable DocumentResult (JSON round trip keeps it whole)', async () => {
    const engine = replayEngine();
    const result = await runDocument(readFileSync(fixturePdf(name)), { ocr: 'auto', renderDpi: 300 }, { ocr: engine });
    expect(DocumentResult.parse(JSON.parse(JSON.stringify(result)))).toEqual(result);
    expect(result.pages.map((p) => p.source)).toEqual(['ocr', ...result.pages.slice(1).map(() => 'text')]);
    expect(result.extracted.reference).toBe('PCD 679');
  });

  it('gives the same record in-process (docket run) and through ingest and the single writer', async () => {
    const file = fixturePdf(name);
    const inProcess = toRecord(await runDocument(readFileSync(file), { ocr: 'auto', renderDpi: 300 }, { ocr: replayEngine() }), file);
    const db = join(tempDir(), 'd.db');
    await ingest({ inputs: [file], db, engine: replayEngine() });
    const [stored] = withDb(openDbReadOnly(db), (d) => [...readRecords(d)]);
    expect(comparable(stored!)).toEqual(comparable(inProcess));
  });
});
