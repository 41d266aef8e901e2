import { describe, expect, it } from 'vitest';
import { findDates } from '../src/layout/dates.ts';
import { findMoney, roundingTolerance } from '../src/layout/money.ts';
import { normaliseReference } from '../src/extract/fields/reference.ts';
import { parseList, itemText } from '../src/layout/list-items.ts';
import type { Line } from '../src/layout/doc-lines.ts';

const money = (s: string) => findMoney(s).map((m) => [m.value, m.period, m.rangeEnd ?? null]);

describe('findMoney', () => {
  it('reads no unit in the next list marker set apart from a figure ("j. ... £7,800" then "k. St Mary\'s Church"), but keeps a spaced unit otherwise', () => {
    expect(findMoney('j. Cambridge Pringle Group, Haverhill £7,800 k. St Mary’s Church £6,925').map((m) => m.value)).toEqual([7800, 6925]);
    expect(findMoney('l) Hive CIC £10,000 m) Hundon Village Hall £2,480').map((m) => m.value)).toEqual([10000, 2480]);
    expect(findMoney('the scheme (£3 m) and').map((m) => m.value)).toEqual([3000000]);
    expect(findMoney('a cost of £5 m. The council').map((m) => m.value)).toEqual([5000000]);
  });
  it('reads a full stop printed for a thousands comma before the pence ("£1,248.790.69")', () => {
    expect(findMoney('in the sum of £1,248.790.69 for 2020/21')).toMatchObject([{ value: 1248790.69, repaired: true }]);
  });
  it("takes no initial of the next payee's name for a unit ('£344.06' over 'M F Anderton/Expenses')", () => {
    expect(findMoney('M F Anderton/Salary/June: – £344.06\nM F Anderton/Expenses/June: – £77.99').map((m) => m.value)).toEqual([344.06, 77.99]);
    expect(findMoney('Salary – £344.06 M F Anderton/Expenses – £77.99').map((m) => m.value)).toEqual([344.06, 77.99]);
    expect(findMoney('forecast to raise £36bn a year and £2.5M for the scheme').map((m) => m.value)).toEqual([36e9, 2.5e6]);
  });
  it('reads thousands parted by a comma and a stray space ("£2, 000", "£13, 527.20")', () => {
    expect(findMoney('AGREED a grant of £2, 000; in total £13, 527.20 was requested').map((m) => m.value)).toEqual([2000, 13527.2]);
    expect(findMoney('grants of £5, £10 and £20').map((m) => m.value)).toEqual([5, 10, 20]);
  });
  it('reads UK money as printed', () => {
    expect(money('The release of £1.164M Capital')).toEqual([[1164000, null, null]]);
    expect(money('£1.16m')).toEqual([[1160000, null, null]]);
    expect(money('a cost of £555k p.a. over')).toEqual([[555000, 'annual', null]]);
    expect(money('£87,000 per annum')).toEqual([[87000, 'annual', null]]);
    expect(money('an estimated annual value of £45m')).toEqual([[45000000, 'annual', null]]);
    expect(money('£2,447.9K')).toEqual([[2447900, null, null]]);
    expect(money('£0.4m in 2019/20')).toEqual([[400000, null, null]]);
    expect(money('£181,302 or above')).toEqual([[181302, null, null]]);
    expect(money('a grant of £2000 and £15000 p.a.')).toEqual([[2000, null, null], [15000, 'annual', null]]);
    expect(money('£1164M')).toEqual([[1164e6, null, null]]);
    expect(money('£1.5 million over four years')).toEqual([[1.5e6, null, null]]);
    expect(money('£0.5bn, £1,000,000.00 and GBP 5,000')).toEqual([[5e8, null, null], [1e6, null, null], [5000, null, null]]);
    expect(money('£250k per year, £100 per hour')).toEqual([[250000, 'annual', null], [100, null, null]]);
    expect(money('£10k–£20k')).toEqual([[10000, null, 'low'], [20000, null, 'high']]);
  });
  it('gives both ends of a range, the unit shared', () => {
    expect(money('between £15 – 30K for the server')).toEqual([[15000, null, 'low'], [30000, null, 'high']]);
    expect(money('£5m to £6m')).toEqual([[5e6, null, 'low'], [6e6, null, 'high']]);
  });
  it('reads thousands parted by a space, and no more than that', () => {
    expect(money('The quotation of £50 000 - received from the trust be accepted')).toEqual([[50000, null, null]]);
    expect(money('£1 250 000.50 in total')).toEqual([[1250000.5, null, null]]);
    expect(money('£50 2024 allocation')).toEqual([[50, null, null]]);
    expect(money('£15 – 300 for each')).toEqual([[15, null, 'low'], [300, null, 'high']]);
  });
  it('never takes numbers without a pound sign for money', () => {
    for (const s of ['160m reads per day', 'PCD 450', '2019/20', 'Article 2(2)(a)', 'section 4.13', 'from 12m to 21m reads']) expect(findMoney(s)).toEqual([]);
  });
  it('repairs unambiguous OCR slips and says so', () => {
    expect(findMoney('£1,l64')[0]).toMatchObject({ value: 1164, repaired: true });
    expect(findMoney('£2.O25m')[0]).toMatchObject({ value: 2025000, repaired: true });
    expect(findMoney('£555Kk p.a')[0]).toMatchObject({ value: 555000, period: 'annual' });
    expect(findMoney('£1.164M')[0]!.repaired).toBe(false);
  });
  it('reads pence printed after a comma as pence, and says it repaired them', () => {
    expect(findMoney('for £5,974,111,24 under the framework')).toMatchObject([{ value: 5974111.24, repaired: true }]);
    expect(findMoney('£1,250,000, and £3,000')).toMatchObject([{ value: 1250000 }, { value: 3000 }]);
  });
  it('knows the rounding of a printed figure', () => {
    expect(roundingTolerance('£1.16m', 1160000)).toBeCloseTo(5000);
    expect(roundingTolerance('£1.164M', 1164000)).toBeCloseTo(500);
    expect(roundingTolerance('£87,000', 87000)).toBeCloseTo(0.5);
  });
});

