import { describe, expect, it } from 'vitest';
import { textPage } from '../src/checks/text-page.ts';
import { extractFromPages } from '../src/pipeline/extract-from-pages.ts';
import { recipientTableRows } from '../src/layout/recipient-tables.ts';
import { laidOutRecord, row } from './laid-out.ts';
import { layoutWords } from '../src/layout/page-text.ts';
import { cleanName, COLUMN_HEADING } from '../src/layout/recipient-phrases.ts';
import { realPages } from './helpers.ts';

const recipientsOf = (...pages: string[]) => extractFromPages(pages.map((t, i) => textPage(i + 1, t))).extracted.recipients.map((r) => [r.name, r.amount, r.role]);
/** Each recipient's name and sum, its role left aside. */
const namesAndSums = (...pages: string[]) => recipientsOf(...pages).map((r) => r.slice(0, 2));
/** Recipients (name and sum) of such a page. */
const laidOutRecipients = (page: ReturnType<typeof textPage>, laid: ReturnType<typeof row>) => laidOutRecord(page, laid).recipients.map((r) => [r.name, r.amount]);

describe('recipients: who gets the money, as named', () => {
  it('reads a supplier and its contract value from one sentence', () => {
    expect(recipientsOf('Recommendation\nThe DMPC is asked to approve the award of a direct call off contract to Vodafone, worth £2.025m, for mobile voice and data.')).toEqual([['Vodafone', 2025000, 'supplier']]);
  });

  it('reads two grantees from one sentence, each with its own sum', () => {
    expect(recipientsOf('Recommendation\n1. Approve a grant of £20,000 to LB Enfield and £20,000 to LB Haringey.')).toEqual([
      ['LB Enfield', 20000, 'grantee'],
      ['LB Haringey', 20000, 'grantee'],
    ]);
  });

  it('totals counted grants from figures in the same sentence', () => {
    expect(recipientsOf('Recommendation\n1. Approve 3 grants to the value of £30,000 each to Safer Business Network.')).toEqual([['Safer Business Network', 90000, 'grantee']]);
  });

  it('reads an allocation list under a lead-in', () => {
    const page = 'Summary\nThe funding will be awarded as below:\nHarbour Support Service - £60,000\nFoundation UK - £30,000\nMy Sisters Place - £30,000\n\nFurther text follows here.';
    expect(recipientsOf(page)).toEqual([
      ['Harbour Support Service', 60000, 'grantee'],
      ['Foundation UK', 30000, 'grantee'],
      ['My Sisters Place', 30000, 'grantee'],
    ]);
  });

  it('names no one for an unnamed party, and invents no sum', () => {
    expect(recipientsOf('Recommendation\n1. Approve the award of a contract to the recommended supplier, worth £400,000.')).toEqual([]);
    expect(recipientsOf('Recommendation\n1. Approve a budget of £1.2m for the programme.')).toEqual([]);
  });

  it('reads a table whose headings name the parties and the sums, leaving totals, deferrals and £0 out', () => {
    const page = [
      'Decision',
      'Approves grants for £31,000 as set out below:',
      'Organisation          District      £',
      'Oakley Village Hall   Hart          £5,000',
      'River Trust           Test Valley   DEFER',
      "Men's Shed            Havant        £0",
      'Acorn Community CIC   Winchester    £26,000',
      'Total                               £31,000',
    ].join('\n');
    expect(namesAndSums(page)).toEqual([
      ['Oakley Village Hall', 5000],
      ['Acorn Community CIC', 26000],
    ]);
  });

  it('reads plain figures under a "£" heading and a single-row table of applicants', () => {
    expect(namesAndSums('Resolved – That the following grant be approved.\nApplicant                Amount Granted\nRiverside Action Group   £7,000')).toEqual([['Riverside Action Group', 7000]]);
    const plain = ['Members considered the grant applications in the table below.', 'Ref   Organisation          Purpose   Award £', 'A1    Friends of the Park   Talks     290', 'A2    Canal Society         Signs     800'];
    expect(namesAndSums(plain.join('\n'))).toEqual([
      ['Friends of the Park', 290],
      ['Canal Society', 800],
    ]);
  });

  it('expands a short form the document defines, and reads "X was awarded £Y" and a contract awarded without its sum', () => {
    expect(namesAndSums('Summary\nGrowth Partners Limited (G&P) is the agency.\nRecommendation\n1. Approve the award of core grant funding to G&P up to £1,200,000.')).toEqual([['Growth Partners Limited', 1200000]]);
    expect(namesAndSums('Decision\nHillside Netball Club was awarded £1,000 towards start up costs.')).toEqual([['Hillside Netball Club', 1000]]);
    expect(namesAndSums('Chorley Council\nDecision made\nApproval of the award of the contract for resurfacing the road to Lancashire County Council.')).toEqual([['Lancashire County Council', null]]);
  });

  it('reads a list whose items wrap and carry a bracketed breakdown, and OCR bullets with dashes', () => {
    const wrapped = 'Minutes\nMembers noted the following three grants approved under delegated authority.\n\nPaxton Time Bank - £15,000 for a third and final year of support of the Development Manager role and costs\nsalary costs.\nParish Council of the Ascension - £7,500 over three years (£3,000; £2,250; £2,250)\ntowards the costs of a tutor.\nRoyal Gardening Society - £25,000 towards the running costs.';
    expect(namesAndSums(wrapped)).toEqual([
      ['Paxton Time Bank', 15000],
      ['Parish Council of the Ascension', 7500],
      ['Royal Gardening Society', 25000],
    ]);
    const ocr = 'Decision\nThe grant recipients and maximum amounts are as follows:\n« Alan Davie Campaign — £500\n« Fiona Martin — £500\n+ Good Neighbours – Rural Peterborough - £4,000 per annum';
    expect(namesAndSums(ocr)).toEqual([
      ['Alan Davie Campaign', 500],
      ['Fiona Martin', 500],
      ['Good Neighbours – Rural Peterborough', 4000],
    ]);
  });

  it('does not take the schemes of a bid listed "as follows" for recipients', () => {
    expect(recipientsOf('Decision\n(i) the proposed approach to bid for the Levelling Up Fund be approved as follows:\nCentral Gateway - £21.823m\nMaritime Corridor - £2.277m')).toEqual([]);
  });

  it('reads a schedule of applications: the applicant a decision awards, not the ones it rejects', () => {
    const page = [
      'Grants',
      'Applicant: Hillside Heritage CIC',
      'Project description: visits and workshops.',
      'Decision: Award grant of £9,800 (100%)',
      '',
      'Applicant: Valley Film Productions',
      'Project description: a film.',
      'Decision: Reject',
    ].join('\n');
    expect(namesAndSums(page)).toEqual([['Hillside Heritage CIC', 9800]]);
  });

  it('adds two sums given to one party, reads a bracketed sum before its party, and a contract awarded in the passive', () => {
    expect(namesAndSums('Decision\nApproval of initial grant of £28,049.50 and grant extension of £23,471.24 to Citizens Advice Dale.')).toEqual([['Citizens Advice Dale', 51520.74]]);
    expect(namesAndSums('Decisions\n1. Agree to award the remaining funding for this year (£22,710) to the Dale Advice Bureau as a one-off grant.')).toEqual([['Dale Advice Bureau', 22710]]);
    expect(namesAndSums('Sussex Council\nDecision\nThe officer approved that the contract to build seven fire appliances be awarded to Emergency One Ltd.')).toEqual([['Emergency One Ltd', null]]);
  });

  it('names the party a form\'s contractor field gives, without a sum it does not state', () => {
    const page = ['Contract Extension', 'Contract Reference: S1025', 'Title of Contracted Service: Postal Services', 'Name of Contractor: Northway Post Limited', 'Reason: the current contract ends in March.'].join('\n');
    expect(namesAndSums(page)).toEqual([['Northway Post Limited', null]]);
  });

  it('never takes a table\'s column heading beside "Applicant" for a party', () => {
    const page = ['Decision', 'to award funding to 2 applicants, totalling £4,039.30, as follows:', '', 'Applicant                          Recommendation', '1 Northway Youth Enterprise Award     £2,500.00     £2,500.00', '2 Northway Station Trust           Award     £1,539.30     £1,539.30'].join('\n');
    expect(recipientsOf(page).map((r) => r[0])).not.toContain('Recommendation');
  });

  it('gives a refused applicant nothing', () => {
    expect(recipientsOf('Decision\nRESOLVED: that members refused a contribution of up to £4,025 from the Capital budget to Foddington Residents.')).toEqual([]);
  });

  it('reads "a £100k grant to X" and a supplier appointed with the spend of its works', () => {
    expect(namesAndSums('Recommendation\n- Approve a £100k grant to British Transport Police and to note the allocation of £50k to City of London Police.')).toEqual([
      ['British Transport Police', 100000],
      ['City of London Police', 50000],
    ]);
    expect(namesAndSums('Decision\nThe report sought approval to appoint Cooper Clarke Limited to complete works to the bay doors, with a capital project spend of £451,163.')).toEqual([['Cooper Clarke Limited', 451163]]);
  });

  it('reads enumerated charities with bracketed sums, table rows that say "Awarded £X" past declined rows, and tenders accepted', () => {
    const charities = 'Decision\nb) Consider a one-off grant payment to the charities below:\n\ni. Police Charity for Children (£2,500)\n\nii. Royal Humane Society (£2,500)\n\niii. JAN Trust (£1,000)';
    expect(namesAndSums(charities)).toEqual([
      ['Police Charity for Children', 2500],
      ['Royal Humane Society', 2500],
      ['JAN Trust', 1000],
    ]);
    const rows = ['Appendix', 'Community grants awarded:', 'Town Crier Committee    Awarded £250', 'Neuromuscular Centre    Declined', 'Tatton Singers          Awarded £250'].join('\n');
    expect(namesAndSums(rows)).toEqual([
      ['Town Crier Committee', 250],
      ['Tatton Singers', 250],
    ]);
    expect(namesAndSums('Decision\n(i) The tender of Wates Construction Ltd in the sum of £10,303,306.91 be accepted;')).toEqual([['Wates Construction Ltd', 10303306.91]]);
  });

  it('names the other party of a contract awarded without its sum, but not a funder the body receives from', () => {
    expect(namesAndSums('Decision\nRESOLVED that the award of a call-off contract with Amazon Business until 23rd January 2027 be approved.')).toEqual([['Amazon Business', null]]);
    expect(recipientsOf('Decision\nDelegated approval to enter into a funding agreement with Sustrans and receive a grant of £508,609 for the route.')).toEqual([]);
  });

  it('takes the grant offered, not the project cost, from a bulleted line, and a supplier a contract appoints', () => {
    const page = 'Decision\nThe following grants are awarded:\n- Bedale Town Council - Parade – total project cost £2,700, grant offer £1,300\n- Thirsk Business Association – Festival – total project cost £2,500, grant offer £1,000';
    expect(namesAndSums(page)).toEqual([
      ['Bedale Town Council', 1300],
      ['Thirsk Business Association', 1000],
    ]);
    expect(namesAndSums('Decision\nThis Decision seeks approval to issue a contract to appoint Groundwork London as the Grant Fund Manager.')).toEqual([['Groundwork London', null]]);
  });

  it('names a provider appointed directly and a body the commissioner agrees to fund, without sums', () => {
    expect(namesAndSums('Decision:\nTo approve the suspension of the standing orders to enable the direct appointment of Emerging Futures to provide a specialised support service.')).toEqual([['Emerging Futures', null]]);
    expect(namesAndSums('Decision\nThe Commissioner has agreed to fund Blackpool Teaching Hospitals NHS Foundation Trust to continue to deliver Operation Provide.')).toEqual([['Blackpool Teaching Hospitals NHS Foundation Trust', null]]);
    expect(recipientsOf('Decision\nThe Panel approved the appointment of Councillor Smith to the Board.')).toEqual([]);
  });

  it('reads a list a sub-heading splits, items with a second sentence or a bracketed breakdown, and OCR bullets read as letters', () => {
    const page = [
      'Grants Approved under Delegated Authority',
      '',
      'The Committee received a report which advised Members of 6 expenditure items, totalling £11,650, presented for approval.',
      '',
      'o Aspire - £1,800 for the costs of an independent audit.',
      'Tax Volunteers – £2,850 for one year towards home visits.',
      'Cockpit Arts - £2,000 towards the wage costs of 1 Apprentice for 1 year.',
      'The national minimum wage must be paid.',
      'Vineyard Congregational Church - £5,000 for an access audit (£2,500) and the scheme designs (£2,500).',
      '',
      'Strategic Initiatives',
      '',
      'Human Trafficking Foundation – £22,500 to fund a feasibility study.',
      'St Edward’s Church and Development Project – £2,000 for the provision of an eco-audit.',
    ].join('\n');
    expect(namesAndSums(page)).toEqual([
      ['Aspire', 1800], ['Tax Volunteers', 2850], ['Cockpit Arts', 2000], ['Vineyard Congregational Church', 5000],
      ['Human Trafficking Foundation', 22500], ["St Edward's Church and Development Project", 2000],
    ]);
  });

  it('reads a table whose cells wrapped over several lines, the sum in a middle column', () => {
    // Rows as a text layer gives them when cells sit centred in their row: the row's lines overlap vertically.
    const page = textPage(1, 'RECOMMENDED:\nthat the following grants be made:');
    const laid = [
      ...row(0.554, [[32, '£162.50 subsidised']]), ...row(0.5635, [[11, 'Rotary Club'], [49, 'To cover the hire of the hall.']]), ...row(0.5715, [[32, 'letting']]),
      ...row(0.6722, [[11, 'Witney Fair Trade Action'], [49, 'To cover the hire for a fair-trade']]), ...row(0.6811, [[43, '£85.00']]), ...row(0.6891, [[11, 'Group'], [49, 'talk']]),
      ...row(0.7096, [[11, 'Witney Music Society'], [43, '£50.00 Towards artists fees']]),
    ];
    const got = laidOutRecipients(page, laid);
    expect(got).toEqual([['Rotary Club', 162.5], ['Witney Fair Trade Action Group', 85], ['Witney Music Society', 50]]);
  });

  it('reads a headed table of recipients whose cells wrapped, its figures printed without £ under a "£" heading', () => {
    const page = textPage(1, 'Funding recipients\nThe provision of funding is subject to the grant conditions.');
    const laid = [
      ...row(0.37, [[10, 'Organisation'], [35, 'Nature of Project'], [85, '£']]),
      ...row(0.4, [[35, 'Guiding Lights: support for girls']]), ...row(0.4095, [[10, 'Rising Sun and'], [35, 'at risk of harm'], [85, '35,000']]), ...row(0.4175, [[10, 'Choices'], [35, 'or exploitation']]),
      ...row(0.45, [[10, 'Total Insight Theatre'], [35, 'A drama about knife crime'], [85, '9 507']]),
    ];
    const got = laidOutRecipients(page, laid);
    expect(got).toEqual([['Rising Sun and Choices', 35000], ['Total Insight Theatre', 9507]]);
  });

  it('reads a grants table whose party wrapped over three lines, its sum in the column that says what was decided', () => {
    // A row's tallest cell wrapped over three lines: its middle line shares the row's baseline, and the row's number ran into it.
    const page = textPage(1, 'Decision:\nMembers agreed to award the grants as undernoted:-');
    const laid = [
      ...row(0.4, [[8, 'Ref No'], [15, 'Organisation'], [40, 'Grant 15/16'], [55, 'Amount Requested'], [75, 'Recommendation 2017']]),
      ...row(0.43, [[13, '1 Argyll Drama Festival*'], [40, 'n/a'], [55, '£785'], [75, '£470']]),
      ...row(0.4496, [[15, 'Islay and Jura']]), ...row(0.4638, [[13, '9 Community Enterprises'], [40, '£640'], [55, '£3,293'], [75, '£405']]), ...row(0.4781, [[15, 'Ltd']]),
      ...row(0.4968, [[13, '10 Heads Up'], [40, '£560'], [55, '£4,000'], [75, '£2,700']]),
    ];
    expect(laidOutRecipients(page, laid)).toEqual([['Argyll Drama Festival', 470], ['Islay and Jura Community Enterprises Ltd', 405], ['Heads Up', 2700]]);
  });

  it('approves the total of such a table\'s decided column, not a project\'s cost printed in its row', () => {
    const page = textPage(1, 'Decision:\nMembers agreed to award the grants as undernoted:-');
    const laid = [
      ...row(0.4, [[8, 'Ref No'], [15, 'Organisation'], [40, 'Total Project Cost'], [55, 'Amount Requested'], [75, 'Recommendation 2017']]),
      ...row(0.43, [[13, '1 Harbour Drama Festival'], [40, '£1,571'], [55, '£785'], [75, '£470']]),
      ...row(0.45, [[13, '2 Northfield Heritage Trust'], [40, '£35,300'], [55, '£4,000'], [75, '£3,000']]),
      ...row(0.47, [[13, '3 Upton Youth Band'], [40, '£3,500'], [55, '£1,500'], [75, '£1,000']]),
    ];
    const value = (a: unknown) => (a && typeof a === 'object' && 'value' in a ? (a as { value: number }).value : a);
    expect(value(laidOutRecord(page, laid).headlineAmount)).toBe(4470);
  });

  it('keeps a table row apart from a wrapped name under the row above it', () => {
    // "Forum*" half a line under its row, "Cantilena Festival on" half a line over the next: each stays with its own row.
    const page = textPage(1, 'Members agreed to award the grants as undernoted:-');
    const laid = [
      ...row(0.4, [[8, 'Ref No'], [15, 'Organisation'], [40, 'Grant 15/16'], [75, 'Recommendation 2017']]),
      ...row(0.42, [[15, 'Argyll and Bute Youth']]), ...row(0.427, [[13, '2'], [40, '£250'], [75, '£390']]), ...row(0.434, [[15, 'Forum*']]),
      ...row(0.4486, [[13, '3 Argyll Drama Festival*'], [40, 'n/a'], [75, '£470']]),
      ...row(0.4673, [[15, 'Cantilena Festival on']]), ...row(0.4743, [[13, '4'], [40, '£1,400'], [75, '£820']]), ...row(0.4813, [[15, 'Islay*']]),
    ];
    expect(laidOutRecipients(page, laid)).toEqual([['Argyll and Bute Youth Forum', 390], ['Argyll Drama Festival', 470], ['Cantilena Festival on Islay', 820]]);
  });

  it('reads a contract for a named service awarded to a company, and a sum that will be donated to a party', () => {
    expect(namesAndSums('Decision\nThat the award of a new Contract for Electrical Maintenance and Installation for a period of 12 months with two possible six-month extensions to Harbour and Blunt Electrical Ltd be approved.')).toEqual([['Harbour and Blunt Electrical Ltd', null]]);
    expect(namesAndSums('8. Donations\n8.2. It was agreed that £100 will be donated to Northway Hospice Trust.')).toEqual([['Northway Hospice Trust', 100]]);
  });

  it('reads a quote accepted from a named supplier, without its sum', () => {
    // (Beside a party paid a sum, so that no fallback for a lone party reads it.)
    expect(namesAndSums('8. Mowing\na) Council unanimously approved to accept the quote from Glendale for fortnightly mowing around the Green.\n\n9. Finance\na) Council approved payment of £141 to NALC for annual subscription.')).toEqual([['NALC', 141], ['Glendale', null]]);
  });

  it('reads a contract that "are awarded to" a party, as minutes sometimes word it', () => {
    expect(namesAndSums('RESOLVED - That:\nthe delegated approval for these works is accepted and that the contract for the works are awarded to Tarmac Trading Ltd')).toEqual([['Tarmac Trading Ltd', null]]);
  });

  it('does not name the deciding body by its initials, nor a page reference, and reads a capital M as millions', () => {
    expect(recipientsOf('LANCASHIRE COUNTY COUNCIL\n\nDecision\nAs part of the award LCC will receive £4.96M in 2023/24.')).toEqual([]);
    expect(recipientsOf('Decision\nResolved that authority is given to award a contract for the programme in accordance with Page 81 Agenda Item 8 The Procurement Regulations.')).toEqual([]);
    expect(namesAndSums('Decision\nThe Home Office grant of £1.5M goes to Positive Futures.')).toEqual([['Positive Futures', 1.5e6]]);
  });

  it('names the other party of a contract entered into, and no fund money is put into (a charity\'s own fund still is one)', () => {
    expect(namesAndSums('Decision\nNorth London Waste Authority has confirmed that it has entered into a new main waste contract with LondonWaste Ltd.')).toEqual([['LondonWaste Ltd', null]]);
    expect(recipientsOf('Decision\nThe Commissioner has made available £383,000 of funding to the Community Safety Fund.')).toEqual([]);
    expect(namesAndSums('Decision\nThe Commissioner has agreed that £1,000 be paid to the Police Mutual Welfare Fund.')).toEqual([['Police Mutual Welfare Fund', 1000]]);
  });

  it('reads names and sums that run on in one sentence without commas', () => {
    expect(namesAndSums('Grants awarded\n\nThose that were successful in receiving funding included: PACE Film - £5000 BRFM - £5000 Valleys Family Church Youth Club - £500 1st Magor Scout Group - £500.')).toEqual([
      ['PACE Film', 5000], ['BRFM', 5000], ['Valleys Family Church Youth Club', 500], ['1st Magor Scout Group', 500],
    ]);
  });

  it('names the party of a contract award in a heading and of a contract extended', () => {
    expect(namesAndSums('Contract Award to HP Contractors to create a new front counter\n\nThe works will start in May.')).toEqual([['HP Contractors', null]]);
    expect(recipientsOf('Decision\nThe request is to incur revenue expenditure in order to extend its existing contract with Health Management Ltd (HML) for one year.').map((r) => r[0])).toEqual(['Health Management Ltd (HML)']);
  });

  it('reads a payment that "be made to" a party', () => {
    expect(namesAndSums('Decision\nThat a one-off payment of £50,000 be made to the Darlington Credit Union in return for a deferred share.')).toEqual([['Darlington Credit Union', 50000]]);
  });

  it('does not take the object of a contract\'s purpose for its party', () => {
    expect(recipientsOf('Recommendation\n- The awarding of a contract to enable connectivity via VPN to the National ANPR Service via a compliant framework.')).toEqual([]);
  });

  it('reads list items whose sum wraps onto the next line, with no bullet drawn', () => {
    const page = [
      'Decision',
      'To roll forward two grants into the next financial year for the following projects:',
      '',
      'Bedale Town Council - Parade and Presentation of an Address to RAF Leeming –',
      'total project cost £2,700, grant offer £1,300',
      'Thirsk Business Association – Thirsk Festival – total project cost',
      '£2,500, grant offer £1,000',
    ].join('\n');
    expect(namesAndSums(page)).toEqual([
      ['Bedale Town Council', 1300],
      ['Thirsk Business Association', 1000],
    ]);
  });

  it('gives a supplier named without its sum the contract value its paragraph states', () => {
    expect(namesAndSums('Decision\nApproval of the award of the contract for cleaning to Brightway Services Ltd. The maximum value of the contract is £2,007,581.28 over two years.')).toEqual([['Brightway Services Ltd', 2007581.28]]);
  });

  it('reads a money table whose rows are the parties a passage says the money is given to, leaving what is retained', () => {
    const page = [
      'Community Safety Fund',
      'This year £2.7 million has been given in grants to county and unitary councils as follows:',
      '                 2019/20 £    2020/21 £',
      'Bracknell        136,091      136,091',
      'Reading          457,814      457,814',
      'Retained by PCC  303,948      303,948',
      'Total            897,853      897,853',
      '',
      'Prose follows.',
    ].join('\n');
    expect(namesAndSums(page)).toEqual([
      ['Bracknell', 136091],
      ['Reading', 457814],
    ]);
  });

  it('takes no recipient from background about an earlier decision, and reads an agreement awarded with the cost the paper notes', () => {
    const page = 'Greater London Authority\nDecision\nThat the Head of Finance approves a grant of £200,000 to the London Borough of Hackney.\n\nBackground\nSubsequently, under ADD337, consent was given to provide additional assistance of just over £1m to LB Hackney.';
    expect(namesAndSums(page)).toEqual([['London Borough of Hackney', 200000]]);
    const award = 'Decision\nI have approved the award of the Pre-Construction Services Agreement for the programme to Kier Construction North.\n\nI note the cost of this award is £323,501.';
    expect(namesAndSums(award)).toEqual([['Kier Construction North', 323501]]);
  });

  it('reads bracketed sums approved for parties, an invoice paid, and a sum granted from a budget to a party', () => {
    expect(namesAndSums('Resolved\n2. That letting requests be approved for Witney Jazz (£160), and Aspire (£70).')).toEqual([
      ['Witney Jazz', 160],
      ['Aspire', 70],
    ]);
    expect(namesAndSums('Minutes\n5. It was RESOLVED to pay Alastair Williams invoice of £198.00 for grass cutting.')).toEqual([['Alastair Williams', 198]]);
    expect(namesAndSums('1. DECISION TAKEN\nThe approval of £3,500 to be granted from the Rural Committee budget to Codicote Tennis Club to assist towards the cost of resurfacing.')).toEqual([['Codicote Tennis Club', 3500]]);
  });
});

