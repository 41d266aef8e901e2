import { DEFAULT_DB, EXIT, EXTRACTOR_VERSION, openDb, reextractStale, withDb } from '../../index.ts';
import { defineCommand, parse } from '../command.ts';

const usage = 'docket extract [--db out/docket.db] [--all]';

export const extractCommand = defineCommand({
  name: 'extract',
  summary: 're-extract records and re-run the checks from stored pages (no PDF is read again)',
  usage,
  help: `Re-extracts every document whose record was made by another extractor version (this one: ${EXTRACTOR_VERSION}),\nor every document with --all. Pages, OCR and provenance are kept.`,
  run(argv) {
    const { values } = parse(argv, { db: { type: 'string' }, all: { type: 'boolean' } }, usage);
    const started = performance.now();
    const n = withDb(openDb(values.db ?? DEFAULT_DB), (db) => reextractStale(db, undefined, values.all ?? false));
    process.stderr.write(`re-extracted ${n} document(s) in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    return EXIT.ok;
  },
});
