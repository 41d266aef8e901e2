// Records of the genre that are not in the shared fixtures: a council record of decision, a prose
// MOPAC decision, an unsigned paper with no money. Text pages laid out on a grid (see textPage).
import { describe, expect, it } from 'vitest';
import { textPage } from '../src/checks/text-page.ts';
import { extractFromPages as analyse } from '../src/pipeline/extract-from-pages.ts';
import { COUNCIL_RECORD } from '../scripts/lib/council-record.ts';
import { headingKind } from '../src/layout/segment.ts';
import type { Line } from '../src/layout/doc-lines.ts';
import { laidOutRecord, row } from './laid-out.ts';

const record = (...pages: string[]) => analyse(pages.map((t, i) => textPage(i + 1, t))).extracted;

// The signature as two rows: the labels, then the date under "Date".
const COUNCIL = COUNCIL_RECORD.replace(/^Signed: .*$/m, 'Signed                                         Date\n                                               08/10/2024');

describe('a council record of decision', () => {
  const r = record(COUNCIL);
  it('reads the labelled fields laid out in two rows', () => {
    expect(r.reference).toBe('24/00093');
    expect(r.title).toBe('Highways Term Maintenance Contract - Extension');
    expect(r.authority).toBe('Kent County Council');
  });
  it('dates the decision from its signature and the committee meeting by its role', () => {
    expect(r.decisionDate).toBe('2024-10-08');
    expect(r.dates.find((d) => d.date === '2024-09-12')?.role).toBe('meeting');
    expect(r.dates.find((d) => d.date === '2025-04-30')?.role).toBe('other');
  });
  it('lists the decisions as recommendations and finds the annual figure', () => {
    expect(r.recommendations.map((x) => x.text.split(' ')[0])).toEqual(['APPROVE', 'DELEGATE']);
    expect(r.amounts).toMatchObject([{ value: 45e6, period: 'annual', section: 'recommendation' }, { value: 90e6, period: null }]);
    expect(r.headlineAmount).toBe(45e6);
    expect(r.flags.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('a prose MOPAC decision signed late', () => {
  const r = record(
    `MOPAC\nDMPC Decision – PCD 1021\n\nTitle: Body Worn Video Replacement\n\nExecutive Summary:\nThe cameras issued in 2016 are at the end of their life. The replacement costs £3.2m over four years.\n\nRecommendation:\nThe Deputy Mayor for Policing and Crime is recommended to approve capital expenditure of £3.2m for the replacement of body worn video cameras.\n\nDeputy Mayor for Policing and Crime\nThe above request has my approval.\nSignature\nDate 2nd March 2022`,
    `PART I - NON-CONFIDENTIAL FACTS AND ADVICE TO THE DMPC\n\n1. Financial Comments\n1.1. The capital cost of £3.2m is funded from the capital programme.\n\n2. Time sensitivity\n2.1. A decision is required by 28 February 2022 so that the contract can start in April.\n\nPublic access to information\nIs the publication of Part 1 of this approval to be deferred? NO\nIs there a Part 2 form – NO`,
  );
  it('reads the fields', () => {
    expect(r).toMatchObject({ authority: "Mayor's Office for Policing and Crime (MOPAC)", reference: 'PCD 1021', title: 'Body Worn Video Replacement', decisionDate: '2022-03-02', headlineAmount: 3.2e6 });
    expect(r.exemptions).toMatchObject({ part1Deferred: false, part2: false, foiaSections: [] });
    expect(r.recommendations).toHaveLength(1);
  });
  it('flags the late signature and nothing that is consistent', () => {
    expect(r.flags.map((f) => f.code)).toEqual(['late-decision']);
  });
});

describe('an unsigned paper with no money', () => {
  const r = record(`Report to the Police and Crime Panel\n\nTitle: Annual Report on Stop and Search\n\nDate of report: 14/06/2021\n\nRecommendations\n1. The Panel is asked to note the report.\n\nSigned:\nDate:`);
  it('yields no amounts and no decision date', () => {
    expect(r.amounts).toEqual([]);
    expect(r.headlineAmount).toBeNull();
    expect(r.decisionDate).toBeNull();
    expect(r.dates).toMatchObject([{ role: 'report', date: '2021-06-14' }]);
  });
});

describe('FOIA exemptions as printed', () => {
  it('reads lists of sections and ignores other Acts', () => {
    const r = record(`Part 2 – This section refers to the details of the Part 2 business case which is NOT SUITABLE for publication.\nThe paper is exempt under sections 40(2), 42 and 43 of the Freedom of Information Act 2000, and s.31.\nSection 57 of the DPA 2018 applies to the assessment.\nThe Government Security Classification marking for Part 2 is: OFFICIAL-SENSITIVE [COMMERCIAL]\nThe confidentiality of part 2 should be reviewed after ten years (June 2029).`);
    expect(r.exemptions).toMatchObject({ foiaSections: [31, 40, 42, 43], classification: 'OFFICIAL-SENSITIVE [COMMERCIAL]', until: 'ten years (June 2029)' });
  });
});

describe('a two-column PCC decision notice', () => {
  const r = record(`Office of the Police and Crime Commissioner for Hertfordshire\nDecision Notice\n\nDecision Number:\nOPCC/2019/05\n\nTitle:\nReplacement of the custody CCTV system at Stevenage and\nHatfield police stations\n\nRecommendation(s)\nThe Commissioner is asked to approve the following\na) the award of a contract for custody CCTV at a cost of £412,000; and\nb) annual maintenance of £18,500 per annum for five years.\n\nSigned: Police and Crime Commissioner\nDate: 14th May 2019`);
  it('reads the fields from labels whose values sit below them', () => {
    expect(r).toMatchObject({ reference: 'OPCC/2019/05', authority: 'Office of the Police and Crime Commissioner for Hertfordshire (Hertfordshire PCC)', decisionDate: '2019-05-14', headlineAmount: 412000 });
    expect(r.title).toBe('Replacement of the custody CCTV system at Stevenage and Hatfield police stations');
    expect(r.recommendations.map((x) => x.text.slice(0, 14))).toEqual(['the award of a', 'annual mainten']);
  });
});

describe('a cost table with its unit in the caption', () => {
  const r = record(`3. Financial Comments\n3.1. The costs are set out below.\n\nTable 1: Costs (£m)\n                 2019/20   2020/21   Total\nCapital          1.2       0.8       2.0\nRevenue          0.3       0.3       0.6\nTotal            1.5       1.1       2.9\n\nThe costs will be met from the approved budget.`);
  it('reads the cells in pounds and checks the sums', () => {
    expect(r.amounts.filter((a) => a.section === 'table').map((a) => a.value)).toEqual([1.2e6, 0.8e6, 2e6, 0.3e6, 0.3e6, 0.6e6, 1.5e6, 1.1e6, 2.9e6]);
    const sums = r.flags.filter((f) => f.code === 'sum-mismatch');
    expect(sums).toHaveLength(1);
    expect(sums[0]!.message).toMatch(/^Expected 2\.6 \(£m\) for Total \/ Total/);
  });
});

describe('signature blocks on one line', () => {
  it('dates the decision from "Signature ... Date" and ignores "dated" in prose', () => {
    const r = record(`Please refer to the Business Case (Version 1.1 dated 13/09/2017).\n\nDeputy Mayor for Policing and Crime\nThe above request has my approval.\nSignature   Sophie Linden     Date 03/09/2018`);
    expect(r.decisionDate).toBe('2018-09-03');
    expect(r.dates.find((d) => d.date === '2017-09-13')?.role).toBe('other');
  });
});

describe('a named meeting\'s heading', () => {
  it('dates the decisions from "Cabinet Member for Strategic Outcomes - Monday, 21st July, 2014"', () => {
    const r = record('Northway East Council\nCabinet Member for Strategic Outcomes - Monday, 21st July, 2014 1.00 pm\nVenue: Committee Suite 1, Westfields\n\n5. Apologies for Absence\nThere were no apologies.\n8. Allocation of Memorial Grants\nDecision:\nThat the following memorial grants be awarded as indicated.');
    expect(r.decisionDate).toBe('2014-07-21');
  });
});

describe('decisions introduced by their day', () => {
  it('dates the decisions from "decisions were taken on DATE" and "the Commissioner signed on DATE"', () => {
    expect(record('Northway Council\nCabinet decisions\n\nThe following decisions were taken on 21 DECEMBER 2005 by the CABINET\n\n1. To approve the contract.\n\nThese decisions do not take effect until 10 JANUARY 2006').decisionDate).toBe('2005-12-21');
    expect(record('Northway Fire Commissioner\nDecision\n\nThat the Commissioner approves the plan.\n\nThe report was considered in July 2020.\nNorthway Fire Commissioner signed on Wednesday 04 November 2020').decisionDate).toBe('2020-11-04');
  });

  it('dates the decisions from "On 19 January 2021, Cabinet:" over a later plan\'s year', () => {
    const r = record('Northway City Council\nDecision details\n\nDecision:\n On 19 January 2021, Cabinet:\n (i)    Approved the business case for Phase 1 at a total estimated cost of £4.2m;\n (ii)   Noted that Phase 2 will be presented in the summer of 2021.');
    expect(r.decisionDate).toBe('2021-01-19');
  });

  it('dates the decisions from the heading of a meeting held to take them, whoever takes them, its date cut across two lines', () => {
    const leader = record('Northway County Council\nAgenda and minutes\nMember Decisions Meeting for the Leader (Pre May 2022) - Wednesday, 20th\nDecember, 2017 10.00 am\nVenue: Leader\'s Office, County Hall.\nItems\n3. FINANCIAL ASSISTANCE FROM THE CHURCH FUND\nMinutes:\nRESOLVED that the following applications be approved.');
    expect(leader.decisionDate).toBe('2017-12-20');
    const delegated = record('Northway City Council\nAgenda and decisions\n\nDelegated Decisions - Tuesday 30th May, 2023 5.30 pm\n\nVenue: Room 1.02, Civic Offices\nItems\n2. Grant Award to Northway Advice\nDecision:\nThat a grant of £0.277m be awarded to Northway Advice for one year.');
    expect(delegated.decisionDate).toBe('2023-05-30');
  });

  it('does not date a meeting\'s minutes from an item approving an earlier meeting\'s minutes, nor from a sentence cut over two lines', () => {
    const r = record('Northway Council\nCommon Good Fund – Agenda and minutes\nVenue: Online\n1. Apologies\nThere were no apologies.\n3a Minute of meeting of the Common Good Fund held on Wednesday, 3 June\n2020\nThe Minute of the meeting of the Common Good Fund held on Wednesday, 3 June\n2020 was approved as an accurate record.\n4a Northway Rovers\nDecision\nThe Fund agreed to award the group £3,000.00.');
    expect(r.decisionDate).toBeNull();
  });
});

describe('a "Decision Made" field', () => {
  it('dates the decision from the date beside "Decision Made:", a report\'s earlier meeting aside', () => {
    const r = record('NORTHWAY BOROUGH COUNCIL\n\nRECORD OF DECISION OF THE Cabinet\n\nDecision Made:              9 June 2021\n\nHARBOUR WORKS\n\nIssue for Decision\nAt its meeting on 12 February 2021 the Cabinet set aside funding.\n\nDecision Made\nThat the scheme be approved.');
    expect(r.decisionDate).toBe('2021-06-09');
  });
});

describe('other authorities', () => {
  const authority = (text: string) => record(text).authority;
  it('names boroughs, the GLA and councils', () => {
    expect(authority('London Borough of Camden\nRecord of Executive Decision\nDecision No: CD/2020/14')).toBe('London Borough of Camden');
    expect(authority('MAYOR OF LONDON\nMayoral Decision – MD2456\nTitle: Green New Deal Fund')).toBe('Greater London Authority (Mayor of London)');
    expect(authority('Leeds City Council\nDelegated Decision Notice')).toBe('Leeds City Council');
    expect(authority('MOPAC\nMAYOR OF LONDON\nDMPC Decision – PCD 679')).toBe("Mayor's Office for Policing and Crime (MOPAC)");
  });

  it('takes a commissioner\'s banner without its place for the commissioner the text names, not a council the paper pays', () => {
    const text = 'THE OFFICE OF POLICE AND CRIME COMMISSIONER\n\nDECISION NOTICE\nDecision number:   33/2016\nDate:   27 June 2016\nAuthor:   Chief Executive\nTitle:   COMPENSATION: DISTRICT COUNCIL\nContact:   Chief Finance Officer\n\nFive years ago the force moved its section into council offices.\nHarbour District Council has already paid the force a sum to relocate.\nThe force then moved again, to temporary premises.\nHarbour District Council has shown the costs it incurred.\nThe costs were checked by the force.\n\nResolved that the Commissioner agrees to pay compensation to Harbour District Council.\n\nDeclaration\nI confirm that I have declared any interest to the Police and Crime\nCommissioner for Northshire.';
    expect(authority(text)).toBe('Police and Crime Commissioner for Northshire (Northshire PCC)');
  });

  it('names bodies as banners print them: a national body, places listed with a comma, the kind of council first, a mayor by area, a form name before a commissioner', () => {
    const r = record('The National Lottery Heritage Fund\nWales: delegated decisions November 2024\nSchedule of decisions under delegated powers for Wales on 4 November 2024\n\nGrant increases\n\nFlat Holm: A Walk Through Time\nApplicant: Cardiff Council\nDecision: Award grant increase of £249,998 to make a total grant of £2,047,528');
    expect(r.authority).toBe('The National Lottery Heritage Fund');
    expect(authority('Bournemouth, Christchurch and Poole Council\nDecision details\nAgreeing additional grant funding for works')).toBe('Bournemouth, Christchurch and Poole Council');
    expect(authority('Borough Council of King\'s Lynn & West Norfolk\nDecisions published')).toBe("Borough Council of King's Lynn & West Norfolk");
    expect(authority('OPCC Northshire – Decision Making Record\nPolice and Crime Commissioner for Northshire – Decision Making\nRecord')).toBe('Police and Crime Commissioner for Northshire (Northshire PCC)');
    expect(authority('Mayor of West Yorkshire – Policing and Crime\nDecision Log\nApproved decision: To allocate £50,000.\nSigned: Deputy Mayor for Policing & Crime')).toBe('Mayor of West Yorkshire');
  });

  it('does not take the body a title gives money to for the author, and knows a combined authority by its initials', () => {
    expect(authority('Decisions published\n12/03/2025 - Progression of Leeds City Council Housing Programme to full approval and\naward of £2,000,000 to Leeds City Council ref: 701\nRecommendations Approved\nAt the MCA Board, WYMCA secured delegated authority to approve the project.')).toBe('WYMCA');
  });

  it('names a police authority, and the City of London from a banner that names its committee', () => {
    expect(authority('METROPOLITAN POLICE AUTHORITY\n\nPOCA allocation to the Safer London Foundation\n\nReport by the Treasurer\nMembers are asked to approve an allocation of £500,000.')).toBe('Metropolitan Police Authority');
    expect(authority('City of London – City Bridge Trust Committee\n\nGrants of over £250,000\nThe Committee approved three grants.')).toBe('City of London Corporation');
  });
  it('reads a commissioner named with a possessive, and no place from a news banner', () => {
    expect(authority('News\nDurham’s Police and Crime Commissioner has awarded £20,000 to local groups.')).toBe('Durham’s Police and Crime Commissioner (Durham PCC)');
    expect(authority('Valley FM – Local News\nPolice and Crime Commissioner announces £50,000 for local groups')).toBe('Police and Crime Commissioner');
  });
  it('names a development corporation by its banner, and the Welsh Government', () => {
    expect(authority('Old Oak and Park Royal Development Corporation\n\nChief Executive decision CD130\nThat the contract be awarded.')).toBe('Old Oak and Park Royal Development Corporation');
    expect(authority('Welsh Government\nLetters of Comfort – Cohesive Communities\nThe Minister approved the letters.')).toBe('Welsh Government');
    expect(authority('Greater London Authority\nLondon Legacy Development Corporation Transition – approval of reduced area\nThat the Mayor approves.')).toBe('Greater London Authority (Mayor of London)');
  });
  it('reads a banner whose first capital OCR read as a small letter, but not a cut word', () => {
    expect(authority('northway City Council\n\nRecord of delegated decision\nThat the contract be renewed.')).toBe('Northway City Council');
    expect(authority('ty Council\n\nRecord of delegated decision\nThat the contract be renewed.')).not.toBe('Ty Council');
    expect(authority('Report to Cabinet\nCall-in of the Family Hubs decision\n\nIf the decision is referred to\nfull Council, it must be reconsidered by Cabinet.\nEngagement with Northway Borough Council over the proposals.')).not.toBe('Full Council');
  });
});

describe('titles', () => {
  const title = (text: string) => record(text).title;
  it('takes no title from a grid\'s row of labels, a report\'s author line, a news banner, or a resolution\'s lead-in', () => {
    expect(title('Northway Borough Council\nDecision details\nDecision Maker          Decision status\nCabinet                 Recommendations Approved\n\nDecision\n1. That the loan be approved.')).toBeNull();
    expect(title('Northway County Council\nDecision details\nREPORT OF THE INTERIM EXECUTIVE DIRECTOR OF FINANCE\n\nDecision Maker: Cabinet')).toBeNull();
    expect(title('Valley FM – Local News\n\nCommissioner awards £50,000 to local groups\n\nLocal groups have received funding.')).toBe('Commissioner awards £50,000 to local groups');
    expect(title('Eastham Council\nIssue - decisions\n\nHaving considered an officer report, the Mayor and Cabinet agreed that:\n\n(1) the grant be approved.')).toBeNull();
  });

  it('rejoins a title that runs to the margin, but never takes in the sentence below it', () => {
    expect(title('Title: Provision of Automatic Number Plate Recognition Cameras for the Metropolitan Police\nService Area\n\nExecutive Summary:')).toBe('Provision of Automatic Number Plate Recognition Cameras for the Metropolitan Police Service Area');
    expect(title('Title: Provision of Automatic Number Plate Recognition Cameras for the Metropolitan Police\nThe Home Office is replacing the existing system. It will be live in 2019.')).toBe('Provision of Automatic Number Plate Recognition Cameras for the Metropolitan Police');
  });
});

describe('titles in the header block', () => {
  // A text page whose words carry the style `style` gives them (font size as a fraction of the page height, bold, OCR confidence).
  type Style = { size?: number; bold?: boolean; conf?: number };
  const styled = (text: string, style: (w: { text: string; box: { y: number } }) => Style, source: 'text' | 'ocr' = 'text') => {
    const page = textPage(1, text);
    return analyse([{ ...page, source, words: page.words.map((w) => ({ ...w, ...style(w) })) }]).extracted;
  };
  /** A page as OCR reads it: every line one height, no weights. */
  const ocrPage = (text: string) => styled(text, () => ({ conf: 0.9, size: 0.02 }), 'ocr');
  const sized = (text: string, titleRow: number) => styled(text, (w) => ({ size: Math.round(w.box.y * 60) === titleRow ? 0.03 : 0.02 }));
  it('takes a title set larger than the body even when it ends on a full stop, not the sentence under it', () => {
    const r = sized('DACORUM BOROUGH COUNCIL\n\nTo support the Council on the Ex-Offender Housing Navigator Project.\n\nTo approve an exemption to the standing orders and award a contract directly in relation to:\nthe Navigator project.', 2);
    expect(r.title).toBe('To support the Council on the Ex-Offender Housing Navigator Project.');
  });
  it('never takes a form\'s fields for the title or its continuation, however prominent', () => {
    const r = styled('West of England Combined Authority\n\nLow Carbon Challenge Fund extension\n\nDecision Maker: Chief Executive, West of England Combined Authority\nDecision status: Recommendations Approved\n\nPurpose:\nIn approving the fund the Committee agreed officer delegations to ensure that decisions on business\ncases can be progressed at pace. One of the proposals was the Low Carbon Challenge Fund extension.\nA Full Business Case was prepared seeking £1.943m to extend and enhance the programme.', (w) => ({ size: Math.round(w.box.y * 60) === 5 ? 0.032 : w.box.y > 0.02 && w.box.y < 0.12 ? 0.03 : 0.02 }));
    expect(r.title).toBe('Low Carbon Challenge Fund extension');
  });
  it('reads an OCR grid by its columns: a row of values under labels, and a label stacked over its value', () => {
    const grid = ocrPage('CLEVELAND POLICE AND CRIME COMMISSIONER\n\nDecision number    Subject\n65-2014            Establishment of the Community Safety Fund\n\nOn 18 February 2014, the PCC set the budget for 2014/15.');
    expect(grid.reference).toBe('65-2014');
    const stacked = ocrPage('GREATER MANCHESTER COMBINED AUTHORITY\n\nCut Short: Fighting Against Knives\n\nRef\n1590\n\nDecision status\nRecommendations Approved');
    expect(stacked.reference).toBe('1590');
  });
  it('takes a code printed alone in the header for the reference, before one the prose cites, and never a wrapped heading\'s last line', () => {
    const alone = record('Eastshire Police and Crime Commissioner\n\nRecord of decision\n\nPCC/D/2024/07\n\nExecutive Summary\nThe project was approved in July 2022 (Ref PCC/D/2022/23). Approval is sought for a further £37,575.');
    expect(alone.reference).toBe('PCC/D/2024/07');
    const wrapped = record('Northway City Council\n\nAward of contracts for youth centres in Northway –\nJUN19/CMDN/41\n12/06/2019 - Award of contracts for youth centres ref: 1602 Recommendations Approved\n\nThe Cabinet Member authorised the award of a contract for £250,000.');
    expect(wrapped.reference).toBe('1602');
    const dated = record('NORTHWAY PARISH COUNCIL\n\nMINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON WEDNESDAY 27\nJANUARY 2021\n\nPresent: Cllrs A Person (Chairman), B Person.\n\nIt was resolved to pay £120 to the clerk.');
    expect(dated.reference).toBeNull();
  });
  it('starts a decisions list\'s entry on the line above its "ref:" line where its title wrapped at the margin there', () => {
    const rows = [
      row(0.1, [[10, 'Ringwood Town Centre Improvements (Phase 2) and the Northgate Bus Station Slip']]),
      row(0.1167, [[10, 'Road Closure ref: 1660']]),
      row(0.1334, [[10, 'Status'], [30, 'Recommendations Approved']]),
      row(0.1501, [[10, 'Decision Maker'], [30, 'Director of Economy Transport and Environment']]),
      row(0.2, [[10, 'Decision:']]),
      row(0.2167, [[10, '1. That the Director approves the addition of the scheme at a value of £200,000.']]),
    ];
    const r = laidOutRecord(textPage(1, 'Westshire County Council\nDecisions made'), rows.flat());
    expect(r.title).toBe('Ringwood Town Centre Improvements (Phase 2) and the Northgate Bus Station Slip Road Closure');
    expect(r.reference).toBe('1660');
  });
  it('reads a form\'s own small number before the title its name prints on one line ("Decision Record 23 – ...")', () => {
    const r = record('Office of the Northway Police, Fire and Crime Commissioner\n\nNFRS Decision Record 23- Purchase of Leased Vehicles\n\nDecision taken\nTo agree the purchase of the leased vehicles for an estimated £83,000.');
    expect([r.title, r.reference]).toEqual(['Purchase of Leased Vehicles', '23']);
  });
  it('keeps a reference\'s year joined by an underscore', () => {
    expect(record('Office of the Police and Crime Commissioner for Northway\n\nDecision number: 054/2024_25\n\nTo award £2,341 to the Harbour Trust.').reference).toBe('054/2024_25');
  });
  it('ends a scanned title at a line that stopped well short of the margin: the short line under it is a heading', () => {
    const r = ocrPage('Northway Police and Crime Commissioner - Decisions\n\nAward of Harbour Cleaning Contract\nOverview\n\nThe procurement team have undertaken a tender for the cleaning contract across the county and the contract has been awarded.');
    expect(r.title).toBe('Award of Harbour Cleaning Contract');
  });
  it('reads a reference printed at the end of the title line as the reference, not as part of the title', () => {
    const r = sized('Northway County Council\n\nAward of Contract for a leased Winter Gritter Fleet OKD09 (22/23)\n\nThe Director of Highways has approved the award of the contract.', 3);
    expect([r.title, r.reference?.replace(/\s/g, '')]).toEqual(['Award of Contract for a leased Winter Gritter Fleet', 'OKD09(22/23)']);
    const bracketed = sized('Northway County Council\n\nCommunity Initiative Fund (EA03(19/20))\n\nThe Area Committee has approved the grants.', 3);
    expect([bracketed.title, bracketed.reference?.replace(/\s/g, '')]).toEqual(['Community Initiative Fund', 'EA03(19/20)']);
    const plain = sized('Northway County Council\n\nHighway Improvements Phase 2\n\nThe Director of Highways has approved the works.', 3);
    expect([plain.title, plain.reference]).toEqual(['Highway Improvements Phase 2', null]);
    // A meeting's minute code in brackets, its parts dotted or slashed (not a year or a statute's section).
    const minute = sized('Northway Metropolitan Borough Council\n\nGreat Childhoods Ambition Free Bus Travel Pilot (Cab.02/04.2025/6)\n\nCabinet has approved the pilot.', 3);
    expect([minute.title, minute.reference]).toEqual(['Great Childhoods Ambition Free Bus Travel Pilot', 'Cab.02/04.2025/6']);
    const slashed = sized('Northway City Council\n\nContract for the Refurbishment of Northway Lodge Phase 7 (DfE Funded) - OCT19/CMDN/46\n\nThe Cabinet Member authorised the award of contract.', 3);
    expect([slashed.title, slashed.reference?.replace(/\s/g, '')]).toEqual(['Contract for the Refurbishment of Northway Lodge Phase 7 (DfE Funded)', 'OCT19/CMDN/46']);
    // A code in brackets with one letter, its parts slashed; a slashed code after a dash, which stays in the title.
    const lettered = sized('Northway County Council\n\nGrants Scheme - Budget Proposals 2019/20 (G11/18)\n\nThe Leaders Committee agreed the budget.', 3);
    expect([lettered.title, lettered.reference?.replace(/\s/g, '')]).toEqual(['Grants Scheme - Budget Proposals 2019/20', 'G11/18']);
    const dashed = sized('Northway City Council\n\nSmall Financial Assistance Grants and Gala Funding 2016/17 - CG/16/073\n\nThe Committee approved the grants.', 3);
    expect([dashed.title, dashed.reference?.replace(/\s/g, '')]).toEqual(['Small Financial Assistance Grants and Gala Funding 2016/17 - CG/16/073', 'CG/16/073']);
    const year = sized('Northway County Council\n\nRevenue Investment Funds (2021/22)\n\nCabinet has approved the allocations.', 3);
    expect([year.title, year.reference]).toEqual(['Revenue Investment Funds (2021/22)', null]);
  });
  it('never takes a website\'s breadcrumb or a "Presented by" line for the title', () => {
    const crumb = ocrPage('Northway Council\nHome > Council and Democracy > Decision details\n\nDecision details\nWARD GRANTS\nDecision Maker: Leader of the Council\nDecision status: Recommendations Approved');
    expect(crumb.title).not.toMatch(/Home >/);
    const presented = record('NORTHWAY DISTRICT COUNCIL\n\nPresented by the Corporate Portfolio Holder\n\nAuthority to Award Planned Contracts\n\nDecision:\nThe Portfolio Holder approved the award of the contracts.');
    expect(presented.title).not.toMatch(/^Presented by/);
  });
  it('does not take a banner whose last word wrapped alone for the title', () => {
    const r = styled('CITY OF BRADFORD METROPOLITAN DISTRICT\nCOUNCIL\n\nALLOCATION OF COMMUNITY BUILDINGS GRANTS 2017-19\n\nDecision:\nThe Committee approved the grants set out in the report to the groups named in it.',
      // As OCR reads it: heights for sizes, the wrapped word's line much shorter than the banner's.
      (w) => ({ conf: 0.9, size: w.box.y < 0.01 ? 0.034 : w.box.y < 0.04 ? 0.018 : w.box.y < 0.06 ? 0.03 : 0.02 }), 'ocr');
    expect(r.title).toBe('ALLOCATION OF COMMUNITY BUILDINGS GRANTS 2017-19');
  });
  it('does not run a title into the bold lines under it set a size smaller', () => {
    const size = (y: number) => (y < 0.01 ? 0.017 : y < 0.04 ? 0.0139 : y < 0.07 ? 0.0123 : 0.011);
    const r = styled('Salford City Council\n\nApproval for an Extension of Contract for Postal Services\nExecutive Decision Exemption from Call-in\nRequest to a Scrutiny Chair that an Executive Decision be exempt from Call-In\n\nDecision maker    Procurement Board\nThe Board considered the request and the reasons given for it in the report.\nThe contract extension was approved by the Board for a further twelve months.', (w) => ({ size: size(w.box.y), bold: w.box.y < 0.07 }));
    expect(r.title).toBe('Approval for an Extension of Contract for Postal Services');
  });
  it('rejoins a bold title that wraps onto a line a form reader could take for a field', () => {
    const r = styled('Police and Crime Commissioner for Northway - Decision Making Record\n\nCommunity Safety Fund Applications and Children and Young Persons Fund Applications and\nPeople Applications: September 2023\n\nExecutive Summary:\nThe Commissioner has made £383,000 available to the Community Safety Fund this year.', (w) => ({ bold: w.box.y < 0.07 }));
    expect(r.title).toBe('Community Safety Fund Applications and Children and Young Persons Fund Applications and People Applications: September 2023');
  });
  it('takes no reference from a name with one figure in it, nor the portfolio holder an issue page adds after the title', () => {
    const r = styled('London Borough of Northway\nIssue - meetings\n\nHS2 Amenity Fund: Rebuild of two Community Buildings (Cllr Jane Doe)\n\nMeeting: 09/11/2023 - CABINET (Item 18)\n\nRESOLVED:\nThat the Cabinet:\n1. Agree to progress the rebuild of the two Community Buildings.', (w) => ({ size: Math.round(w.box.y * 60) === 3 ? 0.03 : 0.02 }));
    expect(r).toMatchObject({ title: 'HS2 Amenity Fund: Rebuild of two Community Buildings', reference: null });
  });
  it('runs a title on into a line that names a body after a sum ("... to full approval" / "and award of £6.18m to City of Doncaster Council")', () => {
    const r = styled('Decisions published – 27/08/2024 – ref: 588\nNorthway Mayoral Combined Authority\n\nProgression of Harbour Waterfront – Phase 1 to full approval\nand award of £4.2m to City of Northway Council\nAt the March Board, the Authority secured delegated authority to approve the project.\n\nDecision Maker      Decision status', (w) => ({ bold: w.box.y > 0.02 && w.box.y < 0.1 }));
    expect(r.title).toBe('Progression of Harbour Waterfront – Phase 1 to full approval and award of £4.2m to City of Northway Council');
  });
  it('takes no date for a reference, and titles a dated entry after its dash ("25/04/2019 - Growth Service")', () => {
    const r = styled('Northway Combined Authority\nIssue - decisions\n\nGrowth Service\n\n25/04/2019 - Growth Service\nResolved - That the Combined Authority approves the project.', (w) => ({ size: Math.round(w.box.y * 60) === 5 ? 0.03 : 0.02 }));
    expect(r).toMatchObject({ title: 'Growth Service', reference: null });
  });

  it('takes no age range for a reference ("0-19 Service Procurement")', () => {
    const r = styled('Northway Council\nDecision details\n\n0-19 Service Procurement\n\nDecision Maker: Cabinet\nDecision:\n1. That the 0-19 service be procured for five years.', (w) => ({ size: Math.round(w.box.y * 60) === 3 ? 0.03 : 0.02 }));
    expect(r).toMatchObject({ title: '0-19 Service Procurement', reference: null });
  });
  it('never takes a line that ends on a colon, introducing what follows, for the title', () => {
    const ocr = (w: { box: { y: number } }) => ({ conf: 0.9, size: Math.round(w.box.y * 60) === 8 ? 0.026 : 0.02 });
    const r = ocrPage('Northway Borough Council\nAgenda item\nLocal Area Manager\'s Report - Request for funding for Northway Trust\n\nThe Committee considered a report on an application for a grant.\nMembers felt that the Trust had sufficient funds of its own.\nRESOLVED - That the application for the grant be refused.\n\nSupporting documents:');
    expect(r.title).toBe('Local Area Manager\'s Report - Request for funding for Northway Trust');
  });
  it('takes no decision maker\'s office, nor the line that introduces a meeting\'s decisions, for the title', () => {
    const lead = record('Northway County Council\nLead Member for Strategic Management and Economic Development\nDECISIONS made by the Lead Member for Transport, on behalf of the Lead Member, on 20 October 2021\n10. Proposed grant agreements between the Council and Harbour Trust\n10.1 The Lead Member considered a report.');
    expect(lead.title).toBe('Proposed grant agreements between the Council and Harbour Trust');
    const mayor = record('MAYOR OF LONDON\nDeputy Mayor for Fire and Resilience Decision\nRespiratory Protective Equipment (RPE) components\nExecutive summary\nThis decision seeks approval of expenditure of £500,000.');
    expect(mayor.title).toBe('Respiratory Protective Equipment (RPE) components');
  });
  it('runs a title on past a line that ends on an article', () => {
    const r = ocrPage('Northway City Council\n\nApproval to Award the Contract for Postal Services – A\ncollaborative tender with multiple authorities\n\nDecision Maker\tOutcome');
    expect(r.title).toBe('Approval to Award the Contract for Postal Services – A collaborative tender with multiple authorities');
  });
  it('does not run a title on into a date line or a report\'s author line that OCR sized alike', () => {
    const dated = ocrPage('Northway Council\n\nArea Committee Budget\nNovember 12, 2024 Northway Area Committee (Committee)\n\nThe Committee agreed the allocations from its budget.');
    expect(dated.title).toBe('Area Committee Budget');
    const author = ocrPage('Northway Council\n\nSupplemental Substance Misuse Treatment Grant\nReport of the Director of Public Health\n\nPurpose of the Report\nTo accept the grant.');
    expect(author.title).toBe('Supplemental Substance Misuse Treatment Grant');
  });
  it('does not read the title under a banner whole on its own line as the banner\'s wrapped end', () => {
    const r = ocrPage('Police and Crime Commissioner for Northway\nUnsuccessful Funding Applications\nThe PCC funding meeting considered four applications which were not supported following\nthe Funding Approvals meeting on 20 July 2017.');
    expect(r.title).toBe('Unsuccessful Funding Applications');
  });
  it('never takes a meeting\'s standing items for the title', () => {
    const r = record('Hereford & Worcester Fire Authority\n\nMeeting Details\n\n1 Apologies for Absence\n\nTo receive any apologies for absence.\n\n2 Named Substitutes\n\nTo receive details of any Member nominated to attend the meeting.\n\n3 Declarations of Interest\n\nNone were declared.');
    expect(r.title).toBeNull();
  });
  it('never takes a form\'s question and its answer for the title', () => {
    const r = styled('Sandwell Metropolitan Borough Council\n\nDecision\n\nIs Key Decision?: Yes\n\nIs Callable In?: Yes\n\nPurpose: To consider a Street Lighting Improvement Programme Contract', (w) => ({
      bold: /\?:?$|^(?:Is|Key|Callable|Decision\??:?)$/.test(w.text),
    }));
    expect(r.title ?? '').not.toMatch(/\?/);
  });
});

describe('a cabinet decision record with its labels on lines of their own', () => {
  it('reads the item\'s title, the cabinet\'s decision date and numbered resolutions in the passive', () => {
    const r = record('Stockton-on-Tees Borough Council\n\nView Cabinet Decision Record\n\nCabinet Decision: 3rd December 2015\n\nTitle of Item/Report\n\nPreston Park Museum & Grounds update\n\nRecord of the Decision\n\nConsideration was given to a report that provided an update on the museum.\n\n1. The continued development of Preston Hall following the refurbishment project be noted.\n\n2. Further exploration of potential improvements to Preston Park through an updated Master Plan be supported.');
    expect(r).toMatchObject({ title: 'Preston Park Museum & Grounds update', decisionDate: '2015-12-03' });
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['The continued development of P', 'Further exploration of potenti']);
  });
});

describe('a decision notice with its reference and date in a grid, and a contract split between two services', () => {
  it('is dated by the grid\'s date, approves the total line, and names no recipient for the services\' shares', () => {
    const r = record([
      'YORK AND NORTH YORKSHIRE COMBINED AUTHORITY',
      '',
      'Joint Building Maintenance Contract',
      '',
      'Reference            Date',
      'DN5/YNYCA/DM/2025    10/07/2025',
      '',
      'Executive Summary',
      'The contract award is for four years with the total value of the contract as follows:',
      '',
      'Police       £3,044,881',
      'Fire         £2,715,692',
      'Joint        £5,760,573',
      '',
      'Decision',
      'To award a joint building maintenance contract for the police and the fire service.',
    ].join('\n'));
    expect(r).toMatchObject({ decisionDate: '2025-07-10', headlineAmount: 5760573, recipients: [] });
  });
});

describe('a report\'s form of labels and values whose cells wrapped', () => {
  it('reads a value its label sits centred against, and a label cut over two lines around its value', () => {
    const r = record([
      'London Fire and Emergency Planning Authority',
      '',
      '                Agreement to enter a Call off Contract for the supply of Personal Protective',
      'Report title',
      '                Equipment (PPE)',
      'Meeting         Resources Committee',
      'Document',
      '                FEP 2761',
      'Number',
      '',
      'Summary',
      'Members agreed in January 2015 that the Authority participates in a collaborative procurement project.',
    ].join('\n'));
    expect(r).toMatchObject({ title: 'Agreement to enter a Call off Contract for the supply of Personal Protective Equipment (PPE)', reference: 'FEP 2761', authority: 'London Fire and Emergency Planning Authority' });
  });
});

describe('headers of papers from other kinds of body', () => {
  it('names a fire authority from its banner, and a commissioner whose banner wraps after a joining word', () => {
    expect(record('EAST SUSSEX FIRE AUTHORITY\n\nReport of a meeting of the Fire Authority held on Thursday, 9 June 2022.').authority).toBe('East Sussex Fire Authority');
    const wrapped = record('Police and Crime Commissioner for Hampshire and Isle of\nWight\n\nDecisions\n\nThe Commissioner approved the extension of the fund.');
    expect(wrapped.authority).toBe('Police and Crime Commissioner for Hampshire and Isle of Wight (Hampshire and Isle of Wight PCC)');
  });

  it('names single-purpose authorities, a metropolitan borough from its banner, and no "Chair" for a place', () => {
    expect(record('North London Waste Authority\n\nNew contract with LondonWaste Ltd confirmed\n\nThe Authority has agreed a new contract.').authority).toBe('North London Waste Authority');
    expect(record('Craven Herald\n\n£65,000 grants still up for grabs\n\nThree projects are the latest to receive funding from the National Park Authority.').authority).toBe('National Park Authority');
    expect(record('TAMESIDE METROPOLITAN BOROUGH\n\nDecision details\n\nAshton Town Hall Scaffold Contract - Waiver').authority).toBe('Tameside Metropolitan Borough Council');
    expect(record('Governance Board\n\nPresent:\nJohn Campion (JPC) Chair Police and Crime Commissioner\n\nThe board noted the report of Thames Valley Police on fleet costs.').authority).toBe('Thames Valley PCC');
  });

  it('names the City of London Corporation from a "City of London" heading, not from the place in running text', () => {
    expect(record('City of London\n\nAgenda item\n\nThe Committee received a report of the Chief Grants Officer.').authority).toBe('City of London Corporation');
    expect(record('Islington Council\n\nGrants\n\nA grant to a charity working in the City of London\nand in Islington.').authority).toBe('Islington Council');
  });

  it('does not run a title into the prose that follows it, but follows a title cut at the margin', () => {
    const r = record('Thames Valley Police and Crime Commissioner\n\nCommunity Safety Fund\nIn the current financial year the PCC has a community safety budget of £3.039 million, of which\nmost has been given in grants to councils.');
    expect(r.title).toBe('Community Safety Fund');
  });
});

describe('decisions recorded in minutes and in registers', () => {
  it('takes each minute that resolves as one decision', () => {
    const r = record('EAST SUSSEX FIRE AUTHORITY\n\nReport of a meeting of the Fire Authority held on Thursday, 9 June 2022.\n\n1 ELECTION OF CHAIRPERSON\n\n1.1 Members resolved to appoint Councillor Roy Galley as Chairman of the Fire Authority for\nthe year 2022-23.\n\n2 ELECTION OF VICE-CHAIRPERSON\n\n2.1 Members resolved to appoint Councillor Carolyn Lambert as Vice-Chair of the Fire\nAuthority for the year 2022-23.\n\n3 URGENT ITEMS\n\n3.1 The Fire Authority recorded its thanks to Councillor David Tutt.');
    expect(r.recommendations.map((x) => x.text)).toEqual([expect.stringMatching(/^to appoint Councillor Roy Galley/), expect.stringMatching(/^to appoint Councillor Carolyn Lambert/)]);
  });

  it('does not take an empty "Decision Ref:" field for the lead-in of a list', () => {
    const r = record('POLICE AND CRIME COMMISSIONER FOR LANCASHIRE\n\nOctober 2013 to December 2013\n\nDecision Ref:\n\nWaiving of Standing Orders in relation to Motor Claims handling arrangements\n\nThe Commissioner has agreed to waive Standing Orders to allow Willis Limited to continue in their present role.\n\nDate of Decision:\t4th January 2014');
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).not.toContain('Waiving of Standing Orders in ');
  });

  it('does not take a register\'s own fields under its "Decisions" page heading for decisions', () => {
    const r = record('THE POLICE AND CRIME COMMISSIONER FOR LANCASHIRE\n\nDecisions\nCurrent Quarter:\n\nDecision Ref:\n\nIssue:\tEvaluation of the Risk Reduction Model\n\nDecision:\tI approve the award of the contract for the evaluation to the University of\nCentral Lancashire in the amount of £59,729.71.\n\nDate of Decision:\t27th January 2025\n\nDecision Maker:\tPCC');
    expect(r.recommendations.map((x) => x.text)).toEqual([expect.stringMatching(/I approve the award of the contract/)]);
  });
});

describe('decisions introduced by the decision maker\'s own sentence', () => {
  it('reads the items after "... awards the following;" and after "... do hereby:"', () => {
    const awards = record('OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR SURREY\n\nCommunity Safety Fund Application\n\nThe PCC has made available £383,000 for the Community Safety Fund.\n\nThe PCC supports the recommended allocation of the Community Safety Fund and awards the following;\n\n- £38,000 to Surrey Police to support the operational delivery of Clear, Hold Build.');
    expect(awards.recommendations.map((x) => x.text.slice(0, 25))).toEqual(['£38,000 to Surrey Police ']);
    expect(awards.headlineAmount).toBe(38000);
    const hereby = record('Salford City Council - Record of Decision\n\nI Councillor Youd, Lead Member for Finance and Support Services, in exercise of the powers contained within the Council Constitution do hereby:\n\n- Approve an Extension of Contract for Postal Services');
    expect(hereby.recommendations.map((x) => x.text)).toEqual(['Approve an Extension of Contract for Postal Services']);
  });
});

describe('resolutions printed with their "RESOLVED" left out', () => {
  it('reads each paragraph worded "That ... be approved/authorised" as one decision, and the confirmed sum as the headline', () => {
    const r = record('Gateshead Council\n\nAgenda and minutes\n\nSupplemental Substance Misuse Treatment and Recovery (SSMTR) Grant\nReport of the Director of Public Health\nConsideration has been given to accepting funds from the Department of Health.\nThat the acceptance of funding amounting to £1,251,506.00 in 2023/24 (confirmed) and an indicative\namount of £2,415,215.00 for 2024/25 from the Department of Health be approved.\nThat the Director of Public Health be authorised to enter into such funding agreements as necessary.\nThe above decision has been made to secure a health gain for the community.');
    expect(r.recommendations.map((x) => x.text.slice(0, 40))).toEqual(['That the acceptance of funding amounting', 'That the Director of Public Health be au']);
    expect(r.headlineAmount).toBe(1251506);
  });
});

describe('resolutions minutes introduce without a heading', () => {
  it('reads "Resolved that ..." in a sentence as the decision, from what was resolved (its "that" kept, its label left off)', () => {
    const r = record('Sandwell Metropolitan Borough Council\n\nContent: Resolved that delegated authority is given to the Executive Director of Place to award a\ncontract for a Street Lighting Improvement Programme.\n\nDate of Decision: September 10, 2025');
    expect(r.recommendations.map((x) => x.text)).toEqual([expect.stringMatching(/^that delegated authority is given to the Executive Director of Place/)]);
  });

  it('reads the list after "The Executive RESOLVED that" at a line end', () => {
    const r = record('SURREY HEATH BOROUGH COUNCIL\n\nHousehold Support Fund Update\n\nThe Executive RESOLVED that\n(i) the revised action plan outlined in paragraph 2.2 of the agenda report be agreed; and\n(ii) authority be delegated to the Head of HR to distribute the funds as required.\n\nMinutes\nThe Executive was informed that a further £21,650.39 had been allocated to the Council.');
    expect(r.recommendations.map((x) => x.text.slice(0, 24))).toEqual(['the revised action plan ', 'authority be delegated t']);
  });

  it('takes each "AGREED:" of the minutes as a decision', () => {
    const r = record('LEICESTER CITY COUNCIL\n\nWard Community Meeting Budget\n\nB1) Community Cultural Awareness - request for £1,250\nAGREED: that the application be deferred to allow additional information to be gained.\n\nB2) Igniting Hip Hop - request for £1,000 from 2Funcky Arts Ltd\nAGREED: that £750 be awarded from the Ward Community Budget.');
    expect(r.recommendations.map((x) => x.text.slice(0, 28))).toEqual(['that the application be defe', 'that £750 be awarded from th']);
  });
});

describe('the headline of a decision that gives sums to several parties', () => {
  it('is their total, not the first grant of the schedule', () => {
    const r = record('RECORD OF DECISION\n\nTitle: Community grants\n\nDecision\nThat the applications set out below be approved.\n\nBackground\nThe panel considered the applications received. Wilmslow Scouts, who were awarded £1,210 for camping equipment. Melton Carnival, who were awarded £2,040 for staging. Hatfield Air Scouts, who were awarded £500 for a trip.');
    expect(r.recipients.map((x) => x.amount)).toEqual([1210, 2040, 500]);
    expect(r.headlineAmount).toBe(3750);
  });
});

describe('the headline of a list of grants split in two', () => {
  it('is the total of every recipient\'s sum when the paper prints that total', () => {
    const r = record('Grants under Delegated Authority\n\nMembers were advised of four grants to organisations, totalling £9,800, approved under delegated authority.\n\nCentre For Armenian Information & Advice - £2,400 to provide an eco-audit.\nCockpit Arts - £2,000 towards the wage costs of an Apprentice.\n\nThe national minimum wage must be paid.\n\nSouthbank Centre - £4,000 towards the wage costs of 2 Apprentices.\nSpitalfields City Farm - £1,400 to provide an eco-audit.');
    expect(r.recipients.map((x) => x.amount)).toEqual([2400, 2000, 4000, 1400]);
    expect(r.headlineAmount).toBe(9800);
  });

  it('is the total of every recipient\'s sum when the figure found is one list\'s total (no total printed)', () => {
    const r = record('Minutes\n\nRESOLVED that the following applications to the Town Fund be approved:\n\nApplicant        Award\nEastbay Community Association        £3,999.00\nWestbay Sports Club        £20,000.00\nNorthway Family Centre        £8,259.20\n\nRESOLVED that the following applications to the Village Fund be approved:\n\nApplicant        Award\nSouthway Town Council        £4,999.00\nHillside Scout Group        £1,000.00');
    expect(r.recipients.map((x) => x.amount)).toEqual([3999, 20000, 8259.2, 4999, 1000]);
    expect(r.headlineAmount).toBe(38257.2);
  });
});

describe('the headline of a decision stated in prose', () => {
  it('is not the balance left in a fund, however large', () => {
    const r = record('Police and Crime Commissioner for Lancashire\n\nCommunity Safety Funding\n\nThe Commissioner has approved the allocation of £97,499.00 from two funding streams.\n\nThere is a balance of £475,385 remaining in the Community Safety & Partnership Fund for allocation against additional activity.');
    expect(r.headlineAmount).toBe(97499);
  });

  it('is the sum the commissioner "has decided to award", not a larger figure of the background', () => {
    const r = record('Police, Fire and Crime Commissioner for Northway – Decision Notice\n\n09/2021 – Community Funds\n\nThe Commissioner has decided to award £30,810.00 from existing community funds underspend to support local initiatives.\n\nThe £60 million Government funding released in autumn 2020 was split equally to police and local authorities.');
    expect(r.headlineAmount).toBe(30810);
  });
});

describe('a road in a title', () => {
  it('is not the decision\'s reference', () => {
    const r = record('Oldham Council\n\nA62 Oldham Road & Wall Hill Road Carriageway Resurfacing Works\n\nDecision\nThat the contract for the works be awarded to Tarmac Trading Ltd.');
    expect(r.reference).toBeNull();
    expect(r.title).toMatch(/^A62 Oldham Road/);
  });
});

describe('references in other shapes', () => {
  it('reads a reference after a dash, a dotted reference before a title, and no reference inside "Refused"', () => {
    expect(record('Bedfordshire Police and Crime Commissioner\nTitle and Reference – PCC/D/111\nSubject: Release of the Community Safety Fund\n\nThe fund is released.').reference).toBe('PCC/D/111');
    expect(record('Doncaster Council\n\nDecision details\nAHWB.022.2021 Grant Funding from OPCC\nDecision Maker: Director of Public Health\n\nDecision:\nTo accept the grant.').reference).toBe('AHWB.022.2021');
    expect(record('Swinton Budget Group\n\nAPPLICANT\tRECOMMENDATION\tCOMMENTS\nLifeline Smart\tRefused\tmembers 25396\n\nThe group met.').reference).toBeNull();
  });
});

describe('header lines that are not titles', () => {
  it("skips a meeting's time and place", () => {
    const r = record('Tees Valley Combined Authority\n\nMinutes\nMeeting held at The Curve at 11.00am on Monday, 4th April 2016\n\nMembership of the Combined Authority\n\nThe Members of the Authority were noted.');
    expect(r.title ?? '').not.toMatch(/11\.00am/);
  });
});

describe('dates written with hyphens and a month word', () => {
  it('dates a register entry "Date 12-Dec-16"', () => {
    const r = record('Dorset Police and Crime Commissioner\n\nDecision Record\nTitle\tChristchurch CCTV\nDate\t12-Dec-16\n\nDecision\nI approve the contribution of £75,000 to Christchurch Borough Council.');
    expect(r.decisionDate).toBe('2016-12-12');
  });
  it('dates a schedule of delegated decisions "on 4" / "November 2024", its date wrapped onto the next line', () => {
    const r = record('The National Lottery Heritage Fund\nWales: delegated decisions November 2024\nSchedule of decisions under delegated powers for Wales at The National Lottery Heritage Fund on 4\nNovember 2024\n\nApplicant: Harbour Trust\nDecision: Award grant of £9,800 (100%)');
    expect(r.decisionDate).toBe('2024-11-04');
  });
  it('dates "Date decision made: 18/January/2022", a month word between slashes', () => {
    const r = record('Northway District Council\n\nOfficer delegated decision record\n\nThe updated Grant Policy as detailed in Appendix 1 is approved.\n\nDecision maker:\nAssistant Director Development\nDate decision made:\n18/January/2022\nReasons for decision:\nThere is an urgent need to agree this update.');
    expect(r.decisionDate).toBe('2022-01-18');
  });
});

describe('headline amounts built from parts', () => {
  it('takes the fund two sums create, not the first of them, but a new approval over the total it brings an earlier one to', () => {
    const melton = record('MELTON BOROUGH COUNCIL\n\nDecision\nThe Committee:\n1) NOTED the report;\n2) APPROVED the use of £2,040 unallocated funds from one budget and £5,088 unallocated funds from another to create a one-off Community Grants Fund of £7,128 for the Jubilee;');
    expect(melton.headlineAmount).toBe(7128);
    const wyca = record('WEST YORKSHIRE COMBINED AUTHORITY\n\nDecision\nApproval to the Combined Authority’s contribution of £1.583 million towards the project is given. In addition to the £975,000 approved in March 2018 this takes the total approval to £2.558 million.');
    expect(wyca.headlineAmount).toBe(1583000);
  });

  it('takes the one recipient’s sum when nothing else gives the headline', () => {
    const r = record('NEATH PORT TALBOT COUNCIL\n\nMinor Projects Grant\n\nThe Council has agreed a grant of £12,000 to Seven Sisters Community Council towards the cost of the works.');
    expect(r.recipients.map((x) => [x.name, x.amount])).toEqual([['Seven Sisters Community Council', 12000]]);
    expect(r.headlineAmount).toBe(12000);
  });
});

describe('meeting headings are not titles', () => {
  it('skips a committee heading with its meeting times, and minutes headed by the meeting and its date', () => {
    const r = record('Hereford & Worcester Fire Authority\n\nPolicy and Resources Committee 6 Mar 2024 - 10:30 to 12:00\n\n1 Apologies for Absence\nApologies were received.');
    expect(r.title ?? '').not.toMatch(/10:30/);
    // Minutes headed by the meeting and its date are titled by the item that decides, else by that heading (sets 205 and 209:
    // +13 points over 2759 PDFs against titling them by the one item whose words decide nothing).
    const m = record('North Lincolnshire Council\n\nCabinet Members – Minutes – 11 July 2014\n\n31 COMMUNITY GRANT AID APPLICATIONS\nThe Director submitted a report.\nResolved that a grant of £500 be awarded to Northway Scouts.');
    expect(m.title).toBe('COMMUNITY GRANT AID APPLICATIONS');
    expect(record('North Lincolnshire Council\n\nCabinet Members – Minutes – 11 July 2014\n\n31 COMMUNITY GRANT AID APPLICATIONS\nThe Director submitted a report.').title).toBe('Cabinet Members – Minutes – 11 July 2014');
  });
});

describe('"RESOLVED, that ..." with a comma', () => {
  it('reads the resolution and the list it introduces', () => {
    const r = record('CITY OF LONDON CORPORATION\n\nMinutes:\nMembers considered a report of the Town Clerk.\n\nRESOLVED, that Members note the report and agree a one-off payment to the following charities,\n- Care of Police Survivors - £1,700\n- Royal Humane Society - £1,700');
    expect(r.recommendations.map((x) => x.text).join(' | ')).toMatch(/Care of Police Survivors/);
  });
});

describe('a decisions-list date whose entry words the title another way', () => {
  it('dates the decision from "13/02/2014 - Community and Voluntary Organisations - Grant Allocations 2014/15"', () => {
    const r = record('Oxford City Council\n\nGrant Allocations to Community and Voluntary Organisations 2014/2015\n13/02/2014 - Community and Voluntary Organisations - Grant Allocations 2014/15\n\nDecision:\nResolved, to:-\n(1) Approve the recommendations for the commissioning programme.');
    expect(r.decisionDate).toBe('2014-02-13');
  });
});

describe('a decision followed by its alternative options', () => {
  it('ends the decisions at "Alternative Options Considered" and "Reason for Recommendations"', () => {
    const line = (text: string) => ({ index: 1, page: 1, text, start: 0, breakBefore: true, pageStart: false }) as Line;
    expect(headingKind(line('Alternative Options Considered:'))).toBe('summary');
    expect(headingKind(line('Reason for Recommendations:'))).toBe('summary');
    const r = record('NORTH NORTHAMPTONSHIRE COUNCIL\n\nDecision:\nThat the Executive:\na) Approved the implementation of the Safer Streets Round 4 projects.\nb) Delegated authority to the Executive Member to take any necessary action.\n\nAlternative Options Considered:\nThe Council was not duty-bound to apply to the Safer Streets Fund.\n\nThe Council could also have rejected the offer of grant.');
    expect(r.recommendations.map((x) => x.text.slice(0, 20))).toEqual(['Approved the impleme', 'Delegated authority ']);
  });
});

describe('a statute section before a title', () => {
  it('is not the paper\'s reference ("S106 Community Facilities - ...")', () => {
    const r = record('CHICHESTER DISTRICT COUNCIL\n\nS106 Community Facilities - Chidham and Hambrook Village Hall\n\nDecision\nThat £84,000 of S106 contributions be released.');
    expect(r.reference).toBeNull();
  });
});

describe('a decisions list worded in the passive, with no heading', () => {
  it('reads "1. the list of projects ... be approved. 2. authority be delegated ..." under a dated entry', () => {
    const r = record('Cheltenham Borough Council\n\nIssue - decisions\n\nCommunity Pride Fund\n\n17/07/2014 - Allocation of Community Pride Funds 2014-15\n1. the list of projects to be funded from community pride funds as set out in Appendix 2 and\ncommunity building grants as set out in Appendix 3 be approved.\n2. authority be delegated to the Strategy and Engagement Manager to decide how best to award the\nremaining funds.');
    expect(r.recommendations.map((x) => x.text.slice(0, 24))).toEqual(['the list of projects to ', 'authority be delegated t']);
  });
});

describe('a short title-case heading that ends with a full stop', () => {
  it('is a title ("Procurement of Fire Pumping Appliances.")', () => {
    const r = record('GLOUCESTERSHIRE COUNTY COUNCIL\n\nProcurement of Fire Pumping Appliances.\n\nPurpose\nTo seek Cabinet approval to procure up to 15 new Fire Engine Pumping Appliances.');
    expect(r.title).toMatch(/^Procurement of Fire Pumping Appliances\.?$/);
  });
});

describe('a labelled subject that is a summary', () => {
  it('gives way to the header\'s title line', () => {
    const r = record('COPELAND BOROUGH COUNCIL\n\nDecisions published\nReceipt of Local Authority Surge Funding Grant from Cumbria County Council\n\nSubject of decision:\tThe Department of Health and Social Care has allocated funds to local authorities. These funds are allocated to county councils.\n\nDecision:\nTo accept the grant.');
    expect(r.title).toBe('Receipt of Local Authority Surge Funding Grant from Cumbria County Council');
  });
});

describe('decisions minuted in the past tense, numbered, with no heading', () => {
  it('reads "(1) The Home Office\'s response ... was noted." and "(2) Acceptance of the proposals ... was confirmed"', () => {
    const r = record('West Midlands Combined Authority\n\nIssue - decisions\nDate of decision\tIssue\n19/09/2018\tGovernance of West Midlands Fire Service\n\n(1) The Home Office’s response to the key asks set out in the Scheme document was noted.\n(2) Acceptance of the proposals set out in the report to progress the key asks locally was confirmed.');
    expect(r.recommendations.map((x) => x.text.slice(0, 20))).toEqual(['The Home Office’s re', 'Acceptance of the pr']);
  });
});

describe('items whose bullets were drawn as graphics, starting in lower case', () => {
  it('starts a new item after one that closed on a semicolon, and totals the sums the items approve', () => {
    const r = record('Recommendation\n\nThe Deputy Mayor for Policing and Crime is asked to:\n\napprove £500,000 for the award of grants to community organisations through the Foundation for 2018-19;\napprove £20,000 in fees to the Foundation for the administration of the grant fund; and,\ndelegate authority to sign any individual grant agreements to the Chief Executive Officer.');
    expect(r.recommendations.map((x) => x.text.slice(0, 16))).toEqual(['approve £500,000', 'approve £20,000 ', 'delegate authori']);
    expect(r.headlineAmount).toBe(520000);
  });
});

describe('sign rows: labels over their values, a break between', () => {
  it('reads the date under "Date of Decision" and under "Date" beside a signature, with the date in words', () => {
    const a = record('Northway Council\n\nDecision\n\nTo approve the lease.\n\nDecision Maker          Date of Decision\n\nLeader of the Council   March 3, 2025');
    expect(a.decisionDate).toBe('2025-03-03');
    const b = record('Office of the Police and Crime Commissioner for Northway\n\nDecision\n\nI approve the grants.\n\nSignature               Date\n\nJane Smith              4 April 2023');
    expect(b.decisionDate).toBe('2023-04-04');
  });

  it('does not take two stacked rows of a two-column form for a grid', () => {
    const r = record('Northway Council\n\nDetails\n\nOutcome                 Recommendations Approved\n\nDecision date           1 Nov 2023');
    expect(r.decisionDate).toBe('2023-11-01');
  });
});

describe('joint councils, references with an ampersand, and confidential parts named in passing', () => {
  it('names two councils that decide together, but no kind of council', () => {
    expect(record('Eastbay & Westbay Councils\nFull council record\n\nContent\n\nTo approve the works.').authority).toBe('Eastbay & Westbay Councils');
    expect(record('Grant Aid to Parish and Town Councils\n\nDecision\n\nTo award £500 to Northway Town Council.').authority).toBe('Northway Town Council');
  });

  it('reads a reference with an ampersand before the title', () => {
    expect(record('Eastbay & Westbay Councils\nFull council record\nADP&E/046/24-25 Installation of new solar panels at the Leisure Centre\n\nContent\n\nTo approve the works.')).toMatchObject({ reference: 'ADP&E/046/24-25', title: 'Installation of new solar panels at the Leisure Centre' });
  });

  it('reads a supplier appointed "for the Contract Sum of"', () => {
    expect(record('Content\n\nTo appoint Harbour Electrical Ltd to install solar panels for the Contract Sum of £81,976.13, using the grant.').recipients.map((r) => [r.name, r.amount])).toEqual([['Harbour Electrical Ltd', 81976.13]]);
  });

  it('knows a paper has a confidential part when an appendix "is exempt from publication" or "the part II report" is cited', () => {
    expect(record('Decision\n\nAppendix 2 (Legal Advice) to this report is exempt from publication pursuant to Schedule 12A.').exemptions.part2).toBe(true);
    expect(record('Reasons\n\nThe part II report provided the background on suppliers.').exemptions.part2).toBe(true);
    expect(record('Reasons\n\nThe report provided the background on suppliers.').exemptions.part2).toBeNull();
  });
});

describe('decisions minuted one by one, and notices that are not decisions', () => {
  it('reads each "Decision:" of the minutes though a "Reason for Decision" comes between', () => {
    const r = record('Northway Council\n\n1. Grant to the Carnival Committee\n\nDecision:\n\nThat the application for grant assistance of £900 to the Carnival Committee be approved.\n\nReason for Decision:\n\nTo agree the amount of support.\n\n2. Grant to the Showmen\n\nDecision:\n\nThat the application for grant assistance of £1,100 to the Showmen be approved.\n\nReason for Decision:\n\nTo agree the amount of support.');
    expect(r.recommendations.map((x) => x.text.slice(0, 40))).toEqual(['That the application for grant assistan', 'That the application for grant assistan'].map((s) => expect.stringContaining(s)));
    expect(r.recommendations).toHaveLength(2);
  });

  it('does not take a notice that an appendix is exempt for a decision, nor the "Agreed:" before one', () => {
    const r = record('Decision:\n\nAppendix 2 (Legal Advice) to this report is exempt from publication pursuant to Schedule 12A.\n\nAgreed: that approval be given to award the contract for the bridge works to Harbour Construction Limited.');
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['that approval be given to awar']);
    const d = record('Decision\n\n1. To agree that Appendix 1 is not for publication.\n2. To approve the contract award.');
    expect(d.recommendations).toHaveLength(2);
  });
});

describe('sub-headings between resolved items', () => {
  it('does not take a short title-case heading over the next item for an item of its own', () => {
    const long = (s: string) => s.padEnd(96, ' x').slice(0, 96);
    const r = record(`Decisions\n\nRESOLVED that:-\nHarbour Wall Repairs:\n${long('Cabinet approve spend of £89,000 for further necessary upgrades to the harbour wall to be funded from the')}\nrisk budget.\nLibrary Roof Replacement\n${long('Cabinet approve the transfer of £100,000 from the buildings budget to the library roof budget in 2024/25 with')}\na reversal in 2025/26.`);
    expect(r.recommendations.map((x) => x.text.slice(0, 20))).toEqual(['Cabinet approve spen', 'Cabinet approve the ']);
  });
});

describe('a reference with an en dash, and a form\'s number under its title', () => {
  it('reads "129 – 23" whole, and does not join "Decision Record Number 196" to the title above it', () => {
    expect(record('Police, Fire and Crime Commissioner for Essex\n\nReport reference number:    129 – 23\n\nDecision\n\nTo approve the grant.').reference).toMatch(/^129\s?–\s?23$/);
    expect(record('Northway Police, Fire and Crime Commissioner\n\nCommunity Road Safety Fund\nDecision Record Number 196\n\nDecision\n\nTo approve the grants.').title).toBe('Community Road Safety Fund');
  });
});

describe('a committee\'s decisions in the third person, with no heading', () => {
  it('reads "(i) awards ...", "(ii) awards ...", "(iii) instructs ..." as the decisions', () => {
    const r = record('Northway City Council\n\nDecision        12/09/2022 - Place Based Investment Programme\n\n(i) awards up to £11,000 to the St Anne\'s Church for the garden project;\n(ii) awards up to £43,000 to the City Museums for the gallery;\n(iii) instructs the Chief Officer to enter into a grant agreement with the Eastbay Trust.');
    expect(r.recommendations.map((x) => x.text.slice(0, 12))).toEqual(['awards up to', 'awards up to', 'instructs th']);
  });
});

describe('a MOPAC list introduced by "is recommended to:" with no heading', () => {
  it('reads the numbered items under the sentence, and not a minute\'s "would be invited to submit ...;"', () => {
    const r = record('PCD 1900 Police Digital Service Contract\n\nReference code: PCD 1900\n\nThis paper seeks approval to award a contract at a cost of up to £2,800,000.\n\nThe Deputy Mayor for Policing and Crime is recommended to:\n\n1. Approve the renewal of the contract with Police Digital Services, with a maximum value of £2,800,000 over three years.\n\n1. Introduction and background\n\nMOPAC hosts the service.');
    expect(r.recommendations.map((x) => x.text.slice(0, 24))).toEqual(['Approve the renewal of t']);
    expect(r.headlineAmount).toBe(2800000);
  });
});

describe('a notice dated beside its number on one line', () => {
  it('dates the decision from "DN 09/2021 Date 15/03/2021" in the header', () => {
    const r = record('Police, Fire and Crime Commissioner for Northway – Decision Notice\n\n09/2021 – Community Funds\n\nThe Commissioner has decided to award £30,810.00 to support local initiatives.\n\nDN 09/2021 Date 15/03/2021\n\nBackground follows here.');
    expect(r.decisionDate).toBe('2021-03-15');
  });
});

describe('a grant band, a list\'s name before its reference, a sum provided to a party', () => {
  it('takes no band\'s end ("between £500 - £5,000") for the headline', () => {
    const r = record('Recommendation\n\n1. Approves expenditure of up to £500,000 from the Recovery Fund to deliver the Community Action Fund comprising:\n- up to £125,000 on small-scale grants to community-led projects of between £500 - £5,000 (Tier 1);\n- up to £375,000 on larger grants (Tier 2).');
    expect(r.headlineAmount).toBe(500000);
  });

  it('reads no title from "Officer and Mayoral decisions – ref: 3373", and a sum "will be provided to" a party', () => {
    const r = record('Officer and Mayoral decisions – ref: 3373\nGreater Manchester Combined Authority\nGender-Based Violence public engagement campaign\n\nDecision\n\n£21,500 will be provided to Salford City Council from the Programme Challenger budget.');
    expect(r.title).toBe('Gender-Based Violence public engagement campaign');
    expect(r.reference).toBe('3373');
    expect(r.recipients.map((x) => [x.name, x.amount])).toEqual([['Salford City Council', 21500]]);
  });
});

describe('a decision stated in the header under its title', () => {
  it('reads "To approve the award of ..." under the title, before any heading, as the decision when no list is found', () => {
    const r = record('Police and Crime Commissioner for Northway – Decisions\n\nAward of Crime Reduction Grant for the Safe Team\n\nTo approve the award of a Crime Reduction grant to the Northway Youth Offending Service as a contribution to the running costs of the Safe Team in 2021/22.\n\nDecision Summary\n\nThe Safe Team was set up in 2019.');
    expect(r.recommendations.map((x) => x.text.slice(0, 26))).toEqual(['To approve the award of a ']);
  });
});

describe('OCR slips at the start of an item', () => {
  it('reads "10 note the awards" as "to note the awards", but keeps "10 organisations"', () => {
    const r = record('Decision\n\nThe Committee agreed:\n(a) to approve the following awards;\n(b) 10 note the awards made from the Small Grants Fund;\n(c) 10 organisations to be invited to apply.');
    expect(r.recommendations.map((x) => x.text.slice(0, 12))).toEqual(['to approve t', 'to note the ', '10 organisat']);
  });
});

describe('an agenda page with one item of substance and no title of its own', () => {
  const page = (items: string) => `Northway Borough Council\n\nAgenda and minutes\n\nVenue: Committee Room 2, Council Offices, Northway.\n\n${items}\n\nMinutes:\n\nConsidered a report seeking approval of an award under the scheme.\n\nDecision:\n\n1. That a grant of £500 be awarded to Northway Scouts.`;
  it('is titled by that item\'s numbered heading, past the procedural items and the numbered decision', () => {
    expect(record(page('3. Apologies for Absence\nThere were none.\n\n4. Member Grants Scheme')).title).toBe('Member Grants Scheme');
  });
  it('keeps a heading whose own words look like a label, wrapped onto the next line', () => {
    expect(record(page('1. Apologies for Absence\n3. To consider the following reports (Copies attached):\n4. A COUNTY OF SANCTUARY: AFGHAN RELOCATION AND\nASSISTANCE')).title).toBe('A COUNTY OF SANCTUARY: AFGHAN RELOCATION AND ASSISTANCE');
  });
  it('is titled by none of them when several items of substance decide sums (a whole meeting)', () => {
    expect(record(page('4. Member Grants Scheme\nRESOLVED that a grant of £200 be approved.\n\n5. Northway Park Play Area Contract')).title).toBeNull();
  });
  it('counts the item that takes exempt reports out of the public part as procedural', () => {
    expect(record(page('1. DECLARATION OF PERSONAL INTERESTS\n3. FINANCIAL ASSISTANCE FROM THE CHURCH FUND\n4. REPORTS NOT FOR PUBLICATION')).title).toBe('FINANCIAL ASSISTANCE FROM THE CHURCH FUND');
  });
});

describe('a decision-details page\'s grid of dates', () => {
  it('keeps the date under "Date of decision" the decision\'s when "Decided at meeting" repeats it on the same row', () => {
    const r = record('Northway Borough Council\nDecision details\n\nBourne Way Options Appraisal\n\nDecision Maker: Portfolio Holder Decisions\n\nDecision:\nThe Director sought agreement for an exemption to commission the appraisal.\n\nPublication date      Date of decision      Decided at meeting\n30/05/2019            31/05/2019            31/05/2019 - Portfolio Holder Decisions');
    expect(r.decisionDate).toBe('2019-05-31');
    expect(r.dates.filter((d) => d.role === 'decision').map((d) => d.date)).toEqual(['2019-05-31']);
  });
  it('pairs a scanned label with the value OCR read as a block of its own on the label\'s row', () => {
    const page = textPage(1, 'Northway Police and Crime Commissioner\n\n19th March 2018\nDecision Record\nDate of Decision:\nTransparency > Decisions > January 2018 to March 2018\nThe Commissioner has approved the use of £8,500 from the budget.');
    const row = page.words.find((w) => w.text === 'Date')!.box;
    // The value's words moved onto the label's row, to its right (OCR read them in an earlier block).
    const value = page.words.slice(5, 8);
    const words = page.words.map((w) => (value.includes(w) ? { ...w, box: { ...w.box, x: w.box.x + 0.3, y: row.y + 0.002 } } : w));
    const r = analyse([{ ...page, source: 'ocr' as const, words: words.map((w) => ({ ...w, conf: 0.9 })) }]).extracted;
    expect(r.decisionDate).toBe('2018-03-19');
    expect(r.dates.find((d) => d.date === '2018-03-19')?.role).toBe('decision');
  });
  it('reads a signature row\'s values at the top of the next page when its labels end the page', () => {
    const r = record('Police and Crime Commissioner for Northway – Decision Making Record\n\nRecommendation\nAward Harbour Police up to £75,000 in 2023/24 to deliver the campaign.\n\nPolice and Crime Commissioner Approval\nI approve the recommendation(s):\n\nSignature                                   Date', 'Police and Crime Commissioner J Smith      02 August 2023\n\nAll decisions must be added to the decision register.');
    expect(r.decisionDate).toBe('2023-08-02');
  });
  it('reads a row of labels one of which runs to eight words ("Date comes into force if not called in") as a grid over its dates', () => {
    const r = record('London Borough of Northway\nDecision details\n\nLandscaping Works Contract\n\nDecision Maker: Director of Regeneration\n\nDecision:\n1. To approve the award of the contract for the landscaping works.\n\nPublication date      Date of decision      Date comes into force if not called in\n07/10/2021            15/10/2021            26/10/2021');
    expect(r.decisionDate).toBe('2021-10-15');
  });
});

describe('a meeting\'s heading', () => {
  it('gives way to the item that decides; with none to name the minutes it is their title, not a sentence about the meeting', () => {
    const r = record('Northway Borough Council\nGrants Panel\nDocument Title: Minutes of the Grants Panel – 25 February 2014\nAuthor: J Smith\n\nPresent: Cllr Brown, Cllr Green\n\nResolved that a grant of £500 be awarded to Northway Scouts.');
    expect(r.title).toBe('Minutes of the Grants Panel – 25 February 2014');
    expect(record('Northway Borough Council\nDocument Title: Minutes of the Grants Panel – 25 February 2014\n\n1. Apologies\nNone.\n\n2. Community Grants\nResolved that a grant of £500 be awarded to Northway Scouts.').title).toBe('Community Grants');
    // ("Minutes of a meeting held Tuesday ..." heads the minutes; "The minutes of the meeting held on ... were agreed" is a sentence about them.)
    expect(record('Northway Parish Council\n\nMinutes of a meeting held Tuesday 3rd November 2015 at 19.15 hrs at the Village Hall\n\nPresent: Cllr Brown, Cllr Green\n\nResolved that a grant of £500 be awarded to Northway Scouts.').title).toBe('Minutes of a meeting held Tuesday 3rd November 2015 at 19.15 hrs at the Village Hall');
    expect(record('Northway Parish Council\n\nThe minutes of the meeting held on 12 September 2023 were agreed as a true record.\n\nPresent: Cllr Brown, Cllr Green\n\nResolved that a grant of £500 be awarded to Northway Scouts.').title).toBeNull();
  });
});

describe('a page whose only prominent line is its body\'s name', () => {
  it('has no title rather than the banner', () => {
    const page = textPage(1, 'Decision details\nNorthway Borough Council\n\nDecision Maker    Executive Member (Resources)\n\nDecision made    To proceed with purchasing the 4 ride on mowers from the winning bidder.');
    // The body's name set larger than the rest, as a banner is.
    const r = analyse([{ ...page, words: page.words.map((w) => ({ ...w, size: Math.round(w.box.y * 60) === 1 ? 0.03 : 0.02 })) }]).extracted;
    expect(r.title).toBeNull();
  });
});

describe('a police and crime panel', () => {
  it('is the body whose minutes they are, named in its banner', () => {
    expect(record('Dyfed Powys Police and Crime Panel\n\nAgenda item\n\nPOLICE PRECEPT\n\nMinutes:\nThe Commissioner presented his report on the proposed police precept for 2019/20.').authority).toBe('Dyfed Powys Police and Crime Panel');
    expect(record('Northway Police, Fire and Crime Panel\n\nPRECEPT\n\nThe Panel approved the precept.').authority).toBe('Northway Police, Fire and Crime Panel');
  });
});

describe("a paper whose only figure is a rule's threshold", () => {
  it('has no headline: the threshold is not the sum decided', () => {
    const lfc = 'Greater London Authority\nDMFD227 LFC legal costs\n\nDecision:\nThat the Deputy Mayor authorises the London Fire Commissioner to commit expenditure up to the amount set out in Part Two.\n\nThe Governance Direction requires the prior approval of the Deputy Mayor before a commitment to expenditure (capital or revenue) of £150,000 or above.';
    expect(record(lfc).headlineAmount).toBeNull();
    const key = 'Northway District Council\nRecord of decision\n\nReason Key: Incurring expenditure above £72,000 threshold in respect of revenue/£178,000 in respect of capital;\n\nDecision:\nThat the Council agrees an investment acquisition as detailed in the exempt report.';
    expect(record(key).headlineAmount).toBeNull();
  });
  it('keeps a sole sum the decision gives', () => {
    expect(record('Northway District Council\nRecord of decision\n\nDecision:\nThat a grant of £1,500 be awarded to the Eastby Scouts.').headlineAmount).toBe(1500);
  });
});

describe("a decision's reference where no label names it", () => {
  it('is the number a key decision is given in the minutes ("Key decision – reference number 5815"), never a year', () => {
    const minute = (n: string) => `London Borough of Westby\nCabinet - Wednesday, 13th November, 2024 7.00 pm\n\n5. CIVIC CENTRE LIFTS REFURBISHMENT PROJECT\nA report from the Executive Director is attached. (Key decision –\nreference number ${n})\nMinutes:\nDECISION: The Cabinet agreed to approve the refurbishment of the lifts.`;
    expect(record(minute('5815')).reference).toBe('5815');
    expect(record(minute('2024')).reference).toBeNull();
  });
  it('is a grid label\'s value when the label\'s last word wrapped under it ("Decision Record | 94" / "Number")', () => {
    const text = 'Office of the Westshire Police, Fire and Crime Commissioner\n\nDECISION RECORD\n\nDecision Record\t94\nNumber\n\nThis document records a decision taken by the Commissioner.\n\nDecision\nTo agree the heads of terms for a lease of the flats.';
    expect(record(text).reference).toBe('94');
  });
  it('is no part of the paper ("PART 1 - BUSINESS TO BE DISCUSSED IN PUBLIC", "Paragraph 10(d)")', () => {
    const minutes = 'Westby Fire Authority\nMinutes of the Annual Meeting held on 15 June 2022\n\nPART 1 - BUSINESS TO BE DISCUSSED IN PUBLIC\n\n1. ELECTION OF CHAIR\nRESOLVED: That Councillor Smith be elected Chair.';
    expect(record(minutes).reference).toBeNull();
    const lease = 'Westby Council Common Good Sub-Committee\n16th December, 2004\n(Previous Minute Reference: Paragraph 10(d) of 04.C.C.G. 5)\n\nDecided: that the lease be granted for a further year.';
    expect(record(lease).reference).toBeNull();
  });
  it("is the number of the decision notice's own attachment", () => {
    const notice = (attachment: string) => `Police and Crime Commissioner for Westshire\nDecision notices\nMutual Aid 2016/17\nThe force has supported a number of Mutual Aid deployments.\nThe Force is therefore requesting the release of £48,825.\n\n${attachment}`;
    expect(record(notice('Decision 17301. Mutual Aid to other police forces (application, 109kB)')).reference).toBe('17301');
    expect(record(notice('Decision 17301. Support for partners')).reference).toBeNull();
  });
});
