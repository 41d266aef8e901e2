// Minutes and decision pages read from sets 174-177: a body's resolution line over its list after a form's "Decision Maker:"
// grid, minutes titled by their own heading when no item of substance names them, and lines that look like titles but are not.
import { describe, expect, it } from 'vitest';
import { textPage } from '../src/checks/text-page.ts';
import { extractFromPages as analyse } from '../src/pipeline/extract-from-pages.ts';
import { isBannerOrFormName, orgIn } from '../src/layout/org-names.ts';
import { laidOutRecord, row, textRows } from './laid-out.ts';
import { layoutWords } from '../src/layout/page-text.ts';
import { PAGE_INSTRUCTION } from '../src/layout/recommendation-lists.ts';
import { realPages } from './helpers.ts';
import { isFieldLabel } from '../src/layout/form-cells.ts';

const extract = (text: string) => analyse([textPage(1, text)]).extracted;

describe("a body's resolution line over its list", () => {
  it('heads the decisions even after a "Decision Maker:" grid', () => {
    const text = "Decision\nEastshire Council\n\nArea Committee Budget - Area Initiative Applications\nDecision Maker:\tOutcome:\nNorth Area Committee\tFor Determination\n\nPurpose: This report provides details of all applications received.\n\nContent: Committee agreed:-\n1. to make the following awards:-\n£2,772.00 to Alpha Engine Trust\n£2,850.00 to Beta Men's Shed\n2. not to make any awards to the Lambda Association and the Gamma\nFoundation on the grounds that their applications were seeking revenue funding.\n\nSupporting Documents\n\nReport.pdf";
    const recs = extract(text).recommendations.map((r) => r.text);
    expect(recs).toHaveLength(2);
    expect(recs[0]).toMatch(/^to make the following awards/);
    expect(recs[1]).toMatch(/^not to make any awards/);
  });
  it('heads them worded "Cabinet resolved to:" too', () => {
    const text = 'London Borough of Northway\n\nDecision\n\nNew Service Delivery Contract with Northway Trading Partnership\nDecision Maker: Cabinet\nOutcome: Approved\nDate of Decision: November 11, 2025\nPurpose: The contract was originally entered into in 2018.\nContent:\nCabinet resolved to:\n(i) Agree the entering into of a new five-year contract with Northway Trading Partnership Limited;\n(ii) Note the draft heads of terms for the contract; and\n(iii) Delegate authority to the Strategic Director to conclude the negotiations.\n\nSupporting Documents';
    expect(extract(text).recommendations.map((r) => r.text.slice(0, 10))).toEqual(['Agree the ', 'Note the d', 'Delegate a']);
  });
  it('said again inside the resolutions goes on with them', () => {
    const text = 'Westshire Combined Authority\nDecision\n\nThe Committee RESOLVED to REFUSE officers’ recommendation to:\n1) Return the £4.1m balance of the previous allocations to the fund.\n\nThe Committee RESOLVED:\n2) To approve the Full Business Case for the Local Centres scheme.\n3) To allocate £79k to the Pilot Scheme.';
    expect(extract(text).recommendations.map((r) => r.text.slice(0, 10))).toEqual(['Return the', 'To approve', 'To allocat']);
  });
});

describe("a council's kind after a preposition", () => {
  it('is no banner: "Disposal of City Council Land" names the council\'s land', () => {
    expect(orgIn('Disposal of City Council Land')).toBeNull();
    expect(isBannerOrFormName('Disposal of City Council Land')).toBe(false);
    expect(orgIn('Vale of White Horse District Council')).toBe('Vale of White Horse District Council');
    expect(orgIn('Isle of Anglesey County Council')).toBe('Isle of Anglesey County Council');
  });
});

describe('minutes named by no item of substance', () => {
  it('take their own heading ("Minutes 8th April 2021"), not a routine item\'s', () => {
    const text = 'Northway Parish Council\n\nMinutes 8th April 2021\nParish Council meeting on Thursday 8th April 2021 at 8 p.m.\n\nMEMBERS PRESENT\tMr G. Hall (Chairman), Mr D. Berry\n\nMINUTES OF PREVIOUS MEETING\nThe minutes of the meeting held on 11th March 2021 had already been circulated.\nProposal: Agreement to the content of the minutes was proposed by Mr Berry. All agreed.\n\nSUBSCRIPTION\nProposal: To renew the subscription at a cost of £116.29 was proposed by Mr Lake. All agreed.';
    expect(extract(text).title).toBe('Minutes 8th April 2021');
  });
  it('take it over an agenda\'s instruction ("To consider the report of ...") above "Minutes:"', () => {
    const text = 'Eastshire County Borough Council\n\nIssue - meetings\nMinutes of the Grants Working Group - 10th March 2021\nMeeting: 24/03/2021 - Executive Committee (Item 6)\n\n6 Minutes of the Grants Working Group - 10th March 2021\n\nTo consider the report of the Chief Officer Resources.\nMinutes:\nConsideration was given to the minutes of the Grant Working Group.\nRESOLVED that the minutes be noted.';
    expect(extract(text).title).toBe('Minutes of the Grants Working Group - 10th March 2021');
  });
  it('are never titled by a note in brackets or the recording of the meeting', () => {
    const text = "Northway Town Council\n\nDraft Resources Committee Minutes – 24 April 2017\nMinutes are published as soon as possible on the website.\n\na Cllr J Wall\tCllr J Buckley\n(‘a’ denotes absence)\n\n1. Apologies\nApologies were received from Cllr J Wall.\n\n2. Recording of the Meeting\nAll present were asked to note that this meeting is recorded.\n\n3. Declarations of Interest\nThere were none.";
    expect(extract(text).title).toBe('Draft Resources Committee Minutes – 24 April 2017');
  });
});

