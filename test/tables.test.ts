// The money tables of the record (extract/fields/tables.ts) and what each amount is for (extract/amount-subject.ts).
import { describe, expect, it } from 'vitest';
import { textPage } from '../src/checks/text-page.ts';
import { extractRecord } from '../src/extract/extract-record.ts';
import { subjectOf, yearOf } from '../src/extract/amount-subject.ts';

const tablesOf = (text: string) => extractRecord([textPage(1, text)]).record.tables;
const HEAD = '                 2017/18   2018/19   TOTAL\n                 £000      £000      £000\n';

describe('tables in the record', () => {
  it('reads unit, header, rows with their roles and the rows each total adds up', () => {
    const [t] = tablesOf(`${HEAD}Server           30        20        50\nTotal capital    30        20        50\nLicences         2.1       2.2       4.3\nTotal revenue    2.1       2.2       4.3\nTOTAL            32.1      22.2      54.3\n\nProse follows.`);
    expect(t).toMatchObject({ page: 1, unit: '£000', header: ['2017/18', '2018/19', 'TOTAL'], axis: 'column', certain: true, reason: null });
    expect(t!.rows.map((r) => [r.label, r.role, r.sumOf])).toEqual([
      ['Server', 'part', null],
      ['Total capital', 'subtotal', [0]],
      ['Licences', 'part', null],
      ['Total revenue', 'subtotal', [2]],
      ['TOTAL', 'total', [0, 2]],
    ]);
    expect(t!.rows[2]!.values).toEqual([2100, 2200, 4300]);
    expect(t!.rows[2]!.cells![0]).toMatchObject({ text: '2.1', box: expect.any(Object) });
  });
  it('reads plain pounds under a bare "£" in each column heading', () => {
    const [t] = tablesOf('                 2019/20 £    2020/21 £\nBracknell        136,091      136,091\nReading          457,814      457,814\nTotal            593,905      593,905\n\nProse follows.');
    expect(t).toMatchObject({ unit: '£', header: ['2019/20', '2020/21'] });
    expect(t!.rows.map((r) => [r.label, r.values])).toEqual([
      ['Bracknell', [136091, 136091]],
      ['Reading', [457814, 457814]],
      ['Total', [593905, 593905]],
    ]);
  });
  it('is uncertain when a line inside it was not read whole', () => {
    const [t] = tablesOf('                     Prior Years   2025-26   2026-27\n                     £000s         £000s     £000s\nAdult Social Care           3,939  549       515\nChildren             162,244       97,113    105,761\nTotal Cash Limit     166,183       97,662    106,276\n\nProse follows.');
    expect(t).toMatchObject({ certain: false, axis: 'column' });
    expect(t!.reason).toMatch(/not read whole: "Adult Social Care 3,939 549 515" \(figure 3,939 is not under any column\)/);
  });
  it('is uncertain when several columns are headed Total, or there is no total at all', () => {
    const [groups] = tablesOf('                 Core      External  Total     Core      External  Total\n                 £000      £000      £000      £000      £000      £000\nPay              50        5         55        60        0         60\nTOTAL            50        5         55        60        0         60\n\nProse follows.');
    expect(groups!.reason).toMatch(/2 columns are headed Total/);
    const [none] = tablesOf('                 2017/18   2018/19\n                 £000      £000\nServer           30        20\nLicences         2         2\n\nProse follows.');
    expect(none).toMatchObject({ axis: null, certain: false, reason: expect.stringMatching(/no Total row or column/) });
  });
  it('is uncertain when no reading of a total adds up and the readings differ', () => {
    const [t] = tablesOf('                 2017/18   2018/19\n                 £000      £000\nBase             100       110\n\nSPENDING\nPay              5         6\nPrices           3         4\nTOTAL SPENDING   99        99\n\nProse follows.');
    expect(t!.certain).toBe(false);
    expect(t!.reason).toMatch(/which rows "TOTAL SPENDING" adds up is not known/);
  });
  it('reads a total under a heading as the rows under that heading', () => {
    const [t] = tablesOf('                 2017/18   2018/19\n                 £000      £000\nBase             100       110\n\nSPENDING\nPay              5         6\nPrices           3         4\nTOTAL SPENDING   8         10\n\nProse follows.');
    expect(t).toMatchObject({ certain: true });
    expect(t!.rows.find((r) => r.role === 'total')!.sumOf).toEqual([1, 2]);
  });
});

describe('what a figure is for', () => {
  const at = (s: string) => {
    const m = /£[\d.,]+[mMkK]?/.exec(s)!;
    return [s, m.index, m.index + m[0].length] as const;
  };
  it('takes the phrase after the figure, else the one before it', () => {
    expect(subjectOf(...at('b. £435,000 running costs to enable the support for the solution'))).toBe('running costs');
    expect(subjectOf(...at('includes £150.3m of core funded spending growth (including -£0.8m'))).toBe('core funded spending growth');
    expect(subjectOf(...at('The required capital spend of £1.46m is funded in the capital plan.'))).toBe('capital spend');
    expect(subjectOf(...at('Coventry City Council: £136,617'))).toBe('Coventry City Council');
    expect(subjectOf(...at('resolved through £61.5m'))).toBeNull();
  });
  it('takes the nearest year or financial year of its clause, as printed, asides left out', () => {
    expect(yearOf(...at('Revenue costs of £0.4m in 2019/20 are funded'))).toBe('2019/20');
    expect(yearOf(...at('The draft budget for 2025-26 includes £200.1m (14.0% of the 2024-25 budget) of growth'))).toBe('2025-26');
    expect(yearOf(...at('£435,000 running costs over a 5-year period'))).toBeNull();
  });
});
