import { DEFAULT_DB, openDbReadOnly, withDb } from '../../db/open-db.ts';
import { EXIT } from '../../errors.ts';
import { readRecords } from '../../export/export-records.ts';
import { choice, parse, wantsHelp, type Command } from '../command.ts';

const usage = 'docket export [--db out/docket.db] [--format json|jsonl] [--with-text]';

export const exportCommand: Command = {
  name: 'export',
  summary: 'print every record in the export contract (JSON array or JSON lines)',
  usage,
  async run(argv) {
    if (wantsHelp(argv)) {
      process.stdout.write(`${usage}\n\nPrints one record per ingested PDF on stdout (contract: shared/spec/record.md).\n  --with-text  include each page's text\n`);
      return EXIT.ok;
    }
    const { values } = parse(argv, { db: { type: 'string' }, format: { type: 'string' }, 'with-text': { type: 'boolean' } }, usage);
    const format = choice(values.format, 'format', ['json', 'jsonl'] as const, 'json');
    withDb(openDbReadOnly(values.db ?? DEFAULT_DB), (db) => {
      const out = process.stdout;
      let first = true;
      if (format === 'json') out.write('[');
      for (const record of readRecords(db, { withText: values['with-text'] })) {
        if (format === 'json') out.write(`${first ? '\n' : ',\n'}${JSON.stringify(record)}`);
        else out.write(`${JSON.stringify(record)}\n`);
        first = false;
      }
      if (format === 'json') out.write(first ? ']\n' : '\n]\n');
    });
    return EXIT.ok;
  },
};