describe('headings that are notices, not names', () => {
  it('never runs a minutes heading on into the first numbered item under it', () => {
    const text = 'Northway Community Council\nDRAFT MINUTES OF MEETING HELD ON 15 NOVEMBER 2022 AT THE VILLAGE HALL, NORTHWAY AND ONLINE VIA ZOOM, IN\n1. The Chairman welcomed council members and members of the public to the meeting.\n\n8. Donations\nIt was agreed that £100 will be donated to Northway Hospice Trust.';
    expect(extract(text).title ?? '').not.toMatch(/Chairman welcomed/);
  });
  it('gives no title where the only candidate is a paragraph of prose (a real ward-funding record)', async () => {
    const pages = await realPages('holdout306/pdf/blackpool-2020-33090-ward-funding-four-requests.digital.pdf');
    expect(pages.map((p) => p.text).join(' ')).toContain('allocates budgets of £15,000 to each Ward');
    expect(analyse(pages).extracted.title).toBeNull();
  });
  it('ends a title at a line that stopped short of the margin by more than the next line\'s first word (a real fire authority minute, scanned)', async () => {
    const pages = await realPages('holdout314/pdf/merseyside-fra-2025-17027-firefighting-rescue-helmets.rough.pdf');
    expect(pages.map((p) => p.text).join('\n')).toContain('To consider the report relating to');
    expect(analyse(pages).extracted.title).toBe('Awarding of Contract for the Procurement of Firefighting and Technical Rescue Helmets');
  });
  it('titles a rough scan by its dashed heading, which OCR spaced into two cells, never by its "Decision by:" field (a real MOPAC decision)', async () => {
    const pages = await realPages('holdout95/pdf/mopac-pcd898-soc-community-coordinator-grant.rough.pdf');
    expect(pages.map((p) => p.text).join('\n')).toContain('Decision by: Sophie Linden');
    expect(analyse(pages).extracted.title).toMatch(/^Grant Funding Acceptance\s+\S+\s+SOC Community Coordinator$/);
    // (Set in bold on the scan and read taller than the body, "Decision by:" is still a form's field, however prominent.)
    expect(isFieldLabel('Decision by')).toBe(true);
    expect(isFieldLabel('That the Portfolio Holder')).toBe(false);
  });
  it('titles an item under a banner of its body and committee by the item, not the banner', () => {
    const text = 'Northway City Council – West Central Area Committee\n\n43 Community Development and Leisure Grants\n\n9.30pm\n\nMinutes:\n\nThe Committee received a report from the Operations Manager regarding Area Committee Grants.\n\nResolved to award £1,500 to St Anne\'s Church Programme.';
    expect(extract(text).title).toBe('Community Development and Leisure Grants');
  });
  it('titles an exempt item by its name, not by the notice before it', () => {
    const text = 'NORTHWAY DISTRICT COUNCIL\n\nDelegated Decision - Strategic Director Minutes\n\nAPOLOGIES\nNone.\n\n21/01 DECLARATIONS OF INTEREST\nNone.\n\n21/02 NOT FOR PUBLICATION UNDER SECTION 12A LOCAL GOVERNMENT ACT\n1972 - DEPOT ROOF REPAIRS\nThe Asset Manager summarised the report.\n\nResolved by the Strategic Director\ni) To allocate £80,000 from the Property Reserve to the repair of the depot roof.';
    expect(extract(text).title).toBe('DEPOT ROOF REPAIRS');
  });
  it('never titles a paper by an officer\'s contact details', () => {
    const text = 'Contact: Jane Smith Email: democracy@northway.gov.uk\n\nDecision\nThe Cabinet Member agreed the grant of £12,000 to Northway Dial-a-Ride.';
    expect(extract(text).title ?? '').not.toMatch(/Email|@/);
  });
});

describe('decisions printed without a heading, and where their list ends', () => {
  it('reads "1. That, to allow ..." as a decision and ends the list at the minute\'s own paragraph numbers ("65.1 The report ...")', () => {
    const text = 'Northway Borough Council\n\nAgenda item\n\nGrant to Alderton Parish Council\nTo consider whether or not to approve the extension of the grant offer.\n\n1. That, to allow the project to be delivered, the grant offer previously made to the Parish Council be extended until 31 August 2016.\n\n2. That, should the project not commence by 31 August 2016, the grant offer will be withdrawn.\n\n65.1 The report of the Finance Manager set out the situation regarding the grant.\n\n65.2 The Finance Manager explained that, in November 2000, the Executive Committee had awarded a grant.';
    expect(extract(text).recommendations.map((r) => r.text.slice(0, 14))).toEqual(['That, to allow', 'That, should t']);
  });
  it('reads a schedule\'s "Decision | Award grant of £X" rows as one decision each', () => {
    const page = textPage(1, 'The National Lottery Heritage Fund\n\nScotland: delegated decisions May 2024\n\nSchedule of decisions under delegated powers for Scotland on 29 May 2024.');
    const application = (y: number, title: string, applicant: string, decision: string) => [
      ...row(y, [[8, title]]), ...row(y + 0.03, [[8, 'Applicant'], [35, applicant]]),
      ...row(y + 0.06, [[8, 'Project description'], [35, 'This project aims to promote the heritage of the area.']]), ...row(y + 0.09, [[8, 'Decision'], [35, decision]]),
    ];
    const laid = [...application(0.2, 'First Project', 'Alpha Trust', 'Award grant of £30,335 (89% of total costs)'), ...application(0.33, 'Second Project', 'Beta Trust', 'Reject'), ...application(0.46, 'Third Project', 'Gamma Trust', 'Award Grant of £87,922')];
    expect(laidOutRecord(page, laid).recommendations.map((r) => r.text)).toEqual(['Award grant of £30,335 (89% of total costs)', 'Reject', 'Award Grant of £87,922']);
    const changes = [...application(0.2, 'First Project', 'Alpha Trust', 'Reject'), ...application(0.33, 'Second Project', 'Beta Trust', 'Change Grant % from 67% to 98%')];
    expect(laidOutRecord(page, changes).recommendations.map((r) => r.text)).toEqual(['Reject', 'Change Grant % from 67% to 98%']);
  });
});