describe('findMoney: units run on or shared', () => {
  it('reads "£9.530 millionis" as millions, and gives "£1.573 and £1.297 million" the one unit, not "£2.50 and £3 million"', () => {
    expect(findMoney('the total project value of £9.530 millionis granted').map((m) => m.value)).toEqual([9530000]);
    expect(findMoney('anticipated ESF grant of £1.573 and £1.297 million from reserves').map((m) => m.value)).toEqual([1573000, 1297000]);
    expect(findMoney('a fee of £2.50 and £3 million of works').map((m) => m.value)).toEqual([2.5, 3000000]);
  });
});

describe('findDates', () => {
  const iso = (s: string) => findDates(s).map((d) => d.iso);
  it('reads UK day-month order, two-digit years, ordinals and month names', () => {
    expect(iso('Date 03/09/2018')).toEqual(['2018-09-03']);
    expect(iso('Date signed: 3/11/17')).toEqual(['2017-11-03']);
    expect(iso('on 22nd March 2018 and 31st Oct 2019')).toEqual(['2018-03-22', '2019-10-31']);
    expect(iso('Meeting 30/8/2018')).toEqual(['2018-08-30']);
    expect(iso('signed 2018-09-03, agreed 3rd of September 2018, 3-9-2018')).toEqual(['2018-09-03', '2018-09-03', '2018-09-03']);
    expect(iso('held on Thursday the 27thof July 2017 at 7.30 p.m.')).toEqual(['2017-07-27']);
  });
  it('reads a register\'s month first with no comma ("February 2 2019"), not a month before a financial year ("March 12 2019/20")', () => {
    expect(iso('Date decision made February 2 2019')).toEqual(['2019-02-02']);
    expect(iso('Cabinet report and minutes May 23 2018')).toEqual(['2018-05-23']);
    expect(iso('from March 12 2019/20 budget')).toEqual([]);
  });
  it('does not take financial years, section numbers or impossible dates for dates', () => {
    expect(iso('2019/20 and 2020/21')).toEqual([]);
    expect(iso('Paragraph 4.13 and 1.1.')).toEqual([]);
    expect(iso('31/02/2019')).toEqual([]);
    expect(iso('June 2029')).toEqual([]);
  });
});

describe('normaliseReference', () => {
  it('normalises spacing and case', () => {
    expect(normaliseReference('pcd450')).toBe('PCD 450');
    expect(normaliseReference('089 / 2017')).toBe('089/2017');
    expect(normaliseReference('DMPCD 2015 132')).toBe('DMPCD 2015 132');
    expect(normaliseReference('PCD-450')).toBe('PCD 450');
  });
  it('reads labelled references of other bodies', async () => {
    const { reference } = await import('../src/extract/fields/reference.ts');
    const { buildContext } = await import('../src/layout/context.ts');
    const { textPage } = await import('../src/checks/text-page.ts');
    const ref = (t: string) => reference.extract(buildContext([textPage(1, t)]), {});
    expect(ref('Decision Number: OPCC/2019/05\nTitle: Custody')).toBe('OPCC/2019/05');
    expect(ref('Report reference number: 089/2017')).toBe('089/2017');
    expect(ref('DECISION NO:\n24/00093')).toBe('24/00093');
    expect(ref('Decision Ref: PCC-DN-2019-04')).toBe('PCC-DN-2019-04');
    expect(ref('REQUEST FOR DMPC DECISION – PCD 450\nPCD May 2016')).toBe('PCD 450');
    expect(ref('MOPAC DECISION – DMPCD 2015 132')).toBe('DMPCD 2015 132');
  });
});