describe('recipients named in other ways of saying who is paid', () => {
  it('reads parties that "will receive" or to whom a sum "goes", never "X and the Y" as one party, nor a body receiving from a funder', () => {
    expect(recipientsOf('Summary\n\nThe Safer Suffolk Partnership Board will receive £44,152. £85,000 goes to Positive Futures and the Youth Offending Service will receive £100,000.')).toEqual([
      ['Safer Suffolk Partnership Board', 44152, 'partner'],
      ['Positive Futures', 85000, 'other'],
      ['Youth Offending Service', 100000, 'other'],
    ]);
    expect(recipientsOf('Summary\nThe Council will receive £508,609 from the Department for Transport for the scheme.')).toEqual([]);
  });

  it('reads grantees reported as awarded, funding released to a party, and a sum with its breakdown before the party', () => {
    expect(recipientsOf('Summary\n\nCarers in Hertfordshire, who were awarded £1200 to purchase two mobile phones.')).toEqual([['Carers in Hertfordshire', 1200, 'grantee']]);
    expect(recipientsOf('Decision\n3. The release of £37.5k of funding to Hoylake Village Life CIC, to progress the project.')).toEqual([['Hoylake Village Life CIC', 37500, 'grantee']]);
    expect(recipientsOf('Decision\nTo provide grant assistance of £269,000 (made up of £200,000 capital and £69,000 revenue), to Groundwork London in 2015/16.')).toEqual([['Groundwork London', 269000, 'grantee']]);
    expect(recipientsOf('Summary\nThe project resulted in a loss of £1.3m of grant funding for Kent.')).toEqual([]);
  });

  it('reads a contractor after a purpose clause when its name says it is an organisation, and a descriptor before a name', () => {
    expect(recipientsOf('Decision\n1. That the award of the contract to deliver landscape works for Dickens Fields to Tilhill Forestry Ltd for a period of 31 weeks be approved.')).toEqual([['Tilhill Forestry Ltd', null, 'supplier']]);
    expect(recipientsOf('Decision\nThat the contract award to the web agency Spindogs is approved to the value of £71,750.00.')).toEqual([['Spindogs', 71750, 'supplier']]);
    expect(recipientsOf('Decision\nA D&B contract for the sum of £882,984.10 to be let to Ellison Construction Limited.')).toEqual([['Ellison Construction Limited', 882984.1, 'supplier']]);
  });
});

describe('recipients a sentence lists after an introduction', () => {
  it('gives each listed party the sum the introduction states, and a bracketed sum to the names it closes', () => {
    expect(recipientsOf('Summary\n\nThe 4 organisations receiving grants of £300 were: Breathe Easy Launceston and Area, CHICKS, Hawks Tor Netball Club and Southgate Colts Football Club.')).toEqual([
      ['Breathe Easy Launceston and Area', 300, 'grantee'],
      ['CHICKS', 300, 'grantee'],
      ['Hawks Tor Netball Club', 300, 'grantee'],
      ['Southgate Colts Football Club', 300, 'grantee'],
    ]);
    expect(recipientsOf('Summary\n\nThe organisations awarded their grant were: St Thomas, St Stephens and St Cuthbert Mayne (£250 each towards churchyard maintenance), Charles Causley Festival (£3,000), Launceston Carnival (up to £500).').map((r) => [r[0], r[1]])).toEqual([
      ['St Thomas', 250],
      ['St Stephens', 250],
      ['St Cuthbert Mayne', 250],
      ['Charles Causley Festival', 3000],
      ['Launceston Carnival', 500],
    ]);
  });

  it('takes names without sums from a recipients list, and nothing from a list of people that is not about money', () => {
    expect(recipientsOf('Summary\n\nAmong the 29 recipients were Bideford Street Pastors; Chardstock Community Shop; Exeter Hindu Centre.').map((r) => [r[0], r[1]])).toEqual([
      ['Bideford Street Pastors', null],
      ['Chardstock Community Shop', null],
      ['Exeter Hindu Centre', null],
    ]);
    expect(recipientsOf('Summary\n\nThe committee members were Cllr Smith, Cllr Jones and Cllr Brown.')).toEqual([]);
  });
});

describe('applications decided in minutes', () => {
  it('gives an applicant what the minute awards, and a deferred application nothing', () => {
    const page = 'Minutes\n\nB1) Cultural Awareness – request for £1,250 from the Centre for Research\nTo pay for four sessions.\nAGREED: that the application be deferred to allow additional information to be gained.\n\nB2) Igniting Hip Hop – request for £1,000 from 2Funcky Arts Ltd\nTo pay for a theatre project.\nAGREED: that £750 be awarded from the Ward Community Fund.';
    expect(recipientsOf(page)).toEqual([['2Funcky Arts Ltd', 750, 'grantee']]);
  });
  it('gives an application the minute considered what the decision under it awards "the group", and a refused one nothing', () => {
    const page = 'Minutes\n\n5a Northway Grammar School\n\nThe Trustees considered an application from Northway Grammar School.\n\nDecision\n\nThe Trustees agreed to award £1280.\n\n5b Northway Business Ltd\n\nMembers gave consideration to the application from Northway Business Ltd for funding to buy a mower.\n\nDecision\n\nThe Trustees agreed to award the group £2,000.00.\n\n5c Inpatient Services\n\nThe Trustees considered an application from Inpatient Services.\n\nDecision\n\nThe Trustees refused this application as it did not meet the criteria.';
    expect(recipientsOf(page)).toEqual([['Northway Grammar School', 1280, 'grantee'], ['Northway Business Ltd', 2000, 'grantee']]);
  });
  it('takes no applicant for a sum the decision gives someone else', () => {
    expect(recipientsOf('Minutes\n\nThe Trustees considered an application from Northway Grammar School.\n\nDecision\n\nThe Trustees agreed to award £1,280 to the Northway Parish Council.')).not.toContainEqual(['Northway Grammar School', 1280, 'grantee']);
  });
});

describe('more recipient shapes from decision records', () => {
  it('reads a tender received from a supplier, contracts (plural) awarded to one, and no party from a list of references', () => {
    expect(recipientsOf('Decision\n(i) That the tender received from Air Monitors Ltd in the sum of £175,998 is accepted; and')).toEqual([['Air Monitors Ltd', 175998, 'supplier']]);
    expect(recipientsOf('Decision\nApproval to award the construction contracts for completion of the Lichfield Southern Bypass to Amey LG in accordance with the Partnership.')).toEqual([['Amey LG', null, 'supplier']]);
    expect(recipientsOf('Decision\nThe grants are allocated as follows:\nReference COMF 2 - £97,608\nReference COMF 3 - £160,685\nReference COMF 4 - £40,922\n\nEnd.')).toEqual([]);
  });

  it('ends a listed name where its description starts', () => {
    expect(recipientsOf('Summary\n\nThe grants awarded were:\n- Doorway Wiltshire provides a drop-in service for homeless people - £3,000 for a support worker.\n- Salisbury Museum - £1,700 for a pilot project.\n\nEnd.').map((r) => [r[0], r[1]])).toEqual([
      ['Doorway Wiltshire', 3000],
      ['Salisbury Museum', 1700],
    ]);
  });
});

describe('donations and contracts whose sum comes late in the sentence', () => {
  it('reads a donation to a party and a contract whose tendered sum follows its purpose', () => {
    expect(recipientsOf('Decision\nAgree to make a charitable donation to Southwark Cathedral of up to £12,000 for their support.')).toEqual([['Southwark Cathedral', 12000, 'other']]);
    expect(recipientsOf('Decision\n1.2 Approved the awarding of a contract to Healthmatic for the provision and maintenance of temporary toilet facilities for a 3 year period for the tendered sum of £90,000.')).toEqual([['Healthmatic', 90000, 'supplier']]);
  });
});

