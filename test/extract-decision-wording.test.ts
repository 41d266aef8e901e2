// Decision wording and form values met on held-out sets 35-37: each case is the general shape, not a document's words.
import { describe, expect, it } from 'vitest';
import { realPages } from './helpers.ts';
import { textPage } from '../src/checks/text-page.ts';
import { extractFromPages as analyse } from '../src/pipeline/extract-from-pages.ts';
import { renderDecision } from '../src/query/show.ts';
import type { DecisionRecord } from '../src/record/index.ts';
import { laidOutRecord, row, textRows } from './laid-out.ts';

const record = (...pages: string[]) => analyse(pages.map((t, i) => textPage(i + 1, t))).extracted;
/** A text page whose words are set at the size `sizeOf` gives their line's number (textPage: 1 line = 1/60 of the height). */
const withSizes = (page: ReturnType<typeof textPage>, sizeOf: (row: number) => number) => ({ ...page, words: page.words.map((w) => ({ ...w, size: sizeOf(Math.round(w.box.y * 60)) })) });
/** A text page whose line `titleRow` is set larger than the rest. */
const sized = (page: ReturnType<typeof textPage>, titleRow: number) => withSizes(page, (row) => (row === titleRow ? 0.03 : 0.02));
/** A one-page record whose line `titleRow` is set larger than the rest. */
const titled = (text: string, titleRow: number) => analyse([sized(textPage(1, text), titleRow)]).extracted;

describe('a decision stated as an instruction under the title', () => {
  it('reads "Approve the ..." right under the title as the decision, not the summary\'s narrative paragraphs under a sub-heading', () => {
    const r = titled(
      'Office of the Police and Crime Commissioner for Northway\n\nSafety Grants 2015-16\nApprove the reallocations of the Safety Grant in 2014/15.\n\nDecision Summary\n\nSafety Grants:\nDuring 2013/14 the Commissioner received a grant from the Home Office. Part of it was carried forward.\n\nIn 2014/15 the Commissioner received a further grant. The Board approved its allocations in July.',
      2,
    );
    expect(r.recommendations.map((x) => x.text.slice(0, 28))).toEqual(['Approve the reallocations of']);
  });
  it('keeps a title worded as a noun ("Award of ...") out of it', () => {
    const r = record('Office of the Police and Crime Commissioner for Northway\n\nAward of Safety Grant\n\nDecision Summary\n\nThe grant was set up in 2019.');
    expect(r.recommendations.map((x) => x.text)).not.toContain('Award of Safety Grant');
  });
});

describe('a decision maker\'s own "I approve ..."', () => {
  it('is the decision when it opens the decision field, while "I approve the above recommendations" still ends a list', () => {
    const own = record('Decisions\n\nIssue:    Evaluation of the Northway Risk Model\n\nDecision:    I approve the award of the contract for evaluation to\n             the Northway University in the amount of £59,729.71.\n\nDate of Decision:    27th January 2025\n\nDecision Maker:    PCC');
    expect(own.recommendations.map((x) => x.text.slice(0, 27))).toEqual(['I approve the award of the ']);
    const signOff = record('Recommendations\n\n1. To approve the grant of £5,000 to the Northway Trust.\n2. To note the report.\nI approve the above recommendations.\n\nSigned');
    expect(signOff.recommendations.map((x) => x.text.slice(0, 12))).toEqual(['To approve t', 'To note the ']);
  });
});

describe('bracketed markers printed without their space', () => {
  it('reads "(1)the ..." items as items of the list', () => {
    const r = record('The Cabinet Member for Fire has approved;\n\n(1)the prioritised set of projects as described in section 2 of this report;\n\n(2)the commencement of the procurement of £1.85m of works;\n\n(3)the delegation of authority to the Chief Fire Officer to award contracts.');
    expect(r.recommendations.map((x) => x.text.slice(0, 20))).toEqual(['the prioritised set ', 'the commencement of ', 'the delegation of au']);
  });
});

describe('references', () => {
  it('reads a "Decision" field whose whole value is a code as the reference, keeping a bracketed year', () => {
    expect(record('Northway County Council\n\nFire Estates Plan\n\nDecision    CSFR03 (21/22)\nDate    21/01/2022\n\nThe Cabinet Member approved the plan.').reference).toBe('CSFR 03 (21/22)'); // normalised as every prefix is ("PCD 450")
  });
  it('does not read a date or a decision\'s words under "Decision" as a reference', () => {
    expect(record('Northway County Council\n\nFire Estates Plan\n\nDecision    21/01/2022\n\nThe Cabinet Member approved the plan.').reference).toBeNull();
    expect(record('Northway County Council\n\nFire Estates Plan\n\nDecision    To approve 2 grants\n\nThe Cabinet Member approved the plan.').reference).toBeNull();
  });
  it('splits "DN 09/2019: Fire and Rescue Plan" into the notice\'s number and its title', () => {
    const r = titled('Police, Fire and Crime Commissioner for Northway\n\nDN 09/2019: Fire and Rescue Plan\n\nThe Commissioner has decided to approve the Fire and Rescue Plan 2019-2021.', 2);
    expect([r.reference, r.title]).toEqual(['09/2019', 'Fire and Rescue Plan']);
  });
});

describe('a sign row whose values wrapped in their columns', () => {
  const page = (dateRows: [string, string]) =>
    `Police and Crime Commissioner for Northway - Decision Making Record\n\nRecommendation\n\nThe Commissioner awards £5,000 to the Northway Trust.\n\nI approve the recommendation(s):\n\nSignature                                             Date\nPolice and Crime Commissioner A. Person (wet signed   ${dateRows[0]}\ncopy held at the office)                              ${dateRows[1]}\n\nAll decisions must be added to the decision register.`;
  it('reads "11 July" over "2023" under "Date" as the decision date', () => {
    expect(record(page(['11 July', '2023'])).dates.filter((d) => d.role === 'decision').map((d) => d.date)).toEqual(['2023-07-11']);
  });
  it('reads no date from a column of other words', () => {
    expect(record(page(['to follow', 'later'])).dates.filter((d) => d.role === 'decision')).toEqual([]);
  });
});

describe('a decision notice that states its decision in a sentence', () => {
  it('reads "The Commissioner has decided to ..." as the one decision, not the background around it', () => {
    const r = record('Police, Fire and Crime Commissioner for Northway\n\nFire Plan\n\nBackground\n\nThe Service has a plan for the next two years. It was developed in consultation.\n\nDecision Record\n\nThe Commissioner has decided to approve and publish her Fire Plan 2019-2021. It takes effect at once.\n\nSignature');
    expect(r.recommendations.map((x) => x.text)).toEqual(['The Commissioner has decided to approve and publish her Fire Plan 2019-2021.']);
  });
});

describe('a decision list with numbered rows of sums inside its items', () => {
  const decision = (gap: string) =>
    `Northway District Council\n\nCommunity Chest Funding\n\nDecision:\n\n(1) The allocation of funding from the Community Chest be noted as follows:\n2. Northway Mind          2018/2019     £5,000\n3. Northway Care Trust    2018/2019     £3,434\n${gap}                          2019/2020     £3,434\n${gap}4. Northway Advice       2018/2019     £27,167\n\n(2) The following allocation of funding be approved:\n\n1. Our Special Friends    2018/2019     £3,000\n\n(3) In relation to the allocation of funding for:\n\n7. Northway Dads          2018/2019     £30,000\n\nthis be deferred to allow for further information to be circulated.`;
  it('reads "(1)" items as the decisions and "2. Name ... £N" rows as their parts, whether or not a row was set apart', () => {
    for (const gap of ['', '\n']) expect(record(decision(gap)).recommendations.map((x) => x.text.slice(0, 20))).toEqual(['The allocation of fu', 'The following alloca', 'In relation to the a']);
  });
});

describe('a title under a right-aligned breadcrumb', () => {
  it('is the title: the breadcrumb runs to the margin but is no sentence the title carries on', () => {
    const r = titled('Northway City Council\n                                                     Home > Council and Democracy > Decision details\nCommunity Grants 2021-22\nDecision Maker    Executive Councillor for Communities.\n\nDecision of Executive Councillor for Communities\n\ni. Approved the Community Grants for 2021-22.', 2);
    expect(r.title).toBe('Community Grants 2021-22');
  });
});

describe('lists in decision blocks', () => {
  it('reads paragraph numbers without a closing mark ("1.1 Agreed that ...") as items, and drops a form\'s field rows after them', () => {
    const r = record('Northway District Council\n\nDecision:\n\nThe Cabinet:\n1.1 Agreed that Northway Builders be awarded the contract for the tendered sum of £599,991.\n1.2 Approved the awarding of a contract to Northway Loos for the tendered sum of £90,000.\n\nIs subject to call in?     No\n\nReport author              A. Officer\n\nPublication date           11/09/2019');
    expect(r.recommendations.map((x) => x.text.slice(0, 20))).toEqual(['Agreed that Northway', 'Approved the awardin']);
  });
  it('ends a decision at "Minutes:", so the numbered minutes under it are not its items', () => {
    const r = record('Northway Borough Council\n\nDecision:\nThat the grant offer of £57,700 previously made to Northway Village Society be\nWITHDRAWN.\nMinutes:\n55.1 The report of the Head of Finance set out discussions with the Society.\n55.2 The Head of Finance explained that the grant had been awarded in 2013.');
    expect(r.recommendations.map((x) => x.text)).toEqual(['That the grant offer of £57,700 previously made to Northway Village Society be WITHDRAWN.']);
  });
  it('keeps a first decision printed without its number when the list goes on from "2.2"', () => {
    const r = record('Northway Combined Authority\n\nDecision:\nTo agree to distribute £3.8m funds as follows, if the bid succeeds:\n\n   Northway City Council: £289,857\n   Southway Council: £136,617\n\n2.2 Delegated authority for the Director of Investment to enter into the relevant documentation.');
    expect(r.recommendations.map((x) => x.text.slice(0, 20))).toEqual(['To agree to distribu', 'Delegated authority ']);
  });
  it('drops a grid\'s row of values under a page heading "Decision" from the decisions', () => {
    const r = record('Northway City Council\n\nDecision\n\nDecision Maker            Outcome\nLeader of the Council     Recommendations Approved\n\nDecision\n\n1) That the Leader of the Council agrees to award a contract to Northway Homes.\n2) That the Leader delegates authority to the Director to finalise the contract.');
    expect(r.recommendations.map((x) => x.text)).not.toContain('Leader of the Council Recommendations Approved');
  });
});

describe('box rules in OCR lines', () => {
  it('reads "| (i) Approved ..." and "[ Resolved: ..." without the rule glyphs OCR took for text', () => {
    const page = textPage(1, 'Northway Combined Authority\n\n[ Resolved: The Combined Authority approved that:\n| (i) The Wellington Square scheme was delegated for approval to the Chief Executive.\n|\n| (ii) The Mabgate Yard scheme proceeded to delivery. |');
    const ocr = { ...page, source: 'ocr' as const, words: page.words.map((w) => ({ ...w, conf: 0.9 })) };
    const r = analyse([ocr]).extracted;
    expect(r.recommendations.map((x) => x.text.slice(0, 20))).toEqual(['The Wellington Squar', 'The Mabgate Yard sch']);
  });
});

describe('a confidential part, said in other words', () => {
  const part2 = (body: string) => record(`Northway Council\n\nRecord of Decision\n\nDecision: To award the contract.\n\n${body}`).exemptions.part2;
  it('reads "not for publication", "the exempt section of this paper", "part 2 of this Decision Notice", "designated exempt", press and public excluded, a "Restricted enclosure" or "Part 2 annex" line and a restricted reason as a confidential part', () => {
    for (const body of [
      '(Not for publication by virtue of Paragraph 3 of Part 1 of Schedule 12A of the Local Government Act 1972)',
      'Further details are set out in the exempt section of this paper.',
      'A breakdown of the costs is included in part 2 of this Decision Notice.',
      'b) Recognise that Appendix 1 should be designated exempt from publication.',
      'It is recommended that the press and public be excluded from the meeting for the next item.',
      'Background papers\n\nRestricted enclosure',
      'Purpose:\nTo approve a new contract for specialist rescue.\n\nPart 2 annex\n\nReasons for Decisions:\nA full tender process was run.',
      'Decision Papers/Reason for Restricted    RESTRICTED – This decision contains commercial information.',
    ])
      expect([body, part2(body)]).toEqual([body, true]);
  });
  it('says nothing when the paper says none is restricted or exempt', () => {
    for (const body of ['This decision does not contain exempt information.', 'Decision Papers/Reason for Restricted    Decision Notice Recommendation Report']) expect([body, part2(body)]).toEqual([body, null]);
  });
});