describe('no party paid', () => {
  it('a member\'s post a decision delegates to, or the working group a balance goes back to', () => {
    const text = 'Northway District Council\n\nDecision:\n1. That the approach of delegating future grant funding decisions above £20,000 to the Lead Member with responsibility for Communities be endorsed.\n2. That, should the project not commence, the £35,000 capital balance will be transferred to the Grants Working Group for redistribution.';
    expect(extract(text).recipients).toEqual([]);
  });
});

describe('a decision page of a joint body, and dates read by their place', () => {
  it('names the joint body its form gives as decision maker when nothing else names one', () => {
    const text = 'Decisions\n\nUse the below search options to find recent decisions.\nDecision Maker: North Wales Economic Ambition Board\nMade at meeting: 17/05/2024 - North Wales Economic Ambition Board\nDecision published: 17/05/2024\n\nDecision:\nThe Full Business Case for the project was approved.';
    expect(extract(text).authority).toBe('North Wales Economic Ambition Board');
    expect(extract(text.replace(/North Wales Economic Ambition Board/g, 'Planning Committee')).authority).toBeNull();
  });
  it('reads a schedule\'s date wrapped onto the next line ("... Heritage Fund on" / "29 May 2024.") as the decisions\' date', () => {
    const text = 'The National Lottery Heritage Fund\n\nScotland: delegated decisions May 2024\n\nSchedule of decisions under delegated powers for Scotland at The National Lottery Heritage Fund on\n29 May 2024.\n\nDecision: Award grant of £30,335.';
    expect(extract(text).decisionDate).toBe('2024-05-29');
  });
  it('takes the signature\'s date over the date a form\'s head grid gives ("Date | Status")', () => {
    const page = textPage(1, 'Northway Police and Crime Commissioner');
    const laid = [
      ...row(0.1, [[8, 'Decision Title'], [55, 'Decision Reference Number']]), ...row(0.12, [[8, 'Contract Award – Support Service'], [55, 'NPCC-0010']]),
      ...row(0.15, [[8, 'Date'], [55, 'Status']]), ...row(0.17, [[8, '8th July 2021'], [55, 'Non confidential']]),
      ...row(0.22, [[8, 'Decision summary:']]), ...row(0.24, [[8, 'Support is given to the award of the contract to the charity Refuge.']]),
      ...row(0.3, [[8, 'Signature'], [55, 'Date']]), ...row(0.32, [[8, 'Jane Smith'], [55, '16 July 2021']]),
    ];
    expect(laidOutRecord(page, laid).decisionDate).toBe('2021-07-16');
  });
});

describe('a decision page\'s text as stored from the web', () => {
  const page = (decision: string) => `Decisions\n\nUse the below search options at the bottom of the page to find information regarding recent decisions\nthat have been taken by the council's decision making bodies.\nDecision Maker: Northway Economic Ambition Board\nMade at meeting: 17/05/2024 - Northway Economic Ambition Board\nDecision published: 17/05/2024\n\nDecision:\n${decision}`;
  it('never reads the page\'s own instructions as a decision', () => {
    expect(extract(page('The Full Business Case for the Connected Sites project was approved.')).recommendations.map((r) => r.text.slice(0, 20))).toEqual(['The Full Business Ca']);
    for (const t of ['Use the below search options at the bottom of the page to find information', 'Use this page to search for decisions taken by Committees and Officers.', 'Alternatively you can visit the officer decisions page for information on officer delegated decisions']) expect(PAGE_INSTRUCTION.test(t)).toBe(true);
    expect(PAGE_INSTRUCTION.test('Use £50,000 of the reserve to fund the project page by page.')).toBe(false);
    expect(PAGE_INSTRUCTION.test('Use the underspend to fund the youth programme.')).toBe(false);
  });
  it('reads minuted paragraphs in the past ("... was approved.", "... was authorised ...") as decisions, a closing remark aside', () => {
    const decision = 'The Full Business Case for the Former Hospital project was approved.\nThe Portfolio Director was authorised, in consultation with the Section 151 Officer and the\nMonitoring Officer to agree a funding agreement.\nIt was noted that the funding agreement would be carried out following completing the steps in\nparagraph 7.7 satisfactorily.\nGratitude was expressed to everyone who had contributed to the success of this project.';
    expect(extract(page(decision)).recommendations.map((r) => r.text.slice(0, 24))).toEqual(['The Full Business Case f', 'The Portfolio Director w', 'It was noted that the fu']);
  });
});

