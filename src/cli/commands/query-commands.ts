import { existsSync, statSync } from 'node:fs';
import { DEFAULT_DB, openDbReadOnly, withDb } from '../../db/open-db.ts';
import { DocketError, EXIT } from '../../errors.ts';
import { ingest } from '../../ingest/ingest.ts';
import { diff } from '../../query/diff.ts';
import { findDecision } from '../../query/find-decision.ts';
import { listFlags } from '../../query/flags.ts';
import { loadRecord } from '../../query/load-record.ts';
import { search } from '../../query/search.ts';
import { renderDecision } from '../../query/show.ts';
import { spend } from '../../query/spend.ts';
import { runSql } from '../../query/sql.ts';
import { formatPounds } from '../../layout/money.ts';
import { choice, defineCommand, intOption, parse } from '../command.ts';
import { formatRows, parseDateOption, parseMoneyOption, ROW_FORMATS } from '../format.ts';

const out = (s: string) => process.stdout.write(s);
const common = { db: { type: 'string' as const }, format: { type: 'string' as const } };

export const searchCommand = defineCommand({ name: 'search', summary: 'full-text search over page text', usage: 'docket search "QUERY" [--db FILE] [--limit N] [--format table|json|csv]',
  help: 'FTS5 syntax is passed through (AND, OR, NEAR, "a phrase", prefix*); text that is not valid FTS5 is searched as plain words.\nHits show reference, title, page and a snippet with the match in [brackets], best first.',
  run: (argv) => {
    const { values, positionals } = parse(argv, { ...common, limit: { type: 'string' } }, searchCommand.usage);
    if (!positionals.length) throw new DocketError(`give a search query\nusage: ${searchCommand.usage}`, EXIT.usage);
    const format = choice(values.format, 'format', ROW_FORMATS, 'table');
    const hits = withDb(openDbReadOnly(values.db ?? DEFAULT_DB), (db) => search(db, positionals.join(' '), intOption(values.limit, 'limit', 50)));
    out(formatRows(hits.map(({ sha256, ...h }) => (format === 'table' ? h : { ...h, sha256 })), format));
    return EXIT.ok;
  },
});

export const showCommand = defineCommand({ name: 'show', summary: 'one decision as a readable summary (or its JSON record)', usage: 'docket show <reference|sha256|file> [--db FILE] [--format text|json]',
  help: 'Fields, amounts with pages, recommendations, exemptions and flags of one decision.',
  run: (argv) => {
    const { values, positionals } = parse(argv, common, showCommand.usage);
    if (positionals.length !== 1) throw new DocketError(`give one reference, SHA-256 or file\nusage: ${showCommand.usage}`, EXIT.usage);
    const format = choice(values.format, 'format', ['text', 'json'] as const, 'text');
    withDb(openDbReadOnly(values.db ?? DEFAULT_DB), (db) => {
      const rec = loadRecord(db, findDecision(db, positionals[0]!));
      out(format === 'json' ? JSON.stringify(rec, null, 2) + '\n' : renderDecision(rec));
    });
    return EXIT.ok;
  },
});

export const spendCommand = defineCommand({ name: 'spend', summary: 'totals of headline amounts by year, month or authority', usage: 'docket spend [--by year|month|authority] [--from DATE] [--to DATE] [--min AMOUNT] [--db FILE] [--format table|json|csv]',
  help: 'Groups decisions by their decision date (or authority) and sums their headline amounts; the decisions behind each total\nfollow it, largest first. DATE is YYYY, YYYY-MM or YYYY-MM-DD; AMOUNT like 250000, 500k or £1.2m.',
  run: (argv) => {
    const { values } = parse(argv, { ...common, by: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, min: { type: 'string' } }, spendCommand.usage);
    const format = choice(values.format, 'format', ROW_FORMATS, 'table');
    const groups = withDb(openDbReadOnly(values.db ?? DEFAULT_DB), (db) =>
      spend(db, { by: choice(values.by, 'by', ['year', 'month', 'authority'] as const, 'year'), from: parseDateOption(values.from, 'from'), to: parseDateOption(values.to, 'to', true), min: parseMoneyOption(values.min, 'min') }));
    if (format === 'json') out(JSON.stringify(groups, null, 2) + '\n');
    else if (format === 'csv') out(formatRows(groups.flatMap((g) => g.items.map((i) => ({ group: g.group, ...i }))), 'csv'));
    else {
      out(formatRows(groups.map((g) => ({ group: g.group, decisions: g.decisions, total: formatPounds(g.total) })), 'table'));
      for (const g of groups) {
        out(`\n${g.group}\n`);
        for (const i of g.items) out(`  ${formatPounds(i.amount).padStart(14)}  ${(i.reference ?? '—').padEnd(12)} ${i.decisionDate ?? '—'}  ${i.title ?? i.file}\n`);
      }
    }
    return EXIT.ok;
  },
});