describe('minutes with a decision under each item', () => {
  it('ends each decision at the next minute\'s heading', () => {
    const r = record('Northway Council\n\nAgenda and minutes\n\n4. Financial Statement\n\nThe accountant took the Trustees through the statement.\n\nDecision\nThe Trustees noted the statement and balance of income available.\n(Ref: Financial Statement by the Accountant, submitted).\n\n5. Common Good Fund Applications (New)\n\n5a Northway Grammar School\n\nThe Trustees considered an application from Northway Grammar School.\n\nDecision\nThe Trustees agreed to award £1280.\n\n5b Northway Community Business Ltd\n\nThe Trustees considered an application from Northway Community Business Ltd.\n\nDecision\nThe Trustees agreed to award £2,000 to the group.');
    expect(r.recommendations.map((x) => x.text.replace(/ \(Ref:.*$/, ''))).toEqual(['The Trustees noted the statement and balance of income available.', 'The Trustees agreed to award £1280.', 'The Trustees agreed to award £2,000 to the group.']);
  });
});

describe('a sum stated above a list whose first parts print no "£"', () => {
  it('is the headline, not the total of the parts that do', () => {
    const r = record('Police and Crime Commissioner for Northway\n\nPartnership funding for Northway Police\n\nThe force is committed to the work. It is seeking the release of a further £77,290\nof funding to continue the work. The money will be spent on the following:\n\nMetal Theft Funding (58,300) Funding from the Transport Police to tackle\nmetal theft on the railway\nDrugs Operation (£4,223.) Funding from the Drugs Team for drugs operations\nPCSO Cycles (£1,887.) Funding towards the purchase of cycles for PCSOs.\nDisaster Training (£12,880.) Funding to continue training officers.');
    expect(r.headlineAmount).toBe(77290);
  });
});

describe('a bold title that ends on a full stop', () => {
  it('is the title, not the decision paragraph under it', () => {
    const page = textPage(1, 'Northway Borough Council\n\nIssue - decisions\n\nAward of Contract for Resurfacing Principal and Classified Roads from the Council\'s Highway\nMaintenance Budget.\n\nFor the Director of Environment to approve the award of contract for 2018/19 Road Resurfacing Works to\nNorthway Contractors Limited in the sum of £445,960.85 pursuant to Contract Standing Order 9.07, to approve\na contingency of 10% of the contract value to cover unforeseen works.');
    const bold = { ...page, words: page.words.map((w) => ({ ...w, size: 0.02, bold: w.box.y > 0.05 && w.box.y < 0.1 })) };
    expect(analyse([bold]).extracted.title).toBe("Award of Contract for Resurfacing Principal and Classified Roads from the Council's Highway Maintenance Budget.");
  });
});

describe('the first lines of a paragraph', () => {
  it('are no title when the paragraph runs on past them', () => {
    const r = record('Northway Borough Council\n\nIssue - decisions\n\nFor the Director of Environment to approve the award of contract for 2018/19 Road Resurfacing Works to Northway\nContractors Limited in the sum of £445,960.85 pursuant to Contract Standing Order 9.07.1)(c), to approve a contingency\nof 10% of the contract value (available in the Principal Road and Borough Road maintenance budgets) to cover unforeseen\nworks arising on site and the issuance of a letter of intent up to a maximum value of £100,000 pursuant to the order\nfor works of this kind.');
    expect(r.title).toBeNull();
  });
});

describe('an issue page\'s decision after its dated entry', () => {
  it('reads "For the Director ... to approve ..." under "dd/mm/yyyy - Title." as the decision', () => {
    const r = record('Northway Borough Council\n\nIssue - decisions\n\nAward of Contract for Resurfacing Roads.\n\n10/08/2018 - Award of Contract for Resurfacing Roads.\nFor the Director of Environment to approve the award of contract for Road Resurfacing Works to Northway\nContractors Limited in the sum of £445,960.85.');
    expect(r.recommendations.map((x) => x.text.slice(0, 40))).toEqual(['For the Director of Environment to appro']);
  });
});

describe('a budget decision of a named body', () => {
  it('takes "MOPAC Budget 2015/16" for the title (no banner names a year) and "is asked to approve" over a numbered list as its lead-in', () => {
    const r = titled("Mayor's Office for Policing and Crime\n\nMOPAC Budget 2015/16\n\nExecutive summary\n\nThe DMPC approved the budget submission in November 2014.\n\nThe DMPC is asked to approve\n1. the 2015/16 MOPAC revenue budget, at £36.4m\n2. delegation to the Chief Operating Officer to agree the final adjustments.", 2);
    expect(r.title).toBe('MOPAC Budget 2015/16');
    expect(r.recommendations.map((x) => x.text.slice(0, 20))).toEqual(['the 2015/16 MOPAC re', 'delegation to the Ch']);
  });
  it('still takes a body\'s name alone for a banner', () => {
    expect(titled('Surrey County Council\n\nSurrey County Council\n\nDecision: To approve the grant.', 2).title).toBeNull();
  });
});

describe('capital letters as markers with no closing mark', () => {
  it('reads "A Approve ...", "B Approve ...", "C Note ..." as three lettered items, and a lone "A letter ..." as a sentence', () => {
    const r = record('Eastshire Combined Authority\nDecision details\n\nDecision\n\nIt was resolved to:\n\nA    Approve the budget increase of £1m for the Harbour Bridge scheme.\n\nB    Approve the concept proposal for the Skills Hub.\n\nC    Note the decisions of the Investment Panel.\n\nReasons for the decision\nAs set out in the report.');
    expect(r.recommendations.map((x) => x.text.slice(0, 20))).toEqual(['Approve the budget i', 'Approve the concept ', 'Note the decisions o']);
    const one = record('Northway City Council\nDecision\n\nThat the tender of Harbour Ltd in the sum of £47,000 is accepted.\n\nA letter of acceptance is issued accordingly.\n\nReasons for the decision\nAs set out in the report.');
    expect(one.recommendations.some((x) => /^letter/.test(x.text))).toBe(false);
  });
});

describe('where a decision list ends', () => {
  it('ends at "For the reasons set out in the report." and at a numbered heading in capitals ("2. DECISION TAKER")', () => {
    const reasons = record('Northway County Council\nDecision details\n\nThe Cabinet Member decided to take the recommended decision to:\n\nDelegate authority to the Head of Highways to invest up to £900,000 in routine maintenance.\n\nFor the reasons set out in the report.\n\nLead officer: A. Smith');
    expect(reasons.recommendations.map((x) => x.text.slice(0, 25))).toEqual(['Delegate authority to the']);
    const form = record('Northway District Council\nRecord of decision\n\nDecision\n1. Approve a grant of £2,000 to the Harbour Tennis Club for resurfacing.\n2. DECISION TAKER\nExecutive Member for Communities, in consultation with the Service Director.\n3. DATE DECISION TAKEN:\n30.3.2020');
    expect(form.recommendations.map((x) => x.text.slice(0, 25))).toEqual(['Approve a grant of £2,000']);
  });
});

describe('a grid whose labels wrap in their columns', () => {
  it('reads "Date of the" / "Decision" over "15/05/2018" as the date of the decision, and "Ref. No" over the value beside the wrap', () => {
    const r = record('Eastshire Combined Authority\nDelegated Decisions by Officers\n\nRef. No                 Date of the          Decision\nDD 47                   Decision             Status\n                        12/06/2019           Approved 20 June 2019\n\nDecision\nTo approve the award of £60,000 to Harbour Transport Ltd for transport studies.');
    expect(r.decisionDate).toBe('2019-06-12');
    expect(r.reference).toBe('DD 47');
  });
});

describe('a grid label whose last word wraps alone under it', () => {
  it('reads "Decision" / "number" over "20/2023" as the decision\'s number, beside labels that do not wrap', () => {
    const r = record('Police and Crime Commissioner for Northshire – Decision\nMaking Record\n\nCommunity Safety Fund Applications: September 2023\n\nDecision         Author and Job Role                                     Protective\nnumber           Ann Smith, Partnerships and Community Safety            Marking\n20/2023          Officer                                                 Official\n\nExecutive Summary:\nThe Commissioner has made available £383,000 of funding.\n\nDecision\nTo award £5,000 to Northshire Youth Trust.');
    expect(r.reference).toBe('20/2023');
  });
  it('does not join a label of its own ("Decision date" over "Reference") to the one above it', () => {
    const r = record('Westford Council – Decisions published\n\nHarbour Channel Dredging Claim\n\nDecision date      15/07/2019\nReference          ref: 1155\nStatus             Recommendations Approved\n\nDecision:\nAgreed: that the Harbour Authority pay an annual sum of £150k.');
    expect(r.decisionDate).toBe('2019-07-15');
  });
});

describe('a report\'s own labels over their values', () => {
  it('reads "Title and Reference" over "PCC/D/127" beside "Report of" over a value that wraps ("Police and Crime" / "Commissioner")', () => {
    const rows = [row(0.2, [[10, 'Title and Reference'], [68, 'Report of']]), row(0.2167, [[10, 'PCC/D/127'], [68, 'Police and Crime']]), row(0.2333, [[68, 'Commissioner']]), row(0.265, [[10, 'Subject'], [68, 'Date']]), row(0.2817, [[10, 'Amendment to Terms of Reference for Accountability Meetings'], [68, '09/02/2024']]), row(0.3, [[10, 'The PCC has requested that only the public meeting be published.']])];
    const r = laidOutRecord(textPage(1, 'Office of the Northshire Police and Crime\nCommissioner'), rows.flat());
    expect(r.reference).toBe('PCC/D/127');
  });
  it('reads a report\'s code in a field of its name ("Report | ES20222")', () => {
    const r = record('London Borough of Westford\n\nDepot Infrastructure Works Stage 3 Update\n\nDecision Maker     Executive\nReport             ES20222\nDate               30 November 2022\n\nDecision\nTo approve the release of £6,107,000 for the works.');
    expect(r.reference).toBe('ES 20222');
  });
});

describe('a decisions list entry under a "Decision" label', () => {
  it('dates the decision from "dd/mm/yyyy - Title" when the entry repeats the title, past the header', () => {
    const r = titled('Northway City Council\nIssue - decisions\nApproval of Library Self-Service Kiosks\nDecision\n12/03/2020 - Approval of Library Self-Service Kiosks\n\nResolved: That the purchase of kiosks be approved.\n\nReason: To modernise the service.', 2);
    expect(r.decisionDate).toBe('2020-03-12');
  });
});

describe('the first entry of an issue page', () => {
  it('dates the decision from the first "dd/mm/yyyy - Title" entry when no label names the date', () => {
    const r = record('Eastshire Combined Authority\nIssue - decisions\nSkills Capital\n\n14/03/2025 - Adult Skills Capital Grants\n\nIt was resolved to:\nA approve the grant approach for the £2m Skills Capital fund\nB delegate authority to the Director to sign grant agreements\n\n02/02/2025 - Adult Skills Capital Grants\n\nA. To note the progress made.');
    expect(r.decisionDate).toBe('2025-03-14');
  });
});

describe('a word in the page corner', () => {
  it('does not take "Decision" printed at the top right for the decision\'s heading', () => {
    const pad = ' '.repeat(75);
    const r = record(`Northway City Council\n${pad}Decision\nDecision Maker            Outcome\nLeader of the Council     Recommendations Approved\nIs Key Decision?          Is Callable In?\nYes                       No\n\nPurpose\nThis report seeks approval to award a contract for temporary accommodation.\n\nDecision\n1) That the Leader agrees to award a contract to Harbour Homes Ltd.\n\n2) That the Leader delegates authority to the Director to finalise the contract.\n\nReasons for the decision: As set out in the report.`);
    expect(r.recommendations.length).toBe(2);
    expect(r.recommendations[1]!.text.slice(0, 30)).toBe('That the Leader delegates auth');
  });
});

describe('applications decided one paragraph each', () => {
  it('reads each "To award X £N ..." paragraph under its own heading as a decision, and their sums as the headline', () => {
    const r = record(
      'Police and Crime Commissioner for Northway – Decision Making Record\n\nCommunity Safety Fund Applications – March 2024\n\nExecutive Summary:\nThis year the Commissioner has made available £400,000 of funding to support local community, voluntary and faith organisations.\n\nHarbour Youth Trust – Outreach Bus\nTo award Harbour Youth Trust £12,000 towards the running costs of an outreach bus visiting estates in the evenings.\n\nEastgate Mediation – Neighbour Disputes\nTo award Eastgate Mediation £8,500 to provide mediation for neighbours in dispute across the county.\n\nSignature:\nDate: 4 March 2024',
    );
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['To award Harbour Youth Trust £', 'To award Eastgate Mediation £8']);
    expect(r.headlineAmount).toBe(20500);
  });
  it('takes no table cell worded as an instruction for a decision', () => {
    const r = record('Northway County Council\n\nAppendix A – Current activity\n\nBackground\nThe activity below is under way across the county.\n\nPrevention\n\nCommission effective targeted services and support\n\nEarly help\n\nWorking with schools');
    expect(r.recommendations).toEqual([]);
  });
});

describe('a meeting\'s record dated only in its heading', () => {
  it('dates the resolutions from "Panel - Monday, 4th March, 2013 7.00 pm" under the banner', () => {
    const r = record('Northway Borough Council\nGrants Assessment Panel - Monday, 4th March, 2013 7.00 pm\nVenue: Civic Offices, Northway\n\nCommunity Chest\nThe Panel considered a report on applications received to date.\n\nResolved:-\n(i) That Northway Community Centre be awarded a grant of £1000 as applied.\n(ii) That officers inform the Centre that late applications would not be considered.');
    expect(r.decisionDate).toBe('2013-03-04');
  });
  it('does not date a report from the meeting it is addressed to', () => {
    const r = record('From:   Leader of the Council\n\nTo:   Cabinet – 4 March 2025\n\nSubject:   Quarterly Performance Report\n\nSummary: The report presents performance to the end of December.\n\nRecommendation:\nCabinet is asked to NOTE the Quarterly Performance Report.');
    expect(r.decisionDate).toBeNull();
  });
});

