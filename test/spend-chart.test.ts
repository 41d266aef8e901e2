// Spend charts: Vega-Lite specs drawn to SVG in Node, over a database made from the born-digital real fixtures
// (decisions of councils, PCCs, combined authorities and MOPAC, some naming their recipients), and `docket spend --chart`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDbReadOnly, withDb } from '../src/db/open-db.ts';
import { ingest } from '../src/ingest/ingest.ts';
import { formatPounds } from '../src/layout/money.ts';
import { spendChartSvg } from '../src/query/chart-svg.ts';
import { chartBars, spendChartSpec } from '../src/query/spend-chart.ts';
import { spend, UNATTRIBUTED, type SpendGroup } from '../src/query/spend.ts';
import { ROOT, tempDir } from './helpers.ts';

const REAL = join(ROOT, 'fixtures/real/pdf');
const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
/** The texts printed on the bars (Vega's text marks), in order. */
const barLabels = (svg: string) => [...svg.matchAll(/aria-roledescription="text mark"[^>]*>([^<]*)<\/text>/g)].map((m) => decode(m[1]!));
/** The labels of the category axis (the groups), in order. */
const axisLabels = (svg: string) => {
  const axes = [...svg.matchAll(/<g class="mark-text role-axis-label"[^>]*>(.*?)<\/g>/g)].map((m) => [...m[1]!.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((t) => decode(t[1]!)));
  return axes.find((labels) => !labels.some((l) => l.startsWith('£')))!;
};
const docket = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/docket.mjs'), ...args], { encoding: 'utf8', cwd: ROOT });

describe('spend charts over real decisions', () => {
  const dir = tempDir();
  const db = join(dir, 'chart.db');
  const groupsBy = (by: 'year' | 'fy' | 'recipient') => withDb(openDbReadOnly(db), (d) => spend(d, { by }));
  beforeAll(async () => {
    const inputs = readdirSync(REAL).filter((f) => f.endsWith('.digital.pdf')).map((f) => join(REAL, f));
    await ingest({ inputs, db, ocr: 'never' });
  }, 120_000);

  it('labels each year\'s bar with its total from the database, empty years drawn as £0', async () => {
    const groups = groupsBy('year');
    expect(groups.length).toBeGreaterThan(3);
    const svg = await spendChartSvg(groups, { by: 'year' });
    expect(XMLValidator.validate(svg)).toBe(true);
    const drawn = axisLabels(svg);
    expect(drawn).toEqual(expect.arrayContaining(groups.map((g) => g.group)));
    const totals = new Map(groups.map((g) => [g.group, g.total]));
    expect(barLabels(svg)).toEqual(drawn.map((year) => formatPounds(Math.round((totals.get(year) ?? 0) * 100) / 100)));
    const years = drawn.filter((y) => /^\d{4}$/.test(y)).map(Number);
    expect(years).toEqual(years.map((_, i) => years[0]! + i)); // consecutive: the gaps are shown
    expect(svg).toMatch(/Spend by year of decision/);
    expect(svg).toMatch(/Headline amounts of decision papers, each decision once/);
  });

  it('labels financial years April to March', async () => {
    const groups = groupsBy('fy');
    const svg = await spendChartSvg(groups, { by: 'fy' });
    expect(XMLValidator.validate(svg)).toBe(true);
    for (const g of groups) expect(barLabels(svg)).toContain(formatPounds(Math.round(g.total * 100) / 100));
    expect(axisLabels(svg).filter((l) => l !== 'undated').every((l) => /^\d{4}-\d{2}$/.test(l))).toBe(true);
  });

  it('draws the top recipients, folds the rest, puts unattributed last, and adds up to the spend by recipient', async () => {
    const groups = groupsBy('recipient');
    const named = groups.filter((g) => g.group !== UNATTRIBUTED);
    expect(named.length).toBeGreaterThan(5);
    const svg = await spendChartSvg(groups, { by: 'recipient', top: 5 });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(axisLabels(svg)).toEqual([...named.slice(0, 5).map((g) => g.group), `${named.length - 5} other recipients`, UNATTRIBUTED]);
    expect(barLabels(svg).slice(0, 5)).toEqual(named.slice(0, 5).map((g) => formatPounds(g.total)));
    const sum = (xs: { total: number }[]) => Math.round(xs.reduce((s, x) => s + x.total, 0));
    // Equal to the recipient groups' sum; not always to the headline total: a decision whose stated sums exceed its headline counts them.
    expect(sum(chartBars(groups, 'recipient', 5))).toBe(sum(groups));
    expect(barLabels(svg).at(-2)).toBe(formatPounds(Math.round(named.slice(5).reduce((s, g) => s + g.total, 0) * 100) / 100));
  });

  it('draws names from the database as text, never markup', async () => {
    const name = '<script>alert(1)</script> & "Sons" <img src=x onerror=alert(2)>';
    const groups: SpendGroup[] = [{ group: name, decisions: 1, total: 1234.5, items: [{ reference: 'X', title: null, decisionDate: null, amount: 1234.5, file: 'x.pdf', sha256: 'a'.repeat(64), page: 1 }] }];
    const svg = await spendChartSvg(groups, { by: 'recipient' });
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).not.toMatch(/<script|<img/i);
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(barLabels(svg)).toEqual(['£1,234.5']);
  });

  it('says what is counted and which filters applied', () => {
    const spec = spendChartSpec([], { by: 'recipient', from: '2021-01-01', min: 100000 }) as { title: { text: string; subtitle: string[] } };
    expect(spec.title.text).toBe('Spend by recipient');
    expect(spec.title.subtitle.join(' ')).toMatch(/Headline amounts of decision papers, each decision once.*split by recipient.*0 decision\(s\), £0 in all; from 2021-01-01, headline at least £100,000/is);
  });

  it('writes the chart from the CLI and still prints the table', () => {
    const file = join(dir, 'fy.svg');
    const run = docket('spend', '--by', 'fy', '--db', db, '--chart', file);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^group +decisions +total/);
    const svg = readFileSync(file, 'utf8');
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(barLabels(svg)).toEqual(expect.arrayContaining(groupsBy('fy').map((g) => formatPounds(Math.round(g.total * 100) / 100))));
  });

  it('refuses a grouping without a chart and a path it cannot write, before printing anything', () => {
    const month = docket('spend', '--by', 'month', '--db', db, '--chart', join(dir, 'm.svg'));
    expect([month.status, month.stdout]).toEqual([2, '']);
    expect(month.stderr).toMatch(/--chart draws spend by year, fy, recipient, not by month/);
    const nowhere = docket('spend', '--db', db, '--chart', join(dir, 'no/such/folder/c.svg'));
    expect([nowhere.status, nowhere.stdout]).toEqual([2, '']);
    expect(nowhere.stderr).toMatch(/cannot write the chart to .*c\.svg \(ENOENT\): give a path in a folder that exists/);
    expect(existsSync(join(dir, 'm.svg'))).toBe(false);
  });
});
