import { DEFAULT_DB, DocketError, EXIT, loadRecord, openDbReadOnly, withDb, writeDocumentPack } from '../../index.ts';
import { defineCommand, parse } from '../command.ts';
import { pdfOf, resolveArgs } from './diff.ts';

const usage = 'docket evidence <reference|sha256|file> --out DIR [--db FILE]';

export const evidenceCommand = defineCommand({
  name: 'evidence',
  summary: 'an evidence pack of a document\'s flags: page crops with each value boxed, hashes, manifest, index.html',
  usage,
  help: `Writes into DIR, for every flag raised on the document: a PNG crop of each page region its evidence quotes, with
the words boxed in red; the quoted text and page numbers; the PDF's SHA-256 (checked against the file, which is
copied into DIR/pdf/) and the pipeline version; manifest.json (every file with its SHA-256) and index.html, which
opens in any browser. A PDF path is ingested first if new. For the changes between two documents, see
\`docket diff A B --evidence DIR\`.`,
  run: async (argv) => {
    const { values, positionals } = parse(argv, { db: { type: 'string' }, out: { type: 'string' } }, usage);
    if (positionals.length !== 1 || !values.out) throw new DocketError(`give one document and --out DIR\nusage: ${usage}`, EXIT.usage);
    const dbPath = values.db ?? DEFAULT_DB;
    const [sha] = await resolveArgs(dbPath, positionals, ['document']);
    const { record, path } = withDb(openDbReadOnly(dbPath), (db) => ({ record: loadRecord(db, sha!), path: pdfOf(db, sha!) }));
    const pack = await writeDocumentPack(record, path, values.out);
    process.stderr.write(`docket: evidence pack for ${pack.items} flag(s) of ${record.reference ?? record.file} written to ${pack.dir} (open index.html)\n`);
    process.stdout.write(`${pack.dir}/index.html\n`);
    return EXIT.ok;
  },
});