describe('a lead-in printed on the line of the first marker', () => {
  it('starts the first decision after "RESOLVED to (1)"', () => {
    const r = record('Northway County Council\nRecord of Lead Member Decision\n\nDecision\n4.2  The Lead Member RESOLVED to (1) Approve loan funding to the value of £1.75m to Westside Ventures Ltd to fund the\n     delivery of the Observer Building project;\n(2)  Approve loan funding to the value of £1.75m to Eastside District Council to fund the delivery of its\n     project.');
    expect(r.recommendations.map((x) => x.text.slice(0, 28))).toEqual(['Approve loan funding to the ', 'Approve loan funding to the ']);
  });
});

describe('a schedule of decisions, one under each application', () => {
  it('takes "Decision: Reject" as the decision, not the bullets OCR reads in the next application\'s description', () => {
    const r = record('Heritage Body\nSchedule of Decisions\n\nGarden project\nApplicant:    Northway School\n\nDecision:    Reject\n\nFarm village coordinator\nApplicant:    Northway Farm Limited\nProject description:    The farm proposed to appoint a coordinator.\n\nThese include:\n• Restoration assessment works of the murals at the farm.\n• Convert the old barn into a multi-use space.\n\nDecision:    Award grant of £4,305 (90%)');
    expect(r.recommendations.map((x) => x.text)).toEqual(['Reject', 'Award grant of £4,305 (90%)']);
  });
  it('takes no word of a heading\'s label ("Recommendation(s)") for a decision', () => {
    const r = record('Northway County Council\n\n3.  Recommendation(s)\n\n     Cabinet is asked to NOTE the Quarterly Performance Report and the actions being\n     taken where performance is not as targeted.\n\n4.  Contact details\n\nA Analyst\nTelephone: 03000 416559');
    expect(r.recommendations.map((x) => x.text)).not.toContain('(s)');
  });
});

describe('minutes that approve the last meeting\'s minutes', () => {
  it('leaves the formality out of the decisions and keeps the items of substance', () => {
    const r = record('Northway Council\nCommon Good Fund Sub Committee Minutes\nDate: Wednesday 1 March 2023\n\n1 SEDERUNT\n3 Members present.\n\n2 MINUTE OF MEETING OF 12 JANUARY 2023\nDecision\n\nAPPROVED.\n\n3 APPLICATION FROM HARBOUR FESTIVAL - REPORT BY WARD MANAGER\nDecision\n3.1 NOTED the balance of £5,000 available for disbursement; and\n3.2 AGREED to award £800 to the Harbour Festival to assist with its costs.');
    expect(r.recommendations.map((x) => x.text.slice(0, 12))).toEqual(['NOTED the ba', 'AGREED to aw']);
  });
});

describe('a committee\'s lettered decisions with no heading, one of them setting out its parties in roman numerals', () => {
  it('reads "Members note" as a decision, "(v)" after "(iv)" as a roman item, and totals the grants', () => {
    const r = record('Northway Corporation\nAgenda item\nPolice Fund\nThe Committee considered an annual report of the Clerk on the awards made during the year.\na) Members note the contents of the report;\nb) approve one-off grants of £500 to each of the following charities:-\n(i) Alpha Trust\n(ii) Beta Care\n(iii) Gamma Hospice\n(iv) Delta Youth Club\n(v) Epsilon Hospice, Leeds\n(vi) Zeta House, Essex');
    expect(r.recommendations.map((x) => x.text.slice(0, 14))).toEqual(['Members note t', 'approve one-of']);
    expect(r.recipients.map((x) => [x.name, x.amount])).toHaveLength(6);
    expect(r.headlineAmount).toBe(3000);
  });
});

describe('a report of decisions made, numbered, with no heading', () => {
  it('reads items that say the body "has agreed" or "has issued" as its decisions', () => {
    const r = record('Northway Police and Crime Commissioner\n100 Day Report – Decisions Made\n\nThe PCC asked his office to note each decision made in his first hundred days.\n\n1. The PCC and Northway Police have agreed to support community special constables in each area.\n2. The PCC has issued £5,000 towards the speed watch groups across the county.\n3. The PCC has agreed to fund the youth forum\'s annual meeting.\n4. The PCC had two interns working with him over the summer.');
    expect(r.recommendations.map((x) => x.text.slice(0, 16))).toEqual(['The PCC and Nort', 'The PCC has issu', 'The PCC has agre', 'The PCC had two ']);
  });
});

describe('a decision that sets out its conditions', () => {
  it('reads the paragraph as the decision and its numbered conditions as its parts', () => {
    const r = record('Northway Borough Council – Report to the Mayor\nGRANT REQUESTS FROM PARISH COUNCILS\n\n2. Recommendation\n\nIt is recommended that a grant of £12,000 is awarded to Upton Parish Council towards the cost of a play area, subject to the following condition;\ni. Alternative funding for the remaining cost of the project, £40,500, is obtained before works start.\n\n3. Reasons for Recommendation\nThe application meets the criteria for the award of a rural grant.');
    expect(r.recommendations.map((x) => x.text.slice(0, 20))).toEqual(['It is recommended th']);
    expect(r.headlineAmount).toBe(12000);
  });
});

describe('an item that points to the table after it', () => {
  it('reads the table as the item\'s detail, not as more items', () => {
    const r = record('Northway City Council – Record of Decision\nI Councillor Smith, Lead Member for Finance, accept the recommendation of the Procurement Board and do hereby approve:\nto Award the Contract for the refurbishment of Harbour House, as detailed in the table below:\n\nDetail required / Answers\n\nTitle/Description of        Refurbishment Works – Harbour House\nContracted\nService/Supply/Project\n\nName of Successful          Build Northway Ltd\nContractor\n\nContract Value (£)          £250,000');
    expect(r.recommendations.map((x) => x.text.slice(0, 16))).toEqual(['to Award the Con']);
  });
});

describe('items whose bullets were drawn as graphics, under "That the Mayor:"', () => {
  it('starts an item at a third-person verb after a line that stopped short', () => {
    const r = record('Mayoral Decision\n\nExecutive summary\nThis decision seeks approval to receive grant funding.\n\nDecision\nThat the Mayor:\n\n        approves receipt from the Home Office, and then transfer to MOPAC, of grant funding of\n        £1.5 million for the Football Unit (FU)\n        delegates authority to the Chief Finance Officer to approve receipt of grant funding for\n        future financial years provided for these purposes.\n\nPart 1: Non-confidential facts and advice\n1.1. The unit coordinates forces.');
    expect(r.recommendations.map((x) => x.text.slice(0, 16))).toEqual(['approves receipt', 'delegates author']);
  });
});

describe('a decision sought "as follows:"', () => {
  it('reads the paragraphs after a lead-in that names the decision and ends "as follows:"', () => {
    const r = record('Northway Council\nIssue details\n\nAllocation of Neighbourhood Funding\n\nThe Cabinet decision is being sought with respect to Neighbourhood Community Infrastructure Levy\nFunding as follows:\n\n      Allocation towards two urgent projects namely £9,650 to Care Support Northway and £5,000 to the\n      Citizens Advice Bureau to cover an additional adviser.\n      With respect of a proposal for £30,000 funding towards town centre improvements EITHER:\n\nDecision type: Key\nDecision status: Recommendations Approved');
    expect(r.recommendations.map((x) => x.text.slice(0, 16))).toEqual(['Allocation towar', 'With respect of ']);
  });
});

describe('decisions lettered in capitals, with lettered parts below', () => {
  it('reads "A. That ..." and "B. That ..." as the items, "a." and "b." as parts of B', () => {
    const r = record('Northway Council\nAgenda, decisions and minutes\n\nDecision:\n\nRESOLVED:\nA. That Cabinet agreed to allocate £75,000 Neighbourhood funding as match funding for the culture award.\nB. That Cabinet approved amendments to two funding bids approved by Cabinet in February as follows:\n    a.    Wider proposals to support the community association in lieu of repairs to the hall.\n    b.    A broadening of the project parameters at the recreation ground.\n\nMinutes:\nThe Cabinet considered the report.');
    expect(r.recommendations.map((x) => x.text.slice(0, 20))).toEqual(['That Cabinet agreed ', 'That Cabinet approve']);
  });

  it('still reads "C)" after "b)" as the next letter (OCR reads a small c as a capital)', () => {
    const r = record('Decision details\nCommunity Grant Scheme Update\n\nDecision\nIt is recommended that Cabinet:\na) notes the delivery of the Community Grant Scheme to date;\nb) approves an increase to the current budget of £43,610 up to £150,000; and\nC) approves the changes to the scheme eligibility criteria as detailed in the report.');
    expect(r.recommendations.map((x) => x.text.slice(0, 14))).toEqual(['notes the deli', 'approves an in', 'approves the c']);
  });
});

describe('a title that names another body', () => {
  it('keeps "Acceptance of ... Combined Authority" as the title\'s first line, not a banner, and the page\'s own body as its authority', () => {
    const r = record('Northway Metropolitan Borough Council\nDecision details\nAcceptance of Westshire Mayoral Combined Authority\nGrant: Feasibility Fund\nDecision Maker: Strategic Director of Regeneration\nDecision status: Recommendations Approved\nIs Key decision?: No\nIs subject to call in?: No\nTo sign the Funding Agreement in relation to the acceptance of the Feasibility Fund.\nDate of Decision: 16th December 2022');
    expect(r.title).toMatch(/^Acceptance of Westshire Mayoral Combined Authority\b/);
    expect(r.authority).toBe('Northway Metropolitan Borough Council');
  });
  it('reads the whole wrapped title of a real council page that accepts a combined authority\'s grant', async () => {
    const pages = await realPages('holdout314/pdf/rotherham-2022-1400-symca-feasibility-fund-acceptance.digital.pdf');
    expect(analyse(pages).extracted.title).toBe('Acceptance of South Yorkshire Mayoral Combined Authority Grant: Feasibility Fund');
  });
});

describe("a scanned banner's place, clipped or misread", () => {
  it('is spelt as the rest of the paper spells it ("rbay Council" -> Torbay, "parlington" -> Darlington), real rough scans', async () => {
    const torbay = await realPages('holdout215/pdf/torbay-5360-housing-assistance-policy.rough.pdf');
    expect(torbay[0]!.text).toMatch(/^\s*Decision details\s+rbay Council/);
    expect(analyse(torbay).extracted.authority).toBe('Torbay Council');
    const darlington = await realPages('holdout230/pdf/darlington-2019-626-shared-services-pfi-cpr-waiver.rough.pdf');
    expect(darlington[0]!.text).toContain('parlington Borough Council');
    expect(analyse(darlington).extracted.authority).toBe('Darlington Borough Council');
  });
});

describe('the sums of an addition to a capital programme', () => {
  it('approve the addition, not the borrowing and contribution that fund it', () => {
    const r = record(['Northway District Council', 'Purchase of two additional refuse collection vehicles', 'Recommendations', '1. That Cabinet recommend to full Council an addition to the Capital programme of £385,000 to purchase two new refuse collection vehicles.', '2. That Cabinet recommend to full Council that the purchase be funded by borrowing of £335,000 and a revenue contribution of £50,000.'].join('\n'));
    expect(r.recommendations).toHaveLength(2);
    expect(r.headlineAmount).toBe(385000);
  });
  it('of parallel items add up, an item saying "the addition of" as the others say "the addition to ... of"', () => {
    const r = record(['Westshire County Council', 'Education Capital Programme', 'Recommendations', 'That Cabinet:', '1. Recommends to Council the addition to the capital programme of £2.188m to deliver the scheme at Shipton High School;', '2. Recommends to Council the addition of £16.500m to the capital programme to deliver the new primary school at Callow Farm;', '3. Approves the addition to the capital programme of £0.418m to deliver the Early Years schemes.'].join('\n'));
    expect(r.headlineAmount).toBe(19106000);
  });
});

describe("a numbered decision that is a short lead-in to its lettered items", () => {
  it('is a decision ("2. Delegates to officers authority to:"), not a form\'s label', () => {
    const r = record(['Mayor of London', 'Mayoral Decision MD9999', 'Decision', 'That the Mayor:', '1. Approves expenditure in 2019/20 of up to £931,000 for the Work Programme funded as follows:', '(a) £841,000 from the GLA budget;', '(b) £90,000 from external funding, if secured; and', '2. Delegates to officers authority to:', '(a) Seek, receive and spend the external funding noted at decision 1(b) above; and', '(b) Approve detailed expenditure plans for new projects.'].join('\n'));
    expect(r.recommendations.map((x) => x.text.slice(0, 24))).toEqual(['Approves expenditure in ', 'Delegates to officers au']);
  });
  it('that only brings a topic ("To consider points of Park update :") is none (real parish minutes)', async () => {
    const r = analyse(await realPages('holdout105/pdf/quadring-pc-2023-park-quotation-accepted.digital.pdf')).extracted;
    expect(r.recommendations.map((x) => x.text.slice(0, 26))).toEqual(['to accept the quotation an']);
  });
});

describe('awards reported with their total', () => {
  it('are headlined by the total the paper states ("... have been granted ... totalling £283,108.60"), not by a sum of the list under it (a real news release)', async () => {
    const r = analyse(await realPages('holdout327/pdf/highland-2023-11-20-inverness-common-good-sixteen-awards.digital.pdf')).extracted;
    expect(r.headlineAmount).toBe(283108.6);
  });
});

