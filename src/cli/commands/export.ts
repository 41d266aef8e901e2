import { DEFAULT_DB, EXIT, openDbReadOnly, readRecords, withDb } from '../../index.ts';
import { choice, defineCommand, parse } from '../command.ts';
import { toCsv, TYPE_HELP, typeFilter } from '../format.ts';

const usage = 'docket export [--db out/docket.db] [--format json|jsonl|csv] [--table documents|amounts|dates|recommendations|flags] [--type T] [--with-text]';
const OF_TYPE = '(@type IS NULL OR r.document_type = @type)';
/** What each --table exports: a browsable view or table with the decision's reference beside each row (@type: one document type, or null). */
const TABLES = {
  documents: 'SELECT * FROM decisions WHERE (@type IS NULL OR document_type = @type) ORDER BY file',
  amounts: `SELECT r.reference, a.* FROM amounts a LEFT JOIN records r USING (sha256) WHERE ${OF_TYPE} ORDER BY a.sha256, a.idx`,
  dates: `SELECT r.reference, x.* FROM dates x LEFT JOIN records r USING (sha256) WHERE ${OF_TYPE} ORDER BY x.sha256, x.idx`,
  recommendations: `SELECT r.reference, x.* FROM recommendations x LEFT JOIN records r USING (sha256) WHERE ${OF_TYPE} ORDER BY x.sha256, x.idx`,
  flags: `SELECT r.reference, x.* FROM flags x LEFT JOIN records r USING (sha256) WHERE ${OF_TYPE} ORDER BY x.sha256, x.idx`,
} as const;

export const exportCommand = defineCommand({
  name: 'export',
  summary: 'print every record in the export contract (JSON, JSON lines) or a table as CSV',
  usage,
  help: "Without --table: one record per ingested PDF (contract: shared/spec/record.md); --format csv gives the\ndecisions view. With --table: the rows of that table, each with its decision's reference.\n  --with-text  include each page's text in records\n  " + TYPE_HELP,
  async run(argv) {
    const { values } = parse(argv, { db: { type: 'string' }, format: { type: 'string' }, table: { type: 'string' }, type: { type: 'string' }, 'with-text': { type: 'boolean' } }, usage);
    const type = typeFilter(values.type) ?? null;
    const format = choice(values.format, 'format', ['json', 'jsonl', 'csv'] as const, 'json');
    const table = values.table === undefined ? undefined : choice(values.table, 'table', Object.keys(TABLES) as (keyof typeof TABLES)[], 'documents');
    withDb(openDbReadOnly(values.db ?? DEFAULT_DB), (db) => {
      const out = process.stdout;
      if (table || format === 'csv') {
        const rows = db.prepare(TABLES[table ?? 'documents']).all({ type }) as Record<string, unknown>[];
        if (format === 'csv') out.write(toCsv(rows));
        else if (format === 'jsonl') for (const r of rows) out.write(`${JSON.stringify(r)}\n`);
        else out.write(`${JSON.stringify(rows, null, 2)}\n`);
        return;
      }
      let first = true;
      if (format === 'json') out.write('[');
      for (const record of readRecords(db, { withText: values['with-text'], type: type ?? undefined })) {
        out.write(format === 'json' ? `${first ? '\n' : ',\n'}${JSON.stringify(record)}` : `${JSON.stringify(record)}\n`);
        first = false;
      }
      if (format === 'json') out.write(first ? ']\n' : '\n]\n');
    });
    return EXIT.ok;
  },
});
