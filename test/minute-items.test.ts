// Minutes read as items (heading, lines, routine or not): the item that decides titles the paper and holds its decisions.
import { describe, expect, it } from 'vitest';
import { textPage } from '../src/checks/text-page.ts';
import { extractFromPages as analyse } from '../src/pipeline/extract-from-pages.ts';
import { buildContext } from '../src/layout/context.ts';

const record = (...pages: string[]) => analyse(pages.map((t, i) => textPage(i + 1, t))).extracted;
const items = (text: string) => buildContext([textPage(1, text)]).minutes.map((i) => [i.heading, i.routine, i.decides]);

const TOWN = [
  'Northway Town Council',
  '',
  'Minutes',
  '',
  '23/074 APOLOGIES FOR ABSENCE',
  'Apologies were received from Cllrs Lowe and Moss.',
  '',
  "23/075 DECLARATIONS OF MEMBERS' INTERESTS",
  'No member declared an interest.',
  '',
  '23/077 CONFIRMATION OF PREVIOUS MINUTES',
  'It was RESOLVED to approve the minutes of the meeting held 9th October.',
  '',
  '23/078 MARKET HALL REFURBISHMENT PROJECT',
  'It was noted that the council had secured grant funding to deliver the project.',
  '',
  'It was RESOLVED to:',
  '1. approve the refurbishment of the Market Hall as set out in the business case',
  '2. delegate authority to the Town Clerk to award contracts up to £30,000',
].join('\n');

describe('a paper of minutes', () => {
  it('is read as its numbered items, routine ones told apart', () => {
    expect(items(TOWN)).toEqual([
      ['APOLOGIES FOR ABSENCE', true, false],
      ["DECLARATIONS OF MEMBERS' INTERESTS", true, false],
      ['CONFIRMATION OF PREVIOUS MINUTES', true, true],
      ['MARKET HALL REFURBISHMENT PROJECT', false, true],
    ]);
  });
  it('is titled by the item that decides, not its routine first item, and its decisions are that item\'s', () => {
    const r = record(TOWN);
    expect(r.title).toBe('MARKET HALL REFURBISHMENT PROJECT');
    // (A minute's own number is no reference of the decision.)
    expect(r.reference).toBeNull();
    expect(r.recommendations.map((x) => x.text.slice(0, 20))).toEqual(['approve the refurbis', 'delegate authority t']);
  });
  it('reads ModernGov\'s headings over their "Minutes:" line, and the decisions of the item that decides past the last minutes approved', () => {
    const r = record(
      [
        'Northway District Council',
        '',
        'Grants Board – Agenda and minutes',
        '',
        'To Approve the Minutes from the Previous Meeting.',
        '',
        'Minutes:',
        '',
        'RESOLVED:',
        'That the minutes from the previous meeting held on 11 November 2023 be approved',
        '',
        'Financial Summary and Proposed Grant Awards.',
        '',
        'Minutes:',
        'The report sought approval to allocate grant funding in 2023/24. The budget for this year is £60,000.',
        '1. That the financial summary in 3.2 be noted.',
        '2. That a maximum grant of £8,000 towards the cost of eligible works for the restoration of the lamps be',
        'approved.',
        '3. That Members of the Board approve a grant of £6,937 towards the repairs of the village hall.',
      ].join('\n'),
    );
    expect(r.title).toBe('Financial Summary and Proposed Grant Awards');
    expect(r.recommendations.map((x) => x.text.slice(0, 20))).toEqual(['That the financial s', 'That a maximum grant', 'That Members of the ']);
  });
  it('of a whole meeting, many items of substance, is titled by none of them', () => {
    const agenda = Array.from({ length: 8 }, (_, k) => `${k + 10}. ${['Highways Update', 'Library Services Review', 'Parks Strategy', 'Waste Contract', 'Budget Monitoring', 'Youth Services', 'Housing Allocations', 'Planning Policy'][k]}\nThe Committee considered the report.\nRESOLVED that the report be noted${k === 3 ? ' and £40,000 be approved' : ''}.\n`);
    const r = record(['Northway County Council', '', 'Minutes of the meeting of the Cabinet held on 4 March 2025 at 10.00 am', '', '9. Apologies', 'There were none.', '', ...agenda].join('\n'));
    expect(r.title).not.toBe('Waste Contract');
  });
  it('is not what a report with numbered sections is', () => {
    expect(items('Report to Cabinet\n\n1. Purpose of the Report\nTo seek approval.\n\n2. Recommendations\nThat the grant be approved.')).toEqual([]);
  });
});