describe('a release that reports a decision made "today"', () => {
  const text = (today: string) => ['The Westshire Council', 'News', 'Common Good funding awards', `Four funding awards have been granted by the City Area Committee ${today} from the Common Good Fund.`, 'The organisations awarded funding are:', 'Dopamine Dolls: £2,185 towards start up costs.', 'Merkinch Community Shop: £9,200 for a community food project.', '20 Nov 2023'].join('\n');
  it('is decided on the date the release prints on a line of its own', () => {
    expect(record(text('today')).decisionDate).toBe('2023-11-20');
  });
  it('is not, when the release does not say the decision was made that day', () => {
    expect(record(text('recently')).decisionDate).toBeNull();
  });
});

describe('a decision whose items the page does not print', () => {
  const text = ['Mayor of London', 'Director Decision DD9999', 'Executive summary', 'In August 2018, Mayoral Decision (MD) 2000 approved expenditure of up to £212.5m for the Docks Delivery Plan.', 'This DD requests approval of up to £1,080,500 of revenue expenditure to deliver a Placemaking Programme in 2022-23.', '', 'Decision', 'That the Executive Director of Housing and Land approves:'].join('\n');
  it('is its lead-in under the decision heading, and its sum the one the paper asks for, not an earlier decision\'s', () => {
    const r = record(text);
    expect(r.recommendations.map((x) => x.text)).toEqual(['That the Executive Director of Housing and Land approves:']);
    expect(r.headlineAmount).toBe(1080500);
  });
});

describe('a decision-details page whose decision has no label', () => {
  it('reads the "That ..." resolution told after the story of its motion, not the story', () => {
    const r = record('Northway Council\nDecision details\nFleet Replacement\nDecision status: Recommendations Approved\nIs Key decision?: Yes\nIs subject to call in?: No\nFurther to Minute No. 12 of the Cabinet meeting held on 1 May 2020, the Council considered the\nreport of the Director on the results of a recent tendering exercise for new vehicles.\nThis was a Key Decision and was included in the Council\'s Forward Plan of Key Decisions.\nIt was moved by Councillor A. Smith, seconded by Councillor Jones and\nThat approval be given to the inclusion of the sum of £1,200,000 in the Capital Programme for the\npurchase of the vehicles.\nReport author: A Officer');
    expect(r.recommendations.map((x) => x.text.slice(0, 22))).toEqual(['That approval be given']);
  });
  it('parts a scan\'s resolutions at each "That" after "; and,", past a speck and a number OCR kept (real scanned page)', async () => {
    const pages = await realPages('holdout72/pdf/witney-tc-2021-884-discretionary-grants-three.scanned.pdf');
    const recs = analyse(pages).extracted.recommendations.map((x) => x.text.slice(0, 24));
    expect(recs).toHaveLength(7);
    expect(recs.every((t) => t.startsWith('That '))).toBe(true);
  });
  it('reads the text after "Is subject to call in?" up to the next field, a sentence ending a line an item of its own', () => {
    const r = record('Northway City Council\nDecision details\nHarbour EV Charging\nDecision Maker: Officer Executive Decisions\nDecision status: Recommendations approved\nIs Key decision?: No\nIs subject to call in?: No\nTo enter into a 20 year lease agreement with Harbour Power LLP for the substation at the Park\nand Ride on a peppercorn rent.\nDecision to award a contract to Northway Charging Ltd that runs until 31st March 2022 at a\nmaximum cost to the council of £128,250.\nAlternative options considered:\nThree alternative options were available.');
    expect(r.recommendations.map((x) => x.text.slice(0, 16))).toEqual(['To enter into a ', 'Decision to awar']);
  });
  it('keeps only the marked items when the text after "Is subject to call in?" mixes them with background paragraphs', () => {
    const r = record('Northway Council\nDecision details\nProcurement Plan 2025-26\nDecision Maker: Cabinet\nDecision status: Recommendations approved\nIs Key decision?: Yes\nIs subject to call in?: No\nThe Council defines a key decision, in terms of procurement activity, as those with a financial consequence of £500k or more.\n(a) Cabinet agreed to begin each of the procurement procedures listed in Appendix 1 of the report.\n(b) That authority be delegated to the relevant Cabinet Member to agree each contract award.\nTherefore, it was good governance to provide Cabinet with a summary of all proposed procurements.\nAlternative options considered:\nNone.');
    expect(r.recommendations.map((x) => x.text.slice(0, 25))).toEqual(['Cabinet agreed to begin e', 'That authority be delegat']);
  });
});

describe('a decision the form reader could take for a field', () => {
  it('keeps "That the Chief Executive approves: A total expenditure ..." as the decision', () => {
    const r = record('Northway Development Corporation\nDecision type:   CEO\nReference code:   CD140\n\nExecutive summary\nThe corporation needs a new approach to its western lands.\n\nDecision\nThat the Chief Executive approves: A total expenditure of up to £90,000 for Harbour & Partners\nconsultancy services to support the new approach on the Western Lands.\n\nDate signed              Date published');
    expect(r.recommendations.map((x) => x.text.slice(0, 20))).toEqual(['That the Chief Execu']);
  });
});

describe('a log of decisions', () => {
  it('reads the decision an "Approved decision:" field states', () => {
    const r = record('Policing and crime decisions\n\nDecisions 2025\n\nDate: 09/04/25\nTitle: Victim Advocate Pilot funding allocation 2025/26\nSummary: To seek approval to allocate £184,816 to Safe Homes via a Grant agreement.\nApproved decision: To allocate £184,816 to Safe Homes via a Grant agreement to deliver the pilot from\n1 April 2025 to 31 March 2026.\nSigned: Deputy Mayor for Policing & Crime');
    expect(r.recommendations.map((x) => x.text.slice(0, 20))).toEqual(['To allocate £184,816']);
  });
});

describe('a decision reported in a sentence', () => {
  it('reads "The Police & Crime Commissioner has approved a decision to provide a grant ..."', () => {
    const r = record('Transparency / PCC Decisions\n\nPCC Decisions\n\nThe Police & Crime Commissioner has approved a decision to provide a grant of £15,000 from the\nSafer Streets Fund to the Harbour Youth Centre to support its work with young people.');
    expect(r.recommendations.map((x) => x.text.slice(0, 24))).toEqual(['The Police & Crime Commi']);
  });
});

describe('a paper whose only statement of its decision is a sentence in its prose', () => {
  it('reads the sentence that puts the decision to its maker, or records it made, as the one decision', () => {
    const put = record("Northway Office for Policing\n\nSummer Activity for Young People\n\nExecutive summary\n\nThis decision requests approval for funding. It will be met from the existing budget.\nThe Deputy Mayor is recommended to approve a Service Level Agreement with the GLA, allocating £0.5m of funding.\n\nIntroduction\n\nThe impact on young people has been profound.");
    expect(put.recommendations.map((x) => x.text)).toEqual(['The Deputy Mayor is recommended to approve a Service Level Agreement with the GLA, allocating £0.5m of funding.']);
    const made = record("Northway District Council\n\nCommunity Grants - Round 1\n\nMinutes:\n\nThe scheme made provision for up to £130,000 a year. Five applications were assessed by the panel. After discussion, Cabinet approved all five grants.\n\nReason: to support local groups.");
    expect(made.recommendations.map((x) => x.text)).toEqual(['After discussion, Cabinet approved all five grants.']);
  });

  it('takes no standing rule and no narrative for a decision', () => {
    const news = record("Northway PCC approves claim settlement\n\nNorthway Police has paid out £75,000 in a settlement.\n\nThe PCC is asked to approve any spend over £50,000 for oversight, which is a long-standing arrangement.");
    expect(news.recommendations).toEqual([]);
  });
});

describe('an unmarked item that wraps after "and"', () => {
  it('joins "... Interpreting and" to the next line, while a lone "and" between two marked items still ends the first', () => {
    const wrapped = record('The PCC is asked to approve a direct award to:\n\n     Northway Language via the CCS Framework for Face to Face Interpreting and\n     Translation Services.\n     Northway Language via the ESPO Framework for British Sign Language.\n     The Word Company via the CCS Framework for Telephone Services.\n\nThe cost of this contract would be £60,447 per annum.');
    expect(wrapped.recommendations.map((x) => x.text.slice(0, 24))).toEqual(['Northway Language via th', 'Northway Language via th', 'The Word Company via the']);
    expect(wrapped.recommendations[0]!.text).toMatch(/Translation Services\.$/);
    const lone = record('RESOLVED: That\n(1) the priorities of the scheme be endorsed;\n(2) the Guidance as set out in Annex 1 be endorsed;\n\nand\n(3) the launch of the scheme on 14 July 2025 be agreed;');
    expect(lone.recommendations).toHaveLength(3);
  });
});

describe('a committee minute\'s "RECOMMENDED:" label', () => {
  it('reads the words after it as the decision, as after "RESOLVED:"', () => {
    const r = record('NORTHWAY DISTRICT COUNCIL\n\nMinutes of the meeting of the Environment Committee held on Tuesday 10 March 2009.\n\nNW22/09 COUNTRYSIDE\na) Community Fund – Riverside Path\nThe Committee was informed that the Roads Department had requested funding of £15,000 towards a cycle track.\nRECOMMENDED: That the Council provide funding for the project to a maximum of £15,000 from\nthe Council’s Landfill Tax Credit scheme, subject to approval.\nDue to the timescale involved, permission was sought to respond immediately.');
    expect(r.recommendations.map((x) => x.text.slice(0, 40))).toEqual(['That the Council provide funding for the']);
  });
});

describe('"has given approval to" under a dated heading', () => {
  it('reads the sentence as the decision, though the heading above it ends on no stop', () => {
    const r = record('Northway Council · Area Committee decision\n\nWard Fund - Riverside Lunch Club\nIssue - decisions\n20/10/2021 - Ward Fund - Riverside Lunch Club\nThe Area Committee has given approval to an application from Riverside Lunch Club for an increased grant of £1,500 from the Ward Fund Budget towards the cost of a Christmas meal for all its members and their carers in the area.\n\nDecision maker\tDate of decision\nArea Committee\t20/10/2021');
    expect(r.recommendations.map((x) => x.text.slice(0, 40))).toEqual(['The Area Committee has given approval to']);
  });
});

describe('a decision that introduces its own parts', () => {
  it('keeps a numbered list that starts again under "the following are appointed:" inside that item', () => {
    const r = record('Decision:\n1. The Framework runs from 01/09/2024 to 01/09/2026.\n2. That the following are appointed to the Framework Agreement:\n1. Northway Carpets Ltd (Lot 1)\n2. Eastbay Flooring (Lot 2)\n3. Southmoor Services Ltd (Lot 3)\nLead officer: A Person');
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['The Framework runs from 01/09/', 'That the following are appoint']);
  });
  it('keeps lines set further in under an unmarked item that ends on a colon inside that item', () => {
    const r = record('Recommendation\n\nThe Deputy Mayor is recommended to:\n\n   Approve four framework agreements open to all members of the group.\n   Approve award of four Call-Off Contracts for the following services:\n       The Supply and Hire of Portable Accommodation\n       Maintenance of Firing Ranges\n       Supply of Traffic Barriers\n\n1. Introduction and background');
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['Approve four framework agreeme', 'Approve award of four Call-Off']);
  });
});

describe('a resolution\'s own first words', () => {
  it('keeps "That, ..." and "That the Director approves ..." as printed, while a minute\'s "It was RESOLVED that" lead-in goes', () => {
    expect(record('RESOLVED:\n1. That, the report be noted and,\n2. That, £660 be awarded to Northway Town Band as an annual grant.').recommendations.map((x) => x.text.slice(0, 20))).toEqual(['That, the report be ', 'That, £660 be awarde']);
    expect(record('Decision\n1. That the Director approves the details of the Town Centre Improvements.\n2. That the Director grants authority to enter into legal agreements.').recommendations.map((x) => x.text.slice(0, 28))).toEqual(['That the Director approves t', 'That the Director grants aut']);
  });
});