describe('dates of schedules and meetings', () => {
  it('dates a decision by the meeting it says it was taken at, not by an earlier meeting a report looks back to', () => {
    expect(extract('Northshire Council\n\nWard Discretionary Budget\n\nAt the Northshire Council Meeting on 31 May 2007 Members agreed that each of the 22 Wards should be awarded a Discretionary Budget of £56,818.').decisionDate).toBe('2007-05-31');
  });
  it('does not date a report by the earlier meeting its background opens on (a real fire authority agenda item)', async () => {
    const pages = await realPages('holdout14/pdf/shropshire-fra-2010-shrewsbury-build-contractor-selection.digital.pdf');
    expect(pages.map((p) => p.text).join('\n')).toContain('At its meeting on 3 July 2009 the Fire Authority approved');
    expect(analyse(pages).extracted.decisionDate).toBeNull();
  });
  it('dates a minute by its own meeting, not by the meeting of the minute it is appended to (a real Angus minute)', async () => {
    const pages = await realPages('holdout277/pdf/angus-1999-pp-exec-car-park-toilets-ww-pert.digital.pdf');
    expect(pages[0]!.text).toMatch(/^APPENDIX I to the minute of/m);
    expect(analyse(pages).extracted.decisionDate).toBe('1999-07-15');
  });
  it('dates minutes by the day printed on a line of its own under their heading', () => {
    expect(extract('Northway Parish Council\nProperty Committee\nON TUESDAY 4 July 2023\n\nPresent: Cllr D. Smith (Chair)\n\n1. To resolve to receive apologies\nIt was RESOLVED to accept the apologies for absence.\n\n2. Financial Matters\nIt was RESOLVED to approve the expenditure of £504.00 on a bench base.').decisionDate).toBe('2023-07-04');
  });
  it('reads "Schedule of decisions ... for The National Lottery" / "Heritage Fund on 17 January 2024." as the decisions\' date', () => {
    const text = 'England, London & South: delegated decisions January 2024\n\nThe National Lottery Heritage Fund\nSchedule of decisions under delegated powers for England, London & South for The National Lottery\nHeritage Fund on 17 January 2024.\n\nDecision: Award grant of £3,600.';
    expect(extract(text).decisionDate).toBe('2024-01-17');
  });
  it('takes a minutes\' "Date | Time | Place" grid as the meeting\'s date', () => {
    const page = textPage(1, 'Eastshire Council\n\nNorthway Common Good Sub Committee Minutes');
    const laid = [
      ...row(0.1, [[8, 'Date'], [35, 'Time'], [55, 'Place']]), ...row(0.12, [[8, 'Monday 26 January 2015'], [35, '6:00pm'], [55, 'Municipal Chambers']]),
      ...row(0.16, [[8, '3 NORTHWAY COMMON GOOD FUND - APPLICATIONS']]), ...row(0.18, [[8, 'Decision']]), ...row(0.2, [[8, 'AGREED to award £1,420 to the Northway Fishery Trust.']]),
    ];
    expect(laidOutRecord(page, laid).decisionDate).toBe('2015-01-26');
  });
  it('does not take the previous meeting\'s date for the meeting\'s own', () => {
    const text = 'Northway National Park Authority\n\nAgenda and minutes\n\nMinutes of Previous Meeting held on 15 May 2020\n\nApproval of the Carbon Management Plan\nThe Corporate Property Manager introduced a report.\nRESOLVED: To approve the Carbon Management Plan.';
    expect(extract(text).decisionDate).toBeNull();
  });
  it('takes no web page\'s link for a title', () => {
    expect(extract('Northway National Park Authority\n\nView live meetings on YouTube\n\nRESOLVED: To approve the Carbon Management Plan.').title).not.toBe('View live meetings on YouTube');
  });
});

describe('a joint body\'s agenda and decisions page', () => {
  it('names the city region cabinet as the authority, and never titles the paper by its welcome item', () => {
    const text = 'Agenda and decisions\nNorthway Capital Region Cabinet\n\nNorthway Capital Region Cabinet - Tuesday, 2nd May, 2017 9.30 am\n\nVenue\tTy Dysgu\n\nNo.\tItem\n\nWelcome and Apologies\nDeclarations of Interest\nTo be made at the start of the Agenda Item in question.\nGrant Funding Terms and Conditions Report\nTo receive the Report of the Corporate Director of Resources on the grant transfer from Welsh Government.\n\nDecision:\nAGREED; that the Joint Cabinet:\na) Approve the Welsh Government funding terms and conditions.\nb) Authorise the Section 151 Officer to sign acceptance of the terms.';
    const r = extract(text);
    expect(r.authority).toBe('Northway Capital Region Cabinet');
    expect(r.title).not.toMatch(/^Welcome/);
    expect(orgIn('Swansea Bay City Region Joint Committee')).toBe('Swansea Bay City Region Joint Committee');
  });
});

describe('a title line\'s figures that are no reference', () => {
  it('keeps a span of years in the title ("Vehicle Replacement 2023-2024 – Former Districts") and a date before it is no reference', () => {
    const r = extract('North Yorkshire Council\n\nDecision details\n\nVehicle Replacement 2023-2024 – Former Districts\nDecision Maker: Corporate Director of Environment\nDecision status: Recommendations Approved\n\nDecision:\nThat approval be given to the Vehicle Procurement Plan for 2023-24.');
    expect(r.title).toBe('Vehicle Replacement 2023-2024 – Former Districts');
    expect(r.reference).toBeNull();
    expect(extract('Northway Parish Council\n\n2012/09/03 Playground\nPresent: Cllr Brown, Cllr Green\n\nRESOLVED that the cheque for £35.70 to Playdale be signed.').reference).toBeNull();
  });
  it('reads a one-letter code with its year in brackets at the title\'s end ("... Funding (A05(18/9))")', () => {
    const r = extract('West Sussex County Council\n\nDecision details\n\nAdur Community Initiative Funding (A05(18/9))\nDecision status:\tIs Key decision?:\nRecommendations Approved\tNo\n\nDecision:\nIt was resolved that the award be granted.');
    expect(r.title).toBe('Adur Community Initiative Funding');
    expect(r.reference?.replace(/\s/g, '')).toBe('A05(18/9)');
  });
});

