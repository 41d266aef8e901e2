// Single columns of plain pounds (layout/money-column.ts): figures printed without "£" under a "£" heading or a payments lead-in.
import { describe, expect, it } from 'vitest';
import { textPage } from '../src/checks/text-page.ts';
import { extractRecord } from '../src/extract/extract-record.ts';

const recordOf = (text: string) => extractRecord([textPage(1, text)]).record;
const tableFigures = (text: string) => recordOf(text).amounts.filter((a) => a.section === 'table').map((a) => a.value);

describe('a column of plain pounds', () => {
  it('reads the figures under an "Organisation | £" heading, and a total row that is their sum', () => {
    const r = recordOf(
      'The Panel agreed the grants below.\n\nOrganisation                          £\nBridge Trust Thames Valley          500\nDrama for Fun                       320\nSequela Foundation                 1000\nTotal Proposed Awards              1,820\n\nThe remaining budget is noted.',
    );
    expect(r.amounts.filter((a) => a.section === 'table').map((a) => [a.subject, a.value])).toEqual([
      ['Bridge Trust Thames Valley', 500],
      ['Drama for Fun', 320],
      ['Sequela Foundation', 1000],
      ['Total Proposed Awards', 1820],
    ]);
    expect(r.tables[0]!.rows.map((x) => x.role)).toEqual(['part', 'part', 'part', 'total']);
  });
  it('keeps a party named with the word Total as a row, and reads a total only where it is the sum', () => {
    expect(tableFigures('Organisation                          £\nRising Sun                        35,000\nTotal Insight Theatre              9,507\nUprising Youth                    32,000\n\nProse follows.')).toEqual([35000, 9507, 32000]);
  });
  it('reads a payments lead-in over lines that end in figures, and takes their sum as the headline', () => {
    const r = recordOf(
      '7. Finance report\n\na. To approve the following payments:\nClerk’s expenses                        31.27\nK & P Services (Handyman)              120.00\nT J W Services (footpath cuts)         480.00\nBolingbroke Deanery (June magazine)    TBA\n\nb. Balances at bank: Current account £13,349.30',
    );
    expect(r.amounts.filter((a) => a.section === 'table').map((a) => a.value)).toEqual([31.27, 120, 480]);
    expect(r.amounts.some((a) => a.value === 13349.3)).toBe(true);
    expect(r.headlineAmount).toBe(631.27);
  });
  it('takes a grants column with its own total as the headline ("the following grants ...:-")', () => {
    const r = recordOf('The Committee agreed to make the following grants for 2014 in accordance with the Bequest:-\n\nThe Salvation Army            215\nThe Boys’ Brigade             150\nHome Start                    135\n                              500\n\nLord Provost, Convener.');
    expect(r.amounts.filter((a) => a.section === 'table').map((a) => a.value)).toEqual([215, 150, 135, 500]);
    expect(r.headlineAmount).toBe(500);
  });
  it('reads no years, lone digits or figures beside prose as pounds', () => {
    expect(tableFigures('The following payments were noted as in previous years:\nAnnual return for the year             2022\nAudit report received in               2023\n\nProse follows.')).toEqual([]);
    expect(tableFigures('Members considered the report and 12 questions were answered in 45 minutes.\nThe meeting closed at 9.30\n\nProse.')).toEqual([]);
    expect(tableFigures('Organisation                          £\nRising Sun                            1\nKent CrimeStoppers                    7\n\nProse follows.')).toEqual([]);
  });
  it('ends the column at a figure printed with its own pound sign (a budget line is prose)', () => {
    const r = recordOf('Ref   Organisation                          Award £\nWC1   Christ’s Pieces Residents            290\nWC2   Friends of Histon Road Cemetery      800\nBudget available                        £8,383\nTotal awards                            £1,740');
    expect(r.amounts.filter((a) => a.section === 'table').map((a) => a.value)).toEqual([290, 800]);
    expect(r.amounts.filter((a) => a.section === 'body').map((a) => a.value)).toEqual([8383, 1740]);
  });
});

describe('payees of a column of plain pounds', () => {
  it('are the rows under a payments lead-in, what each is for left off, salaries and expenses not, a sum to be advised null', () => {
    const r = recordOf('7. Finance report\n\na. Payment to be authorised:\n\nClerk’s expenses                                25.88\nSalaries (February)                            476.93\nK & P Services (Handyman – January)            120.00\nLIVES (defibrillator for primary school wall) 2027.88\nBolingbroke Deanery (June magazine)            TBA\n\nb. Balances at bank: Current account £8,007.31');
    expect(r.recipients.map((x) => [x.name, x.amount])).toEqual([
      ['K & P Services', 120],
      ['LIVES', 2027.88],
      ['Bolingbroke Deanery', null],
    ]);
  });
});