describe('a decision paper whose decision no reader names', () => {
  it('takes the sentence that names an act as the one decision, marked inferred, past the page furniture above it', () => {
    const r = record('Northway Borough Council\n\nRecord of Officer Decision\n\nDecision status    Recommendations Approved\n\nSolar Panels at Northway Leisure Centre\n\nContent\nTo appoint Northway Electrical Ltd to install new solar panel arrays at the Northway Leisure Centre for the Contract Sum of £81,976.\n\nReasons for the decision\nTo reduce the energy the pool uses.\n\nSigned: Head of Place    Date: 19 December 2024');
    expect(r.documentType).toBe('decision');
    expect(r.recommendations.map((x) => [x.text.slice(0, 40), x.inferred])).toEqual([['To appoint Northway Electrical Ltd to in', true]]);
  });

  it('reads the headline from the inferred sentence when it names one sum, its short wrapped last line included', () => {
    const r = record('Northway Police and Crime Commissioner\n\nDecision Record\n\nSupport Fund Application\n\nExecutive Summary: The PCC has made available an additional £500,000 to support existing providers with their costs.\n\nNorthway Women\u2019s Centre \u2013 sum requested £22,240\nFunding to reduce the centre\u2019s counselling waiting list.\n\nThat the Police & Crime Commissioner awards the sum requested to the above mentioned\norganisation totalling £22,240\n\nSignature    Date\nJ Smith    07/12/2020');
    expect(r.recommendations.map((x) => [x.text, x.inferred])).toEqual([['That the Police & Crime Commissioner awards the sum requested to the above mentioned organisation totalling £22,240', true]]);
    expect(r.headlineAmount).toBe(22240);
    // `docket show` says the item was inferred.
    const shown = renderDecision({ ...r, file: 'x.pdf', files: ['x.pdf'], sha256: '0'.repeat(64), status: 'ok', error: null, pageCount: 1, pages: [] } as unknown as DecisionRecord);
    expect(shown).toMatch(/totalling £22,240 {2}\(p\.1, inferred: no list or heading names the decision\)/);
  });

  it('reads a listing entry\'s decision under its "Date signed:" field, a sign-off block no longer', () => {
    const r = record('Northway Decisions\n\nND 1317 - Request for a 10% value uplift on the current reseller contract\nPage type: Decision\n\n     Date signed:\n     Date published:\n     Reference code: ND 1317\n\nThis decision is for approval of a 10% uplift of up to £10m on the current reseller contract due to an unforeseen increase in spend.\nThe uplift will allow the completion of a competitive procurement exercise for its replacement.');
    expect(r.recommendations.map((x) => [x.text.slice(0, 40), x.inferred])).toEqual([['This decision is for approval of a 10% u', true]]);
  });

  it('infers on a news item the decision it reports (as labellers count it: sets 359-367), and none where a sentence names no act', () => {
    const news = record('News\n\nNorthway leisure centre goes solar\n\nNorthway Electrical Ltd has been appointed to install new solar panel arrays at the Northway Leisure Centre, the council said today.\n\nThe work starts in March.');
    expect(news.documentType).not.toBe('decision');
    expect(news.recommendations.map((r) => [r.text.slice(0, 40), r.inferred])).toEqual([['Northway Electrical Ltd has been appoint', true]]);
    const none = record('Northway Borough Council\n\nRecord of Officer Decision\n\nSolar Panels at Northway Leisure Centre\n\nThe pool building uses a great deal of energy each winter.\n\nSigned: Head of Place    Date: 19 December 2024');
    expect(none.recommendations).toEqual([]);
  });
});

describe('list markers printed against their item\'s first word', () => {
  it('reads "1.appoint ..." under a lead-in, and "1.The Portfolio Holder ... approves ..." with no heading, as items', () => {
    const led = record('Temporary Cover\n\nCover is required until the post is filled.\n\nAccordingly, I have agreed to:\n1.appoint J Smith as the interim Chief Executive from 1 July 2024.\n2. appoint the Head of Governance as the interim Monitoring Officer from 1 July 2024.\n\nDate of Decision: 27th June 2024');
    expect(led.recommendations.map((x) => x.text.slice(0, 18))).toEqual(['appoint J Smith as', 'appoint the Head o']);
    const issue = record('Northway Borough Council\n\nIssue - decisions\n\nSports Facility Fund Grants 2024/25\n01/10/2024 - Sports Facility Fund Grants 2024/25\n1.The Portfolio Holder for Leisure approves the proposed allocations to local sport projects from the Fund.\n2.The Portfolio Holder for Leisure approves the establishment of grant agreements with Northway Rugby Club.');
    expect(issue.recommendations.map((x) => x.text.slice(0, 40))).toEqual(['The Portfolio Holder for Leisure approve', 'The Portfolio Holder for Leisure approve']);
  });

  it('reads numbers printed with no closing mark before a decision\'s first word as items, and no address as one; an item ending "be approved;" is no lead-in', () => {
    const r = record('Northway Combined Authority\n\nTransport Schemes\n\nDecision:\n\n1 That the award of £7.7m to fund enhanced rail services on the Harbour line for 3 years be approved.\n\n2 That delegated authority to the Director of Infrastructure to spend the £123k of grant be approved.\n\n3 That funding of £1.25m to review the Local Transport Plan be approved.\n\nSigned: J Smith');
    expect(r.recommendations.map((x) => x.text.slice(0, 25))).toEqual(['That the award of £7.7m t', 'That delegated authority ', 'That funding of £1.25m to']);
    const semi = record('Northway County Council\n\nIssue - decisions\n\n08/05/2024 - Highway Maintenance Programme\n(a) that the progress on the 2023/24 highway maintenance programme, as detailed in\nAppendix B, be noted;\n(b) that an increase of £10 million to the capital programme funded by capital receipts\nbe approved;\n(c) that a further increase of £639,551 to the capital programme be approved;\n(d) that the programme for 2024/25 also be approved.');
    expect(semi.recommendations.map((x) => x.text.slice(0, 22))).toEqual(['that the progress on t', 'that an increase of £1', 'that a further increase', 'that the programme for'].map((t) => t.slice(0, 22)));
    const address = record('Northway Borough Council\n\nDecision\n\nThat the lease of the shop at\n2 Station Road be approved.\n\nSigned: J Smith');
    expect(address.recommendations.map((x) => x.text)).toEqual(['That the lease of the shop at 2 Station Road be approved.']);
  });
});

describe('paragraphs with no marker and no introduction', () => {
  it('reads each as a decision when all are worded as decisions, one in the present ("The Combined Authority enters into ...")', () => {
    const r = record('Northway Combined Authority\n\nDecision:\n\nTo approve that the Harbour scheme proceeds through decision point 5 and work commences on\nactivity 6 (Delivery).\nTo approve the Combined Authority’s contribution of £0.400 million for the delivery costs of\nthe first stage of the works, to be funded from the Getting Building Fund.\nThe Combined Authority enters into a funding agreement with Northway City Council for\nexpenditure of up to £1.315 million from the Getting Building Fund.\n\nSigned: J Smith');
    expect(r.recommendations.map((x) => x.text.slice(0, 25))).toEqual(['To approve that the Harbo', 'To approve the Combined A', 'The Combined Authority en']);
  });

  it('starts an item on a line worded as a decision after a short line, under a first paragraph that names its party', () => {
    const r = record('Northway Police and Crime Commissioner\n\nRecommendation\n\nThe Harbour Youth Group to employ a prevention worker, funding awarded for this role will\nbe up to £11,899 in 2023/24\nAward Northway County Council up to £52,852 in 2023/24 to implement the education package\nfor teachers in the county.\nAward Northway Police up to £75,000 in 2023/24 to deliver the communications campaign.\n\nPolice and Crime Commissioner Approval');
    expect(r.recommendations.map((x) => x.text.slice(0, 25))).toEqual(['The Harbour Youth Group t', 'Award Northway County Cou', 'Award Northway Police up ']);
  });
});

describe('a bracketed marker printed against a word in capitals', () => {
  it('starts an item ("(iii)DELEGATE authority ...")', () => {
    const r = record('Northway County Council\n\nRecord of Decision\n\nI agree to:\n(i) APPROVE the procurement and contract award of a wood processing contract,\n(ii) DELEGATE authority to the Director of Environment to take relevant actions,\n(iii)DELEGATE authority to the Corporate Director to award the contract; and\n(iv)DELEGATE authority to the Corporate Director to award extensions of the contract.\n\nSigned: J Smith');
    expect(r.recommendations.map((x) => x.text.slice(0, 22))).toEqual(['APPROVE the procuremen', 'DELEGATE authority to ', 'DELEGATE authority to ', 'DELEGATE authority to ']);
  });
});

describe('two decisions printed as one paragraph', () => {
  it('splits at a second "That" clause after "and", and at a decision\'s verb after "and;"', () => {
    const r = record('Northway National Park Authority\n\nRESOLVED:\n\nThat the Authority grants approval to the Head of Visitor Experience to accept the grant offer of £321,169.63 and That authority to award contracts for the refurbishment be delegated to the Head of Visitor Experience.\n\nSigned: J Smith');
    expect(r.recommendations.map((x) => x.text.slice(0, 25))).toEqual(['That the Authority grants', 'That authority to award c']);
    const semi = record('Northway Council\n\nDecision:\nTo submit a request of scale up funding of £150,000 to the Combined Authority by 5pm on 10 July 2024 and; delegate authority to the Assistant Director to accept the funding.\n\nSigned: J Smith');
    expect(semi.recommendations.map((x) => x.text.slice(0, 25))).toEqual(['To submit a request of sc', 'delegate authority to the']);
  });
});

describe('a list whose item holds a table a scan read as short lines', () => {
  it('goes on to the next item rather than ending at the table\'s first cell', () => {
    const r = record('Northway Combined Authority\n\nDecision\n1. That approval be given to the Housing Investment Loans Fund loan detailed in the table\nbelow, as detailed further in the accompanying report:\n\nBorrower\nHarbour Gardens Ltd\n\nScheme\nHarbour Gardens\n\nLoan\n£2.154m\n\n2. That authority be delegated to the Treasurer to prepare the necessary legal agreements.\n3. That it be noted that any approvals will be reported to the next meeting.\n\nPublication date: 27/03/2023');
    expect(r.recommendations.map((x) => x.text.slice(0, 25))).toEqual(['That approval be given to', 'That authority be delegat', 'That it be noted that any']);
  });
});

describe('a sentence that resolves, ending on a colon over a marked list', () => {
  it('leads in to the list, however far the colon is from the word that resolves', () => {
    const r = record('Northway County Council\n\nContent\n\nCllr Smith sought Cabinet approval to procure up to 15 new fire engines. Having considered all of the\ninformation, Cabinet noted the report and RESOLVED to: Delegate authority to the Executive Director of\nCommunity Safety, in consultation with the relevant Cabinet Member, and to:\n1. Conduct a competitive procurement process for the supply of 10 fire engines.\n2. Conduct a separate competitive procurement process for the supply of 5 fire engines.\n3. Award the above call-off contracts to the preferred tenderer.\n\nSigned: J Smith');
    expect(r.recommendations.map((x) => x.text.slice(0, 22))).toEqual(['Conduct a competitive ', 'Conduct a separate com', 'Award the above call-o']);
  });
});

describe('items that only lead in to their own sub-items', () => {
  it('reads the sub-items as the decisions when every top item is a heading and a lead-in', () => {
    const r = record('Northway Combined Authority\n\nCapital Spending and Project Approvals\n\nResolved:\n\n(a) In respect of the Harbour Corridor -\nThat following a recommendation from the Investment Committee, the Combined Authority approves:\n(i) That the Harbour Corridor package proceeds through decision point 2.\n(ii) That an indicative approval to the total project value of £6 million is granted.\n(b) In respect of the Bus Programme -\nThat following a recommendation from the Investment Committee, the Combined Authority approves:\n(i) That the Bus Programme proceeds through decision point 2.\n\nSigned: J Smith');
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['That the Harbour Corridor pack', 'That an indicative approval to', 'That the Bus Programme proceed']);
  });
});

describe('decisions introduced by their maker and a colon, or numbered in the present passive', () => {
  it('reads the items under "That the Portfolio Holder:" as decisions, its words no form field', () => {
    const r = record('Northway Borough Council\n\nIssue - decisions\n\nCommunity Grants - Allocation of Funding\n22/05/2020 - Community Grants - Allocation of Funding\nThat the Portfolio Holder:\n\n     Approves the award of Community Grants as detailed in Appendix B;\n     Approves a delegation to the Director for Housing to approve in year small grants awards during 2020-21.\n\nReason for Decision\n\nThe allocation follows a robust assessment panel.');
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['Approves the award of Communit', 'Approves a delegation to the D']);
  });
  it('reads "a) The £2M of funding for the ... scheme is approved ...", "b) Authority is delegated ..." with no heading as the decisions', () => {
    const r = record('Northway Council\n\nIssue - decisions\n\nCommunity Spaces Capital Grant Scheme\n\n19/11/2024 - Community Spaces Capital Grant Scheme\na) The £2M of funding for the community spaces capital grant scheme is approved to progress the programme of work.\nb) Authority is delegated to the Corporate Director Community Wellbeing to draw down the funding.');
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['The £2M of funding for the com', 'Authority is delegated to the ']);
  });
});

describe('unmarked decisions worded as orders, one after another', () => {
  it('starts an item at each line that opens on a decision\'s verb after a sentence ended, as the item before it opened', () => {
    const r = record('Decision:\nAward a contract to Northway Builders for the fire precaution works at Riverside Primary School\nNorthway, following a successful tender on the Council’s procurement portal as advertised.\nApprove the expenditure of up to £51,458 for the works, which includes a contingency of up\nto £4,678.\nApprove the expenditure of up to £6,432.25 for internal and external professional fees.\n\nLead officer: A Person');
    expect(r.recommendations.map((x) => x.text.slice(0, 32))).toEqual(['Award a contract to Northway Bui', 'Approve the expenditure of up to', 'Approve the expenditure of up to']);
  });
});

describe('a list whose first marker OCR garbled', () => {
  it('reads "(iy" or a lone "®" above the list\'s "(ii)" as its first marker', () => {
    const tender = record('Decision:\n(iy The tender of Northway Services Ltd in the notional tender sum of £3,703,921.37 be\naccepted; and\n(ii) a letter of acceptance for this project be issued.\n\nReasons for the decision');
    expect(tender.recommendations.map((x) => x.text.slice(0, 24))).toEqual(['The tender of Northway S', 'a letter of acceptance f']);
    const cabinet = record('Decision Outcome\nOn 19 January 2021, Cabinet:\n®\nApproved the FBC for Phase 1 of the Riverside scheme at a cost of £12.395m;\n(ii) Approved the strategy for the procurement of the works;\n(iii) Noted the loss of car parking income.\n\nReasons');
    expect(cabinet.recommendations.map((x) => x.text.slice(0, 24))).toEqual(['Approved the FBC for Pha', 'Approved the strategy fo', 'Noted the loss of car pa']);
  });
});