describe('parseList', () => {
  const lines = (text: string): Line[] =>
    text.split('\n').map((t, index) => ({ index, page: 1, text: t.replace(/^\|/, ''), start: 0, breakBefore: t.startsWith('|'), pageStart: index === 0 }));
  const items = (text: string) => parseList(lines(text)).map(itemText);

  it('nests sub-items in their parent and promotes items under a single introducing item', () => {
    const got = items('1. The Deputy Mayor is asked to:\ni) Approve £788K consisting of:\na. £353,000 capital; and\nb. £435,000 running costs.\nii) Approve the project.\niii) Approve procurement via the G-\nCloud Market Place.');
    expect(got).toHaveLength(3);
    expect(got[0]).toMatch(/^Approve £788K consisting of: a\. £353,000 capital; and b\. £435,000 running costs\.$/);
    expect(got[2]).toBe('Approve procurement via the G-Cloud Market Place.');
  });
  it('keeps a single item whose sub-items are its parties and their sums as one decision', () => {
    // OCR reads the bullets a text layer leaves out: the list is the one resolution either way.
    const got = items('1. that the following Community Grants be awarded:\n* £4,500 to Passion towards the Passion Youth Project;\n* £275 to Charnwood Safe, Well, Happy Partnership towards events;\n* £3,500 to Twenty Twenty towards the Love4Life project.');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^that the following Community Grants be awarded: • £4,500 to Passion/);
    // A decision paragraph that sets out its parties below it keeps them too; a short lead-in over them does not.
    expect(items('Subject to confirmation by each recipient, fund 12 applications. The grant recipients and amounts are as follows:\n• Alan Davie Awareness Campaign – £500\n• Drawing Voices Ltd – £500')).toHaveLength(1);
    expect(items('The Commissioner awards the following:\n• £25,000 to Catch22 for the project.\n• £2,371.78 to Surrey Police for materials.')).toHaveLength(2);
    // A single item that is a decision in itself keeps what it is comprised of.
    expect(items('1. That Cabinet agree to fund the full amount requested of £1,000,000 comprised of:\n* £1,000,000 of capital funding towards the Hub, paid in stages.\n* Including 5% to be held by the County Council until completion.')).toHaveLength(1);
    // Sub-items worded as decisions still give way.
    expect(items('1. The Deputy Mayor is asked to:\ni) Approve £5,000 to Passion;\nii) Approve £3,500 to Twenty Twenty.')).toHaveLength(2);
  });
  it('keeps an unmarked decision and the parties it lists as one item', () => {
    // Each row's last line stops short of the margin (rightEdge 0.4).
    const rows = lines('To roll forward two grants into the 2021/22 financial year for the following projects:\n|Bedale Town Council - Parade to RAF Leeming –\ntotal project cost £2,700, grant offer £1,300\nThirsk and District Business Association – Festival – total project cost\n£2,500, grant offer £1,000').map((l) => ({ ...l, rightEdge: /£1,300$/.test(l.text) ? 0.4 : 0.88 }));
    const got = parseList(rows).map(itemText);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^To roll forward two grants .* for the following projects: Bedale Town Council/);
  });
  it('reads a full stop before an item\'s first word as OCR\'s bullet', () => {
    expect(items('. The amendment to the contribution of up to £415,000.\n|. That the Combined Authority enters into a Funding Agreement.')).toEqual(['The amendment to the contribution of up to £415,000.', 'That the Combined Authority enters into a Funding Agreement.']);
  });
  it('starts an item at a bullet before a lower-case word once the item before has ended', () => {
    expect(items('The DMPC is asked to:\n« approve £714,564 for the award of grants for\n2017-18;\n« approve £12,874 in fees; and,\n« delegate authority to sign any grant agreements.')).toHaveLength(3);
    expect(items('The DMPC is asked to:\n. Allocate £96,000 to St Giles Trust.\n+ To approve the carry forward of £96,000.')).toHaveLength(2);
  });
  it('reads OCR\'s "(if)" and "(il)" as roman markers', () => {
    expect(items('The Combined Authority:\n(i) accepted the grant offer of £1m;\n(if) authorised all necessary steps; and\n(ii) requested regular reports.')).toEqual(['accepted the grant offer of £1m;', 'authorised all necessary steps; and', 'requested regular reports.']);
  });
  it('reads OCR\'s doubled bullets ("«+", "+.") and "€)" for "e)"', () => {
    expect(items('The DMPC is asked to:\n« Accept the £7m of grant funding.\n«+ Inline with the strategy, approve the award of £7.2m.\n+. note future plans.')).toEqual(['Accept the £7m of grant funding.', 'Inline with the strategy, approve the award of £7.2m.', 'note future plans.']);
    expect(items('d) That the supplier be invited to commence work.\n€) That the requirement to advertise is waived.')).toHaveLength(2);
  });
  it('gives a decision printed without its number its parts, and the next numbered decision its own', () => {
    const got = items('To agree to distribute £3.8m funds as follows:\n|« Birmingham City Council: £289,857\n« Coventry City Council: £136,617\n|2.2 Delegated authority for the Director to:\n|« Enter into the relevant documentation; and\n« Complete the contract documentation.');
    expect(got).toHaveLength(2);
    expect(got[0]).toMatch(/^To agree to distribute £3\.8m funds as follows: • Birmingham City Council: £289,857 • Coventry/);
    expect(got[1]).toMatch(/^Delegated authority for the Director to: • Enter into/);
  });
  it('ends an unnumbered decision at the form\'s next numbered heading in capitals', () => {
    expect(items('The approval of £3,500 to be granted to Codicote Tennis Club.\n2. DECISION TAKER\nExecutive Member - Community Engagement')).toEqual(['The approval of £3,500 to be granted to Codicote Tennis Club.']);
  });
  it('rejoins a bullet that only carries a wrapped line', () => {
    const got = items('The DMPC is recommended to approve:\n« The release of £1.164M funding to\n« connect the server.\n« The award of a contract.');
    expect(got).toEqual(['The release of £1.164M funding to connect the server.', 'The award of a contract.']);
  });
  it('splits unmarked items at sentence ends after an introduction', () => {
    const got = items('The DMPC is asked to\napprove:\n|The release of £1.164M Capital funding to\nconnect the server.\nInitiate tender action for a server\nplus support at £555k p.a.\nThe awarding of a contract.');
    expect(got.map((g) => g.split(' ').slice(0, 2).join(' '))).toEqual(['The release', 'Initiate tender', 'The awarding']);
  });
  it('stops at the signature block that follows', () => {
    expect(items('The DMPC is recommended to approve:\n|The release of £1.164M Capital funding.\nThe award of a contract.\n|I confirm I have considered whether or not I have any interest.\nThe above request has my approval.')).toHaveLength(2);
  });
  it('ends the last item where a grid of the page\'s fields follows it', () => {
    expect(items('Resolved:\n1. That the contract be awarded to William Gough Limited.\n2. That the exemptions be noted.\n|Report author\tPublication date\tDate of decision\nAnna Dumont\t08/12/2021\t08/12/2021')).toEqual(['That the contract be awarded to William Gough Limited.', 'That the exemptions be noted.']);
  });
  it('ends at the reasons that follow, in capitals too', () => {
    expect(items('(a) That a one-off payment be made to the Credit Union.\n(b) That the Managing Director be given delegated power.\n|REASONS – (a) Cabinet is a signatory to the goals.\n(b) The financial hardship faced by many people is rising.')).toHaveLength(2);
  });
  it('keeps a prose recommendation as one item', () => {
    expect(items('The Deputy Mayor is recommended to approve expenditure of £250,000 on the\nreplacement of body worn video cameras.\n|Background follows here.')).toHaveLength(1);
  });
});

describe('findMoney: ranges whose ends carry their own units', () => {
  it('reads "£50K - £1M" as a band from £50,000 to £1,000,000, and "-£23.0m -£22.2m" (a table\'s two columns) as two figures', () => {
    expect(money('Framework, Demolition £50K - £1M, following')).toEqual([[50000, null, 'low'], [1000000, null, 'high']]);
    expect(money('Net Savings/Income -£23.0m -£22.2m')).toEqual([[23000000, null, null], [22200000, null, null]]);
    expect(money('between £500 - £5,000')).toEqual([[500, null, 'low'], [5000, null, 'high']]);
  });
});