describe('contributions released to a party, and kinds of party that are not named', () => {
  it('reads "£84,000 of S106 contributions be released to X", and no recipient from "Local Community Groups"', () => {
    expect(recipientsOf('Decision\nThat £84,000 of S106 Community Facilities contributions be released to Chidham and Hambrook Village Hall Management Committee for enhancements.').map((r) => [r[0], r[1]])).toEqual([['Chidham and Hambrook Village Hall Management Committee', 84000]]);
    expect(recipientsOf('Summary\n\nThe Commissioner awards over £50,000 to Local Community Groups across Gwent.')).toEqual([]);
  });
});

describe('news reports, late parties and labelled loans', () => {
  it('reads parties reported as having received or been awarded a sum, but not a body receiving from a funder', () => {
    expect(namesAndSums('Summary\n\nRiverside Youth Trust received £4,000 to run holiday clubs. The Hill Street Boxing Club also received £1,250 for equipment.')).toEqual([
      ['Riverside Youth Trust', 4000],
      ['Hill Street Boxing Club', 1250],
    ]);
    expect(namesAndSums('Summary\n\nThe 3rd Ambleside Guides applied for and were awarded £980.50 towards a camp.')).toEqual([['3rd Ambleside Guides', 980.5]]);
    expect(namesAndSums('Summary\n\nThe Northern Partnership received £2m from the Home Office last year.')).toEqual([]);
  });

  it('reads "an award of £N ... to X" with a period between, not across a clause that delegates to an officer', () => {
    expect(namesAndSums('Recommendation\n\nApprove a direct contract award of £120,500 p.a. covering the period 2024/25 – 2026/27 to Safe Streets Trust.')).toEqual([['Safe Streets Trust', 120500]]);
    expect(namesAndSums('Recommendation\n\nApprove the award of £250k, and to delegate the detailed scope to the Combined Authority Director of Transport.')).toEqual([]);
  });

  it('splits two parties that share one contract value (neither with a sum), and reads a supplier "with a value of"', () => {
    expect(namesAndSums('Recommendation\n\na. Laboratory Services contracts with Alpha Testing Ltd and Beta Science Ltd for up to 11 months with a total value of £3.1m;\nb. Toxicology Services to Gamma Labs Ltd for 11 months with a value of £0.4m;')).toEqual([
      ['Alpha Testing Ltd', null],
      ['Beta Science Ltd', null],
      ['Gamma Labs Ltd', 400000],
    ]);
  });

  it('reads a decision that starts on its verb ("Appoint X ... at a cost of"), a grant agreement with a party, and support "in support of" a party', () => {
    expect(namesAndSums('Decision\n\nAppoint Morgan Sindall to progress the design of the Dock Road bridge at a cost of £45,210.10 through the framework.')).toEqual([['Morgan Sindall', 45210.1]]);
    expect(namesAndSums('West Midlands Combined Authority\nDecision\n\n2. The Authority enter into a Grant Agreement with Dudley Council for the Metro Extension for £3.2m be approved;')).toEqual([['Dudley Council for the Metro Extension', 3200000]]);
    expect(namesAndSums('Decision\n\n(i) the provision of grant funding of up to £1,500,000 from the Growth Fund in support of Acme Chemicals’ new boiler plant;')).toEqual([['Acme Chemicals', 1500000]]);
  });

  it('names a party appointed or funded without a sum (amount null), never "Members"', () => {
    expect(namesAndSums('Decision\n\nRESOLVED - That the Council appoint Groundwork Trust to deliver the clean up scheme.')).toEqual([['Groundwork Trust', null]]);
    expect(namesAndSums('Summary\n\nThe Mayor approved a funding agreement to provide grant funding to Visit Greater Town over 3 years.')).toEqual([['Visit Greater Town', null]]);
    expect(namesAndSums('Summary\n\nThe report set out the allocations, with the available budget of £150,000, for Members’ consideration.')).toEqual([]);
  });

  it('reads a labelled borrower and the loan beside it in the same grid row, and an allocation field under a recipient', () => {
    // A grid: labels over their values, four cells a row (as a text layer gives a table).
    const words = [...row(0.3, [[10, 'Borrower'], [45, 'Scheme'], [60, 'District'], [80, 'Loan']], true), ...row(0.32, [[10, 'Fenwick Homes (Mill Lane) Ltd'], [45, 'Mill Lane'], [60, 'Wigan'], [80, '£1.2m']], false)];
    expect(extractFromPages([{ number: 1, source: 'text', ...layoutWords(words) }]).extracted.recipients.map((r) => [r.name, r.amount])).toEqual([['Fenwick Homes (Mill Lane) Ltd', 1200000]]);
    expect(namesAndSums('Summer Festival\n\nRecipient: Friends of Elm Park\n\n2019/20 Allocation: £1,500\n\nWinter Fair\n\nRecipient: Oak Lane Residents Association\n\n2019/20 Allocation: £350')).toEqual([
      ['Friends of Elm Park', 1500],
      ['Oak Lane Residents Association', 350],
    ]);
  });
});

describe('funding from a fund to a party, and two suppliers appointed together', () => {
  it('reads "£N of funding from the X Fund to Y", and funding provided to a party without its sum', () => {
    expect(namesAndSums('Decision\n\nThe Treasurer approved the allocation of £450,000 of funding from the Northway Combined Authority Pre-Development Fund to Eastbay Council to undertake design works.')).toEqual([['Eastbay Council', 450000]]);
    expect(namesAndSums('Northway Combined Authority\nPurpose\n\nTo provide pre-development funding to Eastbay Council to help the development of the scheme.')).toEqual([['Eastbay Council', null]]);
  });

  it('names both suppliers a decision appoints together, without sums', () => {
    expect(namesAndSums('Decision\n\nCabinet approved appointing Harbour Heating Ltd (HH) and Coastline Electrical Ltd (CE) to deliver the decarbonisation schemes.')).toEqual([['Harbour Heating Ltd', null], ['Coastline Electrical Ltd', null]]);
  });
});

describe('one party under two names', () => {
  it('takes "X Institute (XI)" and "University of Y X Institute (UYXI)" for one party, the recommendation\'s sum kept', () => {
    expect(namesAndSums('Recommendation\n\n1. Approve the payment of a grant to the Northway Crime Science Institute (NCSI) to the value of £264,700.\n\nSummary\n\nThe paper seeks approval to fund a grant payment of £246,700 to the University of Northway Crime Science Institute (UNCSI) for training.')).toEqual([['Northway Crime Science Institute (NCSI)', 264700]]);
  });
});

describe('agreements entered with funding, contracts after a long purpose, loans', () => {
  it('reads "£N of funding to enter into an agreement with X" and a contract awarded to X Ltd past a long purpose, for a total sum', () => {
    expect(namesAndSums('Recommendation\n\n- approve £2,100,500 of funding to enter into a regional agreement with Safe Harbour for the referral service;')).toEqual([['Safe Harbour', 2100500]]);
    expect(namesAndSums('Decision\n\ni) Approves the award of contract for the provision of additional classrooms at Eastbay Primary School and Westbay Primary School to Northway Builders Ltd for a total sum of £728,223.00.')).toEqual([['Northway Builders Ltd', 728223]]);
  });

  it('reads a contract whose purpose carries a numbered abbreviation ("No.1123"), and a loan provided from a fund (no sum)', () => {
    expect(namesAndSums('Decision\n\nAward of the contract for Mill Lane Culvert Strengthening (No.1123 and 1124) to Hillside Construction for £64,396 from the Revenue Budget.')).toEqual([['Hillside Construction', 64396]]);
    expect(namesAndSums('Northway Combined Authority\nDecision\n\nApproval is sought to provide a loan from the Flexible Growth Fund to Harbour Creative UK Ltd.')).toEqual([['Harbour Creative UK Ltd', null]]);
  });
});

describe('two named bodies sharing one grant', () => {
  it('names each of two trusts or associations that share a sum, with no sum of its own', () => {
    expect(namesAndSums('Northway Council\nDecision\n\n(iii) instructs the Chief Officer to enter into a grant agreement with Eastbay Development Trust and Westbay Housing Association for up to £1,408,965 for the school project.')).toEqual([['Eastbay Development Trust', null], ['Westbay Housing Association', null]]);
  });
});

describe('names with abbreviations, and a tender sum described', () => {
  it('does not end a sentence at "St." inside a name, and reads "the tender of X in the notional tender sum of £N"', () => {
    expect(namesAndSums('Northway City Council\nDecision\n\n(i) Subject to planning approval approved a capital grant of £140,000 to St. Mary’s Hall Management Committee towards improvements to the hall.')).toEqual([['St. Mary’s Hall Management Committee', 140000]]);
    expect(namesAndSums('Northway City Council\nDecision\n\n(i) The tender of Harbour Services Ltd in the notional tender sum of £3,703,921.37 be accepted.')).toEqual([['Harbour Services Ltd', 3703921.37]]);
  });
});

describe('sums given in more wordings', () => {
  it('reads "£N has been awarded to X", "the allocation of £N of a budget ... to X" and "the contract award for Lot 1 to X"', () => {
    expect(namesAndSums('Eastshire PCC\nGrants 2019\n\n£412,730 has been awarded to Harbour Victim Care, renewing the referral service.')).toEqual([['Harbour Victim Care', 412730]]);
    expect(namesAndSums('Recommendation\n1. The allocation of £86,500 of VRU 2021/22 core budget for spend in 2022/23 to Street Doctors Network to run workshops in four boroughs.')).toEqual([['Street Doctors Network', 86500]]);
    expect(namesAndSums('Decision\n\nThis decision notice relates to the contract award for Lot 2 to Brightclean.')).toEqual([['Brightclean', null]]);
  });
});

describe('names with a trading name', () => {
  it('keeps "T/A" inside a name ("Harbourside T/A HBX")', () => {
    expect(namesAndSums('Decision\n\nApprove the award of contract for protective equipment to Harbourside T/A HBX for £84,000.')).toEqual([['Harbourside T/A HBX', 84000]]);
  });
});

describe('the party supplied is not the supplier', () => {
  it('does not take A of "a contract for the supply of services to A ... by B" for the supplier', () => {
    expect(namesAndSums('Summary\n\nThis paper seeks approval to award a contract for the supply of data services to the Regional Police Board (RPB) by Harbour Data Services for a three year term at a cost of up to £1,200,000.')).toEqual([]);
    expect(namesAndSums('Summary\n\nThis paper seeks approval to award a contract for the supply of data services to Harbour Data Services Ltd at a cost of up to £1,200,000.')).toEqual([['Harbour Data Services Ltd', 1200000]]);
  });
});

describe('a party approved and funded', () => {
  it('reads "X (ref) be approved and partially funded £N of the £M requested"', () => {
    expect(namesAndSums('Decision\n\n1. That Harbourside Community Trust (QWERTY12) be approved and partially funded £45,000 of the £60,000 requested.')).toEqual([['Harbourside Community Trust (QWERTY12)', 45000]]);
  });
});

describe('suppliers named in a list, and an award dated before its party', () => {
  it('reads each supplier of "accepted tenders from A & Son Ltd, B Ltd and C Ltd", and "be awarded in January 2017 to X Ltd"', () => {
    expect(namesAndSums('Decision\n\nThe Commissioner has accepted tenders from Harbour & Sons Ltd, Quayside Panels Ltd and Westbay Motors Ltd for a contract for vehicle repairs.')).toEqual([['Harbour & Sons Ltd', null], ['Quayside Panels Ltd', null], ['Westbay Motors Ltd', null]]);
    expect(namesAndSums('Decision\n\n2. That a contract for Rescue Vehicles be awarded in March 2018 to Northway Fire Engineering Ltd for a two phase trial.')).toEqual([['Northway Fire Engineering Ltd', null]]);
  });
});

describe('sums "up to" a party, and a grants list labelled by party', () => {
  it('reads "award X up to £N", "the award of up to £N ... to X" and "X (Area): Awarded £N"', () => {
    expect(namesAndSums('Summary\n\nThis decision seeks approval to award Harbour Advocacy up to £120,000 additional funding in 2024/25.')).toEqual([['Harbour Advocacy', 120000]]);
    expect(namesAndSums('Recommendation\n1. Approve the award of up to £120,000 additional funding in 2024/25 to Harbour Advocacy to support victims.')).toEqual([['Harbour Advocacy', 120000]]);
    expect(namesAndSums('Community Fund awards\nThe Commissioner made these awards: Northway Family Project (Countywide): Awarded £6,210 to support families.')).toEqual([['Northway Family Project (Countywide)', 6210]]);
  });

  it('names the supplier a contract is awarded to past a long purpose, a preferred or existing supplier, and a party paid, without sums', () => {
    expect(namesAndSums('Purpose\nThis report seeks approval of the award of contract for the Mental Health Individual Placement and Support employment services contract to Harbour Housing and Support.')).toEqual([['Harbour Housing and Support', null]]);
    expect(namesAndSums('Decision\nThe Cabinet authorised the Assistant Director to award to Northway Meals a community meals service contract on the terms set out.')).toEqual([['Northway Meals', null]]);
    expect(namesAndSums('Decision\nb) To approve Northway Consulting as the Council’s preferred supplier.')).toEqual([['Northway Consulting', null]]);
    expect(namesAndSums('Decision\nTo provide food vouchers to eligible families for the half-term holidays, using existing supplier Northway Vouchers.')).toEqual([['Northway Vouchers', null]]);
    expect(namesAndSums('Decision\nApproval is sought to approve an additional payment to The Northway Works (the procured operator) due to increased costs.')).toEqual([['Northway Works', null]]);
    // A contract for works to a road names no one.
    expect(recipientsOf('Purpose\nThis report recommended award of a contract for the construction of a series of major public realm and highway improvements to the A554 Tower Road.')).toEqual([]);
  });

  it('reads "£N was awarded to the charity X", "X will receive a grant of £N" and "a grant of £N helped X"', () => {
    expect(namesAndSums('Decision\nIn 2019-20 £777,391 was awarded to the charity Northway Victims First, which supports victims.')).toEqual([['Northway Victims First', 777391]]);
    expect(namesAndSums('Decision\nThe Northway Foundation will receive a grant of £47,200 for bridge funding.')).toEqual([['Northway Foundation', 47200]]);
    expect(namesAndSums('News\nA recent grant of £1,185 helped Northway Church print 500 guidebooks.')).toEqual([['Northway Church', 1185]]);
  });

  it('reads a sum allocated over years, "as funding to X", "X who received £N", a supplier bought from and a consultant commissioned', () => {
    expect(namesAndSums('Recommendation\nAgree funding of £450,000 between 2019/20-2021/22 to be allocated to Northway Challenge to support the programme.')).toEqual([['Northway Challenge', 450000]]);
    expect(namesAndSums('Summary\nCouncillors of Norbreck Ward have requested £1,550 as funding to Northway Primary Academy to help the choir travel.')).toEqual([['Northway Primary Academy', 1550]]);
    expect(namesAndSums('Grants\nProjects funded include: Northway Street Angels who received £5733 to help support vulnerable people.')).toEqual([['Northway Street Angels', 5733]]);
    expect(namesAndSums('Decision:\nThe acquisition of furniture for the Council Chamber at a cost of £54,000 from within the agreed budget from Northway Removals Ltd.')).toEqual([['Northway Removals Ltd', 54000]]);
    expect(namesAndSums('Decision\nThe portfolio holder agreed that 1. Northway Partnerships be commissioned to provide the council with an assessment.')).toEqual([['Northway Partnerships', null]]);
  });

  it('names no sector and no department of the body itself', () => {
    expect(recipientsOf('Decision\n2) That approval be given to the sum of £357,000 to be awarded to the VCSE sector through the fund.')).toEqual([]);
    expect(recipientsOf('Decision\nThe Councillors requested £278.16 to be paid to the Highways Department for the works.')).toEqual([]);
  });

  it('names the party whose programme funding goes towards, and the party of an agreement that allocates a sum', () => {
    expect(namesAndSums('Executive summary\nThis decision requests approval for the allocation of £500k of VRU funding towards the Northway Youth Trust’s programme of summer activity.')).toEqual([['Northway Youth Trust', 500000]]);
    expect(namesAndSums('Recommendation\nThe Deputy Mayor is recommended to approve entering into a Service Level Agreement with the Northway Youth Trust, allocating £0.5m of VRU funding towards its fund.')).toEqual([['Northway Youth Trust', 500000]]);
  });

  it('reads a tender accepted at a cost and a consultant commissioned through a contract award, without the company number, and totals no sum an item only notes', () => {
    expect(namesAndSums('RESOLVED:\n1. Accept the tender from B & Q Building Ltd to demolish and construct the two new Community Buildings at a total cost of £819,485.21 following a procurement exercise.')).toEqual([['B & Q Building Ltd', 819485.21]]);
    const r = extractFromPages([textPage(1, 'Decision:\n1. Agreed to award the sum of up to £14,750.00 to Northway Volunteers CIC (Company Registration Number 12229933) to deliver the programme.\n2. Noted the intention to commission Northway Cities Ltd (Company Registration Number 09765525) to assist in the delivery of the programme, through a contract award of up to £9,250.')]).extracted;
    expect(r.recipients.map((x) => [x.name, x.amount])).toEqual([['Northway Volunteers CIC', 14750], ['Northway Cities Ltd', 9250]]);
    expect(r.headlineAmount).toBe(14750);
  });
});