describe('a list of which OCR read only the first marker', () => {
  it('starts the next item at each capital after a line that ended an item on a semicolon', () => {
    const r = record('Decision:\n\n1. The revisions to the Strategic Outline Case made in 2024 under delegated powers\nbe noted;\nThe Combined Authority enter into a Grant Agreement with Northway City Council for £6.85m be approved;\nThe total value of Grant Agreements would not exceed the funding released be noted;\n\nDelegated authority be granted to the Executive Director to authorise future allocations be approved and\nThe Authority can enter into a grant agreement with Northway City Council once released be agreed.\n\nPublication date\tDate of decision');
    expect(r.recommendations.map((x) => x.text.slice(0, 24))).toEqual(['The revisions to the Str', 'The Combined Authority e', 'The total value of Grant', 'Delegated authority be g', 'The Authority can enter ']);
  });
});

describe('resolutions printed as paragraphs starting "That", their bullets lost', () => {
  it('reads each, a paragraph reference with a full stop ("(para. 6.14)") no sentence end', () => {
    const r = record('Issue - decisions\nNorthway Combined Authority\n\nThat an increase to the Mayoral budget of £500k funded from reserves towards the cost of additional\nprovision (para 3.2) be approved.\nThat an increase to the revenue grant to Northway Transport of £7.8m funded from the Capital Programme\nReserve (para. 6.14) be approved.\nThat the intention to re-allocate £15m of bus grant funding previously awarded to support bus services\n(para 6.14) be noted.');
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['That an increase to the Mayora', 'That an increase to the revenu', 'That the intention to re-alloc']);
  });
});

describe('a scanned table\'s border read before a list marker', () => {
  it('reads "I ii." and "| iii." as the markers "ii." and "iii."', () => {
    const r = record('Financial recommendations\ni. To recommend to Council that the scheme be added to the Capital Plan.\nI ii. To note that the total cost of the project is £80,000 funded from developer contributions.\n| iii. To approve a Capital Grant of £80,000 to the Northway Community Association.\n\nReason for the decision');
    expect(r.recommendations.map((x) => x.text.slice(0, 24))).toEqual(['To recommend to Council ', 'To note that the total c', 'To approve a Capital Gra']);
  });
});

describe('an item cut mid-sentence by a gap a scan put in', () => {
  it('goes on with the lower-case word after the gap ("... the Combined Authority" / "approves:") instead of ending the list', () => {
    const r = record('Decision:\nResolved:\n(a) In respect of the Riverside Corridor -\nThat following a recommendation from the Investment Committee, the Combined Authority\n\napproves:\n(i) That the Riverside Corridor package proceeds through decision point 2.\n(ii) That an indicative approval of £6 million is granted from the Transforming Cities Fund.\n(b) In respect of the Programme -\nThat following a recommendation from the Investment Committee, the Combined Authority\n\napproves:\n(i) That the Programme proceeds through decision point 2.');
    expect(r.recommendations.map((x) => x.text.slice(0, 24))).toEqual(['That the Riverside Corri', 'That an indicative appro', 'That the Programme proce']);
  });
});

describe('decisions worded alike, each under its own heading, the first in the header', () => {
  it('reads every one, not only the header\'s', () => {
    const r = record('Decision 28/2023\nPolice and Crime Commissioner for Northway\n\n28/2023 — Community Safety Fund Applications: November 2023\n\nAuthor and Job Role\tA Person, Partnerships Officer\n\nFor 2023/24 the Commissioner has made available £383,000 for the Community Safety Fund to ensure continued support to local organisations.\nNorthway Town Centre Chaplaincy — Street Angels\n\nTo award Northway Town Centre Chaplaincy £5,000 to contribute towards the ongoing costs of\nemploying one part-time coordinator for the Street Angels.\nEastbay Borough Council - Fly-Tipping Forum\n\nTo award Eastbay Borough Council £4,800 to support a mobile CCTV unit to be deployed as\nneeded in the borough by the Fly-Tipping Forum.\nEastbay Neighbourhood Watch\n\nTo award Eastbay Neighbourhood Watch £400 to cover expenses for residents’ meetings in the\nborough.');
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['To award Northway Town Centre ', 'To award Eastbay Borough Counc', 'To award Eastbay Neighbourhood']);
  });
});

describe('a paragraph number a scan set on a line of its own', () => {
  it('stays with the decision under it ("7.2" / "The Lead Member RESOLVED to (1) Approve ...")', () => {
    const r = record('DECISIONS\n\n7.2\nThe Lead Member RESOLVED to (1) Approve grant funding to the value of £0.96m to Eastbay\nDistrict Council to fund the delivery of the Workspace project; and\n(2) Delegate authority to the Director to agree the terms of any agreements.\n\nReasons\n7.3\nThe project supports the delivery of the strategic objectives.');
    expect(r.recommendations.map((x) => x.text.slice(0, 24))).toEqual(['Approve grant funding to', 'Delegate authority to th']);
  });
});

describe('the next item of a list whose marker a scan lost, or whose bullet comes before a verb', () => {
  it('starts at "That ..." after a sentence ended when the first item opened on "That", sub-items of another style aside', () => {
    const r = record('Decision:\n\n1. That the Director of Public Health be given delegated authority to direct award the 0-5\nservices to the Northway Foundation Trust.\nThat the Director of Children’s Services be given delegated authority:\ni) to bring the advocacy provision in-house;\nii) To re-procure Independent Visitors Services via an open market tender.\nReasons for the decision:');
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['That the Director of Public He', 'That the Director of Children’']);
  });
  it('starts at a bullet before a decision\'s verb in the third person, though the item before did not end on a stop', () => {
    const r = record('Decision\nThat the Mayor:\n\n* approves receipt from the Home Office, and then transfer to MOPAC, of grant\nfunding of £2.5 million for financial year 2024-25 (UKFPU)\n+ delegates authority to the Chief Finance Officer to approve receipt of grant funding for future years.\n\nPart 1: Non-confidential facts and advice');
    expect(r.recommendations.map((x) => x.text.slice(0, 24))).toEqual(['approves receipt from th', 'delegates authority to t']);
  });
});

describe('a report\'s numbered paragraphs of decisions with no heading over them', () => {
  it('reads "2.0. To agree ..." / "2.1. ..." / "2.2. To delegate ..." as three decisions, not one sentence of the page', () => {
    const r = record('Northway Council\nIssue - decisions\n\nProposal for spend of remaining Holiday Fund\n18/07/2024 - Proposal for spending to address food insecurity\n2.0. To agree the proposals for the allocation of the Household Support Fund in Table 4.\n2.1. To agree the proposals for the allocation of the offset General Fund grant in\nTable 5.\n2.2. To delegate authority to the Corporate Director to enter into grant agreements for\nfuture rounds of the grant.\nReasons for the decision – as detailed in the report');
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['To agree the proposals for the', 'To agree the proposals for the', 'To delegate authority to the C']);
  });
});

describe('a decision the page prints twice', () => {
  it('is one decision (a summary and the record both set it out word for word)', () => {
    const r = record('Issue - meetings\n\n177 Northway Pavilion Contractor Appointment\n\nTo consider and receive the report of the Deputy Chief Executive.\nDecision:\n1. To approve the award of the contract for the construction of the pavilion and car parking at Northway Park.\n2. To approve the award of the contract for the installation of pitch improvements at Northway Park.\nMinutes:\nThe Executive Member presented the report of the Deputy Chief Executive.\nDecision:\n1. To approve the award of the contract for the construction of the pavilion and car parking at Northway Park.\n2. To approve the award of the contract for the installation of pitch improvements at Northway Park.');
    expect(r.recommendations.map((x) => x.text.slice(0, 60))).toEqual(['To approve the award of the contract for the construction of', 'To approve the award of the contract for the installation of']);
  });
  it('keeps short decisions that repeat for different applications', () => {
    const r = record('RESOLVED:\n1. That a grant of £5,000 be awarded.\n2. That no grant be awarded.\n3. That a grant of £5,000 be awarded.');
    expect(r.recommendations).toHaveLength(3);
  });
});

describe('proposals a sentence puts for decision, over a lettered list', () => {
  it('reads each lettered proposal as a decision ("... brought forward for decision under delegated authority ...:")', () => {
    const r = record('Issue details\n\nNorthway Combined Authority\n\nInvestment Fund delegated decisions\nThe following proposals have been developed and brought forward for decision under\ndelegated authority granted to the Combined Authority’s Chief Executive in consultation with\nthe Chief Executives of the constituent councils:\n\na. The Full Business Case for the Riverside Hospital Site and award of £3.806m via the\nLand Acquisition Fund which will be repaid fully by March 2025.\nb. A Change Request for the Tram project: To approve an additional £37k funding\nfor the Tram accommodated within that project.\nc. The Funding Application Form for the Bus Service Improvement Plan and award of £537k.\n\nDecision type:\tNon-key');
    expect(r.recommendations.map((x) => x.text.slice(0, 24))).toEqual(['The Full Business Case f', 'A Change Request for the', 'The Funding Application ']);
  });
});

describe('a form\'s row of labels above the decision\'s lead-in', () => {
  it('is no lead-in: the items under "That the Mayor:" are ("Type of decision: | Date signed: | Decision by:")', () => {
    const page = textPage(1, 'Northway Authority – Mayoral decision\nMD2017 Northway Carnival 2016');
    const grid = [...row(0.06, [[8, 'Type of decision:'], [35, 'Date signed:'], [60, 'Decision by:']]), ...row(0.075, [[8, 'Mayoral decision'], [35, '19 August 2016'], [60, 'A Person, Mayor of Northway']])];
    const body = ['Executive summary', 'The Carnival Trust has submitted a plan to increase stewarding at the Carnival 2016.', 'That the Mayor:', 'Approves additional expenditure of £190,000 to grant fund the Northway Carnival', 'Enterprises Trust to support the enhanced stewarding plan for the Carnival 2016.', 'Notes that £150,000 funding has already been agreed for the basic stewarding plan 2016, and', 'therefore the total grant funding towards stewarding in 2016 will be £340,000.'];
    const r = laidOutRecord(page, [...grid, ...textRows(0.11, body)]);
    expect(r.recommendations.map((x) => x.text.slice(0, 24))).toEqual(['Approves additional expe', 'Notes that £150,000 fund']);
  });
});

describe('a signature\'s date a scan read behind a table\'s borders', () => {
  it('is the decision date ("| Signature | Date:" over "| [7 May 2013")', () => {
    const r = record('040/2013\nPolice and Crime Commissioner for Northway\n\n040/2013 - Request for approval to award the Design Partner contract\n\nExecutive Summary and recommendation:\nWe are seeking PCC approval to the awarding of the contract.\n\n| Police and Crime | Approved\nCommissioner decision: |\n\n| Signature | Date:\n| [7 May 2013\n\nPart 1 - Unrestricted facts and advice to the PCC');
    expect(r.decisionDate).toBe('2013-05-07');
  });
});

describe('a decision notice\'s title dated after a dash', () => {
  it('dates the decision when nothing else does ("... with a new solution and contract – 13 September 2016")', () => {
    const r = titled('Police and Crime Commissioner for Northway – Decision Notice\n22/2016: Replacement of old network services with a new solution and contract – 13 September 2016\n\nExecutive Summary and Recommendation:\nThe decision to replace the current network services solution was agreed on the 24th of May 2016 following a Service Review.', 1);
    expect(r.decisionDate).toBe('2016-09-13');
  });
});

describe('a minute that opens on its meeting', () => {
  it('is dated by it however long the line ("At a MEETING of the ... held in the Town Hall, Northway on Monday 15 July 1996 at 3.45 pm.")', () => {
    const r = record('Northway Council\n\nAt a MEETING of the ENVIRONMENTAL AND CONSUMER PROTECTION EXECUTIVE SUB-\nCOMMITTEE held in the Town and County Hall, Northway on Monday 15 July 1996 at 3.45 pm.\nPresent: Councillors A PERSON and B PERSON.\n\n2. WHEELED BIN TENDER ACCEPTANCES\nThe Sub-Committee approved the terms of the Report and authorised acceptance of the lowest tenders received.');
    expect(r.decisionDate).toBe('1996-07-15');
  });
});

describe('a bullet or a table border before a prominent line', () => {
  it('marks a list\'s item or a cell, not the title ("+ Community Revenue Grant Programme" as a scan reads "•")', () => {
    for (const mark of ['+', '«', '|', '•']) {
      const r = titled(`Northway Council\n\n${mark} Community Revenue Grant Programme\n\nCOMMUNITY GRANT AID APPLICATIONS\n\nThe Director submitted a report on applications for grant aid.`, 2);
      expect(r.title).not.toMatch(/Community Revenue Grant Programme/);
    }
  });
});