describe('an issue page\'s dated entry over its decision', () => {
  it('is no part of the decision ("09/03/2018 - Area Flexibility Funding - Friends of ...")', () => {
    const text = 'Northway Metropolitan Borough Council\n\nIssue - decisions\n\nArea Flexibility Funding\n09/03/2018 - Area Flexibility Funding - Friends of Marple Memorial Park\nThe Area Committee approved a grant of £1000.00 (to be divided equally between the two\nwards) to the Friends of Marple Memorial Park for funding towards the WW1 project.';
    expect(extract(text).recommendations.map((r) => r.text.slice(0, 30))).toEqual(['The Area Committee approved a ']);
  });
});

describe('a minute\'s numbered decisions with no closing mark', () => {
  it('reads "1 Cabinet noted ...", "3 Cabinet approved ..." as its decisions', () => {
    const text = 'Northway Borough Council\nCabinet - Agenda and minutes\nVenue: Committee Room 1, Marmion House.\nAssembly Rooms Project\n(Report of the Portfolio Holder for Heritage and Growth)\nThe Portfolio Holder updated Cabinet on progress of the project.\n1 Cabinet noted the progress of the Assembly Rooms project\n2 Cabinet noted the revised costs as detailed\n3 Cabinet approved the release of £560,000 from the retained Building Repair Fund\n4 Cabinet approved the supporting plans\n(Moved by Councillor D Cook and seconded by Councillor R Pritchard)';
    expect(extract(text).recommendations.map((r) => r.text.slice(0, 20))).toEqual(['Cabinet noted the pr', 'Cabinet noted the re', 'Cabinet approved the', 'Cabinet approved the']);
  });
});

describe('minutes under their own heading (from sets 205 and 209)', () => {
  it('are titled by that heading, not by a clerk\'s line or a routine item set more prominently', () => {
    const text = 'Eastfen Parish Council\nRachel Ash – Parish Clerk\n\nMinutes of the meeting held on Tuesday 03 May 2022 at 7pm in the Village Hall\n\nPresent: Cllrs A Birch, B Cedar\n\n1. To receive and approve any apologies for absence\nNone.\n2. To consider payments\nThe following payments were approved: K Services £120; T Services £480.\n3. To receive the Clerk\'s report\nThe clerk reported on the noticeboard.';
    expect(extract(text).title).toBe('Minutes of the meeting held on Tuesday 03 May 2022 at 7pm in the Village Hall');
  });
  it('read with the line the heading wraps onto at the margin', () => {
    const text = 'WESTSHIRE COUNTY COUNCIL\nCABINET\nMINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions House, County\nHall, Westford on Thursday, 30 January 2025.\n\nPRESENT: Mr R Ash (Chairman), Mr N Birch\n\n1. Apologies\nApologies were received from Mr Cedar.\n2. Revenue Budget 2025-26\nRESOLVED that the budget of £1,530.9m be recommended to County Council.\n3. Highways contracts\nRESOLVED that the contracts be extended at a cost of £2.1m.';
    expect(extract(text).title).toBe('MINUTES of a meeting of the Cabinet held in the Council Chamber, Sessions House, County Hall, Westford on Thursday, 30 January 2025');
  });
  it('keep a title that itself names the minutes, and an agenda\'s "To approve the Minutes ..." is no heading', () => {
    const named = 'Westbury Parish Council\nMay 2022 - Minutes of Extraordinary Meeting\n\nMinutes of an extraordinary meeting held by Westbury Parish Council on Tuesday 10 May 2022\n\n1. Payments\nIt was resolved to pay the invoices.';
    expect(extract(named).title).toBe('May 2022 - Minutes of Extraordinary Meeting');
    // (From set 224: a schedule's own heading names the committee's decisions.)
    const decisions = 'The National Lottery Heritage Fund\nNorthern Ireland Committee decisions March 2020\n\nMinutes of the meeting of the Committee for Northern Ireland on 3 March 2020 at Heritage House\n\n1. Minutes\nMinutes were agreed as an accurate record and signed by the Chair.';
    expect(extract(decisions).title).toBe('Northern Ireland Committee decisions March 2020');
    const agenda = 'Southdale Borough Council\nCabinet – Agenda and minutes\nTo approve the Minutes of the Meeting held on 3 February 2016 (Minute Nos. 468 - 480) as a correct\nrecord.\nMinutes:\nThe Minutes were approved.\n\nTender award approval for Eastwick Wall replacement\n\nCabinet considered the report.\nResolved:\n(1) That the tender be awarded to Colwin Construction for the sum of £89,588.';
    expect(extract(agenda).title).toBe('Tender award approval for Eastwick Wall replacement');
  });
});

describe('a Welsh council by its Welsh name (from set 210)', () => {
  it('"Cyngor Gwynedd" is a council, and its banner no title', () => {
    expect(orgIn('Cyngor Gwynedd')).toBe('Cyngor Gwynedd');
    expect(orgIn('Cyngor Bwrdeistref Sirol Conwy')).toBe('Cyngor Bwrdeistref Sirol Conwy');
    const r = extract('Cyngor Gwynedd\n\nUrgent Item: Payments for families eligible for free school meals\n\nDecision:\nTo approve payments of £3,000,000 to the families.');
    expect(r.authority).toBe('Cyngor Gwynedd');
  });
});

