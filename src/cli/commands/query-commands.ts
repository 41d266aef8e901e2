import { writeFile } from 'node:fs/promises';
import { CHART_BY, DEFAULT_DB, DEFAULT_TOP_RECIPIENTS, SPEND_BY, DocketError, EXIT, decisionFamily, findDecision, formatPounds, listFlags, loadRecord, openDbReadOnly, renderDecision, renderFamily, runSql, oneLine, planSearch, search, SEARCH_SYNTAX, spend, spendChartSvg, withDb, type ChartBy } from '../../index.ts';
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
    const limit = intOption(values.limit, 'limit', 50);
    const hits = withDb(openDbReadOnly(values.db ?? DEFAULT_DB), (db) => {
      const plan = planSearch(db, positionals.join(' '));
      if (!plan) throw new DocketError(`nothing to search for: give words or FTS5 syntax (${SEARCH_SYNTAX})`, EXIT.usage);
      if (plan.note) process.stderr.write(`docket search: ${plan.note}\n`);
      return search(db, plan.match, limit, { type });
    });
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

export const spendCommand = defineCommand({ name: 'spend', summary: 'totals of decisions\' headline amounts by year, financial year, month, authority, recipient or kind', usage: 'docket spend [--by year|fy|month|authority|recipient|kind] [--from DATE] [--to DATE] [--min AMOUNT] [--type T] [--db FILE] [--format table|json|csv] [--chart FILE.svg [--top N]]',
  help: `Groups decision records (each decision once: the signed, latest copy) by decision date, financial year (fy, April to March),\nauthority, recipient (where the decision states each one's sum; the rest "unattributed") or kind (capital / revenue), and sums\ntheir headline amounts; the decisions behind each total follow it, largest first, with the page of their evidence. DATE is YYYY, YYYY-MM or YYYY-MM-DD; AMOUNT like 250000, 500k or £1.2m.\n  ${TYPE_HELP}\n  --chart F    also draw the totals as an SVG bar chart (Vega-Lite), each bar labelled in pounds; --by ${CHART_BY.join('|')} only\n  --top N      with --by recipient: named recipients drawn before the rest fold into one bar (default ${DEFAULT_TOP_RECIPIENTS})`,
  run: async (argv) => {
    const { values } = parse(argv, { ...common, ...typeOption, by: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, min: { type: 'string' }, chart: { type: 'string' }, top: { type: 'string' } }, spendCommand.usage);
    const format = choice(values.format, 'format', ROW_FORMATS, 'table');
    const by = choice(values.by, 'by', SPEND_BY, 'year');
    const filters = { from: parseDateOption(values.from, 'from'), to: parseDateOption(values.to, 'to', true), min: parseMoneyOption(values.min, 'min'), type: typeFilter(values.type) };
    const chartBy = values.chart === undefined ? undefined : chartByOf(values.chart, by);
    const top = intOption(values.top, 'top', DEFAULT_TOP_RECIPIENTS);
    const groups = withDb(openDbReadOnly(values.db ?? DEFAULT_DB), (db) => spend(db, { by, ...filters }));
    if (chartBy) await writeChart(values.chart!, await spendChartSvg(groups, { ...filters, by: chartBy, top }));
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

/** The --by of a chart, checked before any work: only some groupings are drawn, and the file must be an SVG. */
function chartByOf(file: string, by: string): ChartBy {
  if (!(CHART_BY as readonly string[]).includes(by)) throw new DocketError(`--chart draws spend by ${CHART_BY.join(', ')}, not by ${by}: give --by ${CHART_BY.join('|')}, or --format csv to chart it elsewhere`, EXIT.usage);
  if (!/\.svg$/i.test(file)) throw new DocketError(`--chart writes an SVG image: give a file name ending in .svg, got "${file}"`, EXIT.usage);
  return by as ChartBy;
}

async function writeChart(file: string, svg: string): Promise<void> {
  try {
    await writeFile(file, svg);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    const userPath = ['ENOENT', 'ENOTDIR', 'EACCES', 'EPERM', 'EISDIR', 'EROFS'].includes(code);
    throw new DocketError(`cannot write the chart to ${file} (${code || oneLine(err)}): ${userPath ? 'give a path in a folder that exists and that you can write to' : 'free some space or choose another disk'}`, userPath ? EXIT.usage : EXIT.fatal);
  }
  process.stderr.write(`chart written to ${file}\n`);
}

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