describe('a company a contract or award sentence pays, when no wording above reads it', () => {
  it('reads a company after "to" or "with" in a sentence that awards or pays, with the sentence\'s one sum', () => {
    expect(recipientsOf('Decision\nTo direct award this contract through the framework for a two-year period to Northgate Recycling LTD at a budgeted cost of £95,000.')).toEqual([['Northgate Recycling LTD', 95000, 'supplier']]);
    expect(recipientsOf('Decision\nApproves the award of contract for Lot 2 (Street Lighting) to, Brightlamp Solutions Limited, for a total contract sum of £450,000.25;')).toEqual([['Brightlamp Solutions Limited', 450000.25, 'supplier']]);
  });

  it('reads a company set between dashes before its sum in a sentence that awards', () => {
    expect(namesAndSums('Decision\nTo award a Youth Grant funding in relation to the Area Board as follows: Young People\'s Grant ABG2024 – Bright Girls CIC – £1,800 towards youth activities.')).toEqual([['Bright Girls CIC', 1800]]);
  });

  it('leaves a limit aside when it finds the sentence\'s one sum, and reads no company a sentence only mentions', () => {
    expect(namesAndSums('Decision\nTo waive the Contract Standing Order requiring tenders for contracts over £100,000 for services under an Agreement with Riverside Traders Ltd, to pay £72,500 for services delivered.')).toEqual([['Riverside Traders Ltd', 72500]]);
    expect(recipientsOf('Summary\nThe budget covers the management of the contract with Harbour Legal Ltd for legal advice and services.')).toEqual([]);
  });

  it('gives a party a pattern names without its sum the one sum of its sentence', () => {
    expect(namesAndSums('Decision\n3. Expenditure up to a maximum of £9,000 (excluding VAT) to procure the services of Jane Holt to chair the review.')).toEqual([['Jane Holt', 9000]]);
    expect(namesAndSums('Decision\nTo incur expenditure of up to £2,400,000 in order to extend its existing contract with Harbour Health Ltd for two years.')).toEqual([['Harbour Health Ltd', 2400000]]);
  });

  it('reads the party of a contract whose kind takes several words, with the sentence\'s one sum', () => {
    expect(recipientsOf('Decision\nConsents to the commitment of £4.2 million by the Commissioner for the award of a vehicle tracking and associated services contract with Fleetwise Business Solutions.')).toEqual([['Fleetwise Business Solutions', 4200000, 'supplier']]);
  });

  it('takes a name printed once in full and once shorter for one party', () => {
    expect(namesAndSums('Decision\n1. Approve a loan of £128,000 to Original Sunrise Island Bakery Limited.\n\n2. Approve the appointment of Original Sunrise Bakery Limited to provide the catering.')).toEqual([['Original Sunrise Island Bakery Limited', 128000]]);
  });
});

describe('sums that will be made to a party, and a party\'s share of a named fund', () => {
  it('reads "the £N grant can be made in two instalments to X", "£N is to be provided to X" and "£N of the 2018/19 LGF to X"', () => {
    expect(namesAndSums('Decision:\nThe Cabinet Members agree that the £150K grant can be made in two instalments to Riverside Lido Trust in line with the budget.')).toEqual([['Riverside Lido Trust', 150000]]);
    expect(namesAndSums('Police and Crime Commissioner for Northway\nDecision\nThe fund was oversubscribed. £3,250 is to be provided to Northtown City Council for an advocate post at the Rainbow Foundation.')).toEqual([['Northtown City Council', 3250]]);
    expect(namesAndSums('Decision\n3) That the Director be authorised to guarantee up to £2.5m of the 2018/19 Growth Fund to the Northfield and Upton College for the completion of the centre.')).toEqual([['Northfield and Upton College', 2500000]]);
  });
});

describe('recommended projects listed with their sums', () => {
  it('reads each project (its party first) with the sum in its brackets', () => {
    expect(namesAndSums('Summary\nThe manager updated Members on the grant. Recommended projects include: Northfield Youthwork (£9,315); Upton Arts – Young People First (£9,730) and Riverside Community Healthy Living Programme (£4,551.38).')).toEqual([
      ['Northfield Youthwork', 9315],
      ['Upton Arts – Young People First', 9730],
      ['Riverside Community Healthy Living Programme', 4551.38],
    ]);
  });
});

describe('a table of applications and what was decided', () => {
  it('reads the sum a "Decision" or "Recommendation" column gives each party', () => {
    const rows = ['Organisation\tDecision', 'Upton Burial Board\tAwarded £475', 'Harbour Memorial Fund\tDeclined', 'Northfield Bowls Players\tAwarded £892'];
    const lines = rows.map((text, index) => ({ index, page: 1, text, start: 0, breakBefore: index === 0, pageStart: index === 0 }));
    expect(recipientTableRows(lines).flatMap((t) => t.rows.map((r) => [r.name, r.amount]))).toEqual([['Upton Burial Board', 475], ['Northfield Bowls Players', 892]]);
  });

  it('reads an "Awards" column, a "Payee" column, and a heading that says what was decided over one that gives the bid', () => {
    const lines = (rows: string[]) => rows.map((text, index) => ({ index, page: 1, text, start: 0, breakBefore: index === 0, pageStart: index === 0 }));
    const read = (rows: string[]) => recipientTableRows(lines(rows)).flatMap((t) => t.rows.map((r) => [cleanName(r.name), r.amount]));
    expect(read(['Organisation\tAwards', 'Harbour Gala Committee\t£2,538', 'Northfield Car Rally\t£1,207'])).toEqual([['Harbour Gala Committee', 2538], ['Northfield Car Rally', 1207]]);
    expect(read(['Date\tCheque\tPayee\tPurpose\tAmount', '27th July\t823\tToplis Associates\tAudit\t£141.48', '27th July\t824\tGregson Groundwork\tRepair to speed gate\t£120.00'])).toEqual([['Toplis Associates', 141.48], ['Gregson Groundwork', 120]]);
    // An applicant column that names sports, not clubs, names no party.
    expect(read(['APPLICANT\tRECOMMENDED\tAWARDED', 'Cricket\t£150\t£150', 'Cricket\t£200\t£200', 'Swimming\t£450\t£450', 'Cricket\t£600\t£600', 'Swimming\t£300\t£300'])).toEqual([]);
    expect(read(['Ref No\tOrganisation\tAmount Requested\tRecommended', '1\tUpton Pipe Band*\t£1,550\t£1,270', '2 Harbour Arts n/a\t£820\t£615'])).toEqual([['Upton Pipe Band', 1270], ['Harbour Arts', 615]]);
  });
});

describe('a schedule of payments', () => {
  it('reads a bulleted schedule of payees and sums under "Payments were approved for", an insurer among them', () => {
    const page = '1313 Payments were approved for\n• NALC Website Maintenance £60.00\n• Zurich Insurance £211.89\n\n1314 Tenders for Grass Cutting had been received.';
    expect(namesAndSums(page)).toEqual([['NALC Website Maintenance', 60], ['Zurich Insurance', 211.89]]);
  });
  it('reads entries that give a party what was agreed for it ("X – Agreed to provide a donation of £30.00")', () => {
    const page = '8. Requests for financial assistance\n\nCitizens Advice Northway – Agreed to provide a donation of £30.00.\nUpton Air Ambulance – Agreed to provide a donation of £100.00.';
    expect(namesAndSums(page)).toEqual([['Citizens Advice Northway', 30], ['Upton Air Ambulance', 100]]);
  });
  it('reads a table headed "Application | Grant Awarded £"', () => {
    const lines = ['Application\tGrant Awarded £', 'Northway in Bloom\t1000.00', 'Youth Services\t10,000.00'].map((text, index) => ({ index, page: 1, text, start: 0, breakBefore: index === 0, pageStart: index === 0 }));
    expect(recipientTableRows(lines).flatMap((t) => t.rows.map((r) => [r.name, r.amount]))).toEqual([['Northway in Bloom', 1000], ['Youth Services', 10000]]);
  });
  it('reads the payees of expenditure a minute approves or ratifies, each row its own payment', () => {
    const page = ['4. Financial Matters', 'a) To approve/ratify recent and proposed expenditure', 'Harbour Hardware    £4.98 Charging cables', 'Upton Stores    £14.79 Petrol for equipment', 'Harbour Hardware    £3.59 Plunger for drains', 'Northfield Signs Ltd    £504.00 Bench base', 'It was RESOLVED to approve/ratify recent and proposed expenditure'].join('\n');
    expect(namesAndSums(page)).toEqual([['Harbour Hardware', 4.98], ['Upton Stores', 14.79], ['Harbour Hardware', 3.59], ['Northfield Signs Ltd', 504]]);
  });
});

describe('parties that are not paid', () => {
  it('names no party a decision refuses, nor a decision\'s verb', () => {
    expect(namesAndSums('Decision\nNot to award a grant to the Upton Earth Trust.')).toEqual([]);
    expect(namesAndSums('Decision\nApprove the Careers Hub allocation of £174,000 for 2020/21.')).toEqual([]);
  });

  it('names no party in quotes known by their number (a real town council minute)', async () => {
    const pages = await realPages('holdout293/pdf/abergavenny-tc-2018-07-04-finance-past-mayors-board-quote.digital.pdf');
    expect(pages.map((p) => p.text).join('\n')).toContain('Quote 1 – £238.00 to supply and fit');
    expect(extractFromPages(pages).extracted.recipients.map((r) => r.name)).toEqual([]);
  });

  it('names no party in a list of the projects or bids a sum is allocated to, but does when the entries are organisations', () => {
    expect(namesAndSums('Resolved (Unanimously) to\ni. Allocate funding of £40,800 to the following projects.\n• Northfield War Memorial - £8500\n• Upton Brook Railings - £9000\n• South Area Mobility Crossings - £6000')).toEqual([]);
    expect(namesAndSums('The Board agreed grants to the following projects:\n• Northfield Youth Trust - £5,000\n• Upton Boxing Club - £4,920')).toEqual([['Northfield Youth Trust', 5000], ['Upton Boxing Club', 4920]]);
  });

  it('names no budget an allocation is drawn from, but does name a party money goes from one budget to', () => {
    expect(recipientsOf('Decision\nThat a budget of up to £2,100,000 allocated from Gainshare Revenue (£1,800,000) and Gainshare Capital (£300,000) be approved.')).toEqual([]);
    expect(namesAndSums('Decision\nThat £12,000 be paid from the Community Reserve to Riverside Lido Trust for the new pump.')).toEqual([['Riverside Lido Trust', 12000]]);
  });

  it('reads "£N capital grant to X" and "direct award to X", and names no kind of body in the plural', () => {
    expect(namesAndSums('Decision\nThese grant payments are: £2,000,000 capital grant to the Harbour Creative Land Trust to deliver the plan; £300,000 capital grant to GROW for the bandstand.')).toEqual([['Harbour Creative Land Trust', 2000000], ['GROW', 300000]]);
    expect(namesAndSums('Decision\nThat the Director of Public Health be given delegated authority to direct award to Northway and District Foundation Trust the 0-5 services.')).toEqual([['Northway and District Foundation Trust', null]]);
    expect(recipientsOf('Summary\nThe Ministry of Justice confirmed an uplift of £6m to Police and Crime Commissioners (PCC) core funding for 2022/23.')).toEqual([]);
  });

  it('names no programme of the body\'s own that money is awarded to', () => {
    expect(namesAndSums('Northway Combined Authority\nDecision\nThe Combined Authority agreed to award £650,000 from the Strategic Investment Fund to the Strategic Acquisitions programme (Westham).')).toEqual([]);
  });

  it('names no bidder left anonymous ("Supplier 3", "Supplier B")', () => {
    expect(recipientsOf('Decision\nThe Cabinet agreed that: the initial one year contract be awarded to Supplier 3 with an agreed annual cost of £48,000.')).toEqual([]);
    expect(recipientsOf('Decision\nThe Executive:\na. Approved the award of a 4 year contract to Supplier B as identified in the confidential Appendix A of the report; for the provision of Highway Surfacing services.\nb. Approved the award of a framework contract for 4 years to Supplier D as identified in the confidential Appendix C of the report.')).toEqual([]);
  });

  it('names no source the money comes from, and no officer an award is delegated to', () => {
    expect(recipientsOf('Decision\n(i) Approved the scheme at a total estimated cost of £6.1m, funded from the Towns Fund (£2.0m) and Clean Streets Zone (£4.1m);\n(ii) Delegated the award of the contract for the works to the Acting Director, Inclusive Growth.')).toEqual([]);
  });
});

describe('sentences and budgets', () => {
  it('reads a sentence whole past a semicolon inside brackets', () => {
    expect(namesAndSums('Decision\nTo direct award this contract via the County Framework (812; Lot 3) for a two-year period to Westgate Waste LTD at a budgeted cost of £88,000.')).toEqual([['Westgate Waste LTD', 88000]]);
  });

  it('names no party for money moved between the body\'s own budgets, but does for a contribution to another body\'s budget', () => {
    expect(recipientsOf('Decision\nTo approve the virement of £60,000 from the Kitchen and Bathroom programme budget to the Windows budget to fund the project.')).toEqual([]);
    expect(namesAndSums('Decision\nA contribution to the Regional Councils Grants Scheme budget amounting to £120,000 for 2024/25.')).toEqual([['Regional Councils Grants Scheme', 120000]]);
  });
});

describe('a marked list of parties an introduction gives money to', () => {
  it('reads each party with the introduction\'s sum, past a paragraph break and a register number, and stops at the next item above', () => {
    const page = 'Minutes\nb) approve one-off grants of £750 to each of the following charities:-\n\n(i) Northfield Food Bank (CC Reg. 1122334)\n(ii) Riverside Youth Club (CC Reg. 2233445)\n\n(iii) Hope Hospice, Leeds (CC Reg. 334455)\nc) note the report.';
    expect(namesAndSums(page)).toEqual([
      ['Northfield Food Bank', 750],
      ['Riverside Youth Club', 750],
      ['Hope Hospice, Leeds', 750],
    ]);
  });
});