describe('minutes headings read from set 216', () => {
  it('"Minutes November 2021" is dated by its month; "2. Minutes of Meeting", the last minutes approved, is no heading', () => {
    const text = 'Southford Parish Council\nMinutes November 2021\nThe Parish Council Meeting was held on 9th November 2021 at the Village Hall at 7.30 pm.\nPRESENT: Chairman Cllr Mrs Ash\nVice-Chairman Cllr Birch\n1. Apologies – Cllr Cedar.\n2. Minutes of Meeting\nThe Minutes of the Parish Council Meeting held on 14th September 2021 were approved and signed.\n3. Accounts\nAll accounts were received and agreed for payment.\n4. Correspondence\nNone.';
    expect(extract(text).title).toBe('Minutes November 2021');
  });
  it('a short heading over its meeting\'s date and place is whole', () => {
    const text = '27 June 2024\nWESTLEONARDS PARISH COUNCIL\n\nMINUTES OF THE MEETING OF THE EVENTS COMMITTEE\nThursday 27 June 2024 at 10:30AM at the Church Hall, Church Lane\n\nPresent: Cllr S Ash, Cllr P Birch\n\nEC31/06-24 Apologies\nNone.\nEC32/06-24 Microphones\nIt was RESOLVED to purchase two microphones.\nEC33/06-24 Summer fair\nIt was RESOLVED to hold the fair on 10 August.';
    expect(extract(text).title).toBe('MINUTES OF THE MEETING OF THE EVENTS COMMITTEE');
  });
});

describe('minutes headings read from set 228', () => {
  it('a running head printed above the banner gives way to the heading under it', () => {
    const text = 'January 2019 Minutes\nNORTHBY PARISH COUNCIL\n\nMinutes of the Meeting held on the 7th January 2019\n\nPresent: R Ash (Chairman), M. Birch\n\n1953 The Chairman welcomed the members of the public\n1954 Public Participation. There was nothing to report from the public.\n1955 Minutes of the meeting held on the 5th November were approved.\n1956 Room hire. The invoice of £150.00 was approved.\n1957 Precept. The precept will remain at £2,000.';
    expect(extract(text).title).toBe('Minutes of the Meeting held on the 7th January 2019');
    // (A page title printed under the banner is the paper's own: set 216's "Minutes November 2021" stays.)
    const under = 'Northby Parish Council\n\nMinutes January 2018\nMinutes of the Parish Council Meeting held on 9 January 2018\n\nPresent: Cllrs Ash, Birch\n\n1. Apologies\nNone.\n2. Drainage\nIt was resolved to pay £20,000 on account.';
    expect(extract(under).title).toBe('Minutes January 2018');
  });
  it('a standing item in one word of capitals ("7/16 FINANCE") is an item, and names no decision', () => {
    const text = 'Minutes 9th March 2016\nSTOKEFORD PARISH COUNCIL\n\nMinutes of the Parish Council Meeting held on Wednesday 9th March 2016\nin the Village Hall at 7.30pm\n\n1/16 To receive and accept APOLOGIES FOR ABSENCE\nCouncillor Ash, lambing.\n5/16 There were no WARD COUNCILLOR’S REPORTS\n6/16 There was no PUBLIC PARTICIPATION\n\n7/16 FINANCE\nCurrent Account balance as at 1st March 2016: £3546.27.\n7/16 ii The following payments were approved:\nElection fees for May 2015: £40.70\nStokeford Village Hall: £40';
    expect(extract(text).title).toBe('Minutes of the Parish Council Meeting held on Wednesday 9th March 2016 in the Village Hall at 7.30pm');
  });
  it('"MPC Minutes Tuesday February 26th 2008" is dated: a day with its ordinal after the month needs no comma', () => {
    const r = extract('MIDFORD PARISH COUNCIL\n\nMPC Minutes Tuesday February 26th 2008\nPresent were Mr R Ash (Chairman), Mr S Birch.\nAnnual Village Meeting: 24 April 2008.\nSeat: it was agreed to buy the seat at £469.64.');
    expect(r.title).toBe('MPC Minutes Tuesday February 26th 2008');
    expect(r.decisionDate).toBe('2008-02-26');
  });
});

describe('minutes that tell each decision in a sentence (from sets 223 and 228)', () => {
  const text = 'NORTHBY PARISH COUNCIL\n\nMinutes of the Meeting held on the 7th January 2019\n\nPresent: R Ash (Chairman), M. Birch\n\n1954 Public Participation. There was nothing to report from the public.\n1955 Minutes of the meeting held on the 5th November were approved and signed by the chairman.\n1956 Matters Arising: The Clerk had received notification about the Polling Station.\n1957 Grass Cutting, It was agreed the Clerk would talk to the contractor to check he will have insurance.\nThe Chairman would contact the church about a contribution.\n\n1958 Finance: Payment for the years room rent was agreed and paid £150.00\nBudget requirements for the precept were discussed and it was voted 5 – 1 that the precept would remain at £2,000 for the coming year.\n\n1959 Planning: The Policy Committee had agreed last year to object to the change of use.\nThe Meeting Closed at 8.25pm';
  it('gives one decision per sentence, from its decision clause, the minute number and run-in label left off', () => {
    expect(extract(text).recommendations.map((r) => r.text.slice(0, 40))).toEqual([
      'It was agreed the Clerk would talk to th',
      'Payment for the years room rent was agre',
      'it was voted 5 – 1 that the precept woul',
    ]);
  });
  it('counts no decision told as taken before, and no last minutes approved beside others', () => {
    expect(extract(text).recommendations.some((r) => /had agreed|minutes of the meeting/i.test(r.text))).toBe(false);
  });
});

