import { DEFAULT_DB, SPEND_BY, DocketError, EXIT, decisionFamily, findDecision, formatPounds, listFlags, loadRecord, openDbReadOnly, renderDecision, renderFamily, runSql, search, spend, withDb } from '../../index.ts';
import { choice, defineCommand, intOption, parse } from '../command.ts';
import { formatRows, parseDateOption, parseMoneyOption, ROW_FORMATS, TYPE_HELP, typeFilter } from '../format.ts';

const out = (s: string) => process.stdout.write(s);
const common = { db: { type: 'string' as const }, format: { type: 'string' as const } };
/** `--type decision`: only documents of one type (read from their content when ingested). */
const typeOption = { type: { type: 'string' as const } };

export const searchCommand = defineCommand({ name: 'search', summary: 'full-text search over page text', usage: 'docket search "QUERY" [--db FILE] [--limit N] [--type T] [--format table|json|csv]',
  help: `FTS5 syntax is passed through (AND, OR, NEAR, "a phrase", prefix*); text that is not valid FTS5 is searched as plain words.\nHits show reference, title, type, page and a snippet with the match in [brackets], best first.\n  ${TYPE_HELP}`,
  run: (argv) => {
    const { values, positionals } = parse(argv, { ...common, ...typeOption, limit: { type: 'string' } }, searchCommand.usage);
    if (!positionals.length) throw new DocketError(`give a search query\nusage: ${searchCommand.usage}`, EXIT.usage);
    const format = choice(values.format, 'format', ROW_FORMATS, 'table');
    const type = typeFilter(values.type);
    const hits = withDb(openDbReadOnly(values.db ?? DEFAULT_DB), (db) => search(db, positionals.join(' '), intOption(values.limit, 'limit', 50), { type }));
    out(formatRows(hits.map(({ sha256, ...h }) => (format === 'table' ? h : { ...h, sha256 })), format));
    return EXIT.ok;
  },
});

export const showCommand = defineCommand({ name: 'show', summary: 'one decision as a readable summary (or its JSON record)', usage: 'docket show <reference|sha256|file> [--db FILE] [--format text|json]',
  help: 'Fields, amounts with pages, recommendations, exemptions and flags of one decision, then its family: the papers\nthat belong with it (report, assessments, appendices, call-ins, minutes), the decisions it cites and the papers citing it.',
  run: (argv) => {
    const { values, positionals } = parse(argv, common, showCommand.usage);
    if (positionals.length !== 1) throw new DocketError(`give one reference, SHA-256 or file\nusage: ${showCommand.usage}`, EXIT.usage);
    const format = choice(values.format, 'format', ['text', 'json'] as const, 'text');
    withDb(openDbReadOnly(values.db ?? DEFAULT_DB), (db) => {
      const rec = loadRecord(db, findDecision(db, positionals[0]!));
      const family = decisionFamily(db, rec.sha256);
      out(format === 'json' ? JSON.stringify({ ...rec, family }, null, 2) + '\n' : renderDecision(rec) + renderFamily(family));
    });
    return EXIT.ok;
  },
});

export const spendCommand = defineCommand({ name: 'spend', summary: 'totals of decisions\' headline amounts by year, financial year, month, authority, recipient or kind', usage: 'docket spend [--by year|fy|month|authority|recipient|kind] [--from DATE] [--to DATE] [--min AMOUNT] [--type T] [--db FILE] [--format table|json|csv]',
  help: `Groups decision records (each decision once: the signed, latest copy) by decision date, financial year (fy, April to March),\nauthority, recipient (where the decision states each one's sum; the rest "unattributed") or kind (capital / revenue), and sums\ntheir headline amounts; the decisions behind each total follow it, largest first, with the page of their evidence. DATE is YYYY, YYYY-MM or YYYY-MM-DD; AMOUNT like 250000, 500k or £1.2m.\n  ${TYPE_HELP}`,
  run: (argv) => {
    const { values } = parse(argv, { ...common, ...typeOption, by: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, min: { type: 'string' } }, spendCommand.usage);
    const format = choice(values.format, 'format', ROW_FORMATS, 'table');
    const type = typeFilter(values.type);
    const groups = withDb(openDbReadOnly(values.db ?? DEFAULT_DB), (db) =>
      spend(db, { by: choice(values.by, 'by', SPEND_BY, 'year'), from: parseDateOption(values.from, 'from'), to: parseDateOption(values.to, 'to', true), min: parseMoneyOption(values.min, 'min'), type }));
    if (format === 'json') out(JSON.stringify(groups, null, 2) + '\n');
    else if (format === 'csv') out(formatRows(groups.flatMap((g) => g.items.map((i) => ({ group: g.group, ...i }))), 'csv'));
    else {
      out(formatRows(groups.map((g) => ({ group: g.group, decisions: g.decisions, total: formatPounds(g.total) })), 'table'));
      for (const g of groups) {
        out(`\n${g.group}\n`);
        for (const i of g.items) out(`  ${formatPounds(i.amount).padStart(14)}  ${(i.reference ?? '—').padEnd(12)} ${i.decisionDate ?? '—'}  ${i.page ? `p.${i.page}  ` : ''}${i.title ?? i.file}\n`);
      }
    }
    return EXIT.ok;
  },
});

export const flagsCommand = defineCommand({ name: 'flags', summary: 'list inconsistencies found, worst first', usage: 'docket flags [--db FILE] [--code C] [--severity error|warning|info] [--type T] [--format table|json|csv]',
  help: `Every flag raised by the checks, with the decision it belongs to, its document type and the pages of its evidence;\njson and csv add the explanation (the rows or phrases used and the arithmetic done).\n  ${TYPE_HELP}`,
  run: (argv) => {
    const { values } = parse(argv, { ...common, ...typeOption, code: { type: 'string' }, severity: { type: 'string' } }, flagsCommand.usage);
    const format = choice(values.format, 'format', ROW_FORMATS, 'table');
    const severity = values.severity === undefined ? undefined : choice(values.severity, 'severity', ['error', 'warning', 'info'] as const, 'error');
    const type = typeFilter(values.type);
    const rows = withDb(openDbReadOnly(values.db ?? DEFAULT_DB), (db) => listFlags(db, { code: values.code, severity, type }));
    out(formatRows(rows.map(({ sha256, explanation, ...r }) => (format === 'table' ? r : { ...r, explanation, sha256 })), format));
    return EXIT.ok;
  },
});

export const queryCommand = defineCommand({ name: 'query', summary: 'run read-only SQL against the database', usage: 'docket query "SQL" [--db FILE] [--format table|json|csv]',
  help: 'The connection is opened read-only: INSERT, UPDATE, DELETE and the like are refused and change nothing.\nBrowsable views: decisions, amounts_by_decision, flags_by_decision.',
  run: (argv) => {
    const { values, positionals } = parse(argv, common, queryCommand.usage);
    if (positionals.length !== 1) throw new DocketError(`give one SQL statement in quotes\nusage: ${queryCommand.usage}`, EXIT.usage);
    out(formatRows(runSql(values.db ?? DEFAULT_DB, positionals[0]!), choice(values.format, 'format', ROW_FORMATS, 'table')));
    return EXIT.ok;
  },
});