describe('the one organisation a decision names, when no wording reads who is paid', () => {
  const namesAndSumsOf = namesAndSums;
  it('takes the one organisation of a decision that spends, with its sentence\'s sum (a total with its parts is one sum), or those it names together, without', () => {
    expect(namesAndSums('Decision\n1. That a grant of £45,000 be provided to help the Riverside Youth Centre replace its roof.')).toEqual([['Riverside Youth Centre', 45000]]);
    expect(namesAndSums('Decision\nThe Cabinet agreed financial support for the operator (Northgate Leisure Ltd) of £120,000 (£70,000 in 2020/21 and £50,000 in 2021/22) in light of lost income.')).toEqual([['Northgate Leisure Ltd', 120000]]);
    expect(namesAndSums('Decision\n1. Approve expenditure of up to £80,000 for Hale & Partners consultancy services on the masterplan.')).toEqual([['Hale & Partners', 80000]]);
    expect(namesAndSums('Decision\n1. Approve the variation of the maintenance contracts for both Hilltop Roofing Ltd and Dale Building Ltd to fit new doors.')).toEqual([['Hilltop Roofing Ltd', null], ['Dale Building Ltd', null]]);
  });

  it('names none where organisations are named apart or invited to apply, or the one named has no sum of its own, gives, owns, conditions or builds', () => {
    // (The deciding body is no party: each page names it in its banner.)
    const namesAndSums = (page: string) => namesAndSumsOf(`Northtown Borough Council\n${page}`);
    expect(namesAndSums('Decision\n1. Approve a grant of £5,000 to help Brook Lane Football Club.\n2. Approve a grant of £3,000 to help Hillside Bowls Club.')).toEqual([]);
    // One organisation named without its sum: too weak a reading alone (a school a capital budget expands, a consortium a contract is run through).
    expect(namesAndSums('Decision\nTo add a condition to the Long Ashby Cricket Club award that no payment is released until planning consent is granted.')).toEqual([]);
    expect(namesAndSums('Decision\nI agree to increase the funding allocated from the capital budget to expand Hillview Special School from £3,950,000 to £4,792,000.')).toEqual([]);
    expect(namesAndSums('Decision\n1. That Foxbar Community Centre and the Thursday Club be invited to submit a funding application.')).toEqual([]);
    expect(namesAndSums('Decision\n1. The Westshire County Council has allocated grants of £40,000 for local projects.')).toEqual([]);
    expect(namesAndSums('Decision\n1. Confirms support for the archive project costing £2m, subject to Eastshire County Council confirming its own contribution.')).toEqual([]);
    expect(namesAndSums('Decision\n1. To accept a grant of £50,000 from the Garden Heritage Foundation for the park.')).toEqual([]);
    expect(namesAndSums('Decision\n1. That the grant offer of £12,000 previously made to Upper Mill Village Society be withdrawn.')).toEqual([]);
    expect(namesAndSums('Decision\n1. That a report on P101 (Construction of Oakfield Primary School) be presented before contract award.')).toEqual([]);
  });
});

describe('decisions listed one entry per party', () => {
  it('reads each entry\'s opening name and its one sum, past a case code, and leaves out entries turned down', () => {
    const r = namesAndSums('Decision\n\nThe Committee recommended that:\n1. Northway Futsal Club KQWZRTPL – to be funded at the requested amount of £1,000\n2. Eastfield Guide Unit HHJRMMXX – to be funded at the requested amount of £500\n3. 412/NWAC – Southbay Community leisure Trust, ‘New Changing Rooms’ up to £750 toward the works.\n4. Westmoor Bowls Club DEFERRED – to be considered at the next meeting.');
    expect(r).toEqual([['Northway Futsal Club', 1000], ['Eastfield Guide Unit', 500], ['Southbay Community leisure Trust', 750]]);
    const firms = namesAndSums('Decision:\n1. The framework runs from 01/09/2024 to 01/09/2026.\n2. That the following are appointed to the Framework Agreement:\n(a) Northway Carpets Ltd (Lot 1)\n(b) Eastbay Flooring (Lot 2 & Lot 4)\n(c) Southmoor Services Ltd (Lot 3)');
    expect(firms).toEqual([['Northway Carpets Ltd', null], ['Eastbay Flooring', null], ['Southmoor Services Ltd', null]]);
  });
  it('reads no party from decisions that open with a verb or a subject, nor from a list of projects', () => {
    expect(namesAndSums('Recommendations\n1. Approve the allocation of £5,000 to the scheme.\n2. Note the report.')).toEqual([]);
    expect(namesAndSums('Decision\n1. Highway Resurfacing Programme – £40,000\n2. Footway Lighting Scheme – £12,000')).toEqual([]);
  });
});

describe('a supplier\'s contract value stated apart', () => {
  it('takes the value "of the contract, including the extension period, is £X" for the supplier named without a sum', () => {
    expect(namesAndSums('Decision: The Director has agreed to award the contract to implement the project to Northway Networks UK Limited for a period of three years. The total value of the contract, including the extension period, is £2,668,781.75.')).toEqual([['Northway Networks UK Limited', 2668781.75]]);
  });
});

describe('a period between a sum and its party, and a yearly sum\'s stated whole', () => {
  it('reads "£800 per annum to X" and "£18,000 for one year to X", and gives a yearly grant the total the sentence states for its years', () => {
    expect(namesAndSums('Decision:\n1. That grant assistance of £800 per annum to Northway Scouts, towards the lease of land, be approved;')).toEqual([['Northway Scouts', 800]]);
    expect(namesAndSums('Decision\nTo award £18,000 for one year to Riverside Project’s outreach service.')).toEqual([['Riverside Project', 18000]]);
    expect(namesAndSums('Decision: The Cabinet approved the award of the infrastructure grant of £270,500 per annum to Northway Together CIO under which the total funding of total £811,500 would be provided for the period 2025-2028 (3 years).')).toEqual([['Northway Together CIO', 811500]]);
  });
});

describe('a school or building the money is spent on', () => {
  it('is the site of works, not a recipient, when named after "expansion of", "refurbishment of" or "works at"', () => {
    expect(namesAndSums('Decision\nAllocate £6.0 million from the Basic Needs budget to fund the permanent expansion of The Northway Academy.')).toEqual([]);
    expect(namesAndSums('Decision\nApprove £120,000 for the refurbishment of Riverside Community Centre.')).toEqual([]);
  });
});

describe('a paper whose one decision is a sentence inferred from its prose', () => {
  it('reads its party as a decision\'s, though the sentence is in the past tense', () => {
    const page = 'Northway Police and Crime Commissioner\n\nCommissioning Services and Grants 2019-2020\n\nFunding is provided each year by the Ministry of Justice to support work with victims of crime.\n\nVictims First Northway\nIn 2019-20 £777,391 was awarded to the charity Victims First Northway, which runs the referral service for victims.';
    expect(namesAndSums(page)).toEqual([['Victims First Northway', 777391]]);
  });

  it('reads, when nothing else names a party, the one party a giving act names by its preposition', () => {
    expect(namesAndSums('Recommendations\n1. The re-allocation of £4,500,000 by way of grant funding to Pier Heritage CIC for the renovation of the Harbour Museum be approved.')).toEqual([['Pier Heritage CIC', 4500000]]);
    expect(namesAndSums('Decision\nPlace orders with Northgate Vehicle Services (Northgate) to procure a batch of sixty replacement vans for £1,324,223.80.')).toEqual([['Northgate Vehicle Services (Northgate)', 1324223.8]]);
    expect(namesAndSums('Resolved\n1. It was agreed that the lowest tender of £675 from C & E should be accepted subject to insurance.')).toEqual([['C & E', 675]]);
  });

  it('reads no party from a grant the body accepts, money cut or moved between budgets, or two parties named apart', () => {
    expect(namesAndSums('Decision\n1. Accept the £7m of grant funding from the Home Office for the Violence Reduction Unit for 2019/20.')).toEqual([]);
    expect(namesAndSums('Decision\n1. This amendment seeks to reduce the amount of capital allocated to the Strategic Estate Programme and allocate it to Harbour Arts Centre.')).toEqual([]);
    expect(namesAndSums('Decision\n1. Approve a contract to Northgate Vehicle Services for vans.\n2. Approve a contract to Westway Plant Hire for trucks.')).toEqual([]);
  });

  it('names no programme of the body\'s own, whether its name ends on "Programme" or a year and "capital programme" follow it', () => {
    expect(namesAndSums('Decision\n(c) that an increase of £10 million to the Climate Change Environment and Transport 2024/25 capital programme funded by capital receipts be approved;')).toEqual([]);
    expect(namesAndSums('Decision\n1. That £7,000,000 be allocated to the Business Growth Programme for 2018/19.')).toEqual([]);
  });

  it('is the site of works, not a recipient, when a longer name or a bracket stands between the works and the name, or it is built', () => {
    expect(namesAndSums('Decision\nThat the Executive Member gives approval to the project proposals for the expansion at Northway CE (Controlled) Primary School, at an estimated total cost of £2,000,000.')).toEqual([]);
    expect(namesAndSums('Decision\nThat Cabinet approved the allocation of £980,000 of CIL funding to support the design and build of Northway Pool and Fitness Centre.')).toEqual([]);
  });

  it('reads parties funding enables to act, each with its own sentence\'s sum, and the party of a contract extended', () => {
    expect(namesAndSums('Northway Combined Authority\n\nDecision\n1. That it be approved to draw down £0.3 million of CRSTS funding to enable Harbourside Council to develop the Station scheme.\n2. That it be approved to draw down £4.5 million of CRSTS funding to enable Eastgate Council to deliver the Viaduct refurbishment scheme.')).toEqual([['Harbourside Council', 300000], ['Eastgate Council', 4500000]]);
    expect(namesAndSums('Decision\n(1) That approval be given to the extension of the library contract with Harbour Leisure Ltd for a period of five years in accordance with the contract terms.')).toEqual([['Harbour Leisure Ltd', null]]);
    expect(namesAndSums('Decision\nTo agree £3,050 funding from the PCC Community Safety Initiatives Fund to enable Pride in Northway to deliver:\n- hate crime awareness sessions.')).toEqual([['Pride in Northway', 3050]]);
  });

  it('reads the party a contract\'s services are provided by, and a role\'s holder named in quotation marks', () => {
    expect(namesAndSums('Decision\nRESOLVED: To approve an extension by way of variation of the existing contract for the provision of testing provided by Harbour Testing Ltd (HTL) until 31 March 2022.')).toEqual([['Harbour Testing Ltd (HTL)', null]]);
    expect(namesAndSums('Decision\nTo approve the appointment of the Principal Contractor ‘Westgate Group Ltd’ to demolish structures ready for housing development.')).toEqual([['Westgate Group Ltd', null]]);
  });

  it('reads the applicant\'s heading as the party a decision awards "the group", with the sentence\'s sum', () => {
    const page = 'Northway Council\nCommon Good Fund\n\nE1 5a Harbour Kintyre Rugby Club\n\nAn application was received from the club for new kit.\n\nDecision:\n\nMembers agreed to award the group £700.00, subject to the Club submitting its accounts.';
    expect(namesAndSums(page)).toEqual([['Harbour Kintyre Rugby Club', 700]]);
    expect(namesAndSums(page.replace('Members agreed', '1. Members agreed'))).toEqual([['Harbour Kintyre Rugby Club', 700]]);
    const surrey = 'Police and Crime Commissioner for Northway – Decision Making Record\n\nThe following organisation has applied for assistance from the Support Fund;\n\nHarbour Women’s Centre – sum requested £22,240\n\nThe demand for counselling from the centre has always been high and the waiting list exceeds one year for most of the women referred.\n\nThat the Police & Crime Commissioner awards the sum requested to the above mentioned organisation totalling £22,240\n\nI approve the recommendation(s):';
    expect(namesAndSums(surrey)).toEqual([["Harbour Women's Centre", 22240]]);
  });

  it('reads parties an inline list gives sums after "recommended for funding as follows:", each before a dash naming its project', () => {
    const page = 'Northway Area Council\n\nMinutes\n\nFour applications were recommended for funding as follows: Harbour Methodist Church – Connections £19,996.00; YMCA Youthwork £10,576.00; Making Space – Information, Advice and Wellbeing Café £10,000 and Citizens’ Advice Bureaux – Debt Advice Service £9,428.00. Members highlighted the difficulties of the process.';
    expect(namesAndSums(page)).toEqual([['Harbour Methodist Church', 19996], ['YMCA Youthwork', 10576], ['Making Space', 10000], ["Citizens' Advice Bureaux", 9428]]);
  });

  it('reads a numbered list of parties and sums under "The allocation is as follows:-"', () => {
    const page = 'Northway Parish Council\n\nAllocation of Section 137 Grants 2022\n\nAt the meeting the following were agreed as the grants the Parish Council will make this year.\n\nThe allocation is as follows:-\n\n1. Royal British Legion – £25.00.\n2. The Allotment Society – £100.00.\n3. The Heart of the Community – £50.00.\n4. The Chalk Stream – £50.00.';
    expect(namesAndSums(page)).toEqual([['Royal British Legion', 25], ['Allotment Society', 100], ['Heart of the Community', 50], ['Chalk Stream', 50]]);
  });
});

describe('a lone party whose sum is in another sentence of its decision', () => {
  it('takes the one sum of the decision item that names it, and none where that item states two', () => {
    const item = (sums: string) => `Decision\nA contract be awarded to Thomas Armstrong Construction Ltd for the provision of maintenance works to Gray Bridge. The form of contract will be a NEC4 ECC Option A and awarded ${sums}.\n\nReasons\nThe bridge needs repair.`;
    expect(namesAndSums(item('for the sum of £51,188.00'))).toEqual([['Thomas Armstrong Construction Ltd', 51188]]);
    expect(namesAndSums(item('for the sum of £51,188.00 with a contingency of £5,000'))).toEqual([['Thomas Armstrong Construction Ltd', null]]);
  });
});

describe('a supplier named in a form whose labels wrap in their cells', () => {
  it('reads the label whole and takes the form\'s contract value as the supplier\'s sum', () => {
    const page = textPage(1, 'Record of Decision\nI hereby approve the award of the contract as detailed below:');
    const form = [
      ...row(0.4, [[10.6, 'Name of Successful'], [34.8, 'City Build Manchester']]), ...row(0.416, [[10.6, 'Contractor']]),
      ...row(0.442, [[10.6, 'Contract Value (£)'], [34.8, '£798,775.00 per annum']]),
    ];
    expect(laidOutRecipients(page, form)).toEqual([['City Build Manchester', 798775]]);
  });

  it('gives the headline from the contract value field, over a total with extensions', () => {
    const page = textPage(1, 'Record of Decision\nI hereby approve the award of the contract as detailed below:');
    const form = [
      ...row(0.4, [[10.6, 'Name of Successful'], [34.8, 'City Build Manchester']]), ...row(0.416, [[10.6, 'Contractor']]),
      ...row(0.442, [[10.6, 'Contract Value (£)'], [34.8, '£798,775.00 per annum']]),
      ...row(0.468, [[10.6, 'Total contract value £'], [34.8, '£900,000 total project value including fees']]),
    ];
    expect(laidOutRecord(page, form).headlineAmount).toBe(798775);
  });

  it('does not join the label of the next row of a tight form to the one above it', () => {
    const page = textPage(1, 'Report title Agreement to enter a Call off Contract\nSummary of the report.');
    // "Report by" then, half a line lower, "Document" / "FEP 2761" / "Number": a row of its own, its label cut around its value.
    const form = [
      ...row(0.213, [[11.4, 'Report by'], [25.9, 'Head of Procurement']]), ...row(0.234, [[11.4, 'Document']]),
      ...row(0.243, [[25.9, 'FEP 2761']]), ...row(0.251, [[11.4, 'Number']]),
    ];
    expect(laidOutRecord(page, form).reference).toBe('FEP 2761');
  });
});

describe('the party of a decision named by its agreement, its own contract, its appointment or its quotation', () => {
  const decided = (item: string) => namesAndSums(`Recommendation\n1. ${item}\n\nBackground\nThe service is needed.`);
  it('reads a named kind of agreement "with" a party, a party\'s contract extended, a party appointed as consultant, a quotation received from a party', () => {
    expect(decided('Approve entering into a Development Services Agreement with Network Rail up to a budget ceiling of £651,780.')).toEqual([['Network Rail', 651780]]);
    expect(decided('Approve expenditure of up to £75,000 to allow for the extension of AECOM’s consultancy support contract until 30 September 2022.')).toEqual([['AECOM', 75000]]);
    expect(decided('Approve a direct award to appoint Martin Arnold (Reg No. OC315838) as the Council’s consultant at a cost of £74,718.75.')).toEqual([['Martin Arnold', 74718.75]]);
    expect(decided('The quotation of £50,000 received from Groundwork Salford for the loopline works be accepted.')).toEqual([['Groundwork Salford', 50000]]);
  });
  it('reads the party of a grant whose name says "Reduction", as the reduction of a sum does not', () => {
    expect(decided('To approve the award of a Crime and Disorder Reduction grant to the Northway Youth Offending Service as a contribution to its running costs.')).toEqual([['Northway Youth Offending Service', null]]);
    expect(decided('To approve a reduction of the grant to the Northway Youth Offending Service.')).toEqual([]);
  });
  it('reads no party from a grant agreement under which the body secures funding', () => {
    expect(decided('That a Grant Agreement with the Greater London Authority be entered into and £1.4m funding from the Department secured to deliver projects.')).toEqual([]);
  });
});