describe('titles read from sets 226-241', () => {
  it('a commissioner\'s office is a banner; its notice\'s "reference: title – date" heading names the decision', () => {
    const text = 'POLICE AND CRIME COMMISSIONER FOR NORTHSHIRE\n\nDecision Notices\n084/2013: 2014/15 Transport Capital Rolling Programme – 25\nFebruary 2014\nApproval to commence ordering of vehicles for the 2014/15 programme.\n\nExecutive Summary and recommendation:\nThe Commissioner is asked to approve the ordering of vehicles at a cost of £450,000.';
    expect(extract(text).title).toBe('2014/15 Transport Capital Rolling Programme');
  });
  it('a form\'s title stops where the next label in capitals begins', () => {
    const text = 'EXECUTIVE DECISION NOTICE\n\nTitle of decision    CAPITAL RELEASE REPORT (November 2021)\n                     DEPARTMENT: Residents Services\n                     SERVICE AREA / PROGRAMME: CCTV Corporate Programme\n\nDecision\nThat the Cabinet Member approves the release of £46k.';
    expect(extract(text).title).toBe('CAPITAL RELEASE REPORT (November 2021)');
  });
  it('minutes are titled by their heading, not an agenda\'s instruction kept as an item\'s heading, a routine item or a line of members\' names', () => {
    const instruction = '02 March 2021\n\nMINUTES OF THE REMOTE MEETING OF NORTHBY PARISH COUNCIL HELD ON\nTUESDAY 02 MARCH 2021 AT 7.30PM\n\n1. APOLOGIES FOR ABSENCE\nApologies were accepted from Cllr Ash.\n\n7. TO DISCUSS AND APPROVE, OR NOT, THE ANNUAL TRAINING SCHEME PAYMENT\nFollowing discussion it was resolved to pay for training as Councillors attend.';
    expect(extract(instruction).title).toBe('MINUTES OF THE REMOTE MEETING OF NORTHBY PARISH COUNCIL HELD ON TUESDAY 02 MARCH 2021 AT 7.30PM');
    const routine = 'Northby Community Council Minutes, December 2024\n\nPresent: A Ash, B Birch\n\n1. Approval of the Minute(s) of the Previous Meeting and Matters Arising\nThe minutes were approved.\n2. Public meeting\nIt was agreed that Esme would cater, at a cost of £140.';
    expect(extract(routine).title).not.toMatch(/^Approval of the Minute/);
    const names = 'Don Ashby, Cathy Birch\n\nNorthby Parish Council met on 12 September 2017.\n\nFINANCE REPORT\nThe following cheques were authorised: Clerk £250.\nIt was agreed to donate £200 to the Ring and Ride.\nIt was agreed to give £250 to the Hillbillies.';
    expect(extract(names).title).not.toBe('Don Ashby, Cathy Birch');
  });
});

describe('a running head set at the page\'s right', () => {
  it('gives way to the heading at the margin under it, and does not run on into it', () => {
    const page = textPage(1, 'Eastby Parish Council');
    const laid = [
      ...row(0.06, [[78, 'April 2025 Minutes']]),
      ...row(0.09, [[10, 'MINUTES OF EASTBY PARISH COUNCIL MEETING HELD ON']]), ...row(0.11, [[10, 'THURSDAY 3RD APRIL 2025 AT 6PM IN EASTBY VILLAGE HALL']]),
      ...row(0.15, [[10, '1) PRESENT - Cllr Y Ash, Cllr H Birch']]),
      ...row(0.19, [[10, '9) FINANCE']]), ...row(0.21, [[11, 'a) Insurance - It was agreed to take the 3-year offer at a cost of £270 per year.']]),
      ...row(0.23, [[11, 'b) Audit costs - It was agreed that Mr Brooks would be paid £285.']]),
    ];
    expect(laidOutRecord(page, laid).title).toBe('MINUTES OF EASTBY PARISH COUNCIL MEETING HELD ON THURSDAY 3RD APRIL 2025 AT 6PM IN EASTBY VILLAGE HALL');
  });
  it('a webcast minute\'s time into the recording is no word of its title', () => {
    const text = 'Northby District Council\n\nIssue - meetings\n\n48 Vinyl Flooring Renewal Contract 2017-2021 (00-37-53)\n\nTo receive a report of the Director of Operations on the tender.\n\nRESOLVED that the contract be awarded to the preferred supplier.';
    expect(extract(text).title).toBe('48 Vinyl Flooring Renewal Contract 2017-2021');
  });
});

describe("minutes' heading that wraps", () => {
  it('runs on across a gap into a line that starts in lower case', () => {
    const text = 'Westby Parish Council\nMinutes of the Meeting of the Parish Council\n\nheld remotely on Thursday 16 July 2020\n\nPresent: Ms M Hunt (Chair), Mrs J Furniss, Mr D Parke.\n\n1. Apologies\nApologies were received from Mr C Liddle.\n\n2. Planning\nThe Council had no objection to application 20/0123.';
    expect(extract(text).title).toBe('Minutes of the Meeting of the Parish Council held remotely on Thursday 16 July 2020');
  });
  it('cut on a joining word runs on into the body it names', () => {
    const text = 'Approved Minutes of the Meeting of\nEASTBY COMMUNITY COUNCIL\nThursday, 11th June 2015, 7:30 p.m., The Hub, Eastby.\n\nAttending: Nick Jennings (Chair), John Furlonger.\n\n1. Bus shelters\nIt was agreed to ask the council to repair the bus shelters.';
    expect(extract(text).title).toBe('Approved Minutes of the Meeting of EASTBY COMMUNITY COUNCIL');
  });
});