describe('a heading for the reasons', () => {
  it('is no lead-in to decisions ("Reasons for the decision:" over paragraphs of background, under a grid of labels)', () => {
    const page = textPage(1, 'Northway City Council\nDecision details\nContract for the Refurbishment of Northway Lodge Phase 7');
    const grid = [...row(0.06, [[8, 'Decision Maker:'], [60, 'Decision status:']]), ...row(0.075, [[8, 'Cabinet Member for Children’s Services'], [60, 'Recommendations Approved']]), ...row(0.09, [[8, 'Is Key decision?:'], [60, 'Is subject to call in?:']]), ...row(0.105, [[8, 'Yes'], [60, 'Yes']])];
    const body = ['Purpose:', 'Appendix 1 is NOT FOR PUBLICATION.', 'The Cabinet Member authorised the award of contract to Acme Services Group Limited for the', 'refurbishment works at Northway Lodge for the contract sum of £1,552,628.61.', 'Reasons for the decision:', 'Northway Lodge is a local authority secure home and is part of Northway City Council.', 'To meet the requirements of the young people, health and safety and to meet the expectation of future', 'inspections it was the expectation that Northway Lodge would be required to begin a programme of refurbishment.'];
    const r = laidOutRecord(page, [...grid, ...textRows(0.13, body)]);
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).not.toContain('Northway Lodge is a local auth');
  });
});

describe('a transparency form\'s "Issue:" row', () => {
  it('names the decision when its value sits beside the label, wrapped or not, and not when a grid\'s column heads its kind', () => {
    const page = textPage(1, 'The Police and Crime Commissioner for Northway\nTransparency\nDecisions');
    const form = [...row(0.06, [[4, 'Decision Ref:']]), ...row(0.075, [[4, 'Issue:'], [30, 'Evaluation of the Northway Multi-Agency Risk Reduction']]), ...row(0.09, [[30, 'Assessment and Coordination (Risk Model)']]), ...row(0.105, [[4, 'Decision:'], [30, 'I approve the award of the contract for evaluation in the amount of £59,729.71.']]), ...row(0.12, [[4, 'Date of Decision:'], [30, '27th January 2025']])];
    expect(laidOutRecord(page, form).title).toBe('Evaluation of the Northway Multi-Agency Risk Reduction Assessment and Coordination (Risk Model)');
    const grid = sized(textPage(1, 'NORTHWAY COMBINED AUTHORITY\nIssue - decisions\nInvestment Framework - Conditional Project Approvals'), 2);
    const cells = [...row(0.08, [[4, 'Issue'], [60, 'Date of decision']]), ...row(0.095, [[4, 'Framework Investment Approval'], [60, '30/11/2020']]), ...textRows(0.12, ['Decision:', '1. That the funding application for Acme Ltd (investment of £80,000) be approved.'])];
    expect(laidOutRecord(grid, cells).title).toBe('Investment Framework - Conditional Project Approvals');
  });

  it('is the header\'s whole line when a narrow column cut the value short ("Local Welfare Provision 2022-")', () => {
    const page = sized(textPage(1, 'Issue - decisions\nNorthway County Council\n\nLocal Welfare Provision 2022-2024 Contract Extension'), 3);
    const form = [...row(0.1, [[4, 'Meeting'], [20, '23/02/2022 - Cabinet']]), ...row(0.115, [[4, 'Issue'], [20, 'Local Welfare Provision 2022-']]), ...textRows(0.14, ['Cabinet approved the exercise of a 2 year extension option under a contract with Acme Ltd.'])];
    expect(laidOutRecord(page, form).title).toBe('Local Welfare Provision 2022-2024 Contract Extension');
  });
});

describe('an issue page\'s banner under its heading', () => {
  it('is passed over for the prominent line below it, colon and all ("Issue details" / body / "Community Chest: Funding Applications")', () => {
    const r = titled('Issue details\nSouth Northway District Council\nCommunity Chest: Funding Applications\nOn 24 September 2021 the Grants Advisory Committee reviewed all applications received.\n\nThe Committee recommended to the Lead Cabinet Member for Finance that:\n1. Northway Bowls Club be approved and funded at the full amount requested of £1000.', 2);
    expect(r.title).toBe('Community Chest: Funding Applications');
  });
});

describe('a decision maker named bare before a colon', () => {
  it('leads in the numbered decisions under it ("That Cabinet:"), under a decision page\'s grid of labels', () => {
    const r = record(
      [
        'Northway County Council',
        'Decision details',
        'Additions to the Education Capital Programme 2024/25',
        ' Decision Maker:                                Decision status:',
        ' Cabinet, County Council                        Recommendations approved',
        'Addition of new education projects to the education capital programme.',
        ' That Cabinet:',
        ' 1.    Recommends to Council the addition to the capital programme of £2.188m to the capital',
        '       programme to deliver the scheme at Northway High School. This will be funded by developer',
        '       contribution;',
        ' 2.    Approves the addition to the capital programme of £0.418m to the capital programme to deliver',
        '       the Early Years schemes; and',
        ' 3.    Approves the addition to the capital programme of £1.660m to be transferred to Acme Homes.',
        ' Report author:                A Person',
      ].join('\n'),
    );
    expect(r.recommendations.map((x) => x.text.slice(0, 20))).toEqual(['Recommends to Counci', 'Approves the additio', 'Approves the additio']);
  });
});

describe('a minute\'s "It was further RESOLVED"', () => {
  it('starts the next decision in a paragraph, but stays inside a numbered item', () => {
    const prose = record('Northway Parish Council\nMinutes\n23/203 To discuss the operatives\' vehicle.\nCllr Jude contacted two suppliers. As all members of the Finance Committee were present, they had\nRESOLVED to spend up to £15,000. It was further RESOLVED to purchase the vehicle from\nAcme Motors Ltd on the basis that it would be easy to get parts.\n23/204 To confirm the staffing advertisement.\nIt was RESOLVED to advertise for a cleaner.');
    expect(prose.recommendations.map((x) => x.text.slice(0, 20))).toEqual(['to spend up to £15,0', 'to purchase the vehi', 'to advertise for a c']);
    const numbered = record('Northway Parish Council\nMinutes\n1. It was RESOLVED to adopt the Constitution of the Village Hall Committee.\n2. It was RESOLVED to release the £10,000 grant into the new bank account. It was further RESOLVED to reimburse\nthe members of the committee for their expenses.\n3. It was RESOLVED to pay the invoice of £198.00 for grass cutting.');
    expect(numbered.recommendations).toHaveLength(3);
  });
});

describe('a meeting\'s procedure', () => {
  it('is no decision: excluding the public, noting that no business was urgent', () => {
    const r = record('Northway Council\nGrant Memorial Sub Committee Minutes\n3 FINANCIAL STATEMENT 2014-2015\nDecision\n3.1 NOTED that the Fund would only have free income of £77 available; and\n3.2 AGREED to supplement the free income by using some of the surplus generated in prior years.\n4 ANY OTHER BUSINESS DEEMED URGENT BY THE CHAIRMAN\nDecision\nNOTED that there was no item of business deemed urgent by the Chairman due to the need for a\ndecision.\n5 LOCAL GOVERNMENT (SCOTLAND) ACT 1973\nDecision\nAGREED to adopt a resolution to exclude the public from the meeting in terms of Section 50A (4) of\nthe Act.\n6 APPLICATIONS FOR FUNDING 2014-15\nDecision\nAGREED that the total amount awarded at this meeting should not exceed £1,000.');
    expect(r.recommendations.map((x) => x.text.slice(0, 24))).toEqual(['NOTED that the Fund woul', 'AGREED to supplement the', 'AGREED that the total am']);
  });
});

describe('a meeting\'s approval of its last minutes', () => {
  it('is no decision beside the grants it resolved, even where its sentence runs on over "approved by the Chairman"', () => {
    const r = record('Northway Town Council\nMINUTES OF THE FINANCE COMMITTEE\n\nF33/09 MINUTES OF THE LAST MEETING\nRESOLVED: that the minutes of the meeting held on 25th November 2009 (previously circulated) be\napproved by the Chairman and signed as a true record.\n\nF34/09 NORTHWAY FESTIVAL TRUST\nRequest for grant funding of £2500 to support the annual festival.\nRESOLVED: to grant s.137 funding of £2500\n\nF35/09 THE HARBOUR CENTRE\nRequest for grant funding of £1200 towards sensory equipment.\nRESOLVED: to recommend s.137 funding of £1200');
    expect(r.recommendations.map((x) => x.text)).toEqual(['to grant s.137 funding of £2500', 'to recommend s.137 funding of £1200']);
  });
  it('is the decision where the meeting decided nothing else', () => {
    const r = record('Northway Fire Authority\nMINUTES OF THE RESOURCES COMMITTEE\n1 MINUTES\nRESOLVED that the minutes of the meeting held on 8 February 2018 be signed as a correct record.\n2 ANY OTHER BUSINESS\nThere was none.');
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['that the minutes of the meetin']);
  });
});

describe('a minute that opens on its decision, "Agreed, ..., to:"', () => {
  it('introduces the numbered list under it', () => {
    const r = record('Northway Borough Council\n\nCabinet – Agenda and minutes\n\nPark Restoration Project\n\nReceived a report on the Stage 1 application.\nAgreed, in order to enable the Park Restoration Project to progress to the\nnext stage, to:\n1. Match fund the Development Phase Grant of £245,000 from the Parks Budget;\n2. To add the £2m provisional capital scheme to the capital programme; and\n3. The tendering of a framework agreement valued up to £3m.');
    expect(r.recommendations.map((x) => x.text.slice(0, 20))).toEqual(['Match fund the Devel', 'To add the £2m provi', 'The tendering of a f']);
  });
});

describe('a proposal put to a commissioner under a banner that wraps', () => {
  it('is the decision, the banner\'s last word "Decision" no heading, "It is proposed that the PCC:" its lead-in', () => {
    const r = record('Ref: PCC/D/2023/10\nNorthway Police and Crime Commissioner – Record of\nDecision\n\nSale of former Northway Police Station\n\nExecutive Summary\nThe station was identified as surplus to requirements.\n\nProposal\nIt is proposed that the PCC:\n\nApprove the disposal of the former Northway Police Station for £218,000.\nAgree to pay the fee of the appointed agents for this sale.');
    expect(r.recommendations.map((x) => x.text.slice(0, 20))).toEqual(['Approve the disposal', 'Agree to pay the fee']);
  });
});

describe('roman numerals in capitals', () => {
  it('mark a list ("I.", "II.", "III."), as OCR reads them too ("|.", "Il.", "lll.")', () => {
    const list = (a: string, b: string, c: string) => record(`Northway Council\n\nRecommendations\n\nThat Cabinet:\n\n${a} Approve the award of the contract for care services.\n\n${b} Delegate authority to the Director to enter into the contract.\n\n${c} Delegate the approval of the extension period.`).recommendations.map((x) => x.text.slice(0, 12));
    expect(list('I.', 'II.', 'III.')).toEqual(['Approve the ', 'Delegate aut', 'Delegate the']);
    expect(list('|.', 'Il.', 'lll.')).toEqual(['Approve the ', 'Delegate aut', 'Delegate the']);
  });
});

describe('an abbreviation at a line\'s end', () => {
  it('ends no decision ("... to St." over "Augustine\'s Church ...")', () => {
    const r = record('Northway City Council\n\nCapital Grants\nCouncillor Bick suggested that a register of community amenities be published.\nThe Committee:\nResolved (unanimously) subject to relevant planning approval and completion of the\nCouncil\'s Capital Grant Agreement, to approve the capital grant of up to £100,000 to St.\nAugustine\'s Church towards the cost of improvements to the community facilities.');
    expect(r.recommendations).toHaveLength(1);
  });
});

describe('a form\'s instruction to whoever fills it in', () => {
  it('is no title', () => {
    const r = record('Office of the Police and Crime Commissioner for Northway\n\nIf partially-confidential or confidential please detail the FOI exemption applied\n\nCommunity Safety Partnership Funding 2025/26\n\nThe Commissioner approves funding of £175,000.');
    expect(r.title).not.toMatch(/please/);
  });
});

describe('a section heading of its kind\'s words only', () => {
  it('is no title ("Decision(s) and Reason(s)" over the decision\'s own heading)', () => {
    const r = record('Northway Borough Council\n\nRecord of Decision\n\nDecision Taken By\tCABINET MEMBER FOR Leisure\n\nDecision No\tD080054MEM\n\nDecision(s) and Reason(s)\n\nSports and Arts Revenue Grants 2007/08\n\nThe report detailed the applications received in the current financial year.\n\nThe Cabinet Member resolved that:\n1) grants be awarded on the basis set out in Annex 1 to the report.');
    expect(r.title).toBe('Sports and Arts Revenue Grants 2007/08');
  });
});

describe('a decision page\'s "Decision made" field', () => {
  it('is the decision, on a scan too, where the grid\'s "Yes | Yes" row does not run on into it', () => {
    const page = textPage(1, 'Decision details\nNorthway Council');
    const grid = [
      ...row(0.06, [[8, 'Decision Maker'], [50, 'Decision status']]),
      ...row(0.075, [[8, 'Executive Member (Resources)'], [50, 'Recommendations Approved']]),
      ...row(0.1, [[8, 'Is Key decision?'], [50, 'Is subject to call in?']]),
      ...row(0.115, [[8, 'Yes'], [50, 'Yes']]),
      ...row(0.15, [[8, 'Decision made'], [50, 'To proceed with purchasing the 4 ride on mowers from the']]),
      ...row(0.165, [[50, 'winning bidder as detailed in the report.']]),
      ...row(0.2, [[8, 'Alternative options'], [50, 'Not to replace the ride on mowers.']]),
      ...row(0.215, [[50, 'To not award to any bidders and to restart the procurement exercise.']]),
    ];
    for (const conf of [null, 0.9]) {
      const r = laidOutRecord(page, grid.map((w) => ({ ...w, conf, sep: w.sep === '\n' && [0.15, 0.2].includes(w.box.y) && w.text.match(/^(Decision|Alternative)$/) ? ('\n\n' as const) : w.sep })) as ReturnType<typeof row>);
      expect(r.recommendations.map((x) => x.text.slice(0, 24))).toEqual(['To proceed with purchasi']);
    }
  });
});