describe('minuted applications, each heading right above the resolution that awards it a sum', () => {
  it('gives each heading its own resolution\'s sum, though two resolutions read alike, and none to a refused one', () => {
    const page = 'Applications for a Grant of Money\nTo consider the following applications for a grant of money.\n\nNorthway Sea Cadets\nRESOLVED: That no grant would be awarded on this occasion.\nRiverside Youth Theatre (Appendix A)\nRESOLVED: That a grant of £5,000 be awarded, subject to full funding (£30,120) being secured.\nEastbay Hospice Trust\nRESOLVED: That a grant of £5,000 be awarded.\nSouthmoor Food Bank\nRESOLVED: That a grant of £2,000 be awarded.';
    expect(namesAndSums(page)).toEqual([['Riverside Youth Theatre', 5000], ['Eastbay Hospice Trust', 5000], ['Southmoor Food Bank', 2000]]);
  });

  it('reads a party that "have been awarded the contract", with the sum the decision states in its next sentence', () => {
    expect(namesAndSums('Decision:\nFollowing a competitive tender process Northway Buses have been awarded the contract to operate the Park and Ride. The value of the contract is up to £950,000, which will enable top up funding for 5 diesel buses to become electric.')).toEqual([['Northway Buses', 950000]]);
  });

  it('reads each party of a list of operators awarded contracts ("... to the following six operators was agreed:- A, B and C"), sums unstated', () => {
    expect(namesAndSums('Decision:\n1. That following consideration of the results of the procurement process, to award contracts to the following four operators was agreed:- BETC, Harbour\nBuses, C E Jones & Son (White Bus) and Southdown.\n2. To note that the total annual value of these contracts would be £1.037m.')).toEqual([['BETC', null], ['Harbour Buses', null], ['C E Jones & Son (White Bus)', null], ['Southdown', null]]);
  });

  it('reads a party "to be provided with £N", and who delivers the programme a fund is received for (no sum of its own)', () => {
    expect(namesAndSums('Decision:\nThe total budget for this programme is £175,000.\nNorthway Police are to be provided with £138,000 of this funding for the provision of Op Safer Streets.')).toEqual([['Northway Police', 138000]]);
    expect(namesAndSums('Northway Combined Authority\nDecision:\nThe Deputy Mayor receives the Home Office Safer Streets Fund for the programme being led and\ndelivered by Eastbay Council across 2023/24 and 2024/25 financial years.\nThe total budget for this programme is £304,390')).toEqual([['Eastbay Council', null]]);
  });

  it('names no party for a kind of spending ("for the Grants Scheme", "a pledge to Crowdfunding campaigns") nor for the school a scheme is at', () => {
    expect(namesAndSums('The Committee is asked to agree:\nan overall level of expenditure of £6.668 million for the Grants Scheme in 2021/22;')).toEqual([]);
    expect(namesAndSums('Decision:\nApprove expenditure of up to £1.4m capital funding to support community-led projects through a Mayoral pledge to Crowdfunding campaigns.')).toEqual([]);
    expect(namesAndSums('Decision:\nTo allocate 2024/25 funding to Community Safety Partnerships (CSP’s), to address Police and Crime Plan priorities.\nEach partnership receives £30,000.')).toEqual([]);
    expect(namesAndSums('Decisions:\nResolved that the Portfolio Holder approves the addition to the capital programme of the scheme at Bilton School, Rugby at an estimated cost of £0.250 million to be funded from S106 receipts.')).toEqual([]);
  });

  it('reads a minute numbered "F34/09" over its request, resolved "to grant s.137 funding of £2500" (or to recommend it), a scan\'s "5.137" too', () => {
    const page = 'Northway Town Council\nMINUTES OF THE MEETING OF THE FINANCE COMMITTEE\n\nF33/09 MINUTES OF THE LAST MEETING\nRESOLVED: that the minutes of the meeting held on 25th November 2009 be approved.\n\nF34/09 NORTHWAY FESTIVAL OF THE ARTS TRUST\n\nRequest for grant funding of £2500 to support the annual Northway Festival of the Arts.\nRESOLVED: to grant s.137 funding of £2500\n\nF35/09 THE ARK CENTRE\n\nRequest for grant funding of £1200 towards costs of specialised sensory equipment and play and\nsensory materials.\n\nRESOLVED: to recommend 5.137 funding of £1200';
    expect(namesAndSums(page)).toEqual([['NORTHWAY FESTIVAL OF THE ARTS TRUST', 2500], ['THE ARK CENTRE', 1200]]);
  });
});

describe('a minute\'s outcome beside a sum', () => {
  it('is no party: "Approved - £3,129.13 from Projects Fund" under each application', () => {
    const page = 'Decision\n5. That applications for Township Funds 2021/22 be dealt with as follows:-\nRP/01/21 – Riverside Trail – Northway Cemetery\nApproved - £3,129.13 from Projects Fund\nRP/09/21 – Northway Ghar – A space to tackle isolation\nApproved - £7,152.29 from Projects Fund\nRP/13/21 – Deeplish Street Turning Areas\nApproved - £3,600 from Projects Fund';
    expect(namesAndSums(page).map(([name]) => name)).not.toContain('Approved');
  });
});

describe('a scanned grid whose row of labels OCR cut in two lines', () => {
  it('reads the row whole, its values under it ("Decision date | Decision published" then, a little lower, "Effective from")', () => {
    const ocr = (cells: ReturnType<typeof row>) => cells.map((w) => ({ ...w, conf: 0.9 }));
    const page = textPage(1, 'Northway Council\nDecision:\nTo award a contract to Northway Builders Ltd for footbridge works.');
    const grid = [
      ...ocr(row(0.405, [[11.3, 'Decision date'], [34.8, 'Decision published']])), ...ocr(row(0.408, [[66.4, 'Effective from']])),
      ...ocr(row(0.442, [[11.4, '18/06/2025'], [34.8, '07/07/2025']])), ...ocr(row(0.445, [[66.4, '18/06/2025']])),
    ];
    expect(laidOutRecord(page, grid).decisionDate).toBe('2025-06-18');
  });
});

describe('a marked list of allocations an introduction approves', () => {
  it('reads each item\'s party before its colon with the sum the item names as given, not the project\'s cost', () => {
    const page = 'Decision\nIt is proposed that the Portfolio Holder approves the allocations of the Sports Facilities Fund Grants set out\nbelow:\n1. Riverside Leisure Centre: Plant room improvements - Total project cost £27,556 - Proposed\namount from UKSPF £26,119\n2. Northway Rugby Club: 2nd pitch floodlighting - Total project cost £34,683.35 - Proposed\namount from UKSPF £31,500\nAll projects have secured match funding.';
    expect(namesAndSums(page)).toEqual([['Riverside Leisure Centre', 26119], ['Northway Rugby Club', 31500]]);
  });
});

describe('a table whose reference column runs into the party\'s', () => {
  it('reads the party, not the project, when "Ref" and its figures run into the name of the group', () => {
    const page = textPage(1, 'RESOLVED:\nThat the following amounts of Neighbourhoods Fund funding be allocated:\nRiverside ward');
    const table = [
      ...row(0.3, [[10, 'Ref Name of Group'], [45, 'Name of Project'], [85, 'Allocation']]),
      ...row(0.32, [[10, '3397 Blue Elephant Theatre (BET)'], [45, 'Rehearsals / Workshops'], [85, '£4,000']]),
      ...row(0.34, [[10, '3061 Jam Speed Rollers'], [45, 'Winter Indoor Roller Skating Events'], [85, '£2,500']]),
    ];
    expect(laidOutRecipients(page, table)).toEqual([['Blue Elephant Theatre (BET)', 4000], ['Jam Speed Rollers', 2500]]);
  });
});

describe('an organisation a sum is spent to fund', () => {
  it('reads "expenditure of £190,000 to grant fund the Northway Carnival Enterprises Trust" as the trust and its sum, not a project funded', () => {
    expect(namesAndSums('That the Mayor:\n\nApproves additional expenditure of £190,000 to grant fund the Northway Carnival Enterprises Trust to support the enhanced stewarding plan for the Carnival 2016.\n\nNotes that £150,000 funding has already been agreed for the basic plan.')).toEqual([['Northway Carnival Enterprises Trust', 190000]]);
    expect(namesAndSums('Decision:\n\nApproves expenditure of £20,000 to fund the Friday Night Project in the town centre.')).toEqual([]);
  });
});

describe('an application line over a decision that awards "the above mentioned organisation"', () => {
  it('names the applicant before its project and sum, the sum wrapped onto the next line', () => {
    expect(namesAndSums('Police and Crime Commissioner for Northway – Decision Making Record\n\nReport Title: Reducing Reoffending Fund (RRF) Application October 2020\nProtective Marking: OFFICIAL\n\nExecutive Summary:\nIn October 2020 the following organisation submitted an application to the RRF for consideration;\n\nThe Northway Justice Training Company – Delivering Restorative Interventions project – sum\nrequested £4500\nThe company will provide a Restorative Justice Intervention service.\n\nThat the Police & Crime Commissioner awards the sum requested to the above mentioned\norganisation totalling £4500')).toEqual([['Northway Justice Training Company', 4500]]);
  });
});

describe('a grant list that says what each sum is for after a dash', () => {
  it('ends each name at the spaced dash before its purpose', () => {
    expect(namesAndSums('Northway National Park\nGrants awarded so far by the Northway Communities Fund\n\n£2,600 for the Fell Squirrel Initiative - to safeguard the endangered red squirrels.\n£5,000 for Bridge End Village Hall – rejuvenation of the village hall.')).toEqual([
      ['Fell Squirrel Initiative', 2600],
      ['Bridge End Village Hall', 5000],
    ]);
  });
});

describe('two grantees named with their register numbers', () => {
  it('are two parties, each without a sum of its own when they share one', () => {
    expect(namesAndSums('Royal Borough of Northway\nDecision details\n\nApproved the award of grants to B Young Stars Ltd (Company number: 10125229) and Red Bus Club (Company number: 08132170) each for targeted support to families at a cost of £45,000 per year for two years.')).toEqual([
      ['B Young Stars Ltd', null],
      ['Red Bus Club', null],
    ]);
  });
});

describe('parties named in a decision\'s own wording of what it pays', () => {
  it('reads a sum allocated directly to a party, a contract named after its supplier, and each party of funding agreements', () => {
    expect(namesAndSums('Decision\n\nThat £72,445 will be allocated directly to Northway Films as the organisation to facilitate this programme.')).toEqual([['Northway Films', 72445]]);
    expect(namesAndSums('Recommendation\n\nApprove the variation of the Northway Consulting LLP (NC) contract up to a maximum value of £100,000.')).toEqual([['Northway Consulting LLP (NC)', 100000]]);
    expect(namesAndSums('Decision\n\nThe Combined Authority enters into a funding agreement with: Eastshire council for expenditure up to £600,000, Westshire council for expenditure up to £670,000.')).toEqual([
      ['Eastshire', 600000],
      ['Westshire', 670000],
    ]);
  });
});

describe('a part of a programme named before its project', () => {
  it('is no party ("the Tranche 4 project: ..." pays the project, not "Tranche")', () => {
    expect(namesAndSums('Recommendation\n\nThe Deputy Mayor for Policing and Crime is recommended to approve the payment of £143,000 to the Tranche 4 project: Northway Advocacy Service (Northway Sisters).').map(([name]) => name)).not.toContain('Tranche');
  });
});

describe('one party spelt two ways in a paper', () => {
  it('is one recipient, and the decision\'s sum is counted once', () => {
    const r = extractFromPages([textPage(1, 'Northway City Council\n\nCapital Grant\n£100,000 to St. Agustine\'s Church towards the cost of improvements to the community facilities.\n\nResolved (unanimously) subject to completion of the Capital Grant Agreement, to approve the capital grant of up to £100,000 to St.\nAugustine\'s Church towards the cost of improvements to the community facilities.')]).extracted;
    expect(r.recipients.map((x) => [x.name, x.amount])).toHaveLength(1);
    expect(r.headlineAmount).toBe(100000);
  });
});

describe('an application\'s money fields', () => {
  it('are no parties ("Sum requested: £5600" over "Sum approved: £5600"): the applicant is, once', () => {
    const page = 'Decision:\nRESOLVED BY THE CABINET MEMBER IN CONSULTATION WITH THE GRANTS PANEL:\nApplicant: Brent Lodge Bird and Wildlife Trust\nPurpose: To support a hedgehog rescue service.\nSum requested: £5600\nSum approved: £5600\nGrant conditions: Subject to funding agreement.';
    const r = extractFromPages([textPage(1, page)]).extracted;
    expect(r.recipients.map((x) => [x.name, x.amount])).toEqual([['Brent Lodge Bird and Wildlife Trust', 5600]]);
    expect(r.headlineAmount).toBe(5600);
  });
});

describe('recipients in more of the ways decisions name them', () => {
  it('reads "a direct award for up to £X under ... to NAME", "award £X of ... funding to fund NAME", "The successful tenderer was NAME"', () => {
    expect(namesAndSums('Decision\nAgree to make a direct award for up to £1,720,000 under Negotiated Procedure without prior notice to GARAS, to enable the urgent mobilisation of the programme.')).toEqual([['GARAS', 1720000]]);
    expect(namesAndSums('Decision\nTo accept the recommendation by Councillor Proud to award £2000 of his Locality Budget funding to fund Malt Shovel football club with security fencing.')).toEqual([['Malt Shovel', 2000]]);
    expect(namesAndSums('Decision\nApproved.\n\nBackground\nA tendering process took place. The successful tenderer was Acme Compliance Ltd, with a final evaluation mark of 83.43%.')).toEqual([['Acme Compliance Ltd', null]]);
  });
  it('reads contract awards past their purpose, the register\'s number and the term, each award to one party on its own', () => {
    const page = 'Decision:\nThat the Cabinet Member approves direct awards for the following:\n- Award of a contract for the provision of the move on service, to St Mungo Community Housing Association (Company number: 8225808) from 1st October 2021 to 31st March 2026 for the contract value of £3,237,156.\n- Award of a contract for the provision of a safe space service, to St Mungo Community Housing Association (Company number: 8225808) from 1st October 2021 to 31st March 2025 for the contract value of £2,292,175.';
    expect(namesAndSums(page)).toEqual([['St Mungo Community Housing Association', 3237156], ['St Mungo Community Housing Association', 2292175]]);
  });
  it('takes no month as part of a name ("to GMCA in March 2022"), nor the commissioner by its kind\'s initials', () => {
    const r = extractFromPages([textPage(1, 'Police and Crime Commissioner for Northway\n\nDecision\nTo approve a grant of £1million to the PCC from the Home Office fund.')]).extracted;
    expect(r.recipients).toEqual([]);
    expect(namesAndSums('Decision\nThat it be noted that the Department intend to grant an award of funding of £12,000 to Northway Trust in March 2022.').map((x) => x[0])).not.toContain('Northway Trust in March');
  });
  it('gives a sum awarded to no one named to the applicant the paper\'s title names', () => {
    const r = extractFromPages([textPage(1, 'Northway Borough Council\nDecision details\nThe Useful Wood Company - Application for Financial Assistance\n\nDecisions:\nRESOLVED\nThat (i) no revenue funding be awarded for the coming year; and\n(ii) a one-off capital award of £13,000 be approved for the purchase of a van.')]).extracted;
    expect(r.recipients.map((x) => [x.name, x.amount])).toEqual([['Useful Wood Company', 13000]]);
  });
});

describe('numbered rows, appointments at a cost and variations by an increase', () => {
  it('reads a table\'s numbered rows without their numbers ("1. SUMMIT | £22,630"), and their printed total as the headline', () => {
    const page = textPage(1, 'Decision:\nThat the funding given to the Council should be distributed, as detailed below, to the following groups:');
    const laid = [
      ...row(0.2, [[10, 'Name of Organisation'], [70, 'Amount Allocated']]),
      ...row(0.215, [[10, '1. SUMMIT'], [75, '£22,630']]),
      ...row(0.23, [[10, '3. African Families in the UK'], [75, '£25,000']]),
      ...row(0.245, [[10, '15.Digital Access Team'], [75, '£25,000']]),
      ...row(0.26, [[70, '£72,630 (Total)']]),
    ];
    const r = laidOutRecord(page, laid);
    expect(r.recipients.map((x) => [x.name, x.amount])).toEqual([['SUMMIT', 22630], ['African Families in the UK', 25000], ['Digital Access Team', 25000]]);
    expect(r.headlineAmount).toBe(72630);
  });
  it('reads "To appoint NAME at the cost of £X" and a variation "with NAME from £X to £Y an increase cost of £Z" (the increase)', () => {
    expect(namesAndSums('Decision:\nTo appoint MFD ductwork at the cost of £32,670.18.')).toEqual([['MFD', 32670.18]]);
    expect(namesAndSums('Decision:\nThat the Director:\n1. Approves a variation to the works contract for the development at Lomond Grove with Glenman Corporation Limited (Glenman) from £7,783,403 to £8,804,964 an increase cost of £1,321,561 for the reasons noted.')).toEqual([['Glenman Corporation Limited (Glenman)', 1321561]]); // its short form kept, as printed
  });
});