describe("minutes' meeting day in their heading", () => {
  it('is read from a heading of three lines set together, its date opening the last', () => {
    const text = 'Approved Minutes of the Meeting of\nEASTBY COMMUNITY COUNCIL\nThursday, 11th June 2015, 7:30 p.m., The Hub, Eastby.\n\nAttending: Nick Jennings (Chair), John Furlonger.\n\n1. Bus shelters\nIt was agreed to ask the council to repair the bus shelters.';
    expect(extract(text).decisionDate).toBe('2015-06-11');
  });
  it('is read from a long "Minutes of the ... held on ..." heading', () => {
    const text = 'Westby Town Council\n\nMinutes of the Finance Committee of the Council held on Wednesday 1 July 2015 at 6pm in the\nMayor`s Parlour, Town Hall, Westby.\n\nPresent: Cllr Mrs S Woodhouse (Chair)\n\n1. Apologies for absence were received from Cllrs R Harris.\n\n2. Grants\nIt was resolved to award a grant of £250 to Westby Arts.';
    expect(extract(text).decisionDate).toBe('2015-07-01');
  });
  it('is a day printed alone under the banner, unless a heading below dates the meeting', () => {
    const alone = 'Westby Fire Authority\n\n05 JUNE 2009\nCouncillors Cook, Fleming, Payne\nChief Fire Officer, Treasurer\n\n1. APPOINTMENT OF CHAIR\nRESOLVED – that Councillor Cook be appointed Chair of the Authority for 2009/10.';
    expect(extract(alone).decisionDate).toBe('2009-06-05');
    const published = '01 October 2020\nWESTBY PARISH COUNCIL\n\nMinutes of the remote meeting held on Tuesday 06 October 2020\nat 7.35pm\n\n1. Apologies for absence\nApologies were accepted from Cllr Pickett.\n\n2. Donations\nIt was resolved to donate £25 to the Royal British Legion.';
    expect(extract(published).decisionDate).toBe('2020-10-06');
  });
});

describe("minutes that open by saying when their meeting was held", () => {
  it('are dated by it, not by the last meeting whose minutes they approve', () => {
    const text = 'Westby Parish Council\nMinutes November 2021\nThe Parish Council Meeting was held on 9th November 2021 at the Village Hall, Westby at 7.30 pm.\nPresent: Cllrs A Smith, B Jones.\nThe Minutes of the Parish Council Meeting held on 14th September 2021 were approved and signed.\n\n4. Accounts\nThe following accounts were agreed for payment: Clerk salary £150.';
    expect(extract(text).decisionDate).toBe('2021-11-09');
    const approving = 'Westby Borough Council\nCabinet – Agenda and minutes\nTo approve the Minutes of the Meeting held on 3 February 2016 (Minute Nos. 468 - 480) as a correct\nrecord.\nMinutes:\nThe Minutes were taken as read and signed by the Chairman as a correct record.';
    expect(extract(approving).decisionDate).toBeNull();
  });
});

describe("the body a paper's banner names", () => {
  const laid = (...words: ReturnType<typeof row>[]) => analyse([{ number: 1, source: 'text', ...layoutWords(words.flat()) }]).extracted;
  it('takes no running head set at the page\'s right into its name ("Decision Notices" over the commissioner)', () => {
    const r = laid(row(0.05, [[72, 'Decision Notices']], true), row(0.08, [[22, 'Police and Crime Commissioner for Westshire']]), textRows(0.12, ['A collaborative procurement exercise was conducted for the provision of vehicles.', 'The Commissioner approved the contract award.']));
    expect(r.authority).toBe('Police and Crime Commissioner for Westshire (Westshire PCC)');
  });
  it('is never "Full Council", the council meeting in full', () => {
    expect(extract('Full Council – Precept\n\nMinutes of the Precept meeting of Eastby Parish Council\nheld on Monday 18th January 2021, 7.00pm\n\n1. Precept\nIt was resolved to set the precept at £42,000.').authority).toBe('Eastby Parish Council');
  });
});

describe("a meeting's day told in a sentence", () => {
  it('is no decision date when the meeting is still to come ("Date of next meeting: 27th November 2018")', () => {
    const text = 'Westby Parish Council\nSPC Extraordinary Meeting November 2018\n\n1. Play equipment\nIt was resolved to pay the invoice of £1,200 for the play area.\n\nDate of next meeting: 27th November 2018';
    expect(extract(text).decisionDate).not.toBe('2018-11-27');
  });
  it('dates the decision when the record names its meeting before the day it decided ("At the meeting of ... on 8th November 2022 the following were agreed")', () => {
    const text = 'Westby Parish Council\n15th November 2022 – Allocation of Section 137 Grants 2022\nAt the meeting of Westby Parish Council on 8th November 2022 the following were agreed as the\nSection 137 grants for 2022:\nWestby Village Hall £500\nWestby Scouts £250';
    expect(extract(text).decisionDate).toBe('2022-11-08');
  });
});

describe('a meeting\'s day in other words of its heading', () => {
  it('"A meeting of the Community Council took place on Thursday 31st March 2022 at 7.30pm by electronic media."', () => {
    const text = 'Llanhill Community Council\nA meeting of the Community Council took place on Thursday 31st March 2022 at 7.30pm by electronic\nmedia.\nMs A Ash (Chairperson), Mr B Birch\n1. Apologies\nNone.\n2. Minutes of the last meetings The minutes of the meeting of 17th February 2022 were approved.\n3. Play area\nIt was agreed to pay the invoice of £1,200.';
    expect(extract(text).decisionDate).toBe('2022-03-31');
  });
  it('a heading ends on its weekday, day and time after a dash, past a date in the body\'s name', () => {
    const text = 'Bayside City Region Joint Committee\nAgenda and minutes\nBayside City Region Joint Committee (Administered by Bayside\nCouncil from 1st June 2019) - Thursday, 22nd November, 2018 2.00 pm\nVenue\tCommittee Room 1, County Hall\n1. APOLOGIES FOR ABSENCE\nMinutes:\nApologies were received.\n2. MINUTES\nResolved that the minutes of the meeting held on the 31st August, 2018 be signed as a correct record.';
    expect(extract(text).decisionDate).toBe('2018-11-22');
  });
});