describe('a body heading right under the title', () => {
  it('is no part of the title, however alike a scan sets them ("Purpose of the Report", "Key information", "Report of the CGO")', () => {
    // The banner large, the title and the heading under it set alike, the body a little smaller.
    const size = (text: string) => analyse([withSizes(textPage(1, text), (row) => (row === 0 ? 0.03 : row <= 3 ? 0.0135 : 0.012))]).extracted;
    expect(size('Northway Council\nAgenda item\nGrants to Community Organisations 2015/16\nPurpose of the Report\n\nTo consider applications for grants from the Fund and to award them.').title).toBe('Grants to Community Organisations 2015/16');
    expect(size('Mayor of Northway - decisions\nPCD 1399 CJS Improvement grant variation\nKey information\n\nReference code: PCD 1399\nThe Deputy Mayor approves the variation of the grant.').title).toBe('CJS Improvement grant variation');
    expect(size('Northway City Council\nAgenda item\nGrants of £250,000 or Above for Approval\nReport of the CGO\n\nThe Committee considered a report of the CGO advising Members of funds recommended.').title).toBe('Grants of £250,000 or Above for Approval');
  });
});

describe('a minute\'s account under its "Decision:" heading', () => {
  it('is no decision where the minute resolves besides, and stays where it is all the minute says', () => {
    const r = record('Northway District Council\n\nDecision Maker: Cabinet\n\nDecision:\n\nThe Cabinet had before it a report of the Operations Manager on the results of the tender and requesting confirmation of the award of the contract.\n\nThe Cabinet Member for Housing outlined the contents of the report.\n\nRESOLVED that the three year flooring contract be awarded to Contractor 2.\n\nReason for the decision - to let the work progress.');
    expect(r.recommendations.map((x) => x.text)).toEqual(['that the three year flooring contract be awarded to Contractor 2.']);
    const told = record('Northway District Council\n\nDecisions:\n\nMike Kirk, Director of Northway Living briefly presented the report.\n\nRESOLVED: that authority to agree the award of the works contract be delegated to the Director.');
    expect(told.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['that authority to agree the aw']);
    const only = record('Northway Council\n\nDecision:\n\nThe Cabinet considered a report of the Director of Public Health that sought approval for grant funding.\n\nReason for the decision: to support the sector.');
    expect(only.recommendations.map((x) => x.text.slice(0, 26))).toEqual(['The Cabinet considered a r']);
  });
});

describe('codes printed as forms print them', () => {
  it('reads a reference whose letters are dotted or follow its figures', () => {
    expect(record('Police and Crime Commissioner for Northway – Record of Decision\n\nORIGINATOR:    Chief Executive\n\nREFERENCE:    OPCC.D.036.25\n\nTITLE: Retire and Rehire scheme').reference).toBe('OPCC.D.036.25');
    expect(record('Northway Borough Council\n\nRecord of Decision\n\nDecision Taken By    CABINET MEMBER FOR Housing\n\nDecision No    D090029MEM\n\nDate    23rd February 2009').reference).toBe('D 090029MEM'); // its letter prefix set apart, as every prefix is ("PCD 450")
  });
  it('takes a report\'s code after its title, its number after a hyphen, as the reference and not the title', () => {
    const r = titled('Northway Borough Council\nDecision details\nSend Primary School - Application for Financial Assistance EXE18-112\n\nDecision Maker: Executive\n\nRESOLVED That a grant of £3,750 be awarded.', 2);
    expect([r.reference, r.title]).toEqual(['EXE 18-112', 'Send Primary School - Application for Financial Assistance']);
  });
});

describe('a list whose first marker follows its "That"', () => {
  it('starts the first item at its marker, as the second', () => {
    const r = record('Northway Borough Council\n\nDecisions:\n\nRESOLVED\nThat (i) no revenue funding be awarded for the coming year; and\n(ii) a one-off capital award of £13,000 be approved for the purchase of a van.\n\nReason: to support the charity.');
    expect(r.recommendations.map((x) => x.text)).toEqual(['no revenue funding be awarded for the coming year; and', 'a one-off capital award of £13,000 be approved for the purchase of a van.']);
  });
});

describe('a recommendation box that says there is none', () => {
  it('is no decision ("Not applicable as direct decision for the PCC.")', () => {
    const r = record('Police and Crime Commissioner for Northway – Record of Decision\n\nTITLE: Chief Constable appointment\n\nRECOMMENDATION\nNot applicable as direct decision for the PCC.\n\nSignature: PCC    Date: 3 March 2025');
    expect(r.recommendations.map((x) => x.text)).not.toContain('Not applicable as direct decision for the PCC.');
  });
  it('leaves a resolution\'s dash after its "that" out ("RESOLVED, that – Members authorise ...")', () => {
    const r = record('Northway Corporation\n\nMinutes:\nMembers received a Joint Report of the Chamberlain concerning a direct contract award.\nRESOLVED, that – Members authorise the Director to approve the extension, if required.');
    expect(r.recommendations.map((x) => x.text.slice(0, 28))).toEqual(['Members authorise the Direct']);
  });
});

describe('dates by what their line says', () => {
  it('does not read the day a party asked ("as requested by Government on 20 July 2021") as a deadline', () => {
    const r = record('Northway Combined Authority\n\nDecision:\n1. That it be noted that the Authority, as requested by Government on 20 July 2021, prepared and submitted a bid.\n\nDate of decision: 25/03/2022');
    expect(r.dates.filter((d) => d.role === 'deadline')).toEqual([]);
    expect(r.flags.map((f) => f.code)).not.toContain('late-decision');
  });
  it('reads a date on its own line under "Delegated Decisions by Cabinet Member for ..." as the decision\'s', () => {
    expect(record('Northway County Council\nDelegated Decisions by Cabinet Member for Transport\n15 February 2007\nStatement of Decision\nInterim Funding Arrangements\n\nto agree that the Delegated Fund may be used.').decisionDate).toBe('2007-02-15');
  });
});

describe('a decisions list\'s entry under its heading, a summary under it', () => {
  it('takes the heading above "DATE - ref: N - Recommendations Approved" as the title and the entry\'s date as the decision\'s', () => {
    const r = titled('Northway Council\nDecisions\nGateway 2: Contract award approval for Cator Street 2 Main works - Stage 1\n04/03/2021 - ref: 7313 - Recommendations Approved\nTo approve the award of the stage 1 contract for works in relation to Cator Street (2)\nDecision Maker: Strategic Director of Housing\nDecision published: 08/03/2021\nEffective from: 16/03/2021\n\nDecision:\n1. That the award of the contract be approved.', 4);
    expect([r.title, r.reference, r.decisionDate]).toEqual(['Gateway 2: Contract award approval for Cator Street 2 Main works - Stage 1', '7313', '2021-03-04']);
  });
});

describe('bodies by their banners', () => {
  it('reads a development corporation with its initials, and a Welsh city and county', () => {
    expect(record('Old Oak and Park Royal Development Corporation – OPDC\n\nADHS15 Grant to Open City\n\nI approve the grant.').authority).toBe('Old Oak and Park Royal Development Corporation');
    expect(record('City and County of Swansea\n\nSwansea Central Phase 1\n\nRESOLVED that the contract be awarded.').authority).toBe('City and County of Swansea');
  });
});

describe('a grid\'s bare "Decision" label', () => {
  it('gives a resolution\'s words as the decision ("Decision | That a new community kitchen be created ...")', () => {
    const page = textPage(1, 'Northway Council\nAgenda item\nMember\'s Community Fund');
    const grid = [
      ...row(0.1, [[8, 'Decision'], [35, 'That a new modern community kitchen be created at the']]),
      ...row(0.115, [[35, 'Chapel vestry, and that Councillor Jones contributes £1,500.']]),
      ...row(0.14, [[8, 'Reason for Decision'], [35, 'To approve the application for funding.']]),
    ];
    const r = laidOutRecord(page, grid);
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['That a new modern community ki']);
  });
});

describe('a decision page\'s "The subject of the decision:"', () => {
  it('is its summary: the decision is under "The decision:"', () => {
    const r = record('Northway District Council\nDecision details\nDevolution Deal\nDecision Maker: Cabinet\n\nDecisions:\nThe subject of the decision:\nThis report advised Cabinet of the proposed deal to allow Members to review the deal; approve the required governance review.\n\nThe reason for the decision:\nLegislation provided that the authorities must carry out a review.\n\nThe decision:\nThat Cabinet approves and recommends to Council:-\n(1) the proposed Devolution Deal;\n(2) the proposed Governance Review; and\n(3) that a public consultation on the Scheme be undertaken during Autumn 2022.');
    expect(r.recommendations.map((x) => x.text.slice(0, 24))).toEqual(['the proposed Devolution ', 'the proposed Governance ', 'that a public consultati']);
  });
});

describe('more of what forms and minutes print', () => {
  it('reads a "Reference" field that prints the list\'s "ref:" again ("Reference | ref: 3948")', () => {
    const page = textPage(1, 'London Borough of Northway\nAdditional Expenditure for the Careline Upgrade');
    const grid = [...row(0.08, [[8, 'Reference'], [40, 'Decision status']]), ...row(0.095, [[8, 'ref: 3948'], [40, 'Recommendations Approved']])];
    expect(laidOutRecord(page, grid).reference).toBe('3948');
  });
  it('titles minutes by the capitals a minute runs in before its dash, not by the resolution', () => {
    const r = record('Northway Council\nThe Leader of the Council – Minutes – 19 July 2012\n23 (4) JUBILEE GRANT AID REQUEST – The Chief Executive submitted a report seeking consideration of three further applications for grant aid.\nThe council had allocated £25,000 to help communities celebrate.\nResolved – That the following amounts of Jubilee Grant Aid financial support be approved –\nNew Holland Parish Council £200\nSpider T £1000');
    expect(r.title).toBe('JUBILEE GRANT AID REQUEST');
  });
  it('reads "The Cabinet Member for Health and Wellbeing;" over a numbered list as its lead-in', () => {
    const r = record('Northway Council\nIndividual decision ref: 7889\nDementia Grant\n\nApproval of multi-year grant funding\n\nThe Cabinet Member for Health and Wellbeing;\n1. Formalises prior approval of a three-year grant to the Alzheimer’s Society for the sum of £164,000 per year.\n2. Notes the arrangement will be subject to a termination clause.\n3. Notes that this decision is supported by the Planning Group.');
    expect(r.recommendations.map((x) => x.text.slice(0, 20))).toEqual(['Formalises prior app', 'Notes the arrangemen', 'Notes that this deci']);
  });
});

describe('a notice\'s "Executive Summary and recommendation:"', () => {
  it('gives the paragraph that recommends as the decision, not the background before it', () => {
    const r = record('Police and Crime Commissioner for Northway\n030/2014: Continuance of Shared Provision of the Chief Finance Officer\n\nExecutive Summary and recommendation:\nThis decision notice relates to the provision of Chief Finance Officer services to the Commissioner.\nThe collaboration agreement required a review of the arrangements.\nIt is recommended that the Commissioner engage in a supplementary collaboration agreement until 31 March 2018.\n\nPolice and Crime Commissioner decision: Approved');
    expect(r.recommendations.map((x) => x.text.slice(0, 30))).toEqual(['It is recommended that the Com']);
  });
});

describe('a minute\'s "Notes:" after its resolution', () => {
  it('ends the resolution: its numbered asides are no decisions', () => {
    const r = record('Northway District Council\nDecision details\nGrant Funding 2017/18\n\nConsideration was given to:\nThe two stage grant application process\n\nRESOLVED that the recommendations of the Policy Development Group be approved.\n(Proposed by Cllr A Smith and seconded by Cllr B Jones)\n\nNotes:\ni) Cllr C Brown requested that his vote against the decision be recorded;\nii) * Report previously circulated, copy attached to minutes.');
    expect(r.recommendations.map((x) => x.text.slice(0, 40))).toEqual(['that the recommendations of the Policy D']);
  });
});

describe("a commissioner's declaration of interests above the signature", () => {
  it('marks the date under it as the decision\'s', () => {
    const text = 'Police and Crime Commissioner for Westshire\nDecision Reference Number: WPC4-0045\nLead Officer: Sara Ansell\nChief Officer approval: Required if force business.\nDate: 12/02/2025\nDecision summary:\nTo approve the funding for Community Safety Partnerships for 2025/26.\nI confirm that my register of interests declaration is up to date and that none of my interests\npreclude me from making this decision.\nSignature: P. Smith\nDate: 14/02/2025\n\nSupporting information\n1. Background information: why do we need to make this decision?\nThe PCC has made available £175,000 of funding.';
    expect(analyse([textPage(1, text)]).extracted.decisionDate).toBe('2025-02-14');
  });
});