export const flagsCommand = defineCommand({ name: 'flags', summary: 'list inconsistencies found, worst first', usage: 'docket flags [--db FILE] [--code C] [--severity error|warning|info] [--format table|json|csv]',
  help: 'Every flag raised by the checks, with the decision it belongs to and the pages of its evidence.',
  run: (argv) => {
    const { values } = parse(argv, { ...common, code: { type: 'string' }, severity: { type: 'string' } }, flagsCommand.usage);
    const format = choice(values.format, 'format', ROW_FORMATS, 'table');
    const severity = values.severity === undefined ? undefined : choice(values.severity, 'severity', ['error', 'warning', 'info'] as const, 'error');
    const rows = withDb(openDbReadOnly(values.db ?? DEFAULT_DB), (db) => listFlags(db, { code: values.code, severity }));
    out(formatRows(rows.map(({ sha256, ...r }) => (format === 'table' ? r : { ...r, sha256 })), format));
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

export const diffCommand = defineCommand({ name: 'diff', summary: 'compare two decisions field by field (a draft and a final)', usage: 'docket diff <A> <B> [--db FILE] [--format text|json] [--all]',
  help: 'A and B are each a PDF path (ingested on the fly if new) or an ingested reference / SHA-256 / file.\nReports fields, dates, amounts (paired by what they are for), recommendations, exemptions and section text that\nchanged, with the page on each side. --all also lists what stayed the same.',
  run: async (argv) => {
    const { values, positionals } = parse(argv, { ...common, all: { type: 'boolean' } }, diffCommand.usage);
    if (positionals.length !== 2) throw new DocketError(`give two decisions to compare\nusage: ${diffCommand.usage}`, EXIT.usage);
    const dbPath = values.db ?? DEFAULT_DB;
    const files = positionals.filter((p) => existsSync(p) && statSync(p).isFile());
    if (files.length) {
      const s = await ingest({ inputs: files, db: dbPath });
      if (s.ok) process.stderr.write(`ingested ${s.ok} new file(s) into ${dbPath}\n`);
      if (s.failed) throw new DocketError(`could not ingest ${s.failures.map((f) => `${f.file}: ${f.error}`).join('; ')}`, EXIT.completedWithFailures);
    }
    const format = choice(values.format, 'format', ['text', 'json'] as const, 'text');
    const result = withDb(openDbReadOnly(dbPath), (db) => diff(db, findDecision(db, positionals[0]!), findDecision(db, positionals[1]!), { all: values.all }));
    if (format === 'json') out(JSON.stringify({ a: { file: result.a.file, sha256: result.a.sha256, reference: result.a.reference }, b: { file: result.b.file, sha256: result.b.sha256, reference: result.b.reference }, changes: result.changes }, null, 2) + '\n');
    else {
      out(`A: ${result.a.file} (${result.a.reference ?? '?'})\nB: ${result.b.file} (${result.b.reference ?? '?'})\n`);
      if (!result.changes.length) out('no differences\n');
      for (const c of result.changes) {
        const pages = `p.${c.oldPage ?? '—'} → p.${c.newPage ?? '—'}`;
        out(`${c.change.padEnd(8)} ${c.kind.padEnd(14)} ${fmt(c.old)} → ${fmt(c.new)}  [${pages}]  ${c.what}\n`);
      }
    }
    return EXIT.ok;
  },
});

const fmt = (v: unknown) => {
  const s = v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 70 ? `${s.slice(0, 69)}…` : s;
};