describe('a project named with "the" before it and "project" after', () => {
  it('is no party ("£0.21m ... to the Community Transport Buses project"), unlike a party\'s own project ("to York Road Project\'s ... project")', () => {
    expect(namesAndSums('Decision:\nTo approve the allocation of £0.21m from the Community Regeneration Partnership to the Community Transport Buses project.')).toEqual([]);
    expect(namesAndSums('Decision:\nTo award £18,000 for one year to York Road Project’s Rough Sleeper Coordinator project.').map((x) => x[0])).toEqual(['York Road Project’s Rough Sleeper Coordinator']);
  });
});

describe('an applicant approved, a sub-grant\'s party, a contract\'s spend over its term', () => {
  it('reads "approve the £500k application to the Fund from NAME", "a sub-grant agreement ... with NAME" and "The successful tenderer was NAME" with the contract\'s spend', () => {
    expect(namesAndSums('Decision:\n4. To conditionally approve the £500k application to the Low Carbon Challenge Fund from Ambition Community Energy Ltd.')).toEqual([['Ambition Community Energy Ltd', 500000]]);
    expect(namesAndSums('Decision:\n2. To approve the Council entering into a sub-grant agreement or non-binding memorandum of understanding with LB Ealing to record the above decisions.')).toEqual([['LB Ealing', null]]);
    expect(recipientsOf('Decision:\nApproved.\n\nBackground\nTotal indicative spend over the 5 years of the contract will be £68,573.\n\nA tendering process took place. The successful tenderer was Acme Compliance Ltd, with a final evaluation mark of 83.43%.')).toEqual([['Acme Compliance Ltd', 68573, 'supplier']]);
  });
});

describe('recipients read from sets 178-181', () => {
  it('reads a list whose entries end on a comma after their sums ("Charminster Guides – £50.00,") under a ":-" introduction', () => {
    const text = 'Northway Parish Council\n\n5th December 2018 – Allocation of Section 137 Grants\nOf the eight applications that were received, seven were accepted and unanimously agreed by The\nGrant Panel:-\nCharminster Guides – £50.00,\nCharminster Brownies – £50.00,\nStratton Allotment Society – £125.00,\nStratton Youth Club – £150.00.';
    expect(namesAndSums(text)).toEqual([['Charminster Guides', 50], ['Charminster Brownies', 50], ['Stratton Allotment Society', 125], ['Stratton Youth Club', 150]]);
  });
  it('reads the applicant an application is received from, with the grant it asks', () => {
    expect(namesAndSums('Decision:\nThe Area Committee has given approval to an application received from Friends of Etherow Park for a grant of £650 from the Ward Flexibility Budget (£325 from each ward allocation).')).toEqual([['Friends of Etherow Park', 650]]);
  });
});

describe('recipients read from sets 182-185', () => {
  it('reads the tender accepted "being that submitted by NAME in the amount of £X", to the penny', () => {
    const text = 'Northway Council\n\nRoads Executive Sub-Committee\n\nHigh Street Improvements Phase 1 - Re-tender\nWith reference to Article 13(b) of the minute of meeting of the Roads Committee of 27 August 1998, there was submitted a Report by the Director of Roads.\n\nThe Sub-Committee agreed to accept the lowest tender for the High Street Improvements,\nPhase 1, being that submitted by Torith Limited in the amount of £252,583.48.';
    const r = extractFromPages([textPage(1, text)]).extracted;
    expect(r.recipients.map((x) => [x.name, x.amount])).toEqual([['Torith Limited', 252583.48]]);
    expect(r.recommendations[0]!.text).toMatch(/£252,583\.48\.$/);
    expect(r.reference).toBeNull();
  });
  it('reads "the winning supplier (NAME)" with the contract value its paragraph states', () => {
    expect(namesAndSums('Decision:\nTo award the contract for conservation works.\n\nThe winning supplier (Restore Ltd.) scored 86% under a competitive evaluation model. The contract value is £47,435.12 plus VAT.')).toEqual([['Restore Ltd', 47435.12]]);
  });
});

describe('a minute\'s awards to people, numbered 4.1, 4.2 before lower-case words', () => {
  it('reads each award, who the person is in brackets between name and sum', () => {
    const text = 'Northway Council\n\nMemorial Sub Committee Minutes\n\n4 APPLICATIONS FOR FUNDING 2011-12\n\nDecision\n\nAGREED\n4.1 to award Niall Alexander (Scotland Youth Cricketer and member of Northway Cricket Club)\n£300 towards cricket coaching costs;\n4.2 to award Ian Donaldson (member of the World Class Wheelchair Performance\nProgramme Squad for Curling) £200 towards training travel costs;\n4.3 to make no award to Crichton Golf Club;';
    const r = extractFromPages([textPage(1, text)]).extracted;
    expect(r.recommendations.map((x) => x.text.slice(0, 16))).toEqual(['to award Niall A', 'to award Ian Don', 'to make no award']);
    expect(r.recipients.map((x) => [x.name, x.amount])).toEqual([['Niall Alexander', 300], ['Ian Donaldson', 200]]);
  });
});

describe('a party an agreement pays', () => {
  it('reads "to pay NAME an annual payment of £X" with its sum', () => {
    expect(namesAndSums('Decision:\nAgreed: that the Harbour Authority enter into an agreement to pay ABP an annual payment of £150k from April 2019 as a contribution to their dredging costs.')).toEqual([['ABP', 150000]]);
  });
});

describe('a schedule of grants in minutes (from sets 200 and 201)', () => {
  const minutes = (third: string) =>
    `Westcombe Town Council\nMinutes of the Finance Committee held on Thursday 25 April 2013\n\nFGP2012/62 Grants:\nIt was RESOLVED to offer the following grants for 2013/14. Grants would be released as per Council's Policy.\nLGA Misc Provisions Act s19\na.   Westcombe Flower Club   £ 100\nb.   Westcombe Sailing Club   £ 500\n${third}   Westcombe Sea Cadets   £2,150\n\nCouncillor A Ash left the meeting\n\nd.   St Petrocs Senior Citizens Club   £ 750\n\nCouncillor A Ash returned to the meeting\nCouncillor R Oak left the meeting\n\ne.   Trevone Village Hall   £1,500`;
  const all = [['Westcombe Flower Club', 100], ['Westcombe Sailing Club', 500], ['Westcombe Sea Cadets', 2150], ['St Petrocs Senior Citizens Club', 750], ['Trevone Village Hall', 1500]];
  it('reads each row past its marker cell and the notes of members leaving, and totals them', () => {
    expect(namesAndSums(minutes('c.'))).toEqual(all);
    expect(extractFromPages([textPage(1, minutes('c.'))]).extracted.headlineAmount).toBe(5000);
  });
  it('keeps a row whose marker OCR misread ("(8" for "c.") an entry of its own', () => {
    expect(namesAndSums(minutes('(8'))).toEqual(all);
  });
  it('takes the sum approved, not the one a decision refuses ("To not support the request ... for £3,500")', () => {
    const text = "Southdale District Council\nDECISION:\n(1) To not support the request from the Southdale Advice Bureau for a supplementary grant of £3,500 as a contribution towards the additional costs of a session;\n(2) To approve core funding of £50,000 for the financial year 2006/07, the grant to be conditional upon a Service Level Agreement;\n(3) To note that additional resources will be available.";
    expect(extractFromPages([textPage(1, text)]).extracted.headlineAmount).toBe(50000);
  });
});

describe('tenders by lot and sums deferred to a meeting (from sets 202 and 203)', () => {
  it('"Accept the tender from X for Lot 1 (£118.25k)" gives X that sum, the verb no part of its name', () => {
    const text = 'Northwood Borough Council\nDecision notice\n\nDecision\n1. Accept the tender from Bell Decorating Group UK Limited for Lot 1 (£118.25k);\n2. Accept the tender from Alfred Bagnall & Sons Limited for Lot 3 (£47.35k);';
    expect(namesAndSums(text)).toEqual([['Bell Decorating Group UK Limited', 118250], ['Alfred Bagnall & Sons Limited', 47350]]);
  });
  it('a sum deferred "to the Delegated Decision meeting" goes to no party', () => {
    const text = 'Westshire County Council\nVillage Hall Grants 2012/13\n\nDecision:\n(a) approve the grants proposed in Annex 2 to this report;\n(b) agree that the allocation of the balance of £23,737 from 2012/13 be deferred to the Delegated Decision meeting for the Cabinet member on 21 January 2013.';
    expect(namesAndSums(text)).toEqual([]);
  });
});

describe('a settlement over years (from set 200)', () => {
  const text = 'Northfield Borough Council\nAdvice Agency Grant Funding\nDecision:\nRESOLVED –\n1. That a two-year funding settlement be allocated to Northfield Citizens Advice Bureau with £72,165 allocated for 2024/25 and £48,110 for 2025/26.\n2. That a two-year funding settlement be allocated to Westshire Law Centre with £20,849 allocated for 2024/25 and £20,828 for 2025/26.';
  it("gives each party the sums of its years, and the decision their total", () => {
    expect(namesAndSums(text)).toEqual([['Northfield Citizens Advice Bureau', 120275], ['Westshire Law Centre', 41677]]);
    expect(extractFromPages([textPage(1, text)]).extracted.headlineAmount).toBe(161952);
  });
  it('does not add a sum printed for several years at once ("£752 for 2016/17 and 2017/18")', () => {
    const grant = 'Eastvale Council\nDecision:\n1. That a grant be allocated to Eastbridge Charter Trust with £1,320 allocated for 2015/16 and £752 for 2016/17 and 2017/18.';
    expect(namesAndSums(grant)).toEqual([['Eastbridge Charter Trust', 1320]]);
  });
});

describe('schedules of payments in parish minutes (from sets 205 and 209)', () => {
  it('name each payee with its sum, past a minute paragraph number, leaving out what pays salaries, expenses or an office', () => {
    const text = 'Eastford Parish Council\nMINUTES OF THE FINANCE COMMITTEE MEETING HELD ON THE 2nd October 2006\n\n4) BANKING UPDATE\nAccounts for the period up to 27.09.2006 were circulated. The following payments were agreed\n4.1 Internal Auditor - £50\n4.2 Keith Ash &Co - £12 (registration of park)\n4.3 Mr P Birch - £250 (car park rental)\n4.4 St Johns/ St Peters Holiday Club - £200\n\n5) TAXI SCHEME\nAn update will be published in the next newsletter.';
    expect(namesAndSums(text)).toEqual([['Keith Ash &Co', 12], ['Mr P Birch', 250], ['St Johns/ St Peters Holiday Club', 200]]);
    expect(extractFromPages([textPage(1, text)]).extracted.headlineAmount).toBe(512);
  });
  it('"To consider and approve the following payments" leaves the clerk\'s salary out', () => {
    const text = 'Westfen Parish Council\nMinutes of the meeting held on Thursday 5th October 2023\n\n5. To consider and approve the Following payments\na) Clerks Salary & HMRC - £208.20\nb) HMRC - £31.20\nc) Methodist Chapel - £100.00\nIt was RESOLVED by all that the above payments be approved.';
    expect(namesAndSums(text)).toEqual([['HMRC', 31.2], ['Methodist Chapel', 100]]);
  });
});

describe('accounts for payment set out sum first (from sets 216 and 219)', () => {
  it('"£90 – DC Gardening Services – grass cutting" names its payee; the receipts under it are money coming in', () => {
    const text = 'Eastlacy Parish Council\nPlaying Field Committee\nPF6/16. FINANCE\n(a) Accounts for payment:\nRESOLVED that the following accounts be approved for payment:\n£90 – DC Gardening Services – grass cutting – October 2015\n£180 – DC Gardening Services – grass cutting – October 2015\n(b) Receipts:\n£400 – Eastlacy Football Club – fees for 2015/16\n£500 – Eastlacy Parish Council – 2nd instalment of grant 2015/16\nPF7/16. ANY OTHER ITEMS\nThere being no other business the meeting was closed.';
    expect(namesAndSums(text)).toEqual([['DC Gardening Services', 90], ['DC Gardening Services', 180]]);
    expect(extractFromPages([textPage(1, text)]).extracted.headlineAmount).toBe(270);
  });
});

describe('lines of a capital programme (from set 317)', () => {
  it('name no party: "£2.5m for Disability Facilities Grants", "£400k for Public Lighting"; a body given its sum in the same list still is one', () => {
    const text = 'Northshire County Council\nAgenda item\nFIVE YEAR CAPITAL PROGRAMME\nMinutes:\nCabinet was advised that in addition to the above there was continued support for the following:\n• £2.5m for Disability Facilities Grants\n• £600k for ongoing Highway Refurbishment\n• £400k for Public Lighting\n• £50k for Northby Citizens Advice Bureau\n\nRESOLVED that the Five-Year Capital Programme be approved.';
    expect(namesAndSums(text)).toEqual([['Northby Citizens Advice Bureau', 50000]]);
  });
});

describe('a schedule of bank balances under the payments (from set 316)', () => {
  it('names no payee from "d) Bank Account balances." over accounts and what they hold (a real parish minute, both copies)', async () => {
    for (const copy of ['digital', 'scanned']) {
      const pages = await realPages(`holdout316/pdf/morley-pc-2012-routine-finance-footpath-contribution.${copy}.pdf`);
      expect(pages.map((p) => p.text).join('\n')).toContain('Bank Account balances');
      const names = extractFromPages(pages).extracted.recipients.map((r) => r.name);
      expect(names.filter((n) => /Community Project|Parish Council/.test(n))).toEqual([]);
    }
  });
});

describe('applicants named before "applied for" (from set 232)', () => {
  const minutes = 'Northby Community Council\n\nMinutes\n\nGlenfarm windfarm awards\n\nNorthby School Parent Council applied for £1700 for bike racks and cameras and it was agreed to award them £600.\n\nAlan Birch applied for £1357.20 for yoga classes. It was agreed no award could be given at this time.\n\nNorthby Bowling club applied for £3000 to upgrade the playing surface and it was agreed to award them £3000.\n\nNorthby School Pupil Council applied for £1783.79 to purchase football posts.\nIt was agreed the council would purchase one set of posts itself. It was also agreed to give the Pupil Council £500 towards toys.';
  it('receive what the minute awards them, in the same sentence or the paragraph after; one refused receives nothing', () => {
    expect(namesAndSums(minutes)).toEqual([
      ['Northby School Parent Council', 600],
      ['Northby Bowling club', 3000],
      ['Northby School Pupil Council', 500],
    ]);
  });
});

describe('a delegated decision funding "the above project"', () => {
  it('gives the sum to the party the entry is headed by, its project after a dash left off', () => {
    const page = (heading: string) => `Eastcliffe District Council\nDelegated Decisions\n\n03/09/2018 - ${heading} ref: 1845    Recommendations Approved\n\nA shipping container will be converted to house a new community kitchen.\nDecision Maker: Ward Member for Eastcliffe Central (2)\nDecision published: 01/11/2018\nEffective from: 03/09/2018\nDecision:\nTo provide funding of £367.77 to the above project.\nReason for decision:\nThe kitchen will serve locally sourced food.`;
    expect(namesAndSums(page('Harbour Kitchen CIC'))).toEqual([['Harbour Kitchen CIC', 367.77]]);
    expect(namesAndSums(page('Northcliffe School - Diversity & Inclusion Week'))).toEqual([['Northcliffe School', 367.77]]);
  });
  it('names no one where the decision funds no "above" party', () => {
    const text = 'Eastcliffe District Council\nDelegated Decisions\n\n03/09/2018 - Harbour Kitchen ref: 1845\n\nDecision:\nTo provide funding of £367.77 from the ward budget.';
    expect(namesAndSums(text)).toEqual([]);
  });
});

describe('applications minuted one after another, each under its applicant and its own "Decision:-"', () => {
  const text = `Northway Council – Eastport Common Good Fund\n\nE1 New Applications\n\nE1 Eastport Drama Festival\n\nMinutes: The Trustees considered the application submitted by the Eastport Drama Group.\nDecision:- The Trustees agreed to award the full amount applied for of £1000.\n\nE1 Eastport Gaelic Choir\n\nMinutes: Councillor Smith joined the meeting during discussion of this item after some\ntechnical difficulties. The Trustees considered the application submitted by Eastport Gaelic Choir.\nDecision:- The Trustees agreed to award up to the sum of £1250 towards the cost of expenses for the\nCeilidh Buffet event subject to the submission of relevant receipts/invoices.`;
  it('reads each decision, a long one too, without its label', () => {
    const r = extractFromPages([textPage(1, text)]).extracted;
    expect(r.recommendations.map((x) => x.text.slice(0, 40))).toEqual(['The Trustees agreed to award the full am', 'The Trustees agreed to award up to the s']);
    expect(r.headlineAmount).toBe(2250);
  });
  it('gives each sum to the applicant its heading names', () => {
    expect(namesAndSums(text)).toEqual([['Eastport Drama Festival', 1000], ['Eastport Gaelic Choir', 1250]]);
  });
  it('reads "agreed to award the sum of £4750 towards the project" under its applicant', () => {
    const one = 'Northway Council – Eastport Common Good Fund\n\nE1 Additional Submissions\n\nE1 Dunmore Preservation Trust\n\nMinutes: The Trustees considered the application and the additional supporting information.\n\nDecision\n\nThe Trustees agreed to award the sum of £4750 towards the project.';
    expect(namesAndSums(one)).toEqual([['Dunmore Preservation Trust', 4750]]);
  });
});

describe("a table's column heading", () => {
  it('is no party, whichever reader finds it', () => {
    for (const h of ['Project Title', 'Organisation Name', 'Name of Applicant', 'Applicant', 'Payees']) expect(COLUMN_HEADING.test(h)).toBe(true);
    for (const n of ['Project Title Ltd', 'Holbeck Moor FC', 'Applicant Support Trust', 'Group Name Services']) expect(COLUMN_HEADING.test(n)).toBe(false);
  });
});

describe('a name that starts with an ordinal', () => {
  it('is read whole ("1st Eastby Scout Group"), a date ("16th May") is no name', () => {
    expect(namesAndSums('Recommendation\n1. Approve a grant of £500 to 1st Eastby Scout Group towards new flooring.')).toEqual([['1st Eastby Scout Group', 500]]);
    expect(namesAndSums('Recommendation\n1. Approve the extension of the contract with Topcoat Ltd from 16th May 2024 at a value of £2,500,000.').map((r) => r[0])).toEqual(['Topcoat Ltd']);
  });
});

describe('an applicant whose request is approved', () => {
  it('receives the sum it asked for ("approval to a request for financial assistance from X of £N")', () => {
    expect(namesAndSums('Northway Metropolitan Borough Council\nDecision details\n\nDecision:\nThe Cabinet Member for Communities & Housing has given approval to a request for financial assistance from Eastgate St Mary’s Housing Group of £165,593 from commuted sums.')).toEqual([['Eastgate St Mary’s Housing Group', 165593]]);
    expect(namesAndSums('Decision:\nThe Committee considered a request for financial assistance from Eastgate Housing Group of £5,000 and deferred it.')).toEqual([]);
  });
});

describe('a party named by its kind alone', () => {
  it('is the body of that kind the paper names in full, the one its head names first when it names two', () => {
    const text = 'Westby City Council\nDecisions published\n10/02/2021 - COVID-19 Support to Westby Sports & Cultural Trust ref: 1088\nTo update Members on the impact of COVID19 on the Westby Cultural & Leisure Trust.\nDecision Maker: Cabinet\n\nDecision:\n(1) cashflow support up to a maximum of £290k be provided to The Trust as a revolving credit facility.';
    expect(namesAndSums(text)).toEqual([['Westby Sports & Cultural Trust', 290000]]);
    expect(namesAndSums('Eastby Council\n\nThe Eastby Almshouse Trust has asked for help with repairs.\n\nDecision:\nThat a grant of £5,000 be paid to the Trust.')).toEqual([['Eastby Almshouse Trust', 5000]]);
  });
});

describe('minutes that record an award by its grantee', () => {
  const minutes = (body: string) => `Westby Council\n\nMinutes of the Westby Area Board meeting held on 4 March 2015\n\nPresent: Cllr A Smith (Chairman), Cllr B Jones\n\n7. Community Area Grants\n\nThe Board considered three grant applications.\n\n${body}\n\nThe meeting closed at 8.40pm.`;
  it('gives each grantee its sum ("Hindon Parish Council was awarded £487 toward ...")', () => {
    const text = minutes('Eastby Parish Council was awarded £487 toward the cost of audio-visual equipment.\n\nUpper Westby Parochial Church Council was awarded £2,690 toward their project to restore two sets of hand bells.');
    expect(namesAndSums(text)).toEqual([['Eastby Parish Council', 487], ['Upper Westby Parochial Church Council', 2690]]);
  });
  it('takes no grantee from a report that tells of an earlier award', () => {
    const report = 'Westby Borough Council\nReport to Cabinet\n\nBackground\n\nIn 2019 Eastby Parish Council was awarded £487 toward the cost of audio-visual equipment.\n\nRecommendation\n\nThat the report be noted.';
    expect(namesAndSums(report)).toEqual([]);
  });
});

describe('a name that ends on a thing', () => {
  it('is no party ("Vinyl Flooring Contract"), or is cut to the party before what it is given money for', () => {
    expect(namesAndSums('Westby District Council\nDecision\nRecommendation\n1. To approve expenditure of £200,000 for the Vinyl Flooring Contract 2017-2021.')).toEqual([]);
    expect(namesAndSums('Northway Combined Authority\nDecision\nRecommendation\n1. To award £48,965 to Eastby Stage for the Raby Street Creative Hub Feasibility and Business Plan.')).toEqual([['Eastby Stage', 48965]]);
  });
  it("is read without a form's label before it or a joining word after it", () => {
    expect(cleanName('Reference Selby Place Partnership')).toBe('Selby Place Partnership');
    expect(cleanName('Adult Social Care Providers With')).toBe('Adult Social Care Providers');
  });
});

describe('contract awards worded around the supplier', () => {
  it('"That X be awarded the ... contract ..." past a long description, then its price', () => {
    const text = 'Westwood District Council\nDecision\n\n(1) That Brightline CMS Ltd be awarded the 1-year contract renewable annually for up to a maximum of 4-further years, for the planned block electrical testing and electrical upgrades to Council owned properties in the sum of £230,274.06 with an overall weighted price and quality score of 82.8%;';
    expect(namesAndSums(text)).toEqual([['Brightline CMS Ltd', 230274.06]]);
  });
  it('"the lowest tender ..., that of X, Town, in the amount of £N"', () => {
    const text = 'Eastshire Council\nMinute of Meeting\n\nThe committee agreed:\n(i) to accept the lowest tender for the several works, that of R R Pike & Co Ltd, Montrose, in the amount of £124,772.51, subject to agreed savings of £23,507;';
    expect(namesAndSums(text)).toEqual([['R R Pike & Co Ltd', 124772.51]]);
  });
  it('"X be offered the contract" names a supplier without its sum', () => {
    const text = 'Northby Council\nRecord of Cabinet decisions\n\n153/2005 The Cabinet agreed that Mill Lane Construction be offered the contract, on the terms set out in the exempt appendix, to carry out pavement resurfacing works for 2005/2006.';
    expect(namesAndSums(text)).toEqual([['Mill Lane Construction', null]]);
  });
  it('"Approve the appointment of X under the direct award ...", its sum from the contract\'s stated value', () => {
    const text = 'London Borough of Westford\nDecision\n\n1. Approve the appointment of Southgate Vehicle Hire Ltd under the direct award under the District CIC framework agreement to provide a fleet service, including the provision of vehicles. The estimated value of the contract is up to £120,000.';
    expect(namesAndSums(text)).toEqual([['Southgate Vehicle Hire Ltd', 120000]]);
  });
  it('"increasing the value of the X (formerly Y) contract by £N" names X; a form of contract by its initials ("the JCT contract") is none', () => {
    const text = 'MOPAC\nDecision\n\nRecommendation\n1. Approve increasing the value of the Elmans (formerly Oakco) contract by total value of £17,914,050 which is 37% of the initial value of the contract.';
    expect(namesAndSums(text)).toEqual([['Elmans', 17914050]]);
    const jct = 'Northway Council\nDecision\n\nThat Cabinet approved increasing the value of the JCT contract by £1.1m so that total contract value is £10.1m.';
    expect(namesAndSums(jct)).toEqual([]);
  });
});

describe('a decision paper titled by the party it gives money to', () => {
  const decision = (title: string, item: string) => `Police and Crime Commissioner for Northshire\nDecision Record\n\nDecision Title: ${title}\n\nExecutive Summary\nThe Commissioner has considered a request.\n\nDecision\n1. ${item}\n\nSignature`;
  it('names the party after the giving ("Victims Funding – SPARC"), with the one sum the decision states', () => {
    expect(namesAndSums(decision('Victims Funding – SPARC', 'To approve funding of £14,347 for the service in 2014/15.'))).toEqual([['SPARC', 14347]]);
  });
  it('names the party before it ("Safer Westford Foundation – grant application") and after "Funding for"', () => {
    expect(namesAndSums(decision('Safer Westford Foundation – grant application', 'To award a grant to support the core costs of the organisation.'))).toEqual([['Safer Westford Foundation', null]]);
    expect(namesAndSums(decision('Funding for Easterside Partnership', 'To approve a grant of £6,000 from the Community Safety Fund.'))).toEqual([['Easterside Partnership', 6000]]);
  });
  it('takes no party from a title that names a plan, a post or the giving itself, or where nothing is given', () => {
    expect(namesAndSums(decision('Community Grants - Allocation of Funding', 'To approve grants of £5,000 in total.'))).toEqual([]);
    expect(namesAndSums(decision('Funding for Integrated Management Hub Prison Officer', 'To approve funding of £41,092 for the post.'))).toEqual([]);
    expect(namesAndSums(decision('Victims Funding – SPARC', 'To note the annual report of the service.'))).toEqual([]);
  });
});

describe('a list of one under an introduction that funds what it lists', () => {
  it('"fund one application ... :" over "- Coruscate Stained Glass – £500." names the applicant', () => {
    const text = 'Eastfield Council\nDecision details\n\nDecision\nSubject to confirmation by the recipient of their agreement to the funding criteria, fund one application made during the second tranche bidding window which fully met the eligibility criteria:\n\n- Lumen Stained Glass – £500.\n\nAlternative options considered\nOption 1 - Not fund the application listed above.';
    expect(namesAndSums(text)).toEqual([['Lumen Stained Glass', 500]]);
  });
  it('a line of one sum under an introduction that does not give money names no one', () => {
    const text = 'Eastfield Council\nDecision details\n\nDecision\nThe budget position for the year is as follows:\n\n- Westfield Road Depot – £500.\n\nReasons\nThe budget is on track.';
    expect(namesAndSums(text)).toEqual([]);
  });
});

describe('a party\'s sum paid in instalments, the body\'s own office, and a payment\'s purpose', () => {
  it('takes the sum stated over its instalments ("£150,000 to be paid in three instalments of £50,000 per year")', () => {
    const text = 'Westford Council\nDecision details\n\nDecision:\n1. To enter into a grant agreement with Forward Youth for a three year period. This grant agreement is for £150,000 to be paid in three instalments of £50,000 per year.';
    expect(namesAndSums(text)).toEqual([['Forward Youth', 150000]]);
  });
  it('names no party in the body\'s own office ("to the Authority’s Section 151 Office")', () => {
    const text = 'Northshire County Council\nDecision\n\n1) Accept the additional highways maintenance grant of £3.014m.\n2) Delegate approval and discharge of the relevant grant conditions to the Authority’s Section 151 Office.';
    expect(namesAndSums(text)).toEqual([]);
  });
  it('names no party in a payments list\'s honorarium ("Internal audit honorarium | £ 25.00")', () => {
    const rows = [row(0.3, [[10, 'It was agreed that the following accounts be paid:']]), row(0.3167, [[10, 'Ash Tree Surgery'], [60, '£238.14']]), row(0.3333, [[10, 'Internal audit honorarium'], [60, '£ 25.00']])];
    const names = laidOutRecipients(textPage(1, 'Eastby Parish Council\nMinutes\n\n7. Accounts'), rows.flat()).map((r) => r[0]);
    expect(names).toContain('Ash Tree Surgery');
    expect(names).not.toContain('Internal audit honorarium');
  });
});

describe('recipients met on held-out sets 323-325', () => {
  it('takes the named tenderer, not the unnamed others tendering with it ("The tenders of X and ancillary ... contractors in the sum of ...")', () => {
    expect(namesAndSums('Northway City Council', 'Decision:', '(i) The tenders of Amey Hallam Highways and ancillary professional service contractors in', 'the sum of £570,370 is accepted; and', '(ii) letters of Acceptance are issued accordingly.')).toEqual([['Amey Hallam Highways', 570370]]);
  });
  it('reads no recipients from the precept notices issued on billing authorities, who pay the commissioner (a real record of decision)', async () => {
    const r = extractFromPages(await realPages('holdout323/pdf/westmercia-pcc-2023-08-setting-the-budget-2023-24.digital.pdf')).extracted;
    expect(r.amounts.some((a) => a.value === 10029691.88)).toBe(true);
    expect(r.recipients).toEqual([]);
  });
  it('takes the applicant a numbered minute names after "Small Grant Application -", for "Resolved by majority to approve a grant of £250 in principle, ..."', () => {
    const text = ['Westby Town Council', 'Finance Committee - Thursday, 25th February 2021', '183. Minutes', 'Minutes:', 'Resolved that the minutes of the meeting held on 21 January 2021 be approved as a correct record.', '184. Small Grant Application - Westby & District u3a', 'To consider a grant request for £250 toward the costs of an Open Day event.', 'Minutes:', 'Resolved by majority to approve a grant of £250 in principle, to be paid when the date of the event is', 'confirmed.'].join('\n');
    const r = extractFromPages([textPage(1, text)]).extracted;
    expect(r.recommendations.map((x) => x.text.slice(0, 28))).toEqual(['to approve a grant of £250 i']);
    expect(r.recipients.map((x) => [x.name, x.amount])).toEqual([['Westby & District u3a', 250]]);
  });
});

describe('a marked list of contracts awarded, a service and its provider each', () => {
  it('names each provider after the last dash, without a sum; the next item of the decision ends the list', () => {
    const text = ['Westby City Council', 'Summary of Decision', 'The Cabinet Member has:', '1. Approved the direct award of contracts for the 3 services confirmed below from 1 April 2023 to 31', 'March 2025, with a break clause at 30 September 2024:', 'i) Elmfield Way – Yarrow', 'ii) Cambridge Gardens – London Cyrenians', 'iii) Lapworth Court – Support for Living / Certitude.', '2. Noted the expenditure from 1 April 2023 to 31 January 2024.'].join('\n');
    expect(namesAndSums(text)).toEqual([['Yarrow', null], ['London Cyrenians', null], ['Support for Living / Certitude', null]]);
  });
});

describe('a sole tender capped "to the value of no more than"', () => {
  it('gives its party that sum (a cap, as "up to" is, not a rule\'s limit)', () => {
    const text = ['Westby Borough Council', 'Decision details', 'Decision:', '1. That Cabinet approve the waiving of Contract Standing Orders to seek a sole tender from Little Wonders', 'Interiors Ltd to the value of no more than £50,000 to deliver an Enterprise Support Programme contract for 2 years.', '2. That Cabinet agree to delegate the decision to extend the contract to the Director.'].join('\n');
    expect(namesAndSums(text)).toEqual([['Little Wonders Interiors Ltd', 50000]]);
  });
});

describe("an agenda item's verb before a body's name", () => {
  it('is no party ("C) Consider Parish Council fund First Aid Course" names the council\'s own fund), real parish minutes', async () => {
    const r = extractFromPages(await realPages('holdout328/pdf/swaby-pc-2023-11-15-accounts-for-payment-bacs.digital.pdf')).extracted;
    expect(r.recipients.map((x) => x.name).filter((n) => /Consider|Parish Council/.test(n))).toEqual([]);
  });
});
